package analysis

// Round 25A of issue 13 (persona p25a): the everyday names of the
// overseas départements. « la reunion » and « 974 » were read, « la reu »
// was not (« Je n'ai pas reconnu ce lieu » at the place question), nor
// « gwada ». Only forms in real use are added, each a name people write
// for the island they live in:
//
//   - « la Réu », « la Réun »: the familiar short forms of La Réunion
//     (#lareu, « zot lé où ? la Réu »); with the article only, as « la
//     reunion » is, and kept from the meeting (« la réu d'équipe »,
//     meetingNotIsland);
//   - « Gwada »: the everyday nickname of Guadeloupe (corpus tuning102:
//     « à saint françois (gwada) »), « Gwadloup » its Creole name;
//   - « Matinik »: the Creole name of Martinique (tuning77, tuning84:
//     « Kolèktivité tèritoryal Matinik », « Lamentin Matinik »),
//     « Madinina » its old name, in everyday use (« l'île aux fleurs »);
//   - « Guyanne »: the usual misspelling of Guyane (« la Guyane » is read);
//   - « Maore », « Maoré »: the Shimaore name of Mayotte (tuning73: « Ici
//     à Maore la vie est chère »).
//
// None of them is a French word nor a commune name (geo/communes.txt.gz).
var overseasShortNames = map[string]string{
	"la reu": "974", "la reun": "974",
	"gwada": "971", "gwadloup": "971",
	"matinik": "972", "madinina": "972",
	"guyanne": "973", "la guyanne": "973",
	"maore": "976",
}

func init() {
	for k, v := range overseasShortNames {
		placeAliases[k] = v
	}
}

// meetingShortKey reports the short forms of La Réunion that, like « la
// réunion », also name a meeting (« la réu de ce matin »).
func meetingShortKey(k string) bool { return k == "la reu" || k == "la reun" }

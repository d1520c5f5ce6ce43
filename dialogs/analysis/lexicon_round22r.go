package analysis

import "github.com/cep-accueil/cepbot/dialogs/geo"

// Round 22R of issue 13 — family: visitors from the overseas départements
// and collectivities (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte,
// and the COMs outside the 18 regions, cep-domain.md §3): local communes
// with their prepositions (« au Robert », « au Tampon », « à Mamoudzou »),
// « retour de l'Hexagone », « je suis en métropole mais originaire de… »,
// local employers (CHU de Guadeloupe, CTM, CTG, Département de Mayotte,
// Pôle emploi Réunion), contrats aidés and emplois verts, and the young
// volunteers of the régiment du service militaire adapté (RSMA). Found by a
// scratch set of 111 messages written before the analyser ran on it
// (tuning126). The analyser already read nearly all of it (status wrong 2,
// unknown 3; operator wrong 1, unknown 2); two gaps are closed here.
//
//   - A volunteer of the RSMA now (« je suis volontaire au RSMA », « volontè
//     RSMA », « volontaire stagiaire du RSMA »): the service militaire adapté
//     (code de la défense L4132-12, the volunteers' contract) is a scheme of
//     socio-professional insertion of young people of the outre-mer, a
//     training scheme under a volunteer's contract, neither
//     a public post of row 1 nor a job search of row 7 — like the service
//     civique (code du service national L120-1, lexicon.go), it is no status
//     of the table, and the readable sets label it so (« mwen sé manm RSMA,
//     volontè, 20 lanné »: status null). A wish of a job « après » no longer
//     makes the volunteer a job seeker: the status is asked; at 16–25 row 4
//     (mission locale) routes anyway. Kept: the RSMA's cadres and sergeants
//     (« sergent RSMA », « encadrant au RSMA »: agents publics), a volunteer
//     who has left (« sorti du RSMA », « j'ai été volontaire au RSMA »: the
//     past clause is not read, what follows tells the situation now).
//
//   - The Réunion Creole « mi sort l'armée » / « moin la sorti l'armée » (R.
//     Armand, Dictionnaire kréol rénioné / français, 1987: « sort » takes its
//     place complement without « de »): « je sors de l'armée », read as round
//     9C reads the French (no soldier now), so that « mi rod travay » after
//     it makes a job seeker. Kept: « an sort » and bare « sort » (French
//     « il sort l'armée de… » is rare but possible), only the Creole subject
//     pronouns of round 21O open it.
//
//   - reunionHomonymR22r: a message written in Réunion Creole (the subject
//     « mi » before a Creole verb, « mi lé », « mi rod », « mi travay », « mi
//     reste »: R. Armand, Dictionnaire kréol rénioné / français) that names a
//     commune with homonyms (« Saint-Louis », « Saint-Benoît », « Saint-Paul »,
//     « Saint-Pierre ») means the Réunion one, when exactly one homonym is in
//     974: nobody writes Réunion Creole of Saint-Louis (68) or of
//     Saint-Pierre (972). A commune without a Réunion homonym is untouched,
//     and a postal code, département or region named elsewhere still wins.
//
// Left as before: a workplace town (« ATSEM à la mairie du Tampon », « au
// CHU de Guadeloupe ») is not taken for the home (place_work.go: the
// département is asked), and the homonyms of overseas communes (« Saint-Paul »,
// « Saint-Louis », « Saint-Benoît », « Sainte-Anne », « Lamentin ») are asked
// unless the island or a postal code is named (place_work.go dominant()). A
// disponibilité of a fonctionnaire working in an association and an army
// « volontaire » of Guyane (EVAT or RSMA?) split: left as they were.
var round22rSpecs = []patSpec{
	{p: "volontaire|volontaires|volonte au|du|a rsma", k: kStatus, v: "-", w: 6},
	{p: "volontaire|volontaires|volonte rsma", k: kStatus, v: "-", w: 6},
	{p: "volontaire|volontaires|volonte stagiaire|stagiaires|technicien|techniciens au|du|a rsma", k: kStatus, v: "-", w: 6},
	{p: "mi|moin|mwen|man sort|sorte|sorti l|la armee|gendarmerie|marine|legion", k: kNone},
	{p: "moin|mwen|man la sorti l|la armee|gendarmerie|marine|legion", k: kNone},
}

// reunionCreoleVerbsR22r follow the Réunion Creole subject « mi » (« I »):
// « mi lé » (je suis), « mi rod » (je cherche), « mi travay », « mi reste »
// (j'habite), « mi sort », « mi vé » (je veux). « mi » before any other word
// (« mi-temps », « à mi-chemin », « mi juin ») is French and not read.
var reunionCreoleVerbsR22r = map[string]bool{"le": true, "rod": true, "rode": true, "travay": true, "travaille": true,
	"reste": true, "sort": true, "sorte": true, "ve": true, "sa": true, "na": true, "te": true, "cherche": true}

// reunionHomonymR22r returns the index of the single Réunion (974) homonym
// in homs when the message is written in Réunion Creole, or -1.
func (a *analyser) reunionHomonymR22r(homs []geo.Commune) int {
	found := -1
	for h, hm := range homs {
		if hm.Dep == "974" {
			if found >= 0 {
				return -1
			}
			found = h
		}
	}
	if found < 0 {
		return -1
	}
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		if t[i].s == "mi" && t[i+1].clause == t[i].clause && reunionCreoleVerbsR22r[t[i+1].s] {
			return found
		}
	}
	return -1
}

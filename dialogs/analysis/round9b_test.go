package analysis_test

import (
	"path/filepath"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestTuning38 is the first tuning set of round 9B of issue 13 (120
// messages on places: every region, overseas, Corsica, lower case, typos,
// homonyms, home against workplace, moves and origins).
func TestTuning38(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning38.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3, "departement.wrong": 1})
}

// TestTuning39 is the second tuning set of round 9B (120 messages: ages in
// every form, relatives' ages, cadre or not, disability recognitions
// granted, pending, refused or lapsed, places mixed with them).
func TestTuning39(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning39.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3, "departement.wrong": 1})
}

// TestRound9BPlaces checks the place rules of round 9B on sentences of
// their own (not taken from the tuning sets).
func TestRound9BPlaces(t *testing.T) {
	for _, tc := range []struct{ in, dep string }{
		// a place of origin or birth is not the home (asked when alone)
		{"natif de Quimper, je cherche un emploi", ""},
		{"je suis originaire du Havre, vendeur en CDI", ""},
		{"née le 4 mai 1979 à Besançon, j'habite Dole, au chômage", "39"},
		{"j'ai grandi à Reims, au chômage", ""},
		{"né en Guadeloupe, je vis à Bobigny", "93"},
		// an adverb between the verb of living and the place
		{"née à Lille, j'habite désormais à Bayonne", "64"},
		{"originaire de Brest, je vis maintenant à Rodez", "12"},
		{"j'ai travaillé dix ans sur Lille, je vis maintenant à Rodez", "12"},
		{"je suis de Reims, j'habite aujourd'hui à Troyes", "10"},
		// provinces of one département, town nicknames
		{"on vit dans le Béarn, je suis au chômage", "64"},
		{"j'habite dans le Médoc, ouvrier viticole en CDI", "33"},
		{"au chômage, 45 ans, Périgord", "24"},
		{"je vis à Paname, au RSA", "75"},
		// an SMS list: a big town in lower case before the age item, a
		// département name of several words in lower case
		{"rqth lyon 38 ans cdi", "69"},
		{"haute garonne au chomage 40 ans", "31"},
		{"ouvrier, seine et marne, 50 ans", "77"},
		{"je bosse à lille 40 ans cdi", ""},
		// after a verb of living, a town that is also a word, in lower case
		{"j'habite à tours, au chômage", "37"},
		{"j'habite à bar le duc, au chômage", "55"},
		{"je vis à grasse, au chômage", "06"},
		{"on habite saint malo, au chômage", "35"},
		{"je vis à la campagne, au chômage", ""},
		{"je vis mal, au chômage", ""},
		// a big town opening an SMS list with the age further on
		{"rennes au chomage 44 ans", "35"},
		{"toulon interim 29a", "83"},
		// an everyday word after « au » is not Le Port
		{"manutentionnaire au port, 45 ans", ""},
		{"j'habite au Port, à la Réunion", "974"},
		// a town that is also a département, after a verb of living without
		// an article, is the town; with an article, the département
		{"on habite Vienne, au chômage", "38"},
		{"on habite la Vienne, au chômage", "86"},
		{"j'habite Vaucluse, au chômage", "84"},
		// a homonym settled by the département named after it
		{"on habite Vienne en Isère, au chômage", "38"},
		{"je vis à Saint-Paul dans l'Oise, au chômage", "60"},
		// a département number after the age ending an SMS, after « CP »
		{"interim sans mission 33 ans 76", "76"},
		{"au chômage, 52 ans, CP 84", "84"},
		// the last item of an SMS after the age is the town, even small or
		// a word; a town that is a word after « de » in a sentence is not
		{"interim 47 ans guingamp", "22"},
		{"cdi 33 ans saint malo", "35"},
		{"au rsa, 38 ans, sens, svp aidez moi", "89"},
		{"cdi 40 ans la roche sur yon depuis 3 ans", "85"},
		{"chomage 51 ans saint nazaire help", "44"},
		{"j'ai 40 ans la garde de mes enfants", ""},
		{"ça n'a plus de sens, au chômage, 50 ans, Annecy", "74"},
		{"ça n'a plus de sens, au chômage", ""},
		// a cross-border worker works abroad and lives in France
		{"frontalière au Luxembourg, 36 ans, Longwy", "54"},
		// the end of a compound name that is no commune is not a village
		{"au chômage, 44 ans, Saint-Pierre-la-Mer", ""},
		// a move to come is not the home of now; a move done is
		{"je rentre à la Réunion cet été, pour l'instant je suis à Lyon", "69"},
		{"on déménage à Lorient en juin, je vis toujours à Angers", "49"},
		{"je me suis installé à Lorient en juin", "56"},
		// a year of birth is no département
		{"né(e) en 74, au chômage, Saintes", "17"},
		// a province over several départements is asked
		{"je vis en Camargue, au chômage", ""},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Departement != tc.dep {
			t.Errorf("%q: département %q, want %q", tc.in, f.Departement, tc.dep)
		}
	}
}

// TestRound9BAgesAndDisability checks the age and disability rules of
// round 9B on sentences of their own.
func TestRound9BAgesAndDisability(t *testing.T) {
	yes, no := true, false
	for _, tc := range []struct {
		in       string
		age      int
		handicap *bool
	}{
		// an approximate age is asked
		{"environ 40 ans, vendeuse en CDI", 0, nil},
		// an age to come in the first person: the age of now is one less
		{"j'ai presque 26 ans, au chômage", 25, nil},
		{"j'aurai 26 ans à la rentrée, au chômage", 25, nil},
		{"je vais avoir 40 ans cette année, vendeur en CDI", 39, nil},
		// an age further than the next birthday is asked
		{"dans 3 ans j'aurai 50 ans, au chômage", 0, nil},
		{"j'aurai 40 ans en 2029, au chômage", 0, nil},
		{"je vais avoir 30 ans dans un mois, au chômage", 29, nil},
		// a senior, a teenager « de N ans »
		{"senior de 61 ans, au chômage", 61, nil},
		{"ado de 16 ans, je cherche un apprentissage", 16, nil},
		// another's age to come is not the writer's
		{"ma fille aura 18 ans en mai, je suis au chômage", 0, nil},
		{"il a bientôt 20 ans, je suis au chômage", 0, nil},
		// the unit said once for a relative and the writer
		{"mon frère a 30 ans, moi 22, on cherche du travail", 22, nil},
		// dates of birth with a year of two digits, « né(e) »
		{"né(e) en 86, vendeur en CDI", 40, nil},
		{"née le 7/05/81, au chômage", 45, nil},
		{"né le 2 février 77, au chômage", 49, nil},
		// « N ans au chômage » opening an SMS is the age, not a duration
		{"48ans au chomage", 48, nil},
		{"j'ai passé 20 ans au chômage", 0, nil},
		{"rqth toulouse 52 ans chomage", 52, &yes},
		{"22 ans au chômage, ça use", 0, nil},
		// « mes parents ont 70 ans »: a relative's age, the writer's status of their own
		{"mes grands-parents ont 80 ans, moi je suis au chômage", 0, nil},
		// Franglais: « I'm 41 »
		{"hello I'm 41, unemployed since May", 41, nil},
		// born … so many years ago, the place between
		{"je suis née à Nantes il y a 33 ans", 33, nil},
		// recognitions pending, refused or lapsed are none
		{"ma RQTH est toujours en cours d'instruction, au chômage", 0, nil},
		{"ma demande d'AAH est en attente, au chômage", 0, nil},
		{"pension d'invalidité rejetée, je cherche du travail", 0, nil},
		{"mon AAH a été suspendue, je cherche du travail", 0, nil},
		{"j'avais une RQTH mais je ne l'ai pas renouvelée, au chômage", 0, nil},
		// granted ones still are
		{"ma RQTH a été renouvelée jusqu'en 2031, au chômage", 0, &yes},
		{"carte d'invalidité depuis 2019, au chômage", 0, &yes},
		// « TH » after a word of recognition, a file accepted, a recognition over
		{"reconnu TH depuis 2018, au chômage", 0, &yes},
		{"dossier RQTH validé en mai, au chômage", 0, &yes},
		{"ma RQTH a pris fin l'an dernier, au chômage", 0, nil},
		{"RQTH échue, au chômage", 0, nil},
		{"j'ai la RQTH depuis que j'ai fini l'armée, au chômage", 0, &yes},
		// a recognition to ask for, possible or lost is none; one denied is false
		{"je compte demander la RQTH, au chômage", 0, nil},
		{"mon médecin m'a dit de faire une RQTH, au chômage", 0, nil},
		{"j'aurais droit à l'AAH, au chômage", 0, nil},
		{"j'ai perdu ma pension d'invalidité, au chômage", 0, nil},
		{"je ne suis pas reconnue travailleuse handicapée, au chômage", 0, &no},
		// a disability not recognised is none; the obligation of employment is one
		{"j'ai un handicap qui n'est pas reconnu, au chômage", 0, nil},
		{"bénéficiaire de l'obligation d'emploi, au chômage", 0, &yes},
		// the staff of an ESAT is not disabled; its workers are
		{"monitrice d'atelier dans un ESAT, CDI", 0, nil},
		{"je bosse dans un ESAT comme éducateur, CDI", 0, nil},
		{"je suis en ESAT depuis 5 ans", 0, &yes},
		// the pension of a work accident or occupational disease (L5212-13 2°)
		{"depuis ma maladie professionnelle je touche une rente, au chômage", 0, &yes},
		{"accident de travail il y a 2 ans, pas de rente, au chômage", 0, nil},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Age != tc.age {
			t.Errorf("%q: age %d, want %d", tc.in, f.Age, tc.age)
		}
		if (f.Handicap == nil) != (tc.handicap == nil) || f.Handicap != nil && *f.Handicap != *tc.handicap {
			t.Errorf("%q: handicap %s, want %s", tc.in, boolStr(f.Handicap), boolStr(tc.handicap))
		}
	}
}

// TestRound9BCadre checks that a cadre position over is a former one: a
// job seeker who was cadre goes to the Apec, one who works again is asked.
func TestRound9BCadre(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cadre string // "true", "false" or "null"
	}{
		{"cadre jusqu'en 2019, vendeuse en CDI aujourd'hui", "null"},
		{"cadre jusqu'en 2019, au chômage depuis", "true"},
		{"j'ai perdu mon statut de cadre, je suis magasinier en CDI", "null"},
		{"j'ai quitté mon poste de cadre, je cherche du travail", "true"},
		{"je suis cadre jusqu'à ma retraite, en CDI", "true"},
		// a former cadre named with the field (« cadre de la … »)
		{"ancien cadre de la logistique, je cherche un emploi", "true"},
		{"ancienne cadre de la banque, caissière en CDI aujourd'hui", "null"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := boolStr(f.Cadre); got != tc.cadre {
			t.Errorf("%q: cadre %s, want %s", tc.in, got, tc.cadre)
		}
	}
}

package analysis_test

import (
	"path/filepath"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// TestTuning43 is the tuning set of round 10B of issue 13 (161 messages:
// SMS typing, long stories, public sector of every branch, relatives,
// 16–25, overseas and Corsica, places said in varied ways).
func TestTuning43(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning43.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3, "departement.wrong": 4})
}

// TestRound10BAges checks the age rules of round 10B on sentences of their
// own (not taken from the tuning set).
func TestRound10BAges(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		// « j'ai maintenant N ans » is the age of now, not the age of an
		// event told before it
		{"Entré à La Poste à 19 ans, j'ai aujourd'hui 51 ans et je suis facteur", 51},
		{"J'ai passé mon permis à 18 ans, j'ai maintenant 29 ans", 29},
		// « j'ai quitté l'école à 16 ans »: an event's age
		{"J'ai quitté le lycée à 16 ans, ensuite j'ai fait de l'intérim. Maintenant à 24 ans je veux un métier", 24},
		{"je suis sortie de l'école à 17 ans, 38 ans aujourd'hui", 38},
		{"embauchée chez Lidl à 19 ans, 20 ans de maison", 0},
		// « j'en ai N »: « en » stands for the years, the age of now
		{"à 22 ans je suis partie à Lyon, maintenant j'en ai 47", 47},
		// the birthday to come: the age of now is the one before
		{"J'ai 26 ans dans trois semaines, caissière en CDI", 25},
		{"j'aurai 30 ans dans 2 mois, je suis vendeur", 29},
		{"vendeur, 40 ans la semaine prochaine", 39},
		// an age of the past is not the age of now
		{"quand j'ai commencé il avait 50 ans, moi j'en ai 33", 33},
		{"j'ai eu 30 ans hier, je suis au chômage", 30},
		// a retiree's age with « de »
		{"Retraitée de 64 ans, je fais des heures de ménage", 64},
		// an SMS list: the age, then the situation
		{"habite a pau 41 ans sans emploi", 41},
		// a pupil's age stuck to its unit
		{"jsui en 3e je cherche un patron pour un cap 14ans", 14},
		{"collégienne, 15a, je veux faire de la coiffure", 15},
		// a place after « dans un »: the list style, not a duration
		{"vendeuse 52 ans dans un petit village du Jura", 52},
		// still a duration
		{"j'ai fait 15 ans de cap et de chantier", 0},
		{"j'ai passé 30 ans sans emploi stable, je suis au RSA", 0},
		{"il a quitté l'école à 16 ans", 0},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.age {
			t.Errorf("%q: age %d, want %d", tc.in, got, tc.age)
		}
	}
}

// TestRound10BPlaces checks the place rules of round 10B on sentences of
// their own.
func TestRound10BPlaces(t *testing.T) {
	for _, tc := range []struct{ in, dep string }{
		// a town named with a seasonal or temporary job is the workplace
		{"je suis serveur en saison à Saint-Tropez, 24 ans", ""},
		{"plongeur à Annecy en extra, 31 ans", ""},
		{"je suis saisonnière et j'habite à Agde", "34"},
		// a duration between the employer and the town keeps them together
		{"j'ai été soudeur chez Alstom pendant 20 ans à Belfort, je cherche", ""},
		{"j'habite à Belfort, soudeur pendant 20 ans", "90"},
		// a work verb a few words before the town, an employer between
		{"slt jbosse o lidl a reims jveu changer", ""},
		{"I work at a bakery in Lyon", ""},
		{"je travaille dans une banque à Lyon", ""},
		{"je travaille au Lidl et j'habite à Reims", "51"},
		// « au Lamentin »: Le Lamentin (972) or Lamentin (971), asked
		// unless a département or another town settles it
		{"je vis au Lamentin, au chômage", ""},
		{"j'habite au Lamentin en Guadeloupe", "971"},
		{"je travaille à Fort-de-France et j'habite au Lamentin", "972"},
		{"je vis au Havre, vendeur", "76"},
		// a work site named after its town
		{"agent d'escale à l'aéroport de Nice, 41 ans", ""},
		{"guide au château de Chambord, 30 ans", ""},
		{"j'habite près du port de Sète, au chômage", "34"},
		{"grutier sur le port de Marseille, 50 ans", ""},
		{"je travaille en CDD à Lorient, 33 ans", "56"},
		// short names of big towns typed on a phone
		{"vendeuse 29a bdx", "33"},
		{"au chomage 41a mtp", "34"},
		{"cdi 35 ans tlse", "31"},
		// a département's number right after a home verb, not a house number
		{"cdi 41 ans jhabite 33", "33"},
		{"j'habite 12 rue Victor Hugo à Tours", "37"},
		// a town with arrondissements typed in lower case with its number
		{"cdi 33 ans lyon 3e", "69"},
		{"au chomage marseille 15eme", "13"},
		{"vendeuse paris 18", "75"},
		// a département's code in brackets settles a homonym, even one
		// that is also a département's name
		{"Vienne (38), au chômage", "38"},
		{"je vis à Saint-Paul (974)", "974"},
		// between two places of different départements: asked
		{"je partage ma vie entre Rennes et Brest", ""},
		{"je fais les trajets entre Douai et Arras, cdi", ""},
		{"entre Lille et Roubaix, au chômage", "59"},
		// where the visitor comes from is not surely the home
		{"je viens de Limoges, cuisinier", ""},
		{"arrivée de Dijon en mars, j'habite Besançon", "25"},
		{"je viens de m'installer à Niort", "79"},
		// « vers » the number of a département after a home verb
		{"jhabite vers 62 je suis en cdi", "62"},
		{"je vis vers le 13, au chômage", "13"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Departement; got != tc.dep {
			t.Errorf("%q: département %q, want %q", tc.in, got, tc.dep)
		}
	}
}

// TestRound10BAliasesAreNoCommunes keeps the short town names of round 10B
// away from any commune's name.
func TestRound10BAliasesAreNoCommunes(t *testing.T) {
	for _, k := range []string{"bdx", "mtp", "montpel", "tlse", "stras", "strasb", "paname"} {
		if cs := geo.CommunesByKey(k); len(cs) > 0 {
			t.Errorf("%q is also the commune %s (%s)", k, cs[0].Name, cs[0].Dep)
		}
	}
}

// TestRound10BDisability checks the disability rules of round 10B on
// sentences of their own: a recognition that was not renewed is not held
// now (asked), one renewed is.
func TestRound10BDisability(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "true", "false" or "" (unknown)
	}{
		{"ma RQTH n'a pas été renouvelée, je suis cariste en CDI", ""},
		{"mon AAH n'a jamais été renouvelée", ""},
		{"ma RQTH a été renouvelée jusqu'en 2031", "true"},
	} {
		got := ""
		if h := analysis.AnalyseRules(tc.in, testNow).Handicap; h != nil {
			got = map[bool]string{true: "true", false: "false"}[*h]
		}
		if got != tc.want {
			t.Errorf("%q: handicap %q, want %q", tc.in, got, tc.want)
		}
	}
}

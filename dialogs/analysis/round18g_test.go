package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18gOpinionHedge checks that a dismissal or an end of contract
// guessed by the writer (« je pense que », « je crois que ») leaves the
// status unknown (round 18G), and that a settled one, or a past one under
// the same verb, is still read.
func TestRound18gOpinionHedge(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"je crois qu'ils vont me licencier apres l'entretien, 47 ans, Niort", ""},
		{"Je suppose que je serai licenciée d'ici l'été. 52 ans", ""},
		{"je pense que je vais etre licencie, magasinier, 39 ans", ""},
		// settled: still a job seeker
		{"je vais être licencié à la fin du mois, 45 ans, Tours", "demandeur_emploi"},
		// a past dismissal judged, not guessed
		{"je pense que j'ai été licenciée sans motif, 50 ans, Laval", "demandeur_emploi"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18gEndDateUnknown checks that an end of contract whose date the
// writer does not know leaves the status unknown (round 18G), and that a
// « je ne sais pas quand » about something else, or an end with its date,
// does not.
func TestRound18gEndDateUnknown(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"mon contrat s'arrete bientot, je sais pas encore quand. cariste 41 ans", ""},
		{"Mon CDD prend fin bientôt mais j'ignore quand il se termine exactement. 36 ans", ""},
		// the date is known: within weeks, a job seeker
		{"mon cdd se termine le 30 juin, 44 ans, Agen", "demandeur_emploi"},
		// « quand » of the search, not of the end
		{"j'ai été licencié en mars et je ne sais pas quand je retrouverai un poste, 48 ans", "demandeur_emploi"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18gEsat checks that the ESAT by its full name is read as the
// acronym (a disability stated), and that an ESAT worker called
// « employé » or « salarié » of it is no private employee (round 18G),
// while an employee of another workplace still is.
func TestRound18gEsat(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		hand     bool
	}{
		{"ma soeur est salariée d'un établissement et service d'aide par le travail à Dole, 37 ans", "", true},
		{"il est employe dans un esat (conditionnement), il a 30 ans", "", true},
		{"Je travaille depuis six ans dans un établissement d'aide par le travail. 29 ans", "", true},
		// another workplace: a private employee
		{"je suis employé dans une entreprise de transport, 30 ans", "salarie_prive", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.want)
		}
		if got := f.Handicap != nil && *f.Handicap; got != tc.hand {
			t.Errorf("Analyse(%q).Handicap = %v, want %v", tc.in, got, tc.hand)
		}
	}
}

// TestRound18gStudiesDropped checks that a student's word followed by the
// studies given up leaves the status unknown (round 18G), and that a hobby
// given up, or studies still followed, leave the student.
func TestRound18gStudiesDropped(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"je suis etudiant en L2 de psycho, j'ai lâché la fac il y a un mois. 20 ans", ""},
		{"Je suis étudiant à Rennes 2 mais j'ai abandonné en février, 22 ans", ""},
		// a hobby given up: still a student
		{"je suis étudiante en master et j'ai arrêté le handball, 23 ans", "etudiant"},
		{"je suis étudiante en licence d'histoire, 20 ans, je veux changer d'orientation", "etudiant"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18gEsatLeft checks that an ESAT left with « ne travaille plus »
// and nothing else leaves the status unknown (round 18G), and that a
// search beside it, or a job lost in a firm, still makes a job seeker.
func TestRound18gEsatLeft(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"Ma soeur, 40 ans, a quitté son ESAT en janvier et ne travaille plus depuis. Nous sommes à Vierzon.", ""},
		{"je suis sorti de l'esat l'an dernier et je cherche un emploi en entreprise, 36 ans", "demandeur_emploi"},
		{"j'ai été licencié de mon entreprise et je ne travaille plus, 45 ans", "demandeur_emploi"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18gHeardOf checks that a status word named as the topic of
// hearsay is not the writer's (round 18G), and that the writer's own
// status in the same message is still read.
func TestRound18gHeardOf(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"On m'a parlé de l'apprentissage, c'est possible à 28 ans ?", ""},
		{"j'ai entendu parler du statut d'auto-entrepreneur, comment ça marche ? 40 ans", ""},
		// the writer's own status beside the hearsay
		{"je suis en CDI dans une banque, j'ai entendu parler du CEP, 35 ans", "salarie_prive"},
		{"je vous parle de mon CDI chez Leroy Merlin, 35 ans", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

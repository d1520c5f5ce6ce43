package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18lStatus checks the widened readings of round 18L (SMS
// negation, figures, other tenses and the participle of an ended
// contract, the list of job seekers, a diploma held « depuis »), and
// sentences they must not catch.
func TestRound18lStatus(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"interimaire, l'agence d'interim m'appelle plus depuis mars. 41a, Niort", "demandeur_emploi"},
		{"intérimaire, zéro mission depuis trois semaines, 33 ans", "demandeur_emploi"},
		{"interimaire, 0 missions en mai, 29a", "demandeur_emploi"},
		{"ma fille termine sa mission chez Renault vendredi et n'a rien après", "demandeur_emploi"},
		{"il finira son contrat le 30 juin, rien derrière, 27 ans", "demandeur_emploi"},
		{"cdi résilié le mois dernier par mon employeur, 45 ans, Agen", "demandeur_emploi"},
		{"Je figure sur la liste des demandeurs d'emploi depuis avril. 38 ans", "demandeur_emploi"},
		{"je reste sur les listes de pole emploi mais je fais des extras, 50a", "demandeur_emploi"},
		{"en L2 de psycho a Caen, 20a, je me pose des questions", "etudiant"},
		// a diploma held « depuis »: no titularised civil servant
		{"Titulaire depuis deux ans d'un CAP cuisine, je cherche un poste à Rodez", "demandeur_emploi"},
		// must not catch: a civil servant « titulaire depuis »
		{"infirmière titulaire depuis 2012 au CHU de Reims, je veux changer", "agent_public"},
		// must not catch: the agency still calls
		{"interimaire, l'agence m'appelle tous les lundis pour des missions, 30a", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18lHandicap checks the AAH by its full name (round 18L), and
// that disabled adults named otherwise (a job among them) are not read.
func TestRound18lHandicap(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"je touche l'allocation adulte handicapé depuis 2019, 40 ans", true},
		{"Bénéficiaire de l'allocation aux adultes handicapés, je cherche un mi-temps", true},
		// must not catch: a job with disabled adults
		{"moniteur éducateur, j'accompagne des adultes handicapés en foyer", false},
	} {
		h := analysis.AnalyseRules(tc.in, testNow).Handicap
		if got := h != nil && *h; got != tc.want {
			t.Errorf("Analyse(%q).Handicap = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRound18lNoProject checks that a writer or relative without any
// project is read « autre » (round 18L), and that a stated project
// beside « aucune idée » is kept.
func TestRound18lNoProject(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"mon cdd s'arrete dans 2 semaines et j'ai aucune idée pour la suite, 34 ans", "autre"},
		{"ma fille ne sait pas du tout quoi faire après son bac", "autre"},
		// must not catch: a training wanted
		{"je veux passer le caces, aucune idée du prix, chômeur 40 ans", "formation"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).ProjectOrDefault(); got != tc.want {
			t.Errorf("Analyse(%q).Project = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18lBirthdayPast checks that a birthday told with « ayant »,
// « avoir » or another person's auxiliary is a past one (round 18L: the age
// told is the age of now), and that one to come is still the age before.
func TestRound18lBirthdayPast(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Ayant fêté mes 26 ans en mai, je cherche du travail à Arras", 26},
		{"après avoir fêté mes vingt-six ans, plus de mission locale pour moi", 26},
		// to come: the age before
		{"je fête mes 26 ans samedi, je cherche du travail", 25},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.want {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestRound18lBreakAdverb checks a rupture conventionnelle signed with an
// adverb between verb and object (round 18L), and that one only proposed
// is not read.
func TestRound18lBreakAdverb(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"nous avons finalement signé une rupture conv, je pars dans 10 jours. 44 ans", "demandeur_emploi"},
		{"j'ai enfin obtenu ma rupture conventionnelle, départ le 30 de ce mois, 51 ans", "demandeur_emploi"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := analysis.AnalyseRules("on m'a proposé hier une rupture conventionnelle, je sais pas si j'accepte. comptable en cdi", testNow).Status; got == "demandeur_emploi" {
		t.Errorf("a proposed rupture conventionnelle read as a job seeker")
	}
}

// TestRound18lCadreAimed checks that a cadre status aimed at (« pour être
// cadre », « comment obtenir le statut cadre ») is no cadre held (round
// 18L), and that a held one, or one just obtained, still is.
func TestRound18lCadreAimed(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"alternant en école d'ingé chez Safran, 22a, que faire pr etre cadre apres ?", false},
		{"technicien en cdi, comment obtenir le statut cadre dans ma boite ? 35 ans", false},
		// held: still read
		{"pour être honnête, je suis cadre chez Thales depuis 10 ans, 45 ans", true},
		{"je viens d'obtenir le statut cadre chez Orange, 38 ans", true},
	} {
		c := analysis.AnalyseRules(tc.in, testNow).Cadre
		if got := c != nil && *c; got != tc.want {
			t.Errorf("Analyse(%q).Cadre = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRound18lHiredByEducation checks that a hirer named as the Éducation
// nationale or the rectorat makes a public agent (round 18L), and that
// « recruté par » a company stays a private employee.
func TestRound18lHiredByEducation(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"AESH recrutée par l'éducation nationale depuis 2 ans, 34a", "agent_public"},
		{"surveillante payée par le rectorat, contrat de trois ans, 24 ans", "agent_public"},
		// must not catch: a private hirer
		{"recruté par une agence de com à Lille en cdi, 29 ans", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

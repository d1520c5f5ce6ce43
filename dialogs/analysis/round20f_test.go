package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound20fSchoolLeftLastYear checks round 20F on sentences of its own:
// a school left « l'an dernier » or « l'année dernière » is no longer the
// word of someone who has just left school (cep-domain.md §4), so a job
// search of now reads a job seeker; the near-misses keep the student
// status: a school left « en juin » or with no date, a pupil enrolled, a
// school left last year by a relative whose status the message gives.
func TestRound20fSchoolLeftLastYear(t *testing.T) {
	for _, tc := range []struct {
		in, status string
	}{
		{"Je suis sortie du lycée l'an dernier, je cherche du travail dans la vente, 19 ans, Amiens.", "demandeur_emploi"},
		{"sorti de l'école l'année dernière sans diplôme, jcherche du boulot, 18 ans, Metz", "demandeur_emploi"},
		{"J'ai 20 ans, je suis sorti de la fac l'année passée et je cherche un emploi à Rouen.", "demandeur_emploi"},
		// nothing of now: the status is asked, no longer etudiant
		{"Je suis sortie du lycée l'an dernier, 19 ans, Nantes.", ""},
		// near-misses: just left school, or enrolled
		{"Je suis sortie du lycée en juin, je ne sais pas quoi faire, 18 ans, Limoges.", "etudiant"},
		{"Je sors du lycée, je veux travailler, 18 ans, Saint-Denis.", "etudiant"},
		{"Je suis en terminale, l'an dernier j'étais en première, 17 ans, Brest.", "etudiant"},
		{"Je suis lycéen, 17 ans, je cherche ma voie, Lille.", "etudiant"},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Status
		if got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound20fActivityDone checks that a status word after « faire des »
// is the activity the writer does (« je fais des gardes d'enfants
// déclarées »: a job for a household, the student's job), while a plural
// after other verbs still names other people, and undeclared childcare
// holds no job.
func TestRound20fActivityDone(t *testing.T) {
	for _, tc := range []struct {
		in, status string
	}{
		{"Étudiante en licence, je fais des gardes d'enfants déclarées le soir, 20 ans, Rennes.", "" /* a student with a private job: asked (round 20J) */},
		{"je fais des gardes d'enfants déclarées chez deux familles, 40 ans, Lyon", "salarie_prive"},
		// near-misses
		{"Étudiante en licence, je fais du baby-sitting non déclaré, 20 ans, Rennes.", "etudiant"},
		{"Étudiante en licence, j'accompagne des gardes d'enfants dans une association, 20 ans.", "etudiant"},
		{"Je forme des demandeurs d'emploi, je suis étudiante en master, 23 ans.", "etudiant"},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Status
		if got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound20fShopEmployers checks the food and market shops named as the
// employer (« pour un primeur », « chez un poissonnier »): a lycéen or a
// student who works for one holds a job; the near-misses: the trade as
// the writer's wish, or a relative's job, keep the student's status.
func TestRound20fShopEmployers(t *testing.T) {
	for _, tc := range []struct {
		in, status string
	}{
		{"lycéen en terminale, je bosse le samedi pour un primeur au marché, 17 ans, Nîmes", "" /* a student with a private job: asked (round 20J) */},
		{"Étudiante en BTS, je travaille le week-end chez un poissonnier, 19 ans, Brest.", "" /* a student with a private job: asked (round 20J) */},
		{"Je travaille pour une fromagère sur les marchés, 30 ans, Annecy.", "salarie_prive"},
		// near-misses
		{"Lycéenne en terminale, je voudrais travailler pour un primeur plus tard, 17 ans.", "etudiant"},
		{"Lycéen, 17 ans, mon père travaille chez un poissonnier, je ne sais pas quoi faire.", "etudiant"},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Status
		if got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22O: young people told without the usual words
// (lexicon_round22o.go says why). A school just left with no enrolment of
// now, or an enrolment and a job search, take a pupil of 16–25 out of row 2
// (WantsWork); with no age, or a search of a stage or an apprenticeship
// (the sets split), nothing changes. « en prépa ECG » names a student,
// « conseiller CEJ » no young job seeker.
func TestRound22OYoung(t *testing.T) {
	for _, c := range []struct {
		text, status string
		wants        bool
	}{
		// what changes
		{"je viens d'avoir mon bac et je sais pas quoi faire, 18 ans, Rennes", "etudiant", true},
		{"Mon fils vient d'avoir son bac, il a 18 ans et ne sait pas ce qu'il veut faire. Nous sommes à Rouen.", "etudiant", true},
		{"Je suis en L1 à Lille, 18 ans, je cherche un petit boulot le week-end.", "etudiant", true},
		{"Étudiante en licence à Tours, 20 ans, je recherche un emploi pour l'été.", "etudiant", true},
		{"En prépa ECG, 19 ans, je veux arrêter et chercher un travail. Bordeaux", "etudiant", true},
		{"Je suis conseiller CEJ à France Travail, 38 ans, je voudrais passer en mission locale.", "", false},
		// near-misses that must not change
		{"Je suis en prépa à Lyon et je doute de tout, je voudrais changer d'orientation.", "etudiant", false},
		{"Je viens d'avoir mon bac, 17 ans, je suis inscrit en licence d'histoire à la rentrée à Clermont.", "etudiant", false},
		{"Je suis en L1 à Lille, je cherche un petit boulot le week-end.", "", false},
		{"Je suis en L1 à Lille, 18 ans, je ne cherche pas de travail, je veux changer de filière.", "etudiant", false},
		{"je suis pas en recherche d'emploi, je suis en M1 droit a Aix, 23 ans, je me demande si je dois changer de master", "etudiant", false},
		{"jsuis en bac pro commerce, 18 ans, jcherche un stage pour juin, montpellier", "etudiant", false},
		{"Je suis en CAP coiffure, 17 ans, à Meaux, je ne sais pas si je veux continuer.", "etudiant", false},
		{"Je suis en CEJ avec France Travail, j'ai 21 ans, je cherche une alternance en logistique. Roubaix", "demandeur_emploi", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || f.WantsWork != c.wants {
			t.Errorf("%q: status %q wants %v; want %q %v", c.text, f.Status, f.WantsWork, c.status, c.wants)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 23C: pupils and students beside employees and job seekers
// (lexicon_round23c.go says why): a student's stage told with its host
// between « stage » and the course is a student's, and a parent who tells
// a working-age child's schooling writes for the child. Near-misses keep
// their status: a stage of long ago, a job seeker's stage for a titre
// professionnel, a tutor of a stagiaire, a parent who gives their own age
// or their own plan.
func TestRound23CStudents(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je suis en stage à la mairie de Reims pour ma licence, 21 ans.", "etudiant"},
		{"Stagiaire au ministère de l'Économie pour mon master 2, 23 ans, Paris.", "etudiant"},
		{"Je suis en stage dans un cabinet d'audit à Lyon pour mon master, 24 ans, je ne sais pas quoi faire après.", "etudiant"},
		{"En stage à la mairie de Dijon dans le cadre de mon BTS, 20 ans, je voudrais changer d'orientation.", "etudiant"},
		{"Je suis infirmière en CDI, ma fille de 19 ans est en BTS et veut arrêter pour travailler dans l'esthétique, nous sommes à Angers.", "etudiant"},
		{"Je suis vendeuse en CDI, mon fils de 19 ans est en terminale et ne sait pas quoi faire.", "etudiant"},
		// near-misses that must not change
		{"J'ai fait un stage à la mairie pour mon BTS il y a dix ans, aujourd'hui je suis adjoint technique titulaire, 35 ans.", "agent_public"},
		{"Demandeur d'emploi, je suis en stage en entreprise à Lyon pour mon titre professionnel de secrétaire, 41 ans.", "demandeur_emploi"},
		{"Je suis tutrice d'une stagiaire de BTS dans notre cabinet comptable, je suis salariée en CDI, 45 ans, je veux évoluer.", "salarie_prive"},
		{"Je suis au chômage depuis 6 mois et mon fils est étudiant à Lyon, moi je voudrais me reconvertir, 50 ans, Villeurbanne.", "demandeur_emploi"},
		{"Je suis vendeuse en CDI, 45 ans, ma fille de 19 ans est en BTS.", "salarie_prive"},
		{"Je suis vendeuse en CDI, ma fille de 19 ans est en BTS, je voudrais me reconvertir dans la comptabilité.", "salarie_prive"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21G: a job seeker's allowance named as such (« indemnisé par France
// Travail », « je suis à l'ASS ») and a job seeker's own word kept against
// the statistical veto when the message is mostly a question
// (lexicon_round21g.go says why). Near-misses keep their reading: the RSA
// beside declared hours (still asked), a relative's word, a negation, a
// past allowance before a CDI, the sécurité sociale's daily allowances.
func TestRound21GJobSeekers(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
	}{
		// what changes
		{"Bonjour, je suis indemnisée par France Travail jusqu'en décembre, 47 ans, Angoulême. Quelles formations possibles ?", "demandeur_emploi", false},
		{"je suis indemnisé par Pôle emploi, 40 ans", "demandeur_emploi", false},
		{"je suis à l'ASS", "demandeur_emploi", false},
		{"je suis à l'ARE", "demandeur_emploi", false},
		{"Je suis chômeur. Je voudrais des informations sur le CEP.", "demandeur_emploi", false},
		{"Salut, je suis bénéficiaire de l'ASS et je veux faire une VAE, 54 ans, Charleville-Mézières.", "demandeur_emploi", false},
		{"Je touche l'allocation de retour à l'emploi et je voudrais savoir si je peux faire un bilan de compétences, 41 ans, Évry.", "demandeur_emploi", false},
		// near-misses that must not change
		{"Je suis aujourd'hui sans activité. Nous avons pris notre retraite l'an dernier avec mon mari, mais ma pension est petite et à 63 ans je voudrais travailler un peu.", "", true}, // a retiree: the veto decides, as before
		{"Je touche le RSA et je fais quelques heures de ménage déclarées par mois chez une dame, 50 ans, Calais. Je voudrais un vrai emploi à temps plein.", "", true},
		{"Mon mari est chômeur. Je voudrais des informations sur le CEP.", "", true},
		{"Je ne suis pas chômeur, je voudrais des informations sur le CEP.", "", false},
		{"J'étais indemnisé par Pôle emploi l'an dernier, maintenant je suis vendeur en CDI chez Darty, 40 ans", "salarie_prive", false},
		{"je suis indemnisée par la sécu depuis mon arrêt maladie, je suis toujours en CDI, 45 ans", "salarie_prive", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked {
			t.Errorf("%q: status %q, doubts %b; want %q, asked %v", c.text, f.Status, f.Doubts, c.status, c.asked)
		}
	}
}

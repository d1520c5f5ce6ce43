package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22K: kinds of private-law contracts and working times
// (lexicon_round22k.go says why). What changes: a période d'essai running
// or broken, a CDIC / CDI d'opération, a multi-employer worker, contract
// words in English, a part-time worker who is « également » a job seeker.
// Near-misses keep their reading (or stay asked).
func TestRound22KContracts(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je suis en période d'essai dans une boulangerie depuis 3 semaines, 34 ans, Angers.", "salarie_prive"},
		{"je suis toujours en periode d essai, 31 ans, Rouen", "salarie_prive"},
		{"On a rompu ma période d'essai vendredi, je suis cariste, 44 ans, Dunkerque.", "demandeur_emploi"},
		{"J'ai un CDIC dans le BTP, coffreur, 48 ans, Montpellier.", "salarie_prive"},
		{"multi-employeurs : secrétaire dans deux cabinets médicaux, 46 ans, Pau", "salarie_prive"},
		{"Hi, I work full-time in a warehouse in Calais, 36 years old.", "salarie_prive"},
		{"I have a part-time job in a hotel in Nice, I'm 33.", "salarie_prive"},
		{"bonjour je suis en part time dans un fast food, 27 ans, Toulouse", "salarie_prive"},
		{"Je suis salarié et demandeur d'emploi, 52 ans, Vannes.", "demandeur_emploi"},
		// near-misses that must not change
		{"licencié pendant ma période d'essai, 27 ans, Nancy", "demandeur_emploi"},
		{"Je viens de valider ma période d'essai en CDI comme assistante dentaire, 36 ans, Nantes.", "salarie_prive"},
		{"Mon CDI de chantier s'arrête dans 10 jours avec la fin du chantier, 52 ans, grutier, Metz.", "demandeur_emploi"},
		{"My fixed-term contract ends next week, I'm 40, living in Paris, and looking for a new job.", "demandeur_emploi"},
		{"Je ne suis pas demandeuse d'emploi, je suis vendeuse en CDI, 40 ans, Limoges.", "salarie_prive"},
		{"Je suis auto-entrepreneur et salarié à temps partiel dans une entreprise de jardinage, 43 ans, Angers.", ""},
		{"Professeure contractuelle à mi-temps dans un lycée public de Rouen, 35 ans.", "agent_public"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

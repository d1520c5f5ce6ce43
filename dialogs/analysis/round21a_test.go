package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21A: a message written for someone, whose age is told in apposition
// between commas and whose situation follows in a clause without a subject
// (« je vous écris pour mon mari, 42 ans, commercial en CDI… »): the
// situation is the person's, and the writer's own job is set aside
// (lexicon_round21a.go). Near-misses: a clause with a subject of its own
// after the age (« 24 ans, il est au chômage » was read before and stays;
// « 42 ans, je précise que… » is the writer's), and a message without
// « pour » (the writer may write for themselves) keep their reading.
func TestRound21AAgeApposition(t *testing.T) {
	for _, c := range []struct {
		text, status string
	}{
		// what changes
		{"Je suis moi-même fonctionnaire à la préfecture de Lyon, mais je vous écris pour mon mari, 42 ans, commercial en CDI non cadre chez un concessionnaire, qui veut se reconvertir.", "salarie_prive"},
		{"Je suis moi-même fonctionnaire à la préfecture de Lyon, mais je vous écris pour ma femme, 39 ans, vendeuse en CDI chez Zara, qui veut se reconvertir.", "salarie_prive"},
		// near-misses that must not change
		{"Je suis fonctionnaire à la mairie de Lille et je vous écris pour mon fils, 24 ans, il est au chômage.", "demandeur_emploi"},
		{"Je suis fonctionnaire à la préfecture de Lyon, je vous écris pour mon mari, 42 ans, je précise que je suis titulaire.", "agent_public"},
		{"Je suis fonctionnaire à la préfecture de Lyon, mon mari, 42 ans, commercial en CDI, veut se reconvertir, et moi aussi.", "agent_public"},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q, doubts %b; want %q", c.text, f.Status, f.Doubts, c.status)
		}
	}
}

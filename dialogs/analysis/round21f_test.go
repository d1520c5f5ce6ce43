package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21F: the edges of the public sector (lexicon_round21f.go says
// why): a hospital of the Croix-Rouge and an ESPIC are private employers,
// a university library (« BU ») is a public one, and vacations said to be
// over make a job seeker. Near-misses keep their status: a public hospital,
// a vacataire still in post, the Croix-Rouge's service civique, « BU »
// without a place word.
func TestRound21FPublicEdges(t *testing.T) {
	for _, c := range []struct {
		text, status string
	}{
		// what changes
		{"aide-soignante dans un hôpital de la Croix-Rouge à Bois-Guillaume, 45 ans", "salarie_prive"},
		{"brancardier dans un établissement de santé privé d'intérêt collectif, 40 ans, Lyon", "salarie_prive"},
		{"bibliothécaire à la BU de Strasbourg, 40 ans", "agent_public"},
		{"magasinier en bibliothèque universitaire à Rennes, 35 ans", "agent_public"},
		{"mes vacations sont finies depuis juin, 36 ans, Lille", "demandeur_emploi"},
		// near-misses that must not change
		{"aide-soignante à l'hôpital de Montauban, titulaire, 50 ans", "agent_public"},
		{"vacataire à l'université de Strasbourg, 33 ans, je cherche plus stable", "agent_public"},
		{"je suis secrétaire médicale au centre hospitalier d'Auch, titulaire, 49 ans", "agent_public"},
		{"je vends des BD à la FNAC en CDI, 30 ans, Lille", "salarie_prive"},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q, doubts %b; want %q", c.text, f.Status, f.Doubts, c.status)
		}
	}
}

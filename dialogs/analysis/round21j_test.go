package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound21j: the statistical veto no longer blanks a pupil said with
// « être », the micro-entrepreneur regime introduced by « en », a liberal
// profession said by « je suis »; near-misses stay with the veto.
func TestRound21j(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// kept from the veto
		{"j'ai 16 ans je suis en seconde je sais pas quoi faire après, Rodez", "etudiant"},
		{"Plus tard je veux être gendarme, je suis au lycée, 16 ans, Quimper", "etudiant"},
		{"Mon fils de 15 ans est en 3e, il veut être apprenti plombier, on habite Chambéry", "etudiant"},
		{"collégienne, 14 ans, je veux savoir comment devenir coiffeuse, Nancy", "etudiant"},
		{"livreur Deliveroo en auto-entreprise, 24 ans, Lille, je sais pas quoi faire de ma vie", "auto_entrepreneur"},
		{"Bonjour, je fais des livraisons de courses en micro-entreprise, 58 ans, Nevers. Je voudrais savoir ce que c'est le CEP.", "auto_entrepreneur"},
		{"Je suis notaire, 55 ans, Poitiers", "profession_liberale"},
		{"je suis kiné libéral, est-ce que le CEP c'est pour moi aussi ou seulement pour les salariés ?", "profession_liberale"},
		// near-misses: still asked
		{"Bonjour, j'habite Saint-Laurent-du-Maroni, j'ai 20 ans, j'ai arrêté l'école en 3e et je voudrais apprendre un métier.", ""},
		{"J'ai été professeur de physique pendant 38 ans, d'abord en collège puis en lycée. Je suis retraité depuis deux ans et je m'ennuie.", ""},
		{"Je travaille au Luxembourg et j'ai aussi une micro-entreprise de photo le week-end. J'habite Audun-le-Tiche.", ""},
		{"à 64 ans je travaille encore comme clerc de notaire à mi-temps dans une étude d'Auch, où j'habite", ""},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q, want %q (rules %q)", c.text, f.Status, c.status, analysis.AnalyseRules(c.text, testNow).Status)
		}
	}
}

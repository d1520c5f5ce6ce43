package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21Y: the writer's status, then a relative with the age alone in
// apposition and the relative's status (« je suis gendarme et ma femme, 36
// ans, est sans emploi »): the relative's, as the labelled sets say; other
// ways of saying for whom one writes (« je vous contacte au sujet de »,
// writer's, a trailing age after the relative's status.
func TestRound21YApposedRelative(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je suis gendarme et ma femme, 36 ans, est sans emploi, elle voudrait retrouver un poste de comptable à Gap.", "demandeur_emploi"},
		{"je suis caissiere en cdi et mon mari, 39 ans, est sans emploi depuis 1 an, il voudrait faire une formation", "demandeur_emploi"},
		{"Je suis commerçant à Nice et ma femme, 47 ans, est agent administratif à la préfecture, elle voudrait bouger.", "agent_public"},
		// near-misses that must not change
		{"Je suis au chômage depuis un an et ma femme, 40 ans, est en CDI. Moi je voudrais me former, j'ai 43 ans.", ""},
		{"je suis policière municipale, mon mari est routier, 40 ans, Béziers", "agent_public"},
		{"Mon beau-frère qui est au chômage m'a dit de vous écrire, moi je suis en CDI chez Lidl et je voudrais changer de métier.", "salarie_prive"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

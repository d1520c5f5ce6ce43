package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18eSectorAside checks that a sector said alone after a
// workplace of either sector, after a comma or in brackets, settles the
// employer (round 18E), on sentences of its own, with asides that are not
// one.
func TestRound18eSectorAside(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"aide-soignante en CDD dans un EHPAD de Lorient, public. 41 ans", "agent_public"},
		{"je fais des remplacements en cdd dans une creche de niort (publique), 38 ans", "agent_public"},
		{"aide-soignante en CDD dans un EHPAD de Lorient, privé. 41 ans", "salarie_prive"},
		// the sector word is not alone in its clause: no aside
		{"aide-soignante en CDD dans un EHPAD de Lorient, public visé les personnes âgées, 41 ans", ""},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18eCommuneEmploys checks that a commune named as the employer
// in the active voice makes a territorial agent (round 18E), and that a
// company whose name is also a commune's does not.
func TestRound18eCommuneEmploys(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"assistante maternelle, c'est Villeurbanne qui m'emploie depuis 2019", "agent_public"},
		{"asmat, c'est bron (crèche familiale) qui me paie, je voudrais évoluer", "agent_public"},
		{"vendeur en boutique, c'est Orange qui m'emploie, 35 ans", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

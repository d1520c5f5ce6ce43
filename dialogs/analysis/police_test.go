package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// A municipal police officer is a territorial agent (code de la sécurité
// intérieure L511-1: agents of the commune), a police officer of the
// police nationale an agent of the State.
func TestPoliceBranches(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, branch string }{
		{"je suis policier municipal, 36 ans, Nice", analysis.BranchTerritoriale},
		{"policière municipale à Lens depuis 8 ans", analysis.BranchTerritoriale},
		{"agent de police municipale, 44 ans", analysis.BranchTerritoriale},
		{"je suis policier, 40 ans, Lille", analysis.BranchEtat},
		{"gardien de la paix à Paris", analysis.BranchEtat},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != "agent_public" || f.Branch != c.branch {
			t.Errorf("%q: status %q, branch %q; want agent_public, %s", c.text, f.Status, f.Branch, c.branch)
		}
	}
}

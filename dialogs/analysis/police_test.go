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

// A seasonal farm worker is an employee; a wish to be one is not a status.
func TestSeasonalFarmWorkers(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, status string }{
		{"je suis saisonnier agricole, les vendanges, 23 ans, à Cognac", "salarie_prive"},
		{"vendangeuse 34 ans Beaune", "salarie_prive"},
		{"je cherche un job de vendangeur, 20 ans, Reims", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, now); f.Status != c.status {
			t.Errorf("%q: status %q, want %q", c.text, f.Status, c.status)
		}
	}
}

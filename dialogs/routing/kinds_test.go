package routing

import (
	"slices"
	"testing"

	"github.com/cep-accueil/cepbot/bot/directory"
)

// TestOperatorsAreDirectoryKinds: every operator the table routes to, or
// offers as an alternative, is a kind the directory accepts.
func TestOperatorsAreDirectoryKinds(t *testing.T) {
	for _, r := range table {
		if r.operator != "" && !slices.Contains(directory.Kinds, r.operator) {
			t.Errorf("row %d routes to %q, not a directory kind %v", r.n, r.operator, directory.Kinds)
		}
	}
	for _, k := range []string{CapEmploi, FranceTravail, MissionLocale, Apec, OperateurRegional, EmployeurPublic} {
		if !slices.Contains(directory.Kinds, k) {
			t.Errorf("%q is not a directory kind", k)
		}
	}
}

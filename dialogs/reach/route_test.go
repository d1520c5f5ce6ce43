package reach

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

func TestHumanRoute(t *testing.T) {
	yes := true
	cases := []struct {
		name      string
		f         analysis.Facts
		asked     bool
		kind      string
		askStatus bool
	}{
		{"nothing known", analysis.Facts{}, false, "", true},
		{"nothing known, status already asked", analysis.Facts{}, true, directory.KindAccueil, false},
		{"young, status unknown", analysis.Facts{Age: 20}, false, directory.KindMissionLocale, false},
		{"15 years old", analysis.Facts{Age: 15}, false, directory.KindAccueil, false},
		{"disability, status unknown", analysis.Facts{Handicap: &yes, Age: 40}, false, directory.KindCapEmploi, false},
		{"job seeker", analysis.Facts{Status: "demandeur_emploi", Age: 40}, false, directory.KindFranceTravail, false},
		{"employee", analysis.Facts{Status: "salarie_prive", Departement: "35", Region: "53"}, false, directory.KindOperateurRegional, false},
		{"student", analysis.Facts{Status: "etudiant", Age: 20}, false, directory.KindAccueil, false},
	}
	for _, c := range cases {
		kind, ask := HumanRoute(c.f, c.asked)
		if kind != c.kind || ask != c.askStatus {
			t.Errorf("%s: HumanRoute = %q, %v; want %q, %v", c.name, kind, ask, c.kind, c.askStatus)
		}
	}
}

func TestForMessage(t *testing.T) {
	d := directory.Sample()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	c, ok := ForMessage(d, "je suis au chômage à Nancy, que faire ?", now)
	if !ok || c.Kind != directory.KindFranceTravail || c.Agency == nil || !c.Agency.Serves("54") {
		t.Errorf("job seeker in Nancy: %+v, %v", c, ok)
	}
	c, ok = ForMessage(d, "bonjour", now)
	if ok || !c.Reception {
		t.Errorf("nothing said: %+v, %v", c, ok)
	}
}

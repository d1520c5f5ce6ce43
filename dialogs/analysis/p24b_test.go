package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Persona round p24b: an employer writing about « un de mes salariés »
// employs that person, as with « un de nos salariés » (round 18R).
// Near-misses keep theirs: a colleague, a former employee, a public
// employer, the writer's own employer.
func TestP24bMyEmployees(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Bonjour je suis responsable RH, une de mes salariées a une RQTH et voudrait se reconvertir, elle a 50 ans, nous sommes à Dijon", "salarie_prive"},
		{"un de mes salariés voudrait se reconvertir", "salarie_prive"},
		{"une de mes employées veut faire une VAE", "salarie_prive"},
		{"un de mes salariés voudrait se reconvertir, il habite Nancy", "salarie_prive"},
		// near-misses that must not change
		{"une de mes collègues m'a parlé du CEP, je voudrais me reconvertir", ""},
		{"l'un de nos salariés, 45 ans, veut se reconvertir", "salarie_prive"},
		{"un de mes agents, adjoint technique à la mairie, veut se reconvertir", "agent_public"},
		{"je suis au chômage, un de mes anciens employeurs m'a parlé du CEP", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

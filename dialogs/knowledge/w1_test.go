package knowledge

import (
	"strings"
	"testing"
)

// Wave 2, w1 (issue 13): the confidentiality card names the alternatives
// open to this visitor when they are known, the card's full list
// otherwise.
func TestW1ConfidentialAlternatives(t *testing.T) {
	m := Answer("c'est confidentiel ?", "agent_public")
	if len(m) == 0 || m[0].Card.ID != "cep_confidentiel" {
		t.Fatalf("no confidentiality card: %+v", m)
	}
	out := RenderWith(m, "agent_public", "à France Travail")
	if !strings.Contains(out, "adressez-vous à France Travail.") || strings.Contains(out, "Mission locale") || strings.Contains(out, "{") {
		t.Errorf("with the visitor's alternatives:\n%s", out)
	}
	none := RenderWith(m, "agent_public", NoAlternatives)
	if !strings.Contains(none, "Agent public : le conseil proposé par votre administration passe par elle.\n") || strings.Contains(none, "adressez-vous") {
		t.Errorf("with no alternative open:\n%s", none)
	}
	// near-miss: alternatives unknown, the full list without its braces
	all := RenderFor(m, "agent_public")
	if !strings.Contains(all, "à France Travail, à l'Apec (cadres), à Cap emploi (avec une RQTH) ou à la Mission locale (moins de 26 ans).") || strings.Contains(all, "{") {
		t.Errorf("without alternatives:\n%s", all)
	}
}

package intent

import "testing"

func TestCouple(t *testing.T) {
	for in, want := range map[string]string{
		"mon mari et moi sommes tous les deux au chômage à Metz": "mari",
		"moi et ma femme on cherche du travail":                  "femme",
		"nous sommes tous les deux sans emploi":                  "",
		"on est toutes les deux en CDD":                          "",
	} {
		r, ok := Couple(in)
		if !ok || r.Noun != want {
			t.Errorf("Couple(%q) = %q, %v; want %q", in, r.Noun, ok, want)
		}
	}
	for _, in := range []string{"je vous écris pour mon mari", "mon mari est au chômage", "j'ai deux enfants", "je suis au chômage et moi aussi je veux"} {
		if _, ok := Couple(in); ok {
			t.Errorf("Couple(%q) = true", in)
		}
	}
}

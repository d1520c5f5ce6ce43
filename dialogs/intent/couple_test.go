package intent

import "testing"

func TestCouple(t *testing.T) {
	for in, want := range map[string]string{
		"mon mari et moi sommes tous les deux au chômage à Metz": "mari",
		"moi et ma femme on cherche du travail":                  "femme",
		"nous sommes tous les deux sans emploi":                  "",
		"on est toutes les deux en CDD":                          "",
		"my husband and I are both unemployed in Lyon":           "mari",
		"we are both looking for a job":                          "",
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

func TestProxyVisitorNamesThemself(t *testing.T) {
	for in, want := range map[string]string{
		"bonjour, je suis la femme d'un gendarme, il a 41 ans et il voudrait quitter la gendarmerie": "mari",
		"je suis le mari d'une infirmière, elle veut changer de métier":                              "femme",
		"je suis la mère d'un apprenti de 17 ans, il veut arrêter":                                   "enfant",
	} {
		r, ok := Proxy(in)
		if !ok || r.Noun != want {
			t.Errorf("Proxy(%q) = %q, %v; want %q", in, r.Noun, ok, want)
		}
	}
	for _, in := range []string{"je suis la femme de ménage de l'école", "je suis la mère d'un enfant de 3 ans, je veux reprendre le travail",
		"je suis la femme d'un militaire et je cherche un emploi"} {
		if r, ok := Proxy(in); ok {
			t.Errorf("Proxy(%q) = %q: the visitor speaks of themself", in, r.Noun)
		}
	}
}

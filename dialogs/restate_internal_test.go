package dialogs

import "testing"

func TestRestatedAge(t *testing.T) {
	for _, c := range []struct {
		text        string
		known, want int
	}{
		{"non 45 pas 54", 54, 45},
		{"45 pas 54", 54, 45},
		{"pas 54 mais 45", 54, 45},
		{"j'ai 45, pas 54 !", 54, 45},
		{"je me suis trompé c'est 45", 54, 45},
		{"non pardon, l'âge c'est 38", 45, 38},
		{"oups non 24 pas 27", 27, 24},
		{"45 et non 54", 54, 45},
		// near-misses: no age known, a number that is something else, no
		// sign that the age is meant, two values offered
		{"non 45 pas 54", 0, 0},
		{"non c'est 45", 30, 0},
		{"non je suis dans le 45", 54, 0},
		{"l'agence est à 45 km pas 54", 54, 0},
		{"45 ou 46 pas 54", 54, 0},
		{"54", 45, 0},
	} {
		if got := restatedAge(c.text, c.known); got != c.want {
			t.Errorf("restatedAge(%q, %d) = %d, want %d", c.text, c.known, got, c.want)
		}
	}
}

func TestSelfCorrectedAge(t *testing.T) {
	for _, c := range []struct {
		text      string
		age, want int
	}{
		{"j'ai 45 ans, ah non 46, salarié à Tours", 45, 46},
		{"j'ai 54 ans enfin 45 pardon", 54, 45},
		{"salariée 35 ans non 36", 35, 36},
		{"35 ans, je veux dire 53", 35, 53},
		// near-misses: another number after, no cue, a duration
		{"j'ai 45 ans, 2 enfants", 45, 0},
		{"j'ai 45 ans non 3 enfants", 45, 0},
		{"45 ans, 20 ans d'expérience", 45, 0},
		{"j'ai 45 ans non pas 20 km", 45, 0},
	} {
		if got := selfCorrectedAge(c.text, c.age); got != c.want {
			t.Errorf("selfCorrectedAge(%q, %d) = %d, want %d", c.text, c.age, got, c.want)
		}
	}
}

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

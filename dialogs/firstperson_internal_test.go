package dialogs

import "testing"

// TestFirstPerson: a message about a relative is read in the first person,
// the relative named as the subject included.
func TestFirstPerson(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"il a 17 ans et cherche un emploi", "j'ai 17 ans et je cherche un emploi"},
		{"mon père a 61 ans il est électricien à Niort", "j'ai 61 ans je suis électricien à Niort"},
		{"ma fille de 17 ans a arrêté le lycée", "j'ai 17 ans, j'ai arrêté le lycée"},
		{"Bonjour, mon fils, 19 ans, cherche un apprentissage", "Bonjour, j'ai 19 ans, je cherche un apprentissage"},
		{"Ma mère est aide-soignante", "je suis aide-soignante"},
		{"ma petite-fille cherche du travail", "je cherche du travail"},
		// Not the subject: left as written.
		{"je cherche pour mon père, il a 61 ans", "je cherche pour mon père, j'ai 61 ans"},
		{"j'ai emmené ma fille au lycée", "j'ai emmené ma fille au lycée"},
	} {
		if got := firstPerson(c.in); got != c.want {
			t.Errorf("firstPerson(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

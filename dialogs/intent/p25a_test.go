package intent

import "testing"

// A wish to do a course by apprenticeship (persona p25a, issue 13): the
// caller makes it a young seeker between 16 and 25.
func TestApprenticeshipWish(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"jai 16a jveux faire un cap cuisine en apprentissage", true},
		{"je veux faire un CAP cuisine en apprentissage", true},
		{"je voudrais passer un bac pro en alternance", true},
		{"j'aimerais faire une alternance", true},
		{"jvoudrais faire un cap petite enfance mais en alternance", true},
		{"j'ai envie de faire un BTS par apprentissage", true},
		{"il veut faire un cap en alternance", true},
		// near misses: a refusal, an apprentice already, a course not by
		// apprenticeship, the word too far from the wish
		{"je veux pas faire d'apprentissage", false},
		{"je ne veux plus faire d'alternance", false},
		{"je suis en alternance et je veux faire un BTS", false},
		{"je veux faire un CAP cuisine", false},
		{"je veux faire une formation de cuisinier dans un lycée pro à Lyon l'an prochain puis en apprentissage", false},
		{"je cherche un apprentissage", false}, // youngSeeker's
	} {
		if got := Fold(tc.text).ApprenticeshipWish(); got != tc.want {
			t.Errorf("ApprenticeshipWish(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

package knowledge

import "testing"

// The length of the appointment asked without a mark, the verb before
// « combien » (« le rdv dure combien de temps », « ça prend cmb de temps »),
// is a question; a description that says a length is not. Persona p24a,
// issue 13.
func TestIsQuestionLengthUnmarked(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"le rdv dure combien de temps", true},
		{"ca dure cmb de temps le rdv", true},
		{"ça prend combien de temps", true},
		{"il faut combien de temps pour une vae", true},
		{"combien de temps ca dure", true},
		// near misses: lengths said, not asked
		{"je suis au chomage depuis 6 mois", false},
		{"ca dure depuis deux ans", false},
		{"j'ai fait une formation qui dure 6 mois", false},
		{"je travaille depuis combien de temps je sais plus", false},
	}
	for _, c := range cases {
		if got := IsQuestion(c.in); got != c.want {
			t.Errorf("IsQuestion(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

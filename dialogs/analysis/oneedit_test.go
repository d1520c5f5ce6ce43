package analysis

import (
	"math/rand"
	"testing"

	"github.com/cep-accueil/cepbot/bot/editdist"
)

// oneEdit is editdist.Distance(a, b, 1) == 1 without the table: the two
// agree on random pairs of short words, most of them one edit apart.
func TestOneEditAgreesWithDistance(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	const letters = "abcdé"
	word := func() string {
		b := []rune{}
		for n := r.Intn(7); n > 0; n-- {
			b = append(b, []rune(letters)[r.Intn(5)])
		}
		return string(b)
	}
	for k := 0; k < 200000; k++ {
		a := word()
		b := []rune(a)
		switch e := r.Intn(5); {
		case e == 0 || len(b) == 0:
			b = []rune(word())
		case e == 1:
			b[r.Intn(len(b))] = []rune(letters)[r.Intn(5)]
		case e == 2:
			j := r.Intn(len(b))
			b = append(b[:j:j], b[j+1:]...)
		case e == 3 && len(b) > 1:
			j := r.Intn(len(b) - 1)
			b[j], b[j+1] = b[j+1], b[j]
		default:
			j := r.Intn(len(b) + 1)
			b = append(b[:j:j], append([]rune{[]rune(letters)[r.Intn(5)]}, b[j:]...)...)
		}
		if got, want := oneEdit(a, string(b)), editdist.Distance(a, string(b), 1) == 1; got != want {
			t.Fatalf("oneEdit(%q, %q) = %v, editdist says %v", a, string(b), got, want)
		}
	}
}

package editdist

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		max  int
		want int
	}{
		{"", "", 3, 0},
		{"abc", "abc", 3, 0},
		{"chomage", "chômage", 3, 1},
		{"licensie", "licencie", 3, 1},
		{"fonctionaire", "fonctionnaire", 3, 1},
		{"ab", "ba", 3, 1},  // a transposition is one edit
		{"ca", "abc", 3, 3}, // optimal string alignment, not full Damerau (2)
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 3}, // bounded: max+1
		{"a", "abcdef", 2, 3},       // length gap beyond max
		{"apec", "apce", 2, 1},
		{"france_travial", "france_travail", 2, 1},
		{strings.Repeat("a", 40), strings.Repeat("a", 39) + "b", 3, 1}, // past the stack buffers
		{"x", "y", -1, 1},
	} {
		if got := Distance(c.a, c.b, c.max); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
		}
		if got := Distance(c.b, c.a, c.max); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d (symmetry)", c.b, c.a, c.max, got, c.want)
		}
	}
}

func TestDistanceNoAllocation(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { Distance("reconversion", "reconvertion", 2) }); n != 0 {
		t.Errorf("%v allocations per call, want 0", n)
	}
}

// FuzzDistance checks the bounds and the symmetry of the distance.
func FuzzDistance(f *testing.F) {
	f.Add("chomage", "chômage", 2)
	f.Add("", "abc", 1)
	f.Add("\xff\xfe", "ab", 3)
	f.Fuzz(func(t *testing.T, a, b string, max int) {
		max = max % 8
		d := Distance(a, b, max)
		m := max
		if m < 0 {
			m = 0
		}
		la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		if d < 0 || d > m+1 || d > la+lb+1 {
			t.Fatalf("Distance(%q, %q, %d) = %d", a, b, max, d)
		}
		if d2 := Distance(b, a, max); d2 != d {
			t.Fatalf("not symmetric: %d vs %d", d, d2)
		}
		if a == b && d != 0 {
			t.Fatalf("Distance(a, a) = %d", d)
		}
	})
}

func BenchmarkDistance(b *testing.B) {
	for b.Loop() {
		Distance("reconversion", "reconvertion", 2)
	}
}

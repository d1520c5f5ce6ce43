package analysis

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzAnalyse(f *testing.F) {
	for _, s := range benchMessages {
		f.Add(s)
	}
	for _, s := range []string{"", "j'ai 23a", "né en 1999", "le 93", "20000", "vingt-trois ans", "Saint-Denis", "\xff\xfe", "quatre vingt dix neuf ans",
		"et et et et", "je ne ne ne pas pas", "dans le cadre de", strings.Repeat("à Paris ", 600)} {
		f.Add(s)
	}
	Analyse("j'habite Marseil", benchNow) // warm up: lexicon, communes and towns are built once
	f.Fuzz(func(t *testing.T, s string) {
		start := time.Now()
		fa := Analyse(s, benchNow)
		if d := time.Since(start); d > 200*time.Millisecond {
			t.Errorf("Analyse took %v on %d bytes", d, len(s))
		}
		if fa.Age < 0 || fa.Age > 120 {
			t.Errorf("age %d", fa.Age)
		}
		if fa.Departement != "" && fa.Region == "" {
			t.Errorf("département %q without region", fa.Departement)
		}
		ParsePlace(s)
		ParseAge(s, benchNow)
		if st, br, ok := ParseSector(s); ok != (st != "") || br != "" && st != "agent_public" {
			t.Errorf("ParseSector = %q %q %v", st, br, ok)
		}
		if br, ok := ParseBranch(s); ok != (br != "") {
			t.Errorf("ParseBranch = %q %v", br, ok)
		}
		IsCorrection(s)
		if !utf8.ValidString(fa.Commune) {
			t.Errorf("invalid commune %q", fa.Commune)
		}
	})
}

// TestLongInput checks the 4 096-rune cap keeps the work bounded on 64 KiB.
func TestLongInput(t *testing.T) {
	s := strings.Repeat("je suis au chômage à Saint-Denis depuis 15 ans, ", 64<<10/50)
	start := time.Now()
	for i := 0; i < 10; i++ {
		Analyse(s, benchNow)
	}
	if d := time.Since(start) / 10; d > time.Second { // generous: machines are shared, the benchmark measures speed
		t.Errorf("Analyse on %d bytes took %v", len(s), d)
	}
}

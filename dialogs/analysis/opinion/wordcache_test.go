package opinion

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// plainPredict is Predict without the word cache: every feature extracted,
// then summed (the path the cache replaced).
func (m *Model) plainPredict(text string) Opinion {
	hs, _ := m.Features.extract(nil, nil, text)
	var s [NClasses]float32
	if n := len(hs); n > 0 {
		acc := m.accumulate(hs)
		v := m.scale * float32(1/math.Sqrt(float64(n)))
		for k := range s {
			s[k] = float32(acc[k]) * v
		}
	}
	for k := range s {
		s[k] += m.bias[k]
	}
	return softmax(s)
}

// TestWordCacheSameAsPlain checks that Predict, with the words' own
// features taken from the cache, gives exactly the probabilities of the
// plain extraction, on the labelled tuning messages (each read twice, so
// that the second reading finds its words cached) and on edge cases.
func TestWordCacheSameAsPlain(t *testing.T) {
	m := Default()
	texts := []string{"", " ", "|", "a", "je", "pas pas pas", strings.Repeat("x", 70), "<" + strings.Repeat("é", 40) + ">",
		"je suis au chômage, je ne travaille plus depuis 3 mois. Mon fils est étudiant.",
		strings.Repeat("infirmière libérale en reconversion, demandeuse d'emploi ; ", 60)}
	files, _ := filepath.Glob("../testdata/tuning*.jsonl")
	for _, f := range files {
		if Forbidden(f) {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var row struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &row) == nil {
				texts = append(texts, row.Text)
			}
		}
		fh.Close()
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d texts read", len(texts))
	}
	for pass := 0; pass < 2; pass++ {
		for _, text := range texts {
			if got, want := m.Predict(text), m.plainPredict(text); got != want {
				t.Fatalf("%q: Predict %v, plain %v", text, got.Probs, want.Probs)
			}
		}
	}
}

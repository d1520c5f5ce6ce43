package dialogs

import (
	"bufio"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// normaliseBefore is normalise as it was written before its scratch
// buffers: strings.ToLower, norm.NFD.String and a Builder.
func normaliseBefore(s string) string {
	if ascii(s) {
		return normaliseASCII(s)
	}
	return normaliseSlow(s) // options_internal_test.go
}

// normaliseTexts are the tuning sets' messages (never the held-out sets)
// and random strings with accents, capitals, combining marks, invalid
// bytes and long runs (past the scratch's first size).
func normaliseTexts(t *testing.T) []string {
	files, _ := filepath.Glob("analysis/testdata/tuning*.jsonl")
	var out []string
	for _, f := range files {
		if strings.Contains(filepath.Base(f), "heldout") {
			continue
		}
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var row struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &row) == nil {
				out = append(out, row.Text)
			}
		}
		fh.Close()
	}
	pieces := []string{"É", "é", "e\u0301", "\u0301", "İ", "ß", "ǅ", "Ω", "\xff", "\xe2\x82", "œ", "Œ", " ", "  ", "-", "'", "’", "+", "1", "a", "Z", "ﬁ", "ǰ", "\u0345", "ᾳ", "ẞ", "日本", "\u00a0", "\uFFFD", "ÀÉÎÕÜ", "ça", "Ça"}
	r := rand.New(rand.NewSource(20))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		n := r.Intn(40)
		if i%100 == 0 {
			n = 400 // longer than the scratch and the stack buffer
		}
		for j := 0; j < n; j++ {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestNormaliseAsBefore(t *testing.T) {
	texts := normaliseTexts(t)
	if len(texts) < 20000+1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, s := range texts {
		if got, want := normalise(s), normaliseBefore(s); got != want {
			t.Fatalf("normalise(%q) = %q, want %q", s, got, want)
		}
	}
}

// A result must stay what it was after later calls recycle the scratch,
// on this goroutine and on others (run with -race too).
func TestNormaliseResultsOutliveTheScratch(t *testing.T) {
	texts := normaliseTexts(t)[:3000]
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			got := make([]string, len(texts))
			for i, s := range texts {
				got[i] = normalise(s)
			}
			for i, s := range texts {
				if want := normaliseBefore(s); got[i] != want {
					t.Errorf("goroutine %d: normalise(%q) became %q, want %q", g, s, got[i], want)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

package opinion

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// plainContext is context as it was before its hashes were carried from
// word to word: each bigram and trigram hashed from its words.
type plainContext struct {
	scoped                      bool
	p2s, p2e                    int
	prevStart, prevEnd          int
	negLeft, persLeft, pastLeft int
	pers                        int
}

func (c *plainContext) word(out []uint32, fs Features, buf []byte, i, j int) []uint32 {
	w := buf[i:j]
	if fs.Bigrams && c.prevStart >= 0 {
		h := hashBytes(hashStart('b'), buf[c.prevStart:c.prevEnd])
		h = (h ^ ' ') * fnvPrime
		out = append(out, nonZero(hashBytes(h, w)))
	}
	if fs.Trigrams && c.p2s >= 0 {
		h := hashBytes(hashStart('w'), buf[c.p2s:c.p2e])
		h = (h ^ ' ') * fnvPrime
		h = hashBytes(h, buf[c.prevStart:c.prevEnd])
		h = (h ^ ' ') * fnvPrime
		out = append(out, nonZero(hashBytes(h, w)))
	}
	if c.scoped {
		next := nextWord(buf, j)
		cue := cueOf(unsafeString(w), next)
		switch {
		case cue == cueNeg && fs.Negation:
			c.negLeft = scopeWords
		case (cue == cueFirst || cue == cueThird) && fs.Person:
			c.pers, c.persLeft = cue, scopeWords+1
		case cue == cuePast && fs.Tense:
			c.pastLeft = scopeWords
		default:
			if c.negLeft > 0 {
				out = append(out, nonZero(hashBytes(hashStart('n'), w)))
			}
			if c.persLeft > 0 {
				out = append(out, nonZero(hashBytes(hashStart(byte('p'+c.pers)), w)))
			}
			if c.pastLeft > 0 {
				out = append(out, nonZero(hashBytes(hashStart('t'), w)))
			}
			c.negLeft, c.persLeft, c.pastLeft = max(c.negLeft-1, 0), max(c.persLeft-1, 0), max(c.pastLeft-1, 0)
		}
	}
	c.p2s, c.p2e = c.prevStart, c.prevEnd
	c.prevStart, c.prevEnd = i, j
	return out
}

// TestContextHashes compares the context features of every labelled text
// of package analysis with those of the plain hashing, for the model's
// options and for every option alone.
func TestContextHashes(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.jsonl")
	var texts []string
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var row struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &row) == nil {
				texts = append(texts, row.Text)
			}
		}
		f.Close()
	}
	if len(texts) < 30000 {
		t.Fatalf("only %d texts", len(texts))
	}
	texts = append(texts, "", " ", "un", "un deux", "un | deux trois", "a b c d e f")
	options := []Features{Default().Features, {Bigrams: true}, {Trigrams: true}, {Bigrams: true, Trigrams: true, Negation: true, Person: true, Tense: true}}
	buf := make([]byte, 0, maxText+2)
	var got, want []uint32
	for _, fs := range options {
		for _, text := range texts {
			buf = fold(buf, text)
			ctx := newContext(fs)
			plain := plainContext{scoped: ctx.scoped, p2s: -1, p2e: -1, prevStart: -1, prevEnd: -1, pers: cueNone}
			got, want = got[:0], want[:0]
			for i := 0; i < len(buf); {
				if buf[i] == ' ' || buf[i] == '|' {
					if buf[i] == '|' {
						ctx.negLeft, ctx.persLeft, ctx.pastLeft = 0, 0, 0
						plain.negLeft, plain.persLeft, plain.pastLeft = 0, 0, 0
					}
					i++
					continue
				}
				j := i
				for j < len(buf) && buf[j] != ' ' && buf[j] != '|' {
					j++
				}
				got = ctx.word(got, fs, buf, i, j)
				want = plain.word(want, fs, buf, i, j)
				i = j
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%+v, %q: context features %v, plain %v", fs, text, got, want)
			}
		}
	}
}

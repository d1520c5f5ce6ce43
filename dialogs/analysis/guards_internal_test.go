package analysis

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// The oracle tests of the cheap guards (a token class or a first test put
// before a rule asked at many tokens): on every labelled text, the guarded
// function answers as the rule without its guard, at every token.

var (
	guardTextsOnce sync.Once
	guardTextsAll  []string
	guardTextsRace []string
)

// guardTexts are the texts of every labelled set of testdata; under the
// race detector, every third one. These sweeps run on one goroutine, where
// the race detector has nothing to find and makes them about six times
// slower (about 120 of the package's 180 s under -race on two cores);
// `go test ./dialogs/analysis` without -race sweeps every text.
func guardTexts(t *testing.T) []string {
	t.Helper()
	guardTextsOnce.Do(func() {
		files, _ := filepath.Glob("testdata/*.jsonl")
		for _, p := range files {
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				var row struct{ Text string }
				if json.Unmarshal(sc.Bytes(), &row) == nil && row.Text != "" {
					guardTextsAll = append(guardTextsAll, row.Text)
				}
			}
			f.Close()
		}
		for i := 0; i < len(guardTextsAll); i += 3 {
			guardTextsRace = append(guardTextsRace, guardTextsAll[i])
		}
	})
	if len(guardTextsAll) < 30000 {
		t.Fatalf("only %d labelled texts", len(guardTextsAll))
	}
	if raceDetector {
		return guardTextsRace
	}
	return guardTextsAll
}

// preparedAnalyser runs the steps of analyseWith that come before the
// rules (tokens, hits, clauses, relatives) on text.
func preparedAnalyser(text string) *analyser {
	sc := &scratch{}
	tokenize(sc, text)
	neutraliseDetention(sc.toks)
	findHits(sc)
	a := &analyser{sc: sc, toks: sc.toks, now: benchNow}
	a.employeeHitsR22i()
	a.electoralCollegeR24b()
	a.dottedRqthR24b()
	a.closedWorkplaceHitsR27a()
	a.markClauses()
	a.markRelatives()
	a.markForRelative()
	a.memoCandidates()
	return a
}

func TestThirdPersonGuardR18r(t *testing.T) {
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		for i := range a.toks {
			s1, n1 := a.thirdPersonR18r(i)
			s2, n2 := a.thirdPersonAtR18r(i)
			if s1 != s2 || n1 != n2 {
				t.Errorf("%q at %d: guarded %d %d, plain %d %d", text, i, s1, n1, s2, n2)
			}
		}
	}
}

func TestTypoPlaceGuard(t *testing.T) {
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		lookUpWords(a.sc)
		for i := range a.toks {
			for _, answer := range []bool{false, true} {
				c1, n1, ok1 := a.typoPlace(i, answer)
				c2, n2, ok2 := a.typoPlaceAt(i, answer)
				if n1 != n2 || ok1 != ok2 || !reflect.DeepEqual(c1, c2) {
					t.Errorf("%q at %d (answer %v): guarded %v %d %v, plain %v %d %v", text, i, answer, c1, n1, ok1, c2, n2, ok2)
				}
			}
		}
	}
}

func TestNamedPlaceGuard(t *testing.T) {
	f := lex().placeKeys
	for _, m := range []map[string]string{placeAliases, demonyms} {
		for k := range m {
			if !f.may([]byte(k)) {
				t.Errorf("%q filtered out", k)
			}
		}
	}
	for k := range outsideNames {
		if !f.may([]byte(k)) {
			t.Errorf("%q filtered out", k)
		}
	}
	n := 0
	geo.CommuneKeys(func(k string) {
		if !f.may([]byte(k)) {
			t.Errorf("commune %q filtered out", k)
		}
		n++
	})
	if n < 30000 {
		t.Fatalf("only %d commune keys", n)
	}
	if f.may([]byte("xqzwv kjhg")) && f.may([]byte("je suis")) && f.may([]byte("travaille")) {
		t.Error("the filter lets everything through")
	}
	tried := 0
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		lookUpWords(a.sc)
		for i := range a.toks {
			for n := 1; n <= 4 && i+n <= len(a.toks); n++ {
				var k []byte
				for j := i; j < i+n; j++ {
					if j > i {
						k = append(k, ' ')
					}
					k = append(k, a.toks[j].s...)
				}
				for _, flags := range [][3]bool{{false, false, false}, {true, false, false}, {true, true, true}} {
					var got, want []placeCand
					ok1 := a.namedPlace(i, n, k, flags[0], flags[1], flags[2], func(c placeCand) { got = append(got, c) })
					ok2 := a.namedPlaceAt(i, n, k, flags[0], flags[1], flags[2], func(c placeCand) { want = append(want, c) })
					if ok1 != ok2 || !reflect.DeepEqual(got, want) {
						t.Errorf("%q at %d+%d %v: guarded %v %v, plain %v %v", text, i, n, flags, ok1, got, ok2, want)
					}
					tried++
				}
			}
		}
	}
	t.Logf("%d spans compared", tried)
}

func TestQuestionMemo(t *testing.T) {
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		want := a.questionAt()
		for k := 0; k < 2; k++ {
			if got := a.question(); got != want {
				t.Errorf("%q: question %v, questionAt %v", text, got, want)
			}
		}
	}
}

// matchPlain is pattern.match without its masks.
func matchPlain(p *pattern, ids []wordID, i int) int {
	if i+len(p.ids) > len(ids) {
		return 0
	}
	for j := 1; j < len(p.ids); j++ {
		ok := false
		for _, a := range p.ids[j] {
			if a == ids[i+j] || a == anyWord {
				ok = true
				break
			}
		}
		if !ok {
			return 0
		}
	}
	return len(p.ids)
}

func TestMatchMasks(t *testing.T) {
	lx := lex()
	tried := 0
	for _, text := range guardTexts(t) {
		sc := &scratch{}
		tokenize(sc, text)
		neutraliseDetention(sc.toks)
		lookUpWords(sc)
		for i := range sc.ids {
			for _, e := range lx.byFirst[sc.ids[i]] {
				if got, want := e.p.match(sc.ids, i), matchPlain(e.p, sc.ids, i); got != want {
					t.Fatalf("%q at %d: match %d, plain %d", text, i, got, want)
				}
				tried++
			}
		}
	}
	t.Logf("%d matches compared", tried)
}

// nowLaterPlain is nowLater before its loop tried the adverbs first.
func nowLaterPlain(a *analyser, h hit) bool {
	t := a.toks
	c := t[h.start].clause
	if a.presentVerbBefore(h) && !a.movedBefore(h) && !a.movedByR18v(h) {
		return false
	}
	for j := h.end; j < len(t); j++ {
		if t[j].clause == c || j > 0 && t[j-1].clause == t[j].clause && !(j > 1 && t[j-2].clause != t[j].clause && (t[j-1].s == "et" || t[j-1].s == "mais")) && !a.nowAfterBeR18v(j) {
			continue // (the adverb opens its clause, after « et » or « mais » at most)
		}
		switch t[j].s {
		case "aujourd", "maintenant", "desormais", "actuellement":
		case "depuis":
			// « Depuis, je suis inscrit à France Travail »: since then
			// (« depuis 3 ans je suis en CDI » is a span, not a turn)
			if j+1 < len(t) && (t[j+1].num || numberWords[t[j+1].s] != 0 || t[j+1].clause != t[j].clause && t[j].after != ',') {
				continue
			}
		default:
			continue
		}
		cc := t[j].clause
		if j+1 < len(t) && t[j+1].clause != cc {
			cc = t[j+1].clause // « Depuis, je suis au chômage »
		}
		if a.bothActivities(cc) {
			return false // « désormais je suis auto-entrepreneuse aussi »: one more, not another
		}
		for _, m := range a.sc.hits {
			// (a search alone, « aujourd'hui je cherche un emploi », does
			// not end a student's or an employee's status)
			if m.p.k == kStatus && t[m.start].clause == cc && m.start > j && m.p.v != h.p.v &&
				m.p.v != statusUndecided && !a.negated(m) && !a.searchWords(m) && !a.idleInPositionR18z(m) {
				return true
			}
		}
	}
	return false
}

func TestNowLaterAdverbsFirst(t *testing.T) {
	tried := 0
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		for _, h := range a.sc.hits {
			if got, want := a.nowLater(h), nowLaterPlain(a, h); got != want {
				t.Errorf("%q, hit at %d: nowLater %v, plain %v", text, h.start, got, want)
			}
			tried++
		}
	}
	t.Logf("%d hits compared", tried)
}

func TestTradeClass(t *testing.T) {
	trade := map[string]bool{}
	for _, w := range lex().trade {
		trade[w] = true
	}
	for _, text := range guardTexts(t) {
		a := preparedAnalyser(text)
		any := false
		for j, tk := range a.toks {
			if a.is(j, clsTradeWords) != trade[tk.s] {
				t.Errorf("%q at %d: trade class %v", text, j, !trade[tk.s])
			}
			any = any || trade[tk.s]
		}
		if a.hasTrade() != any {
			t.Errorf("%q: hasTrade %v", text, !any)
		}
	}
}

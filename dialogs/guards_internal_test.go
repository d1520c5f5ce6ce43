package dialogs

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// guardTexts are the visitor lines of the stories, the corpus texts when
// the shared corpus is there, and variants of them that reach the guarded
// paths (« plus », a leading « non », numbers).
func guardTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	stories, err := filepath.Glob("testdata/stories/*.story")
	if err != nil || len(stories) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	for _, p := range stories {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if s, ok := strings.CutPrefix(l, "> "); ok {
				texts = append(texts, s)
			}
		}
	}
	corpora, _ := filepath.Glob("../../../shared/corpus/*.jsonl")
	more, _ := filepath.Glob("/work/shared/corpus/*.jsonl")
	for _, p := range append(corpora, more...) {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var row struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &row) == nil && row.Text != "" {
				texts = append(texts, row.Text)
			}
		}
		f.Close()
	}
	n := len(texts)
	for _, s := range texts[:n] {
		texts = append(texts, "non "+s, "Non, "+s, s+" je ne travaille plus", "je ne suis plus "+s, " 42 "+s, "+"+s, "-"+s)
	}
	texts = append(texts, "", " ", "non", "non 45", "non j'ai 54 ans", "45 et non 54", "je travaille plus que avant",
		"je bosse plus", "1", " 2 ", "+3", "-1", "99999999999999999999", "1_000", "0x10", "١٢", "plutôt jeudi matin",
		"mardi après midi", "demain", "après demain", "\u00a0non 45", "non\u00a054 ans")
	return texts
}

func TestGuardsMatchPlainPaths(t *testing.T) {
	texts := guardTexts(t)
	if len(texts) < 1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, s := range texts {
		norm := normalise(s)
		if got, want := statusEnded(norm), statusEndedPlain(norm); got != want {
			t.Errorf("statusEnded(%q) = %v, plain %v", norm, got, want)
		}
		if got, want := wordCount(s), wordCountPlain(s); got != want {
			t.Errorf("wordCount(%q) = %d, plain %d", s, got, want)
		}
		d1, p1, ok1 := slotWish(norm, now)
		d2, p2, ok2 := slotWishPlain(norm, now)
		if d1 != d2 || p1 != p2 || ok1 != ok2 {
			t.Errorf("slotWish(%q) = %v %v %v, plain %v %v %v", norm, d1, p1, ok1, d2, p2, ok2)
		}
		for _, known := range []int{0, 24, 34, 45, 54} {
			if got, want := restatedAge(s, known), restatedAgePlain(s, known); got != want {
				t.Errorf("restatedAge(%q, %d) = %d, plain %d", s, known, got, want)
			}
		}
		for _, x := range append([]string{s, strings.TrimSpace(s)}, strings.Fields(s)...) {
			n1, err1 := atoi(x)
			n2, err2 := strconv.Atoi(x)
			if n1 != n2 || (err1 == nil) != (err2 == nil) {
				t.Errorf("atoi(%q) = %d %v, strconv %d %v", x, n1, err1, n2, err2)
			}
		}
		for clause := range strings.FieldsFuncSeq(s, isWhatToDoBreak) {
			for _, whole := range []bool{false, true} {
				if got, want := whatToDoClause(clause, whole), whatToDoClausePlain(clause, whole); got != want {
					t.Errorf("whatToDoClause(%q, %v) = %v, plain %v", clause, whole, got, want)
				}
			}
		}
		// noThenAge's guard is necessary: a first word « non » passes it.
		if w := strings.Fields(norm); len(w) > 0 && w[0] == "non" &&
			!strings.HasPrefix(strings.TrimLeftFunc(norm, unicode.IsSpace), "non") {
			t.Errorf("noThenAge guard drops %q", norm)
		}
	}
}

// The plain paths, as they were before their guards.

func statusEndedPlain(norm string) bool {
	if containsAny(" "+norm+" ", endedStatusWords) {
		return true
	}
	w := strings.Fields(norm)
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "travaille" || w[i] == "bosse") && w[i+1] == "plus" {
			next := ""
			if i+2 < len(w) {
				next = w[i+2]
			}
			if next != "que" && next != "qu" && next != "de" && next != "d" && next != "en" && next != "le" {
				return true
			}
		}
	}
	return false
}

func wordCountPlain(s string) int {
	n := 0
	for _, w := range strings.Fields(normalise(s)) {
		if len(w) >= 3 {
			n++
		}
	}
	return n
}

func slotWishPlain(norm string, now time.Time) (day time.Weekday, part int, ok bool) {
	day = -1
	w := strings.Fields(norm)
	for i, x := range w {
		if d, found := wishDays[x]; found {
			day, ok = d, true
		}
		switch {
		case x == "demain" && (i == 0 || w[i-1] != "apres"), x == "tomorrow":
			day, ok = now.AddDate(0, 0, 1).Weekday(), true
		case x == "demain":
			day, ok = now.AddDate(0, 0, 2).Weekday(), true
		}
		switch {
		case x == "matin" || x == "matinee" || x == "morning":
			part, ok = morning, true
		case x == "aprem" || x == "apresmidi" || x == "afternoon" || x == "apres" && i+1 < len(w) && w[i+1] == "midi":
			part, ok = afternoon, true
		}
	}
	return day, part, ok
}
func restatedAgePlain(text string, known int) int {
	if known <= 0 {
		return 0
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	affirmed, deniedKnown, aboutAge, cue := 0, false, false, false
	for i, w := range words {
		switch w {
		case "age", "âge", "ans":
			aboutAge = true
		case "non", "pas", "fait", "trompe", "trompé", "trompee", "trompée", "erreur", "plutot", "plutôt", "finalement":
			cue = true
		}
		n, err := strconv.Atoi(w)
		if err != nil || n < 16 || n > 99 || len(w) != 2 {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		if ageNumberUnits[next] || placeBeforeNumber[prev] {
			return 0 // « 45 km », « le 45 »: not an age
		}
		if prev == "pas" || prev == "non" && i > 1 && deniesAfter(words[i-2]) {
			// « pas 54 », « 45 et non 54 »: the denied value
			if n == known {
				deniedKnown = true
			}
			continue
		}
		if affirmed != 0 && affirmed != n {
			return 0 // two values offered: not read
		}
		affirmed = n
	}
	if affirmed == 0 || affirmed == known {
		return 0
	}
	swapped := affirmed%10*10+affirmed/10 == known
	if deniedKnown || aboutAge && cue || cue && swapped {
		return affirmed
	}
	return 0
}

func whatToDoClausePlain(clause string, whole bool) bool {
	s := " " + normalise(clause) + " "
	for _, c := range whatToDoCues {
		i := strings.Index(s, c)
		if i < 0 {
			continue
		}
		if whole {
			lead := true
			for _, w := range strings.Fields(s[:i]) {
				if !whatToDoLead[w] {
					lead = false
				}
			}
			if !lead {
				return false
			}
		}
		tail := true
		for _, w := range strings.Fields(s[i+len(c):]) {
			if !whatToDoTail[w] {
				tail = false
				break
			}
		}
		if tail {
			return true
		}
	}
	return false
}

// FuzzContainsCue checks containsCue against strings.Contains, its oracle.
func FuzzContainsCue(f *testing.F) {
	for _, seed := range [][2]string{
		{" je suis au chomage ", " chomage "}, {"  a  ", " a "}, {" ab", " ab"}, {"x ab ", " ab "},
		{" ", " "}, {"", " a"}, {" a a a b ", " a b "}, {"aa", " a"}, {" tel telephone ", " telephone "},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, s, c string) {
		if got, want := containsCue(s, c), strings.Contains(s, c); got != want {
			t.Fatalf("containsCue(%q, %q) = %v, strings.Contains %v", s, c, got, want)
		}
	})
}

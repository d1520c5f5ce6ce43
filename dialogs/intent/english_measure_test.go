package intent_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/intent"
)

// enCase is one line of testdata/english1.jsonl, in the format of
// dialogs/analysis/testdata (only the fields scored here are read).
type enCase struct {
	Text        string  `json:"text"`
	Status      *string `json:"status"`
	Cadre       *bool   `json:"cadre"`
	Age         *int    `json:"age"`
	Handicap    *bool   `json:"handicap"`
	Departement *string `json:"departement"`
}

// viaEnglish is the path the dialogue takes for an English visitor
// (dialogs/ways.go): the French restatement when there is one, else the
// message as written.
func viaEnglish(text string, now time.Time) analysis.Facts {
	if fr := intent.ToFrench(text); fr != "" {
		text = fr
	}
	return analysis.Analyse(text, now)
}

type enScore struct{ ok, n, wrong, unknown int }

// TestEnglishVisitors scores the English corpus the rules were written
// from (english1) and a held-out one written after them and not tuned on
// (english2), field by field: a wrong answer is a silent misroute, an
// unknown one makes the dialogue ask.
func TestEnglishVisitors(t *testing.T) {
	t.Run("english1", func(t *testing.T) { scoreEnglish(t, "testdata/english1.jsonl", 40, enMinAccuracy, enMaxWrong) })
	t.Run("english2-heldout", func(t *testing.T) { scoreEnglish(t, "testdata/english2.jsonl", 30, enHeldMinAccuracy, enHeldMaxWrong) })
}

func scoreEnglish(t *testing.T, path string, minCases int, minAccuracy, maxWrong map[string]float64) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	fields := []string{"status", "age", "departement", "handicap", "cadre"}
	scores := map[string]*enScore{}
	for _, name := range fields {
		scores[name] = &enScore{}
	}
	check := func(field, want, got, text string) {
		s := scores[field]
		s.n++
		switch {
		case want == got:
			s.ok++
			return
		case got == "" || got == "null":
			s.unknown++
		default:
			s.wrong++
		}
		t.Logf("    miss %s: want %q got %q: %s", field, want, got, text)
	}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c enCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		got := viaEnglish(c.Text, now)
		check("status", deref(c.Status), got.Status, c.Text)
		wantAge, gotAge := "null", "null"
		if c.Age != nil {
			wantAge = fmt.Sprint(*c.Age)
		}
		if got.Age > 0 {
			gotAge = fmt.Sprint(got.Age)
		}
		check("age", wantAge, gotAge, c.Text)
		check("departement", deref(c.Departement), got.Departement, c.Text)
		check("handicap", boolText(c.Handicap), boolText(got.Handicap), c.Text)
		if c.Cadre != nil { // labelled for private employees only
			check("cadre", fmt.Sprint(*c.Cadre), fmt.Sprint(got.Cadre != nil && *got.Cadre), c.Text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if scores["status"].n < minCases {
		t.Fatalf("only %d English cases in %s, want %d or more", scores["status"].n, path, minCases)
	}
	for _, name := range fields {
		s := scores[name]
		pct := func(k int) float64 { return 100 * float64(k) / float64(s.n) }
		t.Logf("%-12s %6.1f %%  (%d/%d)  wrong %5.1f %%  unknown %5.1f %%", name, pct(s.ok), s.ok, s.n, pct(s.wrong), pct(s.unknown))
		if min := minAccuracy[name]; pct(s.ok) < min {
			t.Errorf("%s accuracy %.1f %% is below %.0f %%", name, pct(s.ok), min)
		}
		if max, ok := maxWrong[name]; ok && pct(s.wrong) > max {
			t.Errorf("%s wrong rate %.1f %% is above %.0f %%", name, pct(s.wrong), max)
		}
	}
}

// Floors set a little under the measured values so that a regression fails.
var (
	enMinAccuracy     = map[string]float64{"status": 95, "age": 95, "departement": 95, "handicap": 95, "cadre": 90}
	enMaxWrong        = map[string]float64{"status": 3, "age": 3, "departement": 3, "handicap": 3, "cadre": 7}
	enHeldMinAccuracy = map[string]float64{"status": 95, "age": 95, "departement": 93, "handicap": 95, "cadre": 90}
	enHeldMaxWrong    = map[string]float64{"status": 4, "age": 4, "departement": 4, "handicap": 4, "cadre": 10}
)

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func boolText(p *bool) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprint(*p)
}

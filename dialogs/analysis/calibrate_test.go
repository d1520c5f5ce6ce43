package analysis_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// tuningSets are the labelled sets the rules and the calibration may be
// tuned on. The held-out sets (heldout3, heldout4, heldout5) are never
// among them.
var tuningSets = []string{"cases", "holdout", "holdout2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10", "tuning11", "tuning12", "tuning13", "tuning14", "tuning15", "tuning16", "tuning17", "tuning18", "tuning19", "tuning20", "tuning21", "tuning22", "tuning23", "tuning24", "tuning25", "tuning26", "tuning27", "tuning28", "tuning29", "tuning30", "tuning31", "tuning32", "tuning33", "tuning34", "tuning35"}

func tuningCases(t *testing.T) []labelled {
	var all []labelled
	if only := os.Getenv("CEPBOT_CALIBRATE_ON"); only != "" {
		// a set written after the rules it measures (comma-separated
		// paths): the precision of each family on phrasings the rules were
		// not tuned on
		for _, p := range strings.Split(only, ",") {
			all = append(all, readLabelled(t, p)...)
		}
		return all
	}
	for _, s := range tuningSets {
		all = append(all, readLabelled(t, filepath.Join("testdata", s+".jsonl"))...)
	}
	return append(all, readLabelled(t, findCorpus(t, "cep-corpus-a.jsonl"))...)
}

type precision struct{ n, ok, wrong int }

// TestCalibration prints, for each way a status is found (the evidence
// family, and the rival status when another one competes), its precision
// on the tuning sets: go test -run Calibration -v. Rows « [demandé: …] »
// are left unknown by the decision rule (calibrate.go); their precision is
// that of the guess they would have made.
func TestCalibration(t *testing.T) {
	byKey := map[string]*precision{}
	var wrongs []string
	for _, c := range tuningCases(t) {
		f, key, doubt, guess := analysis.Trace(c.Text, testNow)
		if key == "" {
			continue
		}
		if doubt != "" {
			// asked: score the guess it would have made
			key = "[demandé: " + doubt + "] " + key
			f.Status = guess
		}
		p := byKey[key]
		if p == nil {
			p = &precision{}
			byKey[key] = p
		}
		p.n++
		switch {
		case f.Status == str(c.Status):
			p.ok++
		case f.Status != "":
			p.wrong++
			wrongs = append(wrongs, fmt.Sprintf("%s: want %q got %q: %s", key, str(c.Status), f.Status, c.Text))
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("\nevidence                                              n   right  wrong  precision %\n")
	for _, k := range keys {
		p := byKey[k]
		prec := 0.0
		if p.ok+p.wrong > 0 {
			prec = pct(p.ok, p.ok+p.wrong)
		}
		fmt.Fprintf(&b, "%-50s %5d %7d %6d %8.1f\n", k, p.n, p.ok, p.wrong, prec)
	}
	t.Log(b.String())
	for _, w := range wrongs {
		t.Log("    wrong " + w)
	}
	// the families kept by the decision rule must stay precise: a family
	// under minPrecision belongs in the asked ones (familyPrecision)
	fam := map[string]*precision{}
	for k, p := range byKey {
		if strings.HasPrefix(k, "[demandé") {
			continue
		}
		f, _, _ := strings.Cut(k, " | ")
		if fam[f] == nil {
			fam[f] = &precision{}
		}
		fam[f].n += p.n
		fam[f].ok += p.ok
		fam[f].wrong += p.wrong
	}
	for f, p := range fam {
		if p.n >= 10 && pct(p.ok, p.ok+p.wrong) < analysis.MinPrecision {
			t.Errorf("evidence family %q: precision %.1f %% on the tuning sets is under %d %%", f, pct(p.ok, p.ok+p.wrong), analysis.MinPrecision)
		}
		t.Logf("family %-26s %4d kept, precision %5.1f %%", f, p.n, pct(p.ok, p.ok+p.wrong))
	}
}

// TestCalibrationOtherFacts prints the precision on the tuning sets of the
// other routing facts by how they were found (Why: how and confidence).
func TestCalibrationOtherFacts(t *testing.T) {
	type row struct {
		field, key string
	}
	stats := map[row]*precision{}
	add := func(field string, o analysis.Origin, want, got string) {
		if got == "" || got == "null" {
			return
		}
		r := row{field, fmt.Sprintf("%s/%d", o.How, o.Conf)}
		p := stats[r]
		if p == nil {
			p = &precision{}
			stats[r] = p
		}
		p.n++
		if want == got {
			p.ok++
		} else {
			p.wrong++
		}
	}
	for _, c := range tuningCases(t) {
		f := analysis.Analyse(c.Text, testNow)
		add("departement", f.Why.Place, str(c.Departement), f.Departement)
		if f.Age > 0 {
			want := "null"
			if c.Age != nil {
				want = fmt.Sprint(*c.Age)
			}
			add("age", f.Why.Age, want, fmt.Sprint(f.Age))
		}
		add("handicap", f.Why.Handicap, boolStr(c.Handicap), boolStr(f.Handicap))
		if c.Cadre != nil && f.Cadre != nil {
			add("cadre", f.Why.Cadre, boolStr(c.Cadre), boolStr(f.Cadre))
		}
	}
	rows := make([]row, 0, len(stats))
	for r := range stats {
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].field != rows[j].field {
			return rows[i].field < rows[j].field
		}
		return rows[i].key < rows[j].key
	})
	var b strings.Builder
	b.WriteString("\nfield        found by                n   right  wrong  precision %\n")
	for _, r := range rows {
		p := stats[r]
		fmt.Fprintf(&b, "%-12s %-20s %5d %7d %6d %8.1f\n", r.field, r.key, p.n, p.ok, p.wrong, pct(p.ok, p.n))
	}
	t.Log(b.String())
}

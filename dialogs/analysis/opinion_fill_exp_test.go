package analysis_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/analysis/opinion"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// fillCase is one message: the rules' facts (no veto), their doubt, the
// labels and the opinion (out of fold on the training sets).
type fillCase struct {
	f            analysis.Facts
	doubt, guess string
	status, op   string // labels
	o            opinion.Opinion
}

type fillParams struct {
	name        string
	vetoP       float32
	vetoMaxConf uint8
	vetoNull    float32
	pFill       float32 // 0 = no fill
	doubts      string  // which rules' doubts a fill may answer: any, none, weak, noneweak, norivals
	group       bool    // the self-employed kinds summed for the fill
}

func bestNonNull(o opinion.Opinion, group bool) (string, float32) {
	best, bp := "", float32(0)
	for i := 1; i < opinion.NClasses; i++ {
		if o.Probs[i] > bp {
			best, bp = opinion.Classes[i], o.Probs[i]
		}
	}
	if group {
		s := float32(0)
		kind, kp := "", float32(-1)
		for _, c := range []string{"independant", "artisan", "auto_entrepreneur", "profession_liberale"} {
			s += o.P(c)
			if o.P(c) > kp {
				kind, kp = c, o.P(c)
			}
		}
		if s > bp {
			return kind, s
		}
	}
	return best, bp
}

func applyParams(c fillCase, p fillParams) analysis.Facts {
	f := c.f
	if f.Status != "" {
		veto := false
		if f.Why.Status.Conf > p.vetoMaxConf {
			if best, bp := c.o.Best(); best == "" && bp >= p.vetoNull {
				veto = true
			}
		} else if pStatus(c.o, f.Status) < p.vetoP {
			veto = true
		}
		if veto {
			f.Status, f.Branch = "", ""
			f.Doubts &^= analysis.DoubtBranch
			f.Doubts |= analysis.DoubtStatus
		}
		return f
	}
	if p.pFill == 0 {
		return f
	}
	switch p.doubts {
	case "none":
		if c.doubt != "" {
			return f
		}
	case "weak":
		if c.doubt != analysis.DoubtWeakReason {
			return f
		}
	case "noneweak", "norivals":
		if c.doubt == analysis.DoubtRivalsReason {
			return f
		}
	case "guess":
		if c.guess == "" {
			return f
		}
	}
	s, bp := bestNonNull(c.o, p.group)
	if bp < p.pFill {
		return f
	}
	if p.doubts == "guess" && !agrees(s, c.guess) && !agrees(c.guess, s) {
		return f
	}
	f.Status = s
	f.Settle()
	if s == "agent_public" && f.Branch == "" {
		f.Doubts |= analysis.DoubtBranch
	}
	return f
}

// fillScore: status wrong / unknown, operator wrong / unknown (counts).
type fillScore struct{ n, sw, su, ow, ou int }

func (s fillScore) String() string {
	return fmt.Sprintf("%6.2f %6.2f %6.2f %6.2f (%d %d %d %d / %d)", pct(s.sw, s.n), pct(s.su, s.n), pct(s.ow, s.n), pct(s.ou, s.n), s.sw, s.su, s.ow, s.ou, s.n)
}

func scoreFill(cs []fillCase, p fillParams) fillScore {
	var s fillScore
	for _, c := range cs {
		f := applyParams(c, p)
		s.n++
		got := f.Status
		if c.status == "independant" && isSelfEmployed(got) {
			got = "independant"
		}
		if got != c.status {
			if got == "" {
				s.su++
			} else {
				s.sw++
			}
		}
		op := routing.Route(f).Operator
		want := c.op
		if want == "a_preciser" {
			want = ""
		}
		if op != want {
			if op == "" {
				s.ou++
			} else {
				s.ow++
			}
		}
	}
	return s
}

func fillGrid() []fillParams {
	cur := fillParams{name: "current veto", vetoP: 0.20, vetoMaxConf: 86, vetoNull: 0.5}
	ps := []fillParams{cur}
	for _, d := range []string{"any", "none", "weak", "norivals", "guess"} {
		for _, pf := range []float32{0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98} {
			for _, g := range []bool{false, true} {
				p := cur
				p.pFill, p.doubts, p.group = pf, d, g
				p.name = fmt.Sprintf("fill %s p>=%.2f group=%v", d, pf, g)
				ps = append(ps, p)
			}
		}
	}
	if os.Getenv("CEPBOT_OPINION_FILL") == "fine" {
		ps = ps[:1]
		for _, vn := range []float32{0.5, 0.45, 0.4, 0.35, 0.3} {
			for _, pf := range []float32{0, 0.8, 0.85, 0.9, 0.95} {
				for _, d := range []string{"weak", "guess"} {
					if pf == 0 && d != "weak" {
						continue
					}
					p := fillParams{vetoP: 0.20, vetoMaxConf: 86, vetoNull: vn, pFill: pf, doubts: d}
					p.name = fmt.Sprintf("veto p<0.20 conf<=86 null>=%.2f fill %s p>=%.2f", vn, d, pf)
					ps = append(ps, p)
				}
			}
		}
		return ps
	}
	for _, vp := range []float32{0.20, 0.22, 0.25, 0.30} {
		for _, mc := range []uint8{86, 95} {
			for _, vn := range []float32{0.5, 0.4, 0.3} {
				for _, pf := range []float32{0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98} {
					for _, d := range []string{"any", "norivals", "guess", "weak", "none"} {
						if pf == 0 && d != "any" {
							continue
						}
						p := fillParams{vetoP: vp, vetoMaxConf: mc, vetoNull: vn, pFill: pf, doubts: d}
						p.name = fmt.Sprintf("veto p<%.2f conf<=%d null>=%.1f fill %s p>=%.2f", vp, mc, vn, d, pf)
						ps = append(ps, p)
					}
				}
			}
		}
	}
	return ps
}

// TestOpinionFill (CEPBOT_OPINION_FILL=1, =fine for the grid near the best
// rows) measures the model filling the status the rules leave unknown (its
// best non-null reading with a probability of at least pFill, for the
// rules' doubts named by fillParams.doubts), alone and with a stricter veto
// spending the unknowns it frees: status and operator wrong and unknown on
// the grouped cross-validation (out of fold) and on heldout20+21.
//
// Measured (issue 13): no setting lowers the wrong statuses on both without
// raising the unknown ones. The fill is 78 % right at p ≥ 0.95 on the
// rules' unknowns of the CV (121 of 156; 68 % at p ≥ 0.80), far under
// minPrecision; on the CV a fill buys about one wrong for four unknowns
// and a stricter veto about one wrong for five to seven, so the exchange
// loses there. A fill stays out of opinion.go.
func TestOpinionFill(t *testing.T) {
	if os.Getenv("CEPBOT_OPINION_FILL") == "" {
		t.Skip("CEPBOT_OPINION_FILL=1 runs the fill experiment")
	}
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, mustParis(t))
	mk := func(text string, l labelled, o opinion.Opinion) fillCase {
		f, d, g := analysis.TraceRules(text, now)
		return fillCase{f: f, doubt: d, guess: g, status: str(l.Status), op: str(l.Operator), o: o}
	}
	var val []fillCase
	for _, s := range []string{"heldout20", "heldout21"} {
		for _, l := range readLabelled(t, filepath.Join("testdata", s+".jsonl")) {
			val = append(val, mk(l.Text, l, opinion.Predict(l.Text)))
		}
	}
	ex := cvExamples(t)
	corpus := filepath.Dir(findCorpus(t, "cep-corpus-a.jsonl"))
	files, _ := opinion.TrainingFiles("testdata", corpus)
	var labs []labelled
	for _, p := range files {
		labs = append(labs, readLabelled(t, p)...)
	}
	if len(labs) != len(ex) {
		t.Fatalf("%d labelled, %d examples", len(labs), len(ex))
	}
	oof := cvOutOfFold(t, ex, opinion.DefaultOptions, 5)
	var cv []fillCase
	for i, e := range ex {
		if labs[i].Text != e.Text {
			t.Fatalf("%d: texts differ", i)
		}
		cv = append(cv, mk(e.Text, labs[i], oof[i].o))
	}
	same := 0 // the simulation of the current veto must be Analyse itself
	for _, s := range []string{"heldout20", "heldout21"} {
		for _, l := range readLabelled(t, filepath.Join("testdata", s+".jsonl")) {
			f := analysis.Analyse(l.Text, now)
			g := applyParams(mk(l.Text, l, opinion.Predict(l.Text)), fillGrid()[0])
			if f.Status == g.Status && routing.Route(f).Operator == routing.Route(g).Operator {
				same++
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nsimulated current veto = Analyse on %d of %d validation messages\n", same, len(val))
	fmt.Fprintf(&b, "\n%-58s %27s   %27s\n", "", "CV (sw su ow ou %)", "heldout20+21 (sw su ow ou %)")
	for _, p := range fillGrid() {
		fmt.Fprintf(&b, "%-58s %s   %s\n", p.name, scoreFill(cv, p), scoreFill(val, p))
	}
	// where the fills go on the CV: by the rules' doubt, right / wrong / wrong for a null label
	for _, pf := range []float32{0.8, 0.95} {
		type k struct{ doubt, class string }
		tally := map[k][3]int{}
		for _, c := range cv {
			if c.f.Status != "" {
				continue
			}
			s, p := bestNonNull(c.o, false)
			if p < pf {
				continue
			}
			x := tally[k{c.doubt, s}]
			switch {
			case agrees(c.status, s):
				x[0]++
			case c.status == "":
				x[2]++
			default:
				x[1]++
			}
			tally[k{c.doubt, s}] = x
		}
		fmt.Fprintf(&b, "\nCV fills at p>=%.2f (right, wrong, wrong null):\n", pf)
		for kk, x := range tally {
			fmt.Fprintf(&b, "  %-16s %-20s %v\n", kk.doubt, kk.class, x)
		}
	}
	t.Log(b.String())
}

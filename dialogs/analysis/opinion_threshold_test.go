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
)

// TestOpinionThreshold prints, on heldout20 and heldout21 (never trained
// on), what each veto threshold would do to the rules' statuses: the table
// vetoP and vetoMaxConf (opinion.go) were read from. Opt-in, as the
// cross-validation: CEPBOT_OPINION_CV=1.
func TestOpinionThreshold(t *testing.T) {
	if os.Getenv("CEPBOT_OPINION_CV") == "" {
		t.Skip("CEPBOT_OPINION_CV=1 prints the veto's threshold table")
	}
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, mustParis(t))
	for _, sets := range [][]string{{"heldout20"}, {"heldout21"}, {"heldout20", "heldout21"}} {
		var cs []oofCase
		for _, s := range sets {
			for _, l := range readLabelled(t, filepath.Join("testdata", s+".jsonl")) {
				f := analysis.AnalyseRules(l.Text, now)
				lab := ""
				if l.Status != nil {
					lab = *l.Status
				}
				cs = append(cs, oofCase{label: lab, rule: f.Status, conf: f.Why.Status.Conf, o: opinion.Predict(l.Text)})
			}
		}
		var b strings.Builder
		vt := newVetoTally(cs, &b)
		fmt.Fprintf(&b, "\n%v, %d messages\n", sets, len(cs))
		vt.header()
		row := vt.row
		for _, tau := range []float32{0.1, 0.15, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35} {
			row(fmt.Sprintf("p<%.3f", tau), func(c oofCase) bool { return pStatus(c.o, c.rule) < tau })
			for _, cc := range []uint8{80, 86, 90, 93, 95, 97} {
				row(fmt.Sprintf("p<%.3f conf<=%d", tau, cc), func(c oofCase) bool { return c.conf <= cc && pStatus(c.o, c.rule) < tau })
			}
		}
		for _, m := range []float32{0.3, 0.4, 0.5, 0.6, 0.7} {
			row(fmt.Sprintf("conf>86, argmax null, p>=%.2f", m), func(c oofCase) bool { s, p := c.o.Best(); return c.conf > 86 && s == "" && p >= m })
			row(fmt.Sprintf("p<0.2 conf<=86 | conf>86 null>=%.2f", m), func(c oofCase) bool {
				s, p := c.o.Best()
				return c.conf <= 86 && pStatus(c.o, c.rule) < 0.2 || c.conf > 86 && s == "" && p >= m
			})
		}
		for _, m := range []float32{0.5, 0.7, 0.9} {
			row(fmt.Sprintf("best!=rule p>=%.2f", m), func(c oofCase) bool { s, p := c.o.Best(); return !agrees(s, c.rule) && !(s == c.rule) && p >= m })
		}
		for _, m := range []float32{0.8, 0.9, 0.95, 0.98} {
			ok, bad, nullbad := 0, 0, 0
			for _, c := range cs {
				if c.rule != "" {
					continue
				}
				st, p := c.o.Best()
				if st == "" || p < m {
					continue
				}
				switch {
				case c.label == "":
					nullbad++
				case agrees(c.label, st):
					ok++
				default:
					bad++
				}
			}
			fmt.Fprintf(&b, "the model alone on the rules' unknowns, p >= %.2f: right %d, wrong %d, wrong for a null label %d\n", m, ok, bad, nullbad)
		}
		t.Log(b.String())
	}
}

package analysis_test

import (
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/analysis/opinion"
)

// TestOpinionExperiments (CEPBOT_OPINION_EXP=1) compares training variants
// of the opinion model: the grouped 5-fold cross-validation on the training
// files (accuracy of the argmax, mean log-loss of the label, before and
// after a temperature fitted on the out-of-fold predictions) and the veto
// on heldout20+21 (validation: counts only), for a rule status of
// confidence ≤ 86: wrongs caught and rights lost at several thresholds,
// and the AUC of p(rule status) between the rules' wrongs and rights.
// CEPBOT_OPINION_EXP=curve prints the learning curve instead.
func TestOpinionExperiments(t *testing.T) {
	mode := os.Getenv("CEPBOT_OPINION_EXP")
	if mode == "" {
		t.Skip("CEPBOT_OPINION_EXP=1 compares variants of the opinion model, =curve prints its learning curve")
	}
	ex := cvExamples(t)
	const k = 5
	if mode == "curve" {
		learningCurve(t, ex, k)
		return
	}
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, mustParis(t))
	var val []oofCase
	for _, s := range []string{"heldout20", "heldout21"} {
		for _, l := range readLabelled(t, filepath.Join("testdata", s+".jsonl")) {
			f := analysis.AnalyseRules(l.Text, now)
			lab := ""
			if l.Status != nil {
				lab = *l.Status
			}
			val = append(val, oofCase{label: lab, rule: f.Status, conf: f.Why.Status.Conf, text: l.Text})
		}
	}
	base := opinion.DefaultOptions
	type variant struct {
		name string
		opt  opinion.Options
	}
	with := func(name string, f func(o *opinion.Options)) variant {
		o := base
		f(&o)
		return variant{name, o}
	}
	vs := []variant{{"current", base}}
	for _, v := range strings.Split(os.Getenv("CEPBOT_OPINION_EXP_SET"), ",") {
		switch v {
		case "feat":
			vs = append(vs,
				with("+negation", func(o *opinion.Options) { o.Features.Negation = true }),
				with("+person", func(o *opinion.Options) { o.Features.Person = true }),
				with("+tense", func(o *opinion.Options) { o.Features.Tense = true }),
				with("+word 3-grams", func(o *opinion.Options) { o.Features.Trigrams = true }),
				with("+neg+person+tense", func(o *opinion.Options) {
					o.Features.Negation, o.Features.Person, o.Features.Tense = true, true, true
				}),
			)
		case "combo":
			scoped := func(o *opinion.Options) { o.Features.Negation, o.Features.Person, o.Features.Tense = true, true, true }
			vs = append(vs,
				with("λ 3e-6, 20 ep", func(o *opinion.Options) { o.Lambda, o.Epochs = 3e-6, 20 }),
				with("λ 1e-6, 20 ep", func(o *opinion.Options) { o.Lambda, o.Epochs = 1e-6, 20 }),
				with("λ 3e-6, 30 ep", func(o *opinion.Options) { o.Lambda, o.Epochs = 3e-6, 30 }),
				with("λ 3e-6, 20 ep, scoped", func(o *opinion.Options) { o.Lambda, o.Epochs = 3e-6, 20; scoped(o) }),
				with("λ 3e-6, 20 ep, 3-grams", func(o *opinion.Options) { o.Lambda, o.Epochs = 3e-6, 20; o.Features.Trigrams = true }),
				with("λ 3e-6, 20 ep, sc+3g", func(o *opinion.Options) {
					o.Lambda, o.Epochs = 3e-6, 20
					scoped(o)
					o.Features.Trigrams = true
				}),
			)
		case "train":
			vs = append(vs,
				with("balance 0.5", func(o *opinion.Options) { o.Balance = 0.5 }),
				with("balance 1", func(o *opinion.Options) { o.Balance = 1 }),
				with("λ 3e-5", func(o *opinion.Options) { o.Lambda = 3e-5 }),
				with("λ 3e-6", func(o *opinion.Options) { o.Lambda = 3e-6 }),
				with("20 epochs", func(o *opinion.Options) { o.Epochs = 20 }),
				with("df≥1", func(o *opinion.Options) { o.MinDF = 1 }),
				with("df≥3", func(o *opinion.Options) { o.MinDF = 3 }),
				with("bags 5", func(o *opinion.Options) { o.Bags = 5 }),
			)
		}
	}
	res := make([]string, len(vs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, v := range vs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			res[i] = evalVariant(t, v.name, v.opt, ex, k, val)
		}()
	}
	wg.Wait()
	t.Log("\n" + strings.Join(res, "\n"))
}

// logLoss is the mean −log p(label) of the opinions at temperature T.
func logLoss(cs []oofCase, T float64) float64 {
	var s float64
	for _, c := range cs {
		s -= math.Log(float64(tempered(c.o, T).P(c.label)) + 1e-12)
	}
	return s / float64(len(cs))
}

// tempered is o with its scores divided by T.
func tempered(o opinion.Opinion, T float64) opinion.Opinion {
	if T == 1 {
		return o
	}
	var l [opinion.NClasses]float64
	mx := math.Inf(-1)
	for k, p := range o.Probs {
		l[k] = math.Log(float64(p)+1e-30) / T
		mx = max(mx, l[k])
	}
	var sum float64
	for k := range l {
		l[k] = math.Exp(l[k] - mx)
		sum += l[k]
	}
	var r opinion.Opinion
	for k := range l {
		r.Probs[k] = float32(l[k] / sum)
	}
	return r
}

func evalVariant(t *testing.T, name string, opt opinion.Options, ex []opinion.Example, k int, val0 []oofCase) string {
	start := time.Now()
	oof := cvOutOfFold(t, ex, opt, k)
	ok := 0
	for _, c := range oof {
		if b, _ := c.o.Best(); agrees(c.label, b) {
			ok++
		}
	}
	bestT, bestLL := 1.0, logLoss(oof, 1)
	ll1 := bestLL
	for T := 0.5; T <= 3.001; T += 0.05 {
		if l := logLoss(oof, T); l < bestLL {
			bestT, bestLL = T, l
		}
	}
	file, m := opinion.Train(ex, opt)
	val := slices.Clone(val0)
	for i := range val {
		val[i].o = m.Predict(val[i].text)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-22s CV acc %.2f %% log-loss %.4f (T=%.2f: %.4f) | %d features, %d bytes, %v\n", name, pct(ok, len(oof)), ll1, bestT, bestLL, m.NumFeatures(), len(file), time.Since(start).Round(time.Second))
	for _, T := range []float64{1, bestT} {
		if T == 1 && bestT == 1 {
			continue
		}
		fmt.Fprintf(&b, "    validation T=%.2f conf≤86 AUC %.3f, all confs AUC %.3f; caught/lost:", T, vetoAUC(val, 86, T), vetoAUC(val, 255, T))
		for _, tau := range []float32{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4} {
			caught, lost := 0, 0
			for _, c := range val {
				if c.rule == "" || c.conf > 86 || pStatus(tempered(c.o, T), c.rule) >= tau {
					continue
				}
				if agrees(c.label, c.rule) {
					lost++
				} else {
					caught++
				}
			}
			fmt.Fprintf(&b, " %.2f:%d/%d", tau, caught, lost)
		}
		b.WriteString("\n")
		if bestT == 1 {
			break
		}
	}
	return b.String()
}

// vetoAUC is the probability that a wrong rule status (confidence ≤ maxConf)
// gets a lower p than a right one (ties count half).
func vetoAUC(cs []oofCase, maxConf uint8, T float64) float64 {
	var wr, rt []float64
	for _, c := range cs {
		if c.rule == "" || c.conf > maxConf {
			continue
		}
		p := float64(pStatus(tempered(c.o, T), c.rule))
		if agrees(c.label, c.rule) {
			rt = append(rt, p)
		} else {
			wr = append(wr, p)
		}
	}
	if len(wr) == 0 || len(rt) == 0 {
		return math.NaN()
	}
	var s float64
	for _, w := range wr {
		for _, r := range rt {
			switch {
			case w < r:
				s++
			case w == r:
				s += 0.5
			}
		}
	}
	return s / float64(len(wr)*len(rt))
}

// learningCurve trains each fold's model on a share of the other folds'
// files (whole files, the same order for every share) and scores it out of
// fold.
func learningCurve(t *testing.T, ex []opinion.Example, k int) {
	fold := cvFolds(ex, k)
	var files []string
	seen := map[string]bool{}
	for _, e := range ex {
		if !seen[e.File] {
			seen[e.File] = true
			files = append(files, e.File)
		}
	}
	h := func(s string) uint32 { f := fnv.New32a(); f.Write([]byte(s)); return f.Sum32() }
	sort.Slice(files, func(i, j int) bool { return h(files[i]) < h(files[j]) })
	rank := map[string]int{}
	for i, f := range files {
		rank[f] = i
	}
	var b strings.Builder
	for _, share := range []float64{0.25, 0.5, 0.75, 1} {
		var oof []oofCase
		ntrain := 0
		for f := 0; f < k; f++ {
			var pool []string
			for _, fl := range files {
				if fold[fl] != f {
					pool = append(pool, fl)
				}
			}
			keep := map[string]bool{}
			for _, fl := range pool[:int(math.Round(share*float64(len(pool))))] {
				keep[fl] = true
			}
			var train []opinion.Example
			for _, e := range ex {
				if keep[e.File] {
					train = append(train, e)
				}
			}
			ntrain += len(train)
			_, m := opinion.Train(train, opinion.DefaultOptions)
			for _, e := range ex {
				if fold[e.File] == f {
					oof = append(oof, oofCase{label: e.Label, o: m.Predict(e.Text)})
				}
			}
		}
		ok := 0
		for _, c := range oof {
			if s, _ := c.o.Best(); agrees(c.label, s) {
				ok++
			}
		}
		fmt.Fprintf(&b, "share %3.0f %% (≈%d training messages a fold): CV accuracy %.2f %%, log-loss %.4f\n", 100*share, ntrain/k, pct(ok, len(oof)), logLoss(oof, 1))
	}
	t.Log("\n" + b.String())
}

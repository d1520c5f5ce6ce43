package analysis

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis/opinion"
)

// TestVetoAuditR21j writes, for every message of the files listed in
// CEPBOT_VETO_AUDIT (one path a line) whose status the statistical veto
// blanked, the rules' status, the label, the deciding evidence and the
// model's answer, as JSON lines to CEPBOT_VETO_AUDIT_OUT. Opt-in: round 21J
// measured the veto's gains and costs with it.
func TestVetoAuditR21j(t *testing.T) {
	list := os.Getenv("CEPBOT_VETO_AUDIT")
	if list == "" {
		t.Skip("CEPBOT_VETO_AUDIT=FILE lists the sets to audit")
	}
	paths, err := os.ReadFile(list)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(os.Getenv("CEPBOT_VETO_AUDIT_OUT"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	loc, _ := time.LoadLocation("Europe/Paris")
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, loc)
	for _, path := range strings.Fields(string(paths)) {
		fh, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if len(sc.Bytes()) == 0 {
				continue
			}
			var l struct {
				Text   string  `json:"text"`
				Status *string `json:"status"`
			}
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue
			}
			rec := auditOneR21j(l.Text, now)
			if rec == nil {
				continue
			}
			rec["set"] = path[strings.LastIndex(path, "/")+1:]
			lab := ""
			if l.Status != nil {
				lab = *l.Status
			}
			rec["label"] = lab
			enc.Encode(rec)
		}
		fh.Close()
	}
}

func auditOneR21j(text string, now time.Time) map[string]any {
	sc := &scratch{}
	tokenize(sc, text)
	neutraliseDetention(sc.toks)
	findHits(sc)
	a := analyser{sc: sc, toks: sc.toks, now: now}
	a.markClauses()
	a.markRelatives()
	a.markForRelative()
	a.memoCandidates()
	var f Facts
	a.status(&f)
	rule, conf := f.Status, f.Why.Status.Conf
	if rule == "" {
		return nil
	}
	a.veto(&f, text)
	if f.Status != "" {
		return nil
	}
	var hits []string
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		var ws []string
		for i := h.start; i < h.end; i++ {
			ws = append(ws, a.toks[i].s)
		}
		ev := ""
		if h.p.event {
			ev = "!"
		}
		hits = append(hits, v+":"+string(rune('0'+w))+ev+":"+strings.Join(ws, " "))
	}
	o := opinion.Predict(text)
	best, bp := o.Best()
	return map[string]any{
		"text": text, "rule": rule, "conf": conf, "family": a.ev.family, "word": a.ev.word,
		"rival": a.ev.rival, "hits": hits, "p": o.P(rule), "best": best, "bestp": bp,
	}
}

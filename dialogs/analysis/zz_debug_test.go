package analysis

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// scratch debugging helper of round 13B (removed before commit).
func TestZZDebug(t *testing.T) {
	msgs := os.Getenv("ZZ")
	if msgs == "" {
		t.Skip()
	}
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	for _, m := range strings.Split(msgs, "\n") {
		if m == "" {
			continue
		}
		f, ev := analyse(m, now, false)
		fmt.Printf("== %s\n   status=%q branch=%q doubts=%v ev=%+v\n", m, f.Status, f.Branch, f.Doubts, ev)
		sc := scratchPool.Get().(*scratch)
		tokenize(sc, m)
		neutraliseDetention(sc.toks)
		findHits(sc)
		a := analyser{sc: sc, toks: sc.toks, now: now}
		a.markClauses()
		a.markRelatives()
		a.markForRelative()
		var toks []string
		for _, tk := range sc.toks {
			toks = append(toks, tk.s)
		}
		fmt.Printf("   toks: %s\n", strings.Join(toks, " "))
		for _, h := range sc.hits {
			fmt.Printf("   hit k=%d v=%q w=%d ev=%v [%s]\n", h.p.k, h.p.v, h.p.w, h.p.event, strings.Join(toks[h.start:h.end], " "))
		}
		scratchPool.Put(sc)
	}
}

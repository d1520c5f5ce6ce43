package analysis

import (
	"sync"
	"time"
)

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// Analyse extracts every fact it can from one message. It never panics,
// does no I/O, is deterministic for a given now (used for "né en 1999"),
// and looks at the first 4 096 runes only.
func Analyse(text string, now time.Time) (f Facts) {
	defer func() {
		if recover() != nil { // defensive: a message must never crash the bot
			f = Facts{}
		}
	}()
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tokenize(sc, text)
	findHits(sc)
	a := analyser{sc: sc, toks: sc.toks}
	a.markClauses()
	f.Status = a.status()
	f.Cadre = a.boolFact(kCadre, false)
	f.Handicap = a.boolFact(kHandicap, true)
	f.JeuneDiplome = a.diplome()
	f.WantsWork = a.wants()
	f.Project = a.project()
	f.Age = a.age(now)
	a.place(&f, false)
	return f
}

// findHits collects the lexicon patterns found in the message into sc.hits.
// At one position only the longest pattern of each kind is kept, and a
// kNone pattern hides the patterns starting inside it ("dans le cadre de").
func findHits(sc *scratch) {
	lx := lex()
	sc.hits = sc.hits[:0]
	blockEnd := 0
	toks := sc.toks
	for i := range toks {
		ps := lx.patterns[toks[i].s]
		if len(ps) == 0 {
			continue
		}
		first := len(sc.hits)
		for _, p := range ps {
			n := p.match(toks, i)
			if n == 0 || toks[i+n-1].clause != toks[i].clause {
				continue
			}
			if i < blockEnd && !p.k.marker() {
				continue
			}
			dup := false
			for h := first; h < len(sc.hits); h++ {
				if sc.hits[h].p.k == p.k {
					if n > sc.hits[h].end-i {
						sc.hits[h] = hit{p: p, start: i, end: i + n}
					}
					dup = true
					break
				}
			}
			if !dup {
				sc.hits = append(sc.hits, hit{p: p, start: i, end: i + n})
			}
		}
		for h := first; h < len(sc.hits); h++ {
			if sc.hits[h].p.k == kNone && sc.hits[h].end > blockEnd {
				blockEnd = sc.hits[h].end
			}
		}
	}
}

type analyser struct {
	sc   *scratch
	toks []token
}

// markClauses records which clauses speak of the past (and not also of the
// present): facts stated there describe a former situation.
func (a *analyser) markClauses() {
	sc := a.sc
	n := 0
	if len(a.toks) > 0 {
		n = int(a.toks[len(a.toks)-1].clause) + 1
	}
	sc.past = growBools(sc.past, n)
	sc.present = growBools(sc.present, n)
	for _, h := range sc.hits {
		c := a.toks[h.start].clause
		switch h.p.k {
		case kPast:
			sc.past[c] = true
		case kPresent:
			sc.present[c] = true
		}
	}
}

func growBools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = false
	}
	return b
}

var negators = map[string]bool{"pas": true, "plus": true, "jamais": true, "non": true, "aucun": true, "aucune": true, "ni": true, "sans": true}

// negated reports whether the words just before h (same clause) deny it:
// "je ne suis pas cadre", "non cadre", "pas de RQTH", "je ne suis plus au
// chômage". "plus" only negates after "ne" ("plus de 10 ans" is not a denial).
func (a *analyser) negated(h hit) bool {
	c := a.toks[h.start].clause
	fillers := 0
	for j := h.start - 1; j >= 0 && fillers <= 3; j-- {
		t := a.toks[j]
		if t.clause != c {
			return false
		}
		if !negators[t.s] {
			if !negFillers[t.s] {
				return false
			}
			fillers++
			continue
		}
		if t.s != "plus" {
			return true
		}
		for k := j - 1; k >= 0 && k >= j-4 && a.toks[k].clause == c; k-- {
			if a.toks[k].s == "ne" || a.toks[k].s == "n" {
				return true
			}
		}
		return false
	}
	return false
}

// negFillers may stand between a negation and what it denies ("pas de
// RQTH", "pas en situation de handicap", "plus au chômage").
var negFillers = map[string]bool{"de": true, "d": true, "du": true, "des": true, "au": true, "aux": true, "en": true, "un": true,
	"une": true, "le": true, "la": true, "l": true, "les": true, "situation": true, "vraiment": true, "encore": true, "reconnu": true,
	"reconnue": true, "suis": true, "ai": true, "statut": true, "tout": true}

// wished reports whether h follows a wish or plan in its clause ("je veux
// devenir indépendant"): the status named there is not the current one.
func (a *analyser) wished(h hit) bool {
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kFuture && m.start < h.start && a.toks[m.start].clause == c {
			return true
		}
	}
	return false
}

func (a *analyser) pastClause(h hit) bool {
	c := a.toks[h.start].clause
	if a.sc.past[c] && !a.sc.present[c] {
		return true
	}
	// "ancien cadre", "ex-salarié": only the two words after it are former
	for _, m := range a.sc.hits {
		if m.p.k == kFormer && m.end <= h.start && h.start-m.end <= 1 && a.toks[m.start].clause == c {
			return true
		}
	}
	return false
}

// contractEnds: "CDD de 6 mois qui se termine le 30 juin" — a contract
// that ends soon makes a job seeker (cep-domain.md §1.3 conventions).
func (a *analyser) contractEnds(h hit) bool {
	switch a.toks[h.start].s {
	case "cdd", "contrat", "mission", "interim":
	default:
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kEnds && m.start > h.start && a.toks[m.start].clause == c {
			return true
		}
	}
	return false
}

// status picks the status stated in the present tense with the highest
// strength (the earliest on ties).
func (a *analyser) status() string {
	best, bestW := "", int8(0)
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || a.negated(h) {
			continue
		}
		if !h.p.event && (a.pastClause(h) || a.wished(h)) {
			continue
		}
		if h.p.v == "salarie_prive" && h.start > 0 && a.toks[h.start-1].num && a.toks[h.start-1].clause == a.toks[h.start].clause &&
			(a.toks[h.start].s == "salaries" || a.toks[h.start].s == "employes") {
			continue // "(5 salariés)" counts employees
		}
		v, w := h.p.v, h.p.w
		if v == "salarie_prive" && a.contractEnds(h) {
			v, w = "demandeur_emploi", 5
		}
		if w > bestW {
			best, bestW = v, w
		}
	}
	if best == "-" { // retired: not a status of the table
		best = ""
	}
	if best == "independant" && a.hasTrade() {
		best = "artisan"
	}
	return best
}

func (a *analyser) hasTrade() bool {
	for _, t := range a.toks {
		for _, w := range lex().trade {
			if t.s == w {
				return true
			}
		}
	}
	return false
}

// boolFact reads cadre or handicap: stated → true, denied → false. With
// trueWins, one positive mention beats a denial ("pas de RQTH mais une
// pension d'invalidité"); otherwise the last mention wins.
func (a *analyser) boolFact(k kind, trueWins bool) *bool {
	var res *bool
	for _, h := range a.sc.hits {
		if h.p.k != k || (k == kCadre && a.wished(h)) {
			continue
		}
		v := h.p.v == "1" && !a.negated(h)
		if trueWins && res != nil && *res {
			continue
		}
		res = boolp(v)
	}
	return res
}

var (
	vTrue  = true
	vFalse = false
)

// boolp returns a pointer to a shared constant: Facts are values and their
// *bool fields are never written through, so sharing avoids an allocation.
func boolp(v bool) *bool {
	if v {
		return &vTrue
	}
	return &vFalse
}

// targetCues before a degree mean it is aimed at or being studied for, not
// held ("VAE pour un master", "en 2e année de licence").
var targetCues = map[string]bool{"pour": true, "preparer": true, "passer": true, "faire": true, "obtenir": true, "viser": true, "vise": true,
	"reprendre": true, "en": true, "annee": true, "integrer": true, "entrer": true, "suivre": true, "prepare": true, "vers": true, "valider": true}

func (a *analyser) diplome() *bool {
	var res *bool
	for _, h := range a.sc.hits {
		if h.p.k != kDiplome {
			continue
		}
		if h.p.v == "0" {
			if res == nil {
				res = boolp(false)
			}
			continue
		}
		if a.negated(h) {
			res = boolp(false)
			continue
		}
		target := false
		for j := h.start - 1; j >= 0 && j >= h.start-3; j-- {
			if targetCues[a.toks[j].s] {
				target = true
			}
		}
		if !target {
			return boolp(true)
		}
	}
	return res
}

func (a *analyser) wants() bool {
	for _, h := range a.sc.hits {
		if h.p.k == kWants && !a.negated(h) {
			return true
		}
	}
	return false
}

// project: the lowest tier wins, then the first mention.
func (a *analyser) project() string {
	best, bestW := "", int8(99)
	for _, h := range a.sc.hits {
		if h.p.k != kProject || h.p.w >= bestW || a.negated(h) {
			continue
		}
		best, bestW = h.p.v, h.p.w
	}
	return best
}

// ProjectOrDefault is the project to display: a job seeker with no stated
// project wants to return to work; otherwise "autre".
func (f Facts) ProjectOrDefault() string {
	switch {
	case f.Project != "":
		return f.Project
	case f.Status == "demandeur_emploi":
		return "reprise_activite"
	}
	return "autre"
}

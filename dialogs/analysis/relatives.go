package analysis

// A message often speaks of a relative before the writer: « Mon mari est
// militaire, moi je suis caissière en CDI ». The relative's status is not
// the writer's, unless the whole message is written for the relative
// (« c'est pour mon fils, il est au chômage »): then it is the status to
// route on (cep-domain.md §4: parents writing for a child).

// relativeNouns follow a possessive (« mon mari », « ma sœur »).
var relativeNouns = map[string]bool{"mari": true, "femme": true, "epoux": true, "epouse": true, "conjoint": true, "conjointe": true,
	"compagnon": true, "compagne": true, "copain": true, "copine": true, "soeur": true, "frere": true, "pere": true, "mere": true,
	"fils": true, "fille": true, "parents": true, "enfants": true, "enfant": true, "tante": true, "oncle": true, "neveu": true,
	"niece": true, "cousin": true, "cousine": true, "ami": true, "amie": true, "papa": true, "maman": true, "beau": true, "belle": true,
	"concubin": true, "concubine": true, "partenaire": true}

// markRelatives marks in sc.rel the words that speak of a relative: from
// « mon|ma|mes <relative> » to the end of the clause or to the first word
// of the writer (« je », « j' », « moi »).
func (a *analyser) markRelatives() {
	sc := a.sc
	sc.rel = growBools(sc.rel, len(a.toks))
	any := false
	for i := 0; i+1 < len(a.toks); i++ {
		switch a.toks[i].s {
		case "mon", "ma", "mes":
		default:
			continue
		}
		if !relativeNouns[a.toks[i+1].s] {
			continue
		}
		c := a.toks[i].clause
		for j := i; j < len(a.toks) && a.toks[j].clause == c; j++ {
			switch a.toks[j].s {
			case "je", "j", "moi":
				i = j
				goto next
			}
			sc.rel[j] = true
			any = true
		}
	next:
	}
	a.skipRel = false
	if !any {
		return
	}
	// the relative's words are set aside only when the writer states a
	// status of their own elsewhere
	for _, h := range sc.hits {
		if h.p.k == kStatus && h.p.v != statusUndecided && !sc.rel[h.start] && !a.negated(h) && !a.pastClause(h) && !a.wished(h) {
			a.skipRel = true
			return
		}
	}
}

// ofRelative reports a hit about a relative that does not describe the
// writer (see markRelatives).
func (a *analyser) ofRelative(h hit) bool { return a.skipRel && a.sc.rel[h.start] }

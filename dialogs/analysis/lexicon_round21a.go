package analysis

// Round 21A of issue 13 — family: messages written by someone other than
// the person concerned (a parent, a spouse, a social worker, an HR manager,
// a union delegate…). Found by a systematic gap search (a scratch set of
// 143 messages written for the family, tuning88), not by a hunt in the
// labelled sets. cep-domain.md §4: the facts of a message written for
// someone are that person's, and the writer's own job is set aside
// (relatives.go, markForRelative; lexicon_round18r.go for people who are no
// relatives).
//
// The person's age given in apposition between commas, then the person's
// situation in a clause of its own without a subject (« je vous écris pour
// mon mari, 42 ans, commercial en CDI… », « l'une de nos assistantes, 44
// ans, en CDI, souhaite… ») was not read as the person's: the words about
// the person stopped at the first comma, so the situation was the writer's
// and the writer's own job (« je suis moi-même fonctionnaire ») won. In
// French a clause that opens without a subject after such an apposition
// goes on with the noun the apposition qualifies (an apposition is a
// detached attribute of the noun it follows: Grevisse, Le bon usage,
// § 334 s.); the age and that clause are the person's (relativeAgeApposR21a).
// A clause with a subject of its own (« je », « il », « elle », « on »…)
// ends the person's words as before.

// round21aSpecs are the patterns of round 21A (none: the rule is a reading
// of the clauses, relativeAgeApposR21a).
var round21aSpecs = []patSpec{}

// ownSubjectsR21a are the words that give a clause a subject of its own.
var ownSubjectsR21a = map[string]bool{"je": true, "j": true, "moi": true, "il": true, "elle": true, "ils": true, "elles": true,
	"on": true, "nous": true, "vous": true, "lui": true, "mon": true, "ma": true, "mes": true, "notre": true, "nos": true}

// relativeAgeApposR21a reports, in a message written for someone, the
// person's words that end at a comma right after the noun naming them,
// followed by a clause of the age alone (« 42 ans ») and a clause without
// a subject of its own that tells a status (« commercial en CDI », « est
// au chômage »): it marks the two clauses as the person's.
func (a *analyser) relativeAgeApposR21a() bool {
	sc, toks := a.sc, a.toks
	told := false
	for j := 1; j+2 < len(toks); j++ {
		if !sc.rel[j-1] || sc.rel[j] || toks[j].clause == toks[j-1].clause || int(sc.relNoun[j-1]) != j-1 {
			continue
		}
		// the clause of the age alone: « 42 ans »
		if !toks[j].num || toks[j+1].s != "ans" && toks[j+1].s != "an" || toks[j+1].clause != toks[j].clause ||
			j+2 >= len(toks) || toks[j+2].clause == toks[j].clause {
			continue
		}
		end, ok := a.subjectlessStatusClauseR21a(j + 2)
		if !ok {
			continue
		}
		for m := j; m < end; m++ {
			sc.rel[m] = true
			sc.relNoun[m] = sc.relNoun[j-1]
		}
		told = true
	}
	return told
}

// subjectlessStatusClauseR21a reads the clause opening at k: it reports its
// end and whether it has no subject of its own and tells a status (« …,
// 42 ans, commercial en CDI »), the words of the person just named.
func (a *analyser) subjectlessStatusClauseR21a(k int) (end int, ok bool) {
	toks, sc := a.toks, a.sc
	c := toks[k].clause
	end = k
	for end < len(toks) && toks[end].clause == c {
		if ownSubjectsR21a[toks[end].s] {
			return end, false
		}
		end++
	}
	for _, h := range sc.hits {
		if h.p.k == kStatus && h.start >= k && h.start < end {
			return end, true
		}
	}
	return end, false
}

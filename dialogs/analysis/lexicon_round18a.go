package analysis

// Round 18a of issue 13 (tuning62: situations of earlier sets told in other
// words). A contract that ends is told with other verbs (« ce contrat tombe
// à la fin du mois »), with a bare
// participle (« contrat fini en août ») or taken up by « ça » a clause or
// two after the contract (« en contrat aidé (PEC) pour la commune, ça s'arrête
// dans 7 semaines »): cep-domain.md §4, « an end of contract within weeks ⇒
// job seeker », row 7 of §1.3. Each rule names its source.

// round18aSpecs are the status and marker patterns of round 18a.
var round18aSpecs = []patSpec{
	// « mon contrat tombe à la fin du mois », « la mission tombera à la
	// fin de la semaine »: the term of a fixed-term
	// contract (code du travail L1243-5: the CDD ends at its term), as « mon
	// contrat se termine » (lexicon.go); an end months ahead is read by
	// endsLater and farDate as for the other verbs
	{p: "cdd|contrat|mission|contrats|missions tombe|tombera|tombent|tomberont a la fin", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// the same verbs as markers of an end (kEnds), for a contract named
	// with its kind before them (« mon contrat aidé tombe à la fin du
	// mois »)
	{p: "tombe|tombera a la fin", k: kEnds},
}

// asideClause reports clause c as an aside between a contract and the
// clause that ends it: a parenthesis (« (PEC) ») or a complement with no
// verb opening on a preposition (« pour la commune », « à la mairie »),
// which names the contract's kind or its employer (usage: an apposition or
// a circumstantial complement, no new subject).
func (a *analyser) asideClause(c int32) bool {
	t := a.toks
	first := a.firstOfClause(c)
	if first < 0 {
		return false
	}
	if first > 0 && t[first-1].after == '(' {
		return true
	}
	switch t[first].s {
	case "pour", "a", "au", "aux", "chez", "dans", "aupres":
	default:
		return false
	}
	for _, m := range a.sc.hits {
		// (a workplace word, « à la mairie », is a status hit of w ≤ 3)
		if a.toks[m.start].clause == c && (m.p.k == kStatus && (m.p.event || m.p.w > 3) || m.p.k == kEnds || m.p.k == kPast || m.p.k == kPresent) {
			return false
		}
	}
	return true
}

// bareEndedContract reports a job seeker's event made of a contract noun and
// a past participle alone (« contrat fini en août », « CDD terminé »): the
// verbless clause of a list or an SMS tells a contract over, as « mon
// contrat est fini » does (contractOver); the participle, not the present
// « finit », and no word of the future in the clause (« contrat fini en
// août, il sera pas renouvelé » stays with the other rules).
func (a *analyser) bareEndedContract(h hit) bool {
	t := a.toks
	if h.end-h.start != 2 || !endedParticiple[t[h.end-1].s] {
		return false
	}
	switch t[h.start].s {
	case "contrat", "cdd", "mission", "contrats", "missions":
	default:
		return false
	}
	c := t[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kFuture && t[m.start].clause == c {
			return false
		}
	}
	return !a.farDate(c)
}

// employsMe reports the verb at i with the writer as its object, « m' »
// or « me » right before it (« c'est la région qui m'emploie », « l'asso
// qui me paie »): the writer holds a job (code du travail L1221-1: the
// contract of employment is work done for and paid by an employer), as
// « je travaille » does for worksVerb; negated (« personne ne m'emploie »)
// it tells no job.
func (a *analyser) employsMe(i int) bool {
	t := a.toks
	if i == 0 || t[i-1].clause != t[i].clause || t[i-1].s != "m" && t[i-1].s != "me" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4 && t[j].clause == t[i].clause; j-- {
		switch t[j].s {
		case "ne", "n", "personne", "plus", "jamais":
			return false
		}
	}
	return !a.negatedWork(i) && !a.sc.rel[i]
}

// firstOfClause returns the index of clause c's first token, -1 when no
// token is in it (asideClause, ageClauseR18t).
func (a *analyser) firstOfClause(c int32) int {
	for i, tk := range a.toks {
		if tk.clause == c {
			return i
		}
	}
	return -1
}

package analysis

// Round 18V of issue 13 (tuning72: the third person, short messages,
// questions first, several past jobs before the present one, retirement
// for invalidity, the 26-year boundary). Each rule names its source; where
// no general reading is safe (two activities at once, a fonctionnaire en
// disponibilité working in a company, a school leaver) the fact stays
// unknown and the dialogue asks.

// round18vSpecs are the patterns of round 18V.
var round18vSpecs = []patSpec{
	// « plus de mission locale ? », « pas de mission locale pour moi »,
	// « sans mission locale »: the service for the under-26 (code du
	// travail L5314-2; cep-domain.md §1.3 row 4) named after a negation,
	// not a temp worker without a mission (lexicon.go's « plus de
	// mission », cep-domain.md §4): the whole phrase hides it
	{p: "plus|pas|aucune|sans en|de|d|aucune? mission|missions locale|locales", k: kNone},
	{p: "plus|pas aucune|aucun|de|d mission|missions locale|locales", k: kNone},
	{p: "fin de|d la? mission|missions locale|locales", k: kNone},
}

// movedByR18v reports « je suis passée par l'armée », « nous sommes
// passés par l'intérim »: « suis » there is the auxiliary of « passer
// par » in the passé composé, a step gone through, not a verb of the
// present (as movedBefore's verbs of movement, round 13C).
func (a *analyser) movedByR18v(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 2; j > 0 && t[j].clause == c; j-- {
		if t[j-1].s != "suis" && t[j-1].s != "sommes" {
			continue
		}
		switch t[j].s {
		case "passe", "passee", "passes", "passees":
			if t[j+1].s == "par" {
				return true
			}
		}
	}
	return false
}

// nowAfterBeR18v reports the adverb of now at j said right after the
// subject and its verb that open a clause: « …, je suis maintenant en
// CDI », « je travaille aujourd'hui dans un bureau d'études », as
// nowLater's « maintenant je suis en CDI » (round 13C) with the adverb
// after the verb.
func (a *analyser) nowAfterBeR18v(j int) bool {
	t := a.toks
	if j < 2 || t[j-1].clause != t[j].clause || t[j-2].clause != t[j].clause {
		return false
	}
	if j > 2 && t[j-3].clause == t[j].clause {
		return false
	}
	switch t[j-2].s {
	case "je", "j", "nous", "on":
	default:
		return false
	}
	switch t[j-1].s {
	case "suis", "sommes", "est", "travaille", "travaillons", "bosse":
		return true
	}
	return false
}

// retiredForR18v reports a job word that names what the writer was
// retired from, joined to the retirement by its cause and its author:
// « mise à la retraite pour invalidité par la fonction publique
// hospitalière », « retraité pour inaptitude de l'armée » (the pension
// of invalidity of the fonctionnaire, CGFP L556-1 / code des pensions
// civiles et militaires L29), as retiredFrom's « retraitée de la fonction
// publique » (round 9C).
func (a *analyser) retiredForR18v(h hit) bool {
	t := a.toks
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "-" || m.end > h.start || h.start-m.end > 7 {
			continue
		}
		j := m.end
		if j+1 < h.start && t[j].s == "pour" {
			switch t[j+1].s {
			case "invalidite", "inaptitude", "incapacite", "maladie", "handicap":
				j += 2
			default:
				continue
			}
		}
		if j >= h.start {
			continue
		}
		switch t[j].s {
		case "de", "d", "du", "des", "par":
		default:
			continue
		}
		if h.start-j <= 3 {
			ok := true
			for k := j; k < h.start; k++ {
				if t[k].clause != t[h.start].clause {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// mineAfterR18v reports a recognition asked about in general terms, then
// said to be the writer's own by a possessive pronoun: « comment on fait
// quand on a une RQTH ? J'ai eu la mienne en février », « la
// reconnaissance travailleur handicapé, je viens d'obtenir la mienne »
// (code du travail L5213-1; cep-domain.md §1.3 row 5, « a disability is
// true only when stated »: the pronoun states it). The pronoun must be
// the object of a verb of getting, in a later clause or after the word.
func (a *analyser) mineAfterR18v() bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k != kHandicap || h.p.v != "1" || a.negated(h) || a.postNegated(h) {
			continue
		}
		for j := h.end + 1; j+1 < len(t) && j <= h.end+20; j++ {
			if t[j].s != "la" && t[j].s != "le" || t[j+1].s != "mienne" && t[j+1].s != "mien" || t[j].clause != t[j+1].clause {
				continue
			}
			switch t[j-1].s {
			case "eu", "obtenu", "recu", "decroche", "ai", "obtiens", "obtenir", "avoir":
				return true
			}
		}
	}
	return false
}

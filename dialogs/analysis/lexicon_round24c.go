package analysis

// Round 24C of issue 13 — families left by the first wave's gap searches
// (scratch set tuning138, written and committed before the analyser ran on
// it, half of it near misses):
//
//   - « Je sors d'un master en alternance, 24 ans, je cherche un CDI », « j'ai
//     fini mon BTS en alternance »: « en alternance » says how the diploma
//     was prepared, and the training is over; the apprenticeship contract
//     ended with it (code du travail L6222-7-1: the contract runs to the end
//     of the training cycle). The readable sets label a finished
//     apprenticeship without a new job a job seeker (cep-domain.md §1.3 row
//     7, « fin de contrat d'apprentissage … je cherche » is
//     demandeur_emploi), not the apprentice of row 8. A hire told after it
//     (« mon patron m'a embauché en CDI ») keeps the employee
//     (hiredAfterAlternanceR24c).
//   - « Mon conjoint a une RQTH, moi non »: the relative's recognition is
//     not the writer's, and « moi non », « pas moi », « moi je n'en ai pas »
//     say the writer has none: false (cep-domain.md §4: false only when the
//     message says there is none). « moi aussi » says the writer has one.

// round24cSpecs are the patterns of round 24C.
var round24cSpecs = []patSpec{
	// a training prepared in alternance and left (« je sors d'un master en
	// alternance », « sortie d'une école d'ingénieur en alternance », « j'ai
	// fini mon BTS en alternance »): a job seeker unless hired after.
	// « termine » is left out: « je termine ma licence pro en alternance »
	// is the present, the contract still running (tuning91, tuning133)
	{p: "sors|sort|sorti|sortie|sortis|sorties|fini|finie d|de|mon|ma un|une? _ _? _? en alternance", k: kStatus, v: "demandeur_emploi", w: 7, event: true},
}

// hiredAfterAlternanceR24c reports the round 24C pattern of a training in
// alternance left when the message then tells a hire (« j'ai fini mon BTS
// en alternance et mon patron m'a embauché en CDI », « je suis embauchée
// dans la même boîte »): an employee, the training's end is no job loss.
func (a *analyser) hiredAfterAlternanceR24c(h hit) bool {
	t := a.toks
	if h.p.v != "demandeur_emploi" || h.end < 2 || t[h.end-1].s != "alternance" || t[h.end-2].s != "en" {
		return false
	}
	for j := h.end; j < len(t); j++ {
		switch t[j].s {
		case "embauche", "embauchee", "embauches", "recrute", "recrutee", "garde", "gardee":
			if j > 0 && t[j-1].s == "pas" || j > 1 && t[j-2].s == "pas" {
				continue // « ne m'a pas gardé »
			}
			return true
		}
	}
	return false
}

// mineAfterRelativeR24c reads the writer's own answer said just after a
// relative's disability (« Mon conjoint a une RQTH, moi non », « ma femme
// a la RQTH, pas moi », « et moi aussi »): false for « moi non », true for
// « moi aussi ». It returns nil when no such answer follows.
func (a *analyser) mineAfterRelativeR24c() *bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k != kHandicap || h.p.v != "1" || !a.ofRelative(h) && !a.sc.rel[h.start] {
			continue
		}
		for j := h.end; j < len(t) && j <= h.end+4; j++ {
			s := t[j].s
			next := ""
			if j+1 < len(t) {
				next = t[j+1].s
			}
			if s == "moi" && next == "non" && j+2 < len(t) && t[j+2].s == "plus" {
				return nil // « moi non plus » shares a lack, not this recognition
			}
			switch {
			case s == "moi" && (next == "non" || next == "pas"),
				s == "pas" && next == "moi",
				s == "moi" && next == "je" && j+4 < len(t) && t[j+2].s == "n" && t[j+3].s == "en" && (t[j+4].s == "ai" || t[j+4].s == "ais"):
				return boolp(false)
			case s == "moi" && (next == "aussi" || next == "egalement"):
				return boolp(true)
			}
		}
	}
	return nil
}

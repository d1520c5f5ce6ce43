package analysis

// Contract ends dated in the message. The labelling convention of
// cep-domain.md §1.3 makes a job seeker of a contract that ends « within
// weeks »; one that ends in several months is still running: the visitor
// is in work now (row 8), and the dialogue can ask again later.

// farDate reports, in clause c, a time to come two months or more away
// whatever the day of writing (« l'an prochain », « l'année prochaine »,
// « dans 6 mois », « en 2027 »). A month's name is not read: the corpora
// label « mon contrat se termine le 15 janvier » a job seeker whenever it
// is written (the message is sent when the end nears). A clause with a
// past marker tells what happened.
func (a *analyser) farDate(c int32) bool {
	if int(c) < len(a.sc.past) && a.sc.past[c] {
		return false
	}
	toks := a.toks
	for i, t := range toks {
		if t.clause != c {
			continue
		}
		switch t.s {
		case "prochain", "prochaine":
			// « l'an prochain », « l'année prochaine »
			if i > 0 && (toks[i-1].s == "an" || toks[i-1].s == "annee") {
				return true
			}
			// « en mars prochain » said in June (round 13A)
			if i > 0 && !a.now.IsZero() && monthNumber[toks[i-1].s] > 0 && a.monthsAhead(monthNumber[toks[i-1].s]) >= 2 {
				return true
			}
		case "an", "ans", "annee", "annees":
			// « dans un an », « dans deux ans »
			if i >= 2 && toks[i-2].s == "dans" && (toks[i-1].num || toks[i-1].s == "un" || toks[i-1].s == "une" || numberWords[toks[i-1].s] >= 1) {
				return true
			}
		case "mois":
			// « dans 6 mois », « dans deux mois »
			if i >= 2 && toks[i-2].s == "dans" {
				if v, n := leadingInt(toks[i-1].s); toks[i-1].num && n == len(toks[i-1].s) && v >= 2 || numberWords[toks[i-1].s] >= 2 {
					return true
				}
			}
		}
		if t.num && len(t.s) == 4 && !a.now.IsZero() {
			if v, n := leadingInt(t.s); n == 4 && v > a.now.Year() && v < a.now.Year()+10 {
				return true // « en 2027 »
			}
		}
	}
	return false
}

// endsLater reports an event told as to come at a far time, in its
// clause or the next one (« rupture conventionnelle signée, je pars dans
// deux mois », « je serais licencié l'an prochain »).
func (a *analyser) endsLater(h hit) bool {
	c := a.toks[h.start].clause
	return a.futureIn(c, h.start-6) && a.farDate(c) || !a.sentenceEndsClause(c) && a.futureIn(c+1, h.end) && a.farDate(c+1) || a.contractEndsFarMonth(h) ||
		a.endsLaterR19d(h) // a month three or more months ahead (round 19D)
}

// futureIn reports a word of the future in clause c from token from on:
// « je serais licencié », « mon CDD finit », « il se termine », « jusqu'en
// novembre », « le magasin ferme », « je pars », « mon cdd fini » (phone
// typing for « finit »).
func (a *analyser) futureIn(c int32, from int) bool {
	toks := a.toks
	for i := max(from, 0); i < len(toks); i++ {
		if toks[i].clause < c {
			continue
		}
		if toks[i].clause > c {
			break
		}
		switch toks[i].s {
		case "serai", "serais", "sera", "seront", "vais", "va", "vont", "pars", "part", "partirai", "finit", "finira", "finiront",
			"terminera", "prendra", "expire", "expirera", "jusqu", "prevu", "prevue", "ferme", "fermera", "annonce", "annonces",
			"annoncee", "annoncees":
			return true
		case "termine", "arrete", "acheve":
			// (round 17G: « s'achève », the same end in the formal word)
			if i > 0 && (toks[i-1].s == "se" || toks[i-1].s == "s") {
				return true
			}
		case "acheverai", "achevera", "acheveront":
			return true
		case "prend", "prennent":
			// « mon CDD prend fin en décembre » (round 17G), as « prendra »
			if i+1 < len(toks) && toks[i+1].s == "fin" {
				return true
			}
		case "fini", "finie":
			if i > 0 && endingContract[toks[i-1].s] {
				return true
			}
		}
	}
	return false
}

// longAgo reports an event dated years back in its clause (« licenciée il
// y a 3 ans », « licencié en 2019 »): a temporary contract stated later
// in the present (« là je suis en CDD ») is the situation of now.
func (a *analyser) longAgo(h hit) bool {
	toks := a.toks
	c := toks[h.start].clause
	for i := h.end; i < len(toks) && toks[i].clause == c; i++ {
		if toks[i].num && i+1 < len(toks) && (toks[i+1].s == "ans" || toks[i+1].s == "annees") && i >= 2 &&
			toks[i-1].s == "a" && toks[i-2].s == "y" {
			return true
		}
		if toks[i].num && len(toks[i].s) == 4 && !a.now.IsZero() {
			if v, n := leadingInt(toks[i].s); n == 4 && v >= 1950 && v < a.now.Year() {
				return true
			}
		}
	}
	return false
}

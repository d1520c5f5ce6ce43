package analysis

// Round 19D of issue 13: a job that ends months from now is still held.
// On tuning74–83 the rules read a job seeker where the label is a worker
// in messages whose end (of a contract, by a dismissal) is told for a
// month several months ahead: « je suis en CDD … jusqu'au 31 décembre et
// on m'a déjà dit qu'il ne serait pas renouvelé », « licenciement prévu à
// la rentrée », « va partir en septembre dans le cadre d'un licenciement
// économique », « allons être licenciés … en mai », or for no date at all
// but only announced (« en arrêt maladie depuis l'annonce de mon
// licenciement »). The labelling convention (cep-domain.md §1.3 row 7 and
// its conventions): an end within weeks makes a job seeker, an end
// months away leaves the visitor in the job held now (row 8); a dismissal
// announced but not yet effective is still a job. Each rule says why.

// farMonthR19d reports, in clause c, a month three to six months ahead
// of now (« en octobre », « fin décembre » said in June) named as the time of an end to come: « jusqu'au 31
// décembre », « jusqu'en octobre », « en septembre », « fin mars »,
// « le 30 novembre », « à la rentrée » (September, the start of the
// school and working year). A month followed by « dernier » or a year is
// left to the other rules (farDate reads a year to come, longAgo a year
// gone by); the month of now and the next one are an end within weeks
// (« fin juin », « le 4 juillet » said in June). The caller requires a
// word of the future in the clause: a month alone may tell the past
// (« licencié en mars »).
func (a *analyser) farMonthR19d(c int32) bool {
	if a.now.IsZero() || int(c) < len(a.sc.past) && a.sc.past[c] {
		return false
	}
	t := a.toks
	for i, tk := range t {
		if tk.clause != c || i == 0 || t[i-1].clause != c {
			continue
		}
		m := monthNumber[tk.s]
		if tk.s == "rentree" && (t[i-1].s == "la" || t[i-1].s == "a") {
			if i >= 2 && t[i-2].s == "depuis" || i+1 < len(t) && t[i+1].clause == c && (t[i+1].s == "derniere" || t[i+1].s == "passee") {
				continue // « depuis la rentrée », « à la rentrée dernière »: gone by
			}
			m = 9
		} else if m == 0 {
			continue
		} else {
			prev := t[i-1].s
			if t[i-1].num && i >= 2 {
				prev = t[i-2].s // « le 31 décembre », « au 31 décembre »
			}
			switch prev {
			case "en", "fin", "debut", "mi", "le", "au", "jusqu":
			default:
				continue
			}
		}
		if i+1 < len(t) && t[i+1].clause == c && (t[i+1].s == "dernier" || t[i+1].num) {
			continue // « en mars dernier », « en mars 2024 »
		}
		// (up to six months: the older sets label a month further ahead
		// a job seeker, « mon licenciement sera effectif fin janvier »,
		// « je serai licencié en mars » — written, by the convention of
		// dates.go, when the end nears)
		if d := a.monthsAhead(m); d >= 3 && d <= 6 {
			return true
		}
	}
	return false
}

// futureFromR19d reports a verb of the future or of a plan in clause c,
// read from its first token (the verb may stand far before the event:
// « va partir en septembre dans le cadre d'un licenciement »): « sera »,
// « serait », « va », « allons », « doit », « devrait », « prévu »,
// « finira »… Not futureIn's ambiguous forms: without accents « ferme »,
// « fini », « termine » are also past participles (« j'ai fermé ma boîte
// en septembre », « CDD fini en décembre »), and « jusqu' » bounds a time
// gone by as well (« rien jusqu'en février »).
func (a *analyser) futureFromR19d(c int32) bool {
	first := a.firstOfClause(c)
	if first < 0 {
		return false
	}
	for i := first; i < len(a.toks) && a.toks[i].clause == c; i++ {
		switch a.toks[i].s {
		case "serai", "serais", "sera", "serait", "serons", "seront", "seraient", "vais", "va", "vont", "allons",
			"doit", "devrait", "devrais", "devraient", "prevu", "prevue", "prevus", "prevues",
			"finira", "terminera", "prendra", "expirera", "fermera", "arretera":
			return true
		}
	}
	return false
}

// endsLaterR19d reports, for endsLater, a job seeker's event told as to
// come at a month three to six months ahead, in its own clause (« il ne
// serait pas renouvelé » after « en CDD jusqu'au 31 décembre »,
// « licenciement prévu à la rentrée », « on va me licencier en
// septembre »): the job runs until then (see the head of this file). A
// clause with a past marker is not read (« licencié en septembre » said
// of last year).
func (a *analyser) endsLaterR19d(h hit) bool {
	c := a.toks[h.start].clause
	return a.futureFromR19d(c) && a.farMonthR19d(c)
}

// announcedOnlyR19d reports a dismissal named as the object of its
// announcement or of its preliminary steps (« depuis l'annonce de mon
// licenciement », « l'entretien préalable à mon licenciement », « ma
// convocation à un entretien de licenciement »): the dismissal is not yet
// effective, the contract runs until it is notified and the notice ends
// (code du travail L1232-2 to L1232-6, L1234-1), so the writer still
// holds the job (cep-domain.md §1.3 row 8). A dismissal effective after
// the announcement (« licenciée en mars après l'annonce du PSE ») is
// another hit.
func (a *analyser) announcedOnlyR19d(h hit) bool {
	t := a.toks
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	switch t[h.start].s {
	case "licenciement", "licenciements":
	default:
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-5 && t[j].clause == c; j-- {
		switch t[j].s {
		case "annonce", "prealable", "convocation", "convoque", "convoquee":
			return true
		}
	}
	return false
}

// foundAgainR19d reports a job seeker's event (« licencié en juin ») told
// before a contract the writer found afterwards (« retrouvé un CDD de 6
// mois chez Leroy Merlin, ça finit en mars »): the dismissal is the past,
// the contract found is the job of now (the tuning sets label « j'ai été
// licencié mais j'ai retrouvé un CDI » a worker). A contract found that
// ends within weeks (« retrouvé un CDD qui finit dans deux semaines ») or
// that has ended (« qui s'est fini en mai ») leaves the event as it is.
func (a *analyser) foundAgainR19d(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	t := a.toks
	for _, m := range a.sc.hits {
		if m.start < h.end || m.p.k != kStatus || m.p.event || m.p.v != "salarie_prive" || !endingContract[t[m.start].s] && t[m.start].s != "cdi" {
			continue
		}
		j := m.start - 1
		if j >= 0 && (t[j].s == "un" || t[j].s == "une") {
			j--
		}
		// a date between the verb and the contract (round 23B): « licenciée
		// en mars, j'ai retrouvé en mai un CDD », « retrouvé en 2025 un CDI »
		if j >= 1 && t[j-1].s == "en" && (monthNumber[t[j].s] > 0 || t[j].num && len(t[j].s) == 4) {
			j -= 2
		}
		if j < 0 || t[j].clause != t[m.start].clause {
			continue
		}
		switch t[j].s {
		case "retrouve", "retrouvee", "decroche", "decrochee":
		default:
			continue
		}
		c := t[m.start].clause
		over := false
		for k := m.end; k < len(t) && t[k].clause <= c+1; k++ {
			if endedParticiple[t[k].s] || t[k].s == "est" || t[k].s == "etait" {
				over = true
			}
		}
		if over || a.soonDate(c) || a.soonDate(c+1) || a.soonDateAside(c) {
			continue
		}
		return true
	}
	return false
}

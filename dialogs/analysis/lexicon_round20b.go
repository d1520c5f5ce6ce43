package analysis

// Round 20B of issue 13: confusions between the public agent and the
// private employee, and between the job seeker and the private employee,
// on tuning3–83. Each rule says why it is right per cep-domain.md §1.3.

// round20bEmployerSpecs are the employers of round 20B.
var round20bEmployerSpecs = []employerSpec{
	// « matelot sur un chalutier », « matelot salarié sur un bateau de
	// pêche », « matelot sur les ferries »: the rank « matelot » is shared
	// by the Marine nationale (code de la défense L4111-1) and by the crews
	// of fishing boats and merchant ships, who are hired by a shipowner
	// (« l'armement ») under a contrat d'engagement maritime of private law
	// (code des transports L5542-1), as round 16B reads « marine
	// marchande ». A fishing boat, a trawler or a ferry names the civil
	// employer and outweighs the rank (row 8, not row 1); the Navy's ships
	// (frégate, sous-marin, porte-avions) are not among them.
	{p: "bateau|bateaux|navire|navires|batiment de peche; chalutier|chalutiers|fileyeur|fileyeurs|thonier|thoniers|senneur|senneurs|palangrier|palangriers; ferry|ferries|ferrys; compagnie|compagnies maritime|maritimes; marin|marins pecheur|pecheurs|pecheuse; peche en mer; peche hauturiere|cotiere|artisanale|industrielle", sector: sectorPrivate, w: 5},
}

// leaveAsOptionR20b reports the « disponibilité » at token i named as an
// option the writer weighs, not as the leave of now: with the indefinite
// article in a clause of no past (« s'il vaut mieux demander une mutation,
// un détachement ou une disponibilité », « j'ai entendu parler d'une
// disponibilité pour convenances personnelles ») or as the object of an
// infinitive of asking (« demander sa disponibilité », « prendre une
// disponibilité »). A fonctionnaire who only considers it is still in post
// (row 1 of cep-domain.md §1.3): a private employer said beside it is the
// place wished for (« revenir dans le privé », « chez un fabricant »), not
// the one of a leave (onLeaveInPrivate, round 8). « En disponibilité »,
// « ma disponibilité », « j'ai pris une disponibilité » stay a leave.
func (a *analyser) leaveAsOptionR20b(i int) bool {
	t := a.toks
	if i == 0 || t[i-1].clause != t[i].clause {
		return false
	}
	c := t[i].clause
	if t[i-1].s == "une" && !(int(c) < len(a.sc.past) && a.sc.past[c]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3 && t[j].clause == c; j-- {
		switch t[j].s {
		case "demander", "solliciter", "prendre", "obtenir", "envisager", "envisage", "demanderai", "prendrai":
			return true
		}
	}
	return false
}

// seasonRunsR20b reports a seasonal worker's season or contract said to
// run until a month two to eight months ahead: « saisonnier dans une
// conserverie, contrat jusqu'en octobre », « je suis en saison d'été à
// Saint-Tropez jusqu'au 20 septembre », « saisonnier au camping jusqu'au
// 30 septembre » (said in June). The seasonal contract (code du travail
// L1242-2 3°) is a CDD of private law that runs now: the writer is in work
// (cep-domain.md §1.3 row 8), and an end months ahead is no end within
// weeks (the labelling convention of §1.3). The season's word or the
// contract must come before « jusqu' » in its clause, with no word of a
// gap between (« l'hiver je n'ai rien jusqu'en novembre », « au chômage
// jusqu'en juin » are the gap before the next season), in a clause of no
// past (« j'étais en saison jusqu'en octobre »), and the message must speak
// of seasons. A month within weeks (« jusqu'à fin juillet » said in June)
// is left to the rules of the end (dates.go).
func (a *analyser) seasonRunsR20b() bool {
	if a.now.IsZero() || !a.speaksOfSeasons() {
		return false
	}
	t := a.toks
	for i, tk := range t {
		if tk.s != "jusqu" && tk.s != "jusqua" {
			continue
		}
		c := tk.clause
		if int(c) < len(a.sc.past) && a.sc.past[c] {
			continue
		}
		held := false
	back:
		for j := i - 1; j >= 0 && t[j].clause == c; j-- {
			switch t[j].s {
			case "rien", "chomage", "pas", "plus", "sans", "aucun", "aucune", "attends", "attend", "reprends", "reprend", "commence", "avant", "etais", "etait":
				held = false
				break back
			case "saisonnier", "saisonniere", "saisonniers", "saisonnieres", "saison", "contrat", "cdd":
				held = true
			}
		}
		if !held {
			continue
		}
		for j := i + 1; j < len(t) && j <= i+4 && t[j].clause == c; j++ {
			m := monthNumber[t[j].s]
			if m == 0 {
				continue
			}
			if j+1 < len(t) && t[j+1].clause == c && (t[j+1].s == "dernier" || t[j+1].num) {
				break // « jusqu'en octobre dernier », « jusqu'en mars 2024 »
			}
			if d := a.monthsAhead(m); d >= 2 && d <= 8 {
				return true
			}
			break
		}
	}
	return false
}

// bareEndLaterR20b reports, for contractEnds, the end of the writer's
// contract told in a verbless clause of its own a few clauses after the
// contract, with only clauses of no status between: « en contrat PEC à la
// mairie …, espaces verts, 21 ans, fin dans 2 semaines », « agent de la
// mairie en contrat aidé, fini dans 2 semaines », « en CDI de chantier dans
// le BTP, fin du chantier dans 15 jours ». Messages typed as a list give
// the contract, then the place, the age, then its end; an end within
// weeks makes a job seeker whatever the employer of a private-law contract
// (the labelling convention of cep-domain.md §1.3, row 7: « fin de CDD /
// imminent end of contract »). The end must open its clause (« fin »,
// « fini », « finit », « terminé ») and be dated within weeks (soonDate);
// a clause that states a status or an event between (« je cherche un
// emploi », « licenciée ») stops the search, and so does a past marker.
func (a *analyser) bareEndLaterR20b(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for k := c + 1; k <= c+4; k++ {
		first := a.firstOfClause(k)
		if first < 0 || a.sentenceEndsClause(k-1) {
			return false // (the list is one sentence)
		}
		if int(k) < len(a.sc.past) && a.sc.past[k] {
			return false
		}
		for _, m := range a.sc.hits {
			if t[m.start].clause == k && (m.p.k == kStatus && (m.p.event || m.p.w > 3) || m.p.k == kEnds && m.start != first) {
				return false // (an event of its own, « fin de contrat dans 10 jours », speaks for itself)
			}
		}
		switch t[first].s {
		case "fin", "fini", "finie", "finit", "termine", "terminee":
			return a.soonDate(k)
		}
	}
	return false
}

// siteContractR20b reports a « CDI de chantier » or « CDI d'opération »
// (code du travail L1223-8): a contract of indefinite duration that ends
// with the site or the operation, whose end is then told as that of the
// site (« fin du chantier dans 15 jours », bareEndLaterR20b).
func (a *analyser) siteContractR20b(h hit) bool {
	t := a.toks
	i := h.start
	if t[i].s != "cdi" || i+2 >= len(t) || t[i+2].clause != t[i].clause {
		return false
	}
	return (t[i+1].s == "de" || t[i+1].s == "d") && (t[i+2].s == "chantier" || t[i+2].s == "operation")
}

// firedMeR20b reports, at the object pronoun j in the span of a person of
// the workplace named at k (« mon patron », « ma cheffe », see
// markRelatives), a dismissal of which the writer is the object: « mon
// patron m'a virée hier », « mon chef m'a licencié », « mon patron me
// vire ». The employer dismisses, the writer is dismissed: the event is
// the writer's (a job seeker, cep-domain.md §1.3 row 7, whatever the
// contract was, an apprenticeship included), not the relative's. Only the
// verbs of dismissal are read: « mon patron m'a proposé un CDI » is left as
// it is.
func (a *analyser) firedMeR20b(j, k int) bool {
	t := a.toks
	if k < 0 || k >= len(t) || !workPeople[t[k].s] {
		return false
	}
	c := t[j].clause
	i := j + 1
	if i < len(t) && t[i].clause == c && (t[i].s == "a" || t[i].s == "ont" || t[i].s == "avait") {
		i++
	}
	if i >= len(t) || t[i].clause != c {
		return false
	}
	switch t[i].s {
	case "vire", "viree", "licencie", "licenciee", "renvoye", "renvoyee", "remercie", "remerciee", "lourde", "lourdee", "jete", "jetee", "renvoie":
		return true
	}
	return false
}

// apprenticeFiredR20b reports an apprentice's status word (« apprentie
// coiffeuse », « en alternance ») told before a dismissal of the writer
// that stands (« mon patron m'a virée hier », « j'ai été licencié »):
// the employer broke the contract of apprenticeship (code du travail
// L6222-18), the apprentice has no employer any more and looks for
// another (cep-domain.md §1.3 row 7, a job seeker; the CFA may keep the
// trainee for six months, L6222-18-2, without a contract of work). The
// status word names what the contract was; an apprenticeship told after
// the dismissal (« licencié en mars, de nouveau en apprentissage depuis
// avril ») is the job of now.
func (a *analyser) apprenticeFiredR20b() bool {
	if !a.apprenticeNow() {
		return false
	}
	last := -1 // the last apprentice's word: the dismissal must follow it
	for _, h := range a.sc.hits {
		if v, w, ok := a.statusCandidate(h); ok && v == "salarie_prive" && w >= 6 && !h.p.event {
			last = max(last, h.start)
		}
	}
	for _, h := range a.sc.hits {
		if !h.p.event || h.p.v != "demandeur_emploi" || h.start < last {
			continue
		}
		if v, _, ok := a.statusCandidate(h); !ok || v != "demandeur_emploi" {
			if a.apprenticeContractBrokenR27a(h) {
				return true // « ma patronne a rompu mon contrat » (round 27A)
			}
			continue
		}
		for j := h.start; j < h.end; j++ {
			switch a.toks[j].s {
			case "vire", "viree", "virer", "licencie", "licenciee", "renvoye", "renvoyee", "remercie", "remerciee", "lourde", "lourdee":
				return true
			}
			if apprenticeBrokeWordsR27a[a.toks[j].s] {
				return true // « ma patronne a rompu mon contrat » (round 27A)
			}
		}
	}
	return false
}

// endOfStudiesR20b reports an end marker whose object is the writer's
// schooling (« depuis que j'ai arrêté le lycée », « j'ai arrêté la fac »,
// « fini mes études »): what ended is school, not the contract named
// before it in the clause (« je fais de l'intérim en usine … depuis que
// j'ai arrêté le lycée » is a temp worker, cep-domain.md §1.3 row 8).
func (a *analyser) endOfStudiesR20b(m hit) bool {
	t := a.toks
	c := t[m.start].clause
	for j := m.end; j < len(t) && j <= m.end+2 && t[j].clause == c; j++ {
		switch t[j].s {
		case "le", "la", "l", "les", "mes", "mon", "ma", "en", "de", "d", "du":
			continue
		case "lycee", "ecole", "college", "fac", "faculte", "etudes", "universite", "bac", "bts", "cap", "licence", "master", "cours", "dut", "but", "prepa", "cfa":
			return true
		}
		return false
	}
	return false
}

// jobSinceEventR20b reports a job seeker's event named with « depuis » as
// the start of a job held now in its clause: « je fais de l'intérim depuis
// mon licenciement en 2014 », « je suis en CDD depuis la fin de mon CDI ».
// The event opened the period the job fills; the job is the situation of
// now (intérim on a mission, CDD running: cep-domain.md §1.3 row 8). A
// job seeker's own word before « depuis » (« au chômage depuis mon
// licenciement ») keeps the event, and so does a clause with no job.
func (a *analyser) jobSinceEventR20b(h hit) bool {
	t := a.toks
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	c := t[h.start].clause
	d := h.start - 1
	for d >= 0 && t[d].clause == c {
		switch t[d].s {
		case "mon", "ma", "mes", "la", "le", "l", "un", "une":
			d--
			continue
		}
		break
	}
	if d < 0 || t[d].clause != c || t[d].s != "depuis" {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.event || m.end > d || t[m.start].clause != c {
			continue
		}
		if v, w, ok := a.statusCandidate(m); ok && v == "salarie_prive" && w >= 4 {
			return true
		}
	}
	return false
}

// wishGoesOnR20b are, for wishResumes, more infinitives that carry a wish
// to leave on to its destination after « pour »: « je veux quitter
// l'hôpital pour prendre la direction d'un EHPAD associatif », « quitter
// la fonction publique pour passer dans le privé », « pour revenir dans le
// privé », « pour exercer en clinique », « pour diriger une structure ».
// The employer named after them is where the writer wishes to go, not the
// one of now: a cadre de santé of a centre hospitalier stays an agent of
// the hospital (cep-domain.md §1.5, hospitalière, row 1).
var wishGoesOnR20b = map[string]bool{"prendre": true, "reprendre": true, "passer": true, "revenir": true, "retourner": true,
	"exercer": true, "diriger": true, "occuper": true, "postuler": true, "ouvrir": true, "creer": true, "monter": true}

// askedPossibilityR20b reports a status word inside a question about what
// the writer may do (« Est-ce que je peux utiliser mon CPF pour un BTS en
// alternance ? », « puis-je passer en CDI ? »): the contract is the object
// of the question, a plan, not the writer's situation (a soldier asking
// about an apprenticeship stays a soldier, cep-domain.md §1.3 row 1). The
// clause must end with « ? » and hold a verb of possibility before the
// word, with no copula or subordinator between (« quand on est infirmière
// libérale » states the status).
func (a *analyser) askedPossibilityR20b(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	last := h.start
	for last+1 < len(t) && t[last+1].clause == c {
		last++
	}
	if t[last].after != '?' {
		return false
	}
	for j := h.start - 1; j >= 0 && t[j].clause == c; j-- {
		switch t[j].s {
		case "peux", "pourrais", "puis", "peut", "pourrait", "pourrai", "possible", "pouvez", "pourriez":
			return true
		case "est", "suis", "es", "sommes", "etant", "quand", "lorsque", "si", "comme":
			// « est-ce qu'on peut faire un bilan quand on est infirmière
			// libérale ? »: the status is stated, the question is about
			// something else
			if t[j].s != "est" || j+1 >= len(t) || t[j+1].s != "ce" {
				return false
			}
		}
	}
	return false
}

// pastAsideR20b reports a hit in a parenthesis that follows a clause of
// the past and says nothing of its own tense: « retraité de l'armée de
// l'air (adjudant-chef) » — the rank is the one held in the service left,
// as « ancien militaire (sergent) »; the employer of now is told after
// (« je travaille depuis 3 mois comme agent de sûreté …, en CDI », a
// private employee, cep-domain.md §1.3 row 8).
func (a *analyser) pastAsideR20b(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	first := a.firstOfClause(c)
	if c == 0 || first <= 0 || t[first-1].after != '(' || t[first-1].clause != c-1 {
		return false
	}
	if a.sc.past[c] || a.sc.present[c] {
		return false // the aside has a tense of its own
	}
	return a.sc.past[c-1] && !a.sc.present[c-1]
}

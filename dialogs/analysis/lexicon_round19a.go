package analysis

// Round 19A of issue 13: two activities held at once are asked, not
// guessed. The table (cep-domain.md §1.3) has no row for a visitor with two
// current activities of different statuses (a salaried or public job and a
// micro-entreprise, a public job and a private one): the status is left
// unknown and the dialogue asks it. A student with a side job has the
// job's status (arrêté du 16 juillet 2014, annexe §1.2).

// twoNowR19 reports two present activities of different groups (salaried,
// public, self-employed) told as such: a word of simultaneity or of time
// shared out (« à côté », « en parallèle », « en même temps », « à la
// fois », « je cumule », « le matin », « l'après-midi », « la nuit », « le
// soir », « le week-end », « à mi-temps ») in the sentence of the rival
// status, or the two joined by « et » or « + » in one sentence, each of
// strength ≥ 3 (a workplace, a contract, a status word: « plongeur dans
// un resto et … en auto-entrepreneur »; a bare job title beside a status,
// « livreur et auto-entrepreneur », is often one job told twice). best and
// rival are the statuses calibrated weighs (noteEvidence); a rival of
// strength ≥ 4 with « aussi », « en plus » is sideActivity's (round 14A).
func (a *analyser) twoNowR19(best, rival string, rivalW int8) bool {
	if !jobGroup(best) || !jobGroup(rival) || statusGroup(best) == statusGroup(rival) || rivalW < 2 {
		return false
	}
	if best == "agent_public" && rival == "salarie_prive" {
		for j := range a.toks {
			if a.cesuBesideTenure(hit{start: j, end: j + 1}) {
				return false // a tenured agent's CESU hours, an accessory job (round 15A)
			}
		}
	}
	g1, g2 := statusGroup(best), statusGroup(rival)
	sent := a.sentencesR19()
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok || w < 2 || statusGroup(v) != g2 || !a.heldR19(h) {
			continue
		}
		for i := max(0, h.start-6); i < len(a.toks) && i <= h.end+6; i++ {
			if sent[i] == sent[h.start] && a.sharedTimeAt(i) {
				return true
			}
		}
	}
	return rivalW >= 3 && a.joinedR19(g1, g2)
}

// heldR19 reports a status hit that is no one else's title (« mon cadre
// dit… ») nor a wish the other readings let through (« pas sûr de vouloir
// être avocat »): within the three words before it, no possessive and no
// verb of wish.
func (a *analyser) heldR19(h hit) bool {
	for j := h.start - 1; j >= 0 && j >= h.start-3; j-- {
		switch a.toks[j].s {
		case "mon", "ma", "son", "sa", "notre", "votre", "leur", "vouloir", "veux", "voudrais", "voudrait", "devenir", "redevenir", "aimerais", "souhaite":
			return false
		}
	}
	// « pour des artisans et des professions libérales »: clients
	w := a.toks[h.end-1].s
	if w[len(w)-1] == 's' && h.start >= 1 {
		for j := h.start - 1; j >= 0 && j >= h.start-2; j-- {
			if s := a.toks[j].s; s == "des" || s == "les" || s == "aux" {
				return false
			}
		}
	}
	return true
}

// sentencesR19 numbers the sentences of the message, per token (split on
// « . », « ! », « ? »).
func (a *analyser) sentencesR19() []int {
	sent := make([]int, len(a.toks))
	n := 0
	for i, t := range a.toks {
		sent[i] = n
		if t.after == '.' || t.after == '!' || t.after == '?' {
			n++
		}
	}
	return sent
}

// sharedTimeAt reports at token i a word that tells two activities at
// once or a day shared between them (see twoNowR19).
func (a *analyser) sharedTimeAt(i int) bool {
	t := a.toks
	s := t[i].s
	switch s {
	case "cumule", "cumulent", "cumuler":
		return !a.cumulRetraiteR19(i)
	case "aprem", "apm":
		return true
	}
	if i+1 >= len(t) {
		return false
	}
	n := t[i+1].s
	switch {
	case s == "a" && n == "cote":
		// « à côté de ma thèse »: beside what is named, not a second job
		return i+2 >= len(t) || t[i+2].clause != t[i+1].clause || t[i+2].s != "de" && t[i+2].s != "d" && t[i+2].s != "du"
	case s == "en" && (n == "parallele" || n == "complement"),
		s == "meme" && n == "temps" && i > 0 && t[i-1].s == "en",
		s == "a" && n == "la" && i+2 < len(t) && t[i+2].s == "fois",
		s == "le" && (n == "matin" || n == "jour" || n == "soir" || n == "we" || n == "week" || n == "weekend" || n == "samedi" || n == "dimanche"),
		s == "les" && (n == "soirs" || n == "week" || n == "weekends" || n == "samedis" || n == "dimanches"),
		(s == "l" || s == "le") && (n == "apres" || n == "aprem" || n == "apm"),
		s == "la" && n == "nuit",
		s == "mi" && n == "temps":
		return true
	}
	return false
}

// cumulRetraiteR19 reports « cumul emploi-retraite » around token i: a
// pension beside one job, not two activities.
func (a *analyser) cumulRetraiteR19(i int) bool {
	t := a.toks
	for j := i + 1; j < len(t) && j <= i+3; j++ {
		if t[j].s == "retraite" {
			return true
		}
	}
	return false
}

// joinedR19 reports a status of group g1 and one of group g2, both held
// now with strength ≥ 3, joined by « et » or « + » in one sentence (at
// most 15 words apart).
func (a *analyser) joinedR19(g1, g2 string) bool {
	t := a.toks
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok || w < 3 || statusGroup(v) != g1 && statusGroup(v) != g2 || !a.heldR19(h) {
			continue
		}
		for _, m := range a.sc.hits {
			if m.start < h.end || m.start-h.end > 15 {
				continue
			}
			v2, w2, ok := a.statusCandidate(m)
			if !ok || w2 < 3 || !a.heldR19(m) || statusGroup(v2) == statusGroup(v) || statusGroup(v2) != g1 && statusGroup(v2) != g2 {
				continue
			}
			joined := false
			for j := h.end - 1; j < m.start; j++ {
				if j >= h.end && t[j].s == "et" || t[j].after == '+' {
					joined = true
				}
				if j >= h.end-1 && j < m.start-1 && (t[j].after == '.' || t[j].after == '!' || t[j].after == '?') {
					joined = false
					break
				}
			}
			if joined {
				return true
			}
		}
	}
	return false
}

// splitTimeR19 reports a working time shared between activities (« à
// mi-temps », « à temps partiel », « je cumule »): a public
// agent's business is then no accessory activity beside the public job
// (publicAgentToo, CGFP L123-7), the main activity is unknown.
func (a *analyser) splitTimeR19() bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		s, n := t[i].s, t[i+1].s
		switch {
		case s == "temps" && (n == "partiel" || n == "partielle"):
			return true
		case s == "mi" && n == "temps":
			return true
		case s == "cumule" || s == "cumuler":
			if !a.cumulRetraiteR19(i) {
				return true
			}
		}
	}
	return false
}

// sideJobR19 reports a student's job told by a private job title or
// workplace held now (« étudiante, je travaille comme caissière dans un
// supermarché », « étudiant + serveur en extra ») or by « job » before a
// private employer (« job au McDo »): the job's status is the student's
// (studentAtWork).
func (a *analyser) sideJobR19() bool {
	student := false
	for _, h := range a.sc.hits {
		if v, w, ok := a.statusCandidate(h); ok && v == "etudiant" && w >= 4 {
			student = true // « étudiante », not « en collège » alone
		}
	}
	if !student {
		return false
	}
	for _, h := range a.sc.hits {
		if h.p.k == kStatus {
			if v, w, ok := a.statusCandidate(h); ok && v == "salarie_prive" && w >= 2 && !a.internshipIn(a.toks[h.start].clause) {
				return true
			}
			continue
		}
		if h.p.k != kSector || h.p.v != sectorPrivate || h.p.w < 4 || h.start < 2 || a.negated(h) || a.pastClause(h) || a.wished(h) || a.ofRelative(h) {
			continue
		}
		for j := h.start - 1; j >= 0 && j >= h.start-3; j-- {
			switch a.toks[j].s {
			case "job", "jobs", "taf", "boulot", "travail":
				return true
			}
		}
	}
	return false
}

// degreeUnderWayR19 reports a degree named by the year of study the writer
// is in (« en deuxième année de licence ») or as the course to stop
// (« arrêter la licence », « lâcher mon BTS »): a course under way, no
// degree held — a student at work (sideJobR19) is no young graduate of row
// 3 for it (round 19A).
func (a *analyser) degreeUnderWayR19(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-2 && t[j].clause == c; j-- {
		if (t[j].s == "de" || t[j].s == "d") && t[j-1].s == "annee" {
			return true
		}
		switch t[j-1].s {
		case "arreter", "arrete", "abandonner", "lacher", "quitter":
			switch t[j].s {
			case "la", "le", "l", "ma", "mon":
				return true
			}
		}
	}
	return false
}

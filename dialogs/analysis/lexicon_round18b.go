package analysis

// Round 18B of issue 13 (tuning60: each message retells a situation of
// tuning55–59 in other words; tuning61: people out of work told by what
// happened, and young people right after school). Each rule names its
// source.

// courseCues before a degree say it is a course the writer found, enrolled
// in or was admitted to, not a degree held (« j'ai trouvé une licence
// professionnelle en alternance », « inscrite dans un master », « admis
// dans une licence pro »): one finds or joins a course, never a degree one
// holds. A degree under way is not the « jeune diplômé bac+3 » of
// cep-domain.md §1.3 row 3, as targetCues (« en licence », « préparer un
// master ») already read.
var courseCues = map[string]bool{"trouve": true, "trouvee": true, "inscrit": true, "inscrite": true, "admis": true, "admise": true}

// degreeInCourse reports a degree named as a course under way: after a
// cue of courseCues in its clause, or as the first word of brackets opened
// right after « alternance », « apprentissage », « apprenti(e) » or
// « alternant(e) » (« en alternance
// (licence pro achats) »: the aside names the course the work-study
// contract prepares, code du travail L6211-1, L6325-1).
func (a *analyser) degreeInCourse(h hit) bool {
	t := a.toks
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == t[h.start].clause; j-- {
		if courseCues[t[j].s] {
			return true
		}
	}
	if h.start > 0 && t[h.start-1].after == '(' {
		switch t[h.start-1].s {
		case "alternance", "apprentissage", "apprenti", "apprentie", "alternant", "alternante":
			return true
		}
	}
	return a.degreeByAlternance(h) // round 18S
}

// mdphAside reports « MDPH » opening brackets right after a recognition
// refused or pending (« RQTH refusée (MDPH 30, novembre) », « dossier en
// attente (MDPH du Gard) »): the aside names the body that decides (code
// de l'action sociale et des familles L146-3, the CDAPH of the MDPH), not
// a recognition held; a disability is true only when stated
// (cep-domain.md §1.3 labelling conventions), as mdphAuthority (round 13C)
// reads « à la MDPH ».
func (a *analyser) mdphAside(h hit) bool {
	t := a.toks
	if t[h.start].s != "mdph" || h.start == 0 || t[h.start-1].after != '(' {
		return false
	}
	switch t[h.start-1].s {
	case "refusee", "refuse", "refusees", "refuses", "refus", "rejetee", "rejete", "rejet", "attente", "cours", "deposee", "depose", "demandee", "demande":
		return true
	}
	return false
}

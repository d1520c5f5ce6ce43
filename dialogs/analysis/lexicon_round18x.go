package analysis

// Round 18X of issue 13 (status and operator wrongs of tuning64–70 and
// tuning73). Each rule names its source.

// markOpeningAppositionR18x marks as the relative's the words of a clause
// that opens a sentence without a subject of its own and is followed at
// once by a clause whose subject is « il » or « elle » already read as
// another person (« Vendeuse jusqu'en mars, elle a été licenciée »,
// « Cadre dans la vente, il a signé une rupture conventionnelle »): a
// detached apposition describes the subject of the clause it opens (the
// « apposition » of French grammar, Grevisse § 337), as round 13C's
// apposition after the relative's noun (markApposition). A clause with a
// pronoun or possessive of the writer (« Salariée en CDI, elle me
// remplace ») or words already read as another person's is not one.
func (a *analyser) markOpeningAppositionR18x() {
	t, sc := a.toks, a.sc
	for start := 0; start < len(t); start++ {
		if start > 0 && t[start].clause == t[start-1].clause {
			continue
		}
		if start > 0 && !sentenceEndR18x(t[start-1].after) {
			continue
		}
		end := start
		for end < len(t) && t[end].clause == t[start].clause {
			end++
		}
		if end >= len(t) || !sc.rel[end] || t[end].s != "il" && t[end].s != "elle" || sc.rel[start] {
			continue
		}
		own := false
		for j := start; j < end && !own; j++ {
			switch t[j].s {
			case "je", "j", "moi", "me", "m", "mon", "ma", "mes", "nous", "on", "notre", "nos", "il", "elle", "ils", "elles", "tu", "vous":
				own = true
			}
		}
		if own {
			continue
		}
		for j := start; j < end; j++ {
			sc.rel[j] = true
			sc.relNoun[j] = sc.relNoun[end]
		}
	}
}

// sentenceEndR18x reports the punctuation that ends a sentence.
func sentenceEndR18x(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '\n'
}

// pupilsServedR18x reports « élève(s) » at i named as the people a worker
// serves, after an article or a possessive (« j'accompagne des élèves
// handicapés », « j'encadre les élèves », « je surveille mes élèves »),
// not the writer's own course (« élève infirmière au CHU »): a school
// named after them is the workplace of school staff (AESH, AED, ATSEM:
// code de l'éducation L917-1, L916-1; cep-domain.md §1.5, Éducation
// nationale), not a training host (round 13B's trainingHost).
func (a *analyser) pupilsServedR18x(i int) bool {
	if i == 0 || a.toks[i-1].clause != a.toks[i].clause {
		return false
	}
	switch a.toks[i-1].s {
	case "des", "les", "aux", "mes", "nos", "ses", "ces", "leurs":
		return true
	}
	return false
}

// notEmployerR18x reports an employer word in a detached complement of
// « avec » that makes a whole clause (« Avec Amazon, c'est devenu
// intenable », « Avec la mairie, on organise des ateliers »): a
// competitor, a partner or a cause, not the writer's employer (an
// employer is named by « chez », « pour », « à », « employé par »,
// employers.go). A contract « avec » an employer inside a clause
// (« un CDD avec la mairie ») is not one.
func (a *analyser) notEmployerR18x(h hit) bool {
	if h.p.k != kSector || h.start == 0 {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	if h.end < len(t) && t[h.end].clause == c {
		return false
	}
	j := h.start - 1
	switch t[j].s {
	case "le", "la", "l", "les":
		j--
	}
	return j >= 0 && t[j].s == "avec" && t[j].clause == c && (j == 0 || t[j-1].clause != c)
}

// creoleSubjectR18x reports a subject pronoun of the French-based creoles
// of the Antilles and Guyane (« mwen », « man », « nou », « zot », « yo »,
// « li »): after it « ni » is the verb « to have » (« Mwen ni statut
// cadre », « man ni an CDI »), not the French negation « ni »
// (cep-domain.md §3: the départements d'outre-mer are served as the
// others). None of these words is a French subject before « ni ».
func creoleSubjectR18x(s string) bool {
	switch s {
	case "mwen", "man", "nou", "zot", "yo", "li":
		return true
	}
	return false
}

// bareEndR18x reports a clause after a contract that tells its end with
// the noun alone and a date within weeks (« en CDD dans un hôtel, fin le
// 31 de ce mois », « mission d'intérim, fin dans deux semaines »): the
// end of the contract just named, as « il se termine le 31 » (endsTakenUp);
// an end within weeks makes a job seeker (cep-domain.md §1.3 row 7 and
// its labelling conventions). A date far ahead (« fin en décembre » said
// in June) is not read (soonDate).
func (a *analyser) bareEndR18x(j int) bool {
	t := a.toks
	if j == 0 || j+1 >= len(t) || t[j].s != "fin" || t[j-1].clause == t[j].clause || t[j+1].clause != t[j].clause {
		return false
	}
	switch t[j+1].s {
	case "le", "au", "en", "dans", "fin", "debut", "mi", "prevue", "prevu", "d", "de":
		return a.soonDate(t[j].clause)
	}
	return false
}

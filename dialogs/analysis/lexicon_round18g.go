package analysis

import "strings"

// Round 18G of issue 13: a status the message does not settle (label
// null), which the analysis read as a fact. Each rule leaves the status
// unknown (the dialogue asks) where the writer says it is not settled,
// and names its source.

// opinionHedge reports at j a verb of opinion said by the writer and
// opening a subordinate (« je pense que je vais être licencié », « je crois
// qu'ils vont me licencier », « j'imagine que mon contrat ne sera pas
// renouvelé »): the event that follows is the writer's guess, not a fact,
// as « j'ai peur d'être licencié » (hedged); cep-domain.md §4 makes a job
// seeker of an end of contract that is settled (« within weeks »), not of
// one that is feared. A past event under the verb (« je crois que j'ai été
// licenciée abusivement ») is a fact judged, not guessed, and stays read.
func (a *analyser) opinionHedge(j int, h hit) bool {
	t := a.toks
	switch t[j].s {
	case "pense", "crois", "suppose", "imagine", "presume":
	default:
		return false
	}
	if j == 0 || j+1 >= len(t) || t[j-1].s != "je" && t[j-1].s != "j" {
		return false
	}
	if t[j+1].s != "que" && t[j+1].s != "qu" {
		return false
	}
	return !a.pastAuxBetween(j+1, h.start)
}

// endDateUnknown reports a job seeker's event (« mon contrat se termine »)
// beside the writer's word that its date is not known (« mais je ne sais
// pas quand », « j'ignore encore quand il finit »): the end of contract
// makes a job seeker only when it comes within weeks (cep-domain.md §4;
// row 7 « imminent end of contract »); an end with no date leaves a
// running contract (row 8) or an ending one, and the dialogue asks.
// « je ne sais pas quand je retrouverai » speaks of a search, not of the
// end: the word after « quand » must close the clause or name the end.
func (a *analyser) endDateUnknown() bool {
	t := a.toks
	for i, tk := range t {
		switch tk.s {
		case "sais", "sait", "savons", "savent", "ignore", "ignorons":
		default:
			continue
		}
		j := i + 1
		for j < len(t) && j <= i+3 && t[j].clause == tk.clause && (t[j].s == "pas" || t[j].s == "encore" || t[j].s == "exactement" || t[j].s == "vraiment" || t[j].s == "trop") {
			j++
		}
		if j >= len(t) || t[j].s != "quand" || t[j].clause != tk.clause {
			continue
		}
		if !a.whenOfEnd(j + 1) {
			continue
		}
		for _, m := range a.sc.hits {
			if m.p.k != kStatus || m.p.v != "demandeur_emploi" || !m.p.event || a.negated(m) {
				continue
			}
			if d := t[m.start].clause - tk.clause; d >= -1 && d <= 1 {
				return true
			}
		}
	}
	return false
}

// whenOfEnd reports the words after « quand » at j that ask the date of an
// end: nothing more in the clause (« je ne sais pas quand. »), an adverb
// of precision, or a subject and a verb of ending (« quand il se
// termine », « quand ça s'arrête », « quand mon contrat finit »).
func (a *analyser) whenOfEnd(j int) bool {
	t := a.toks
	c := t[j-1].clause
	for j < len(t) && t[j].clause == c && (t[j].s == "exactement" || t[j].s == "precisement" || t[j].s == "encore") {
		j++
	}
	if j >= len(t) || t[j].clause != c {
		return true
	}
	for k := j; k < len(t) && k <= j+4 && t[k].clause == c; k++ {
		switch t[k].s {
		case "termine", "finit", "finira", "terminera", "arrete", "arretera", "fin", "echeance", "renouvelle", "prolonge":
			return true
		}
	}
	return false
}

// round18gSpecs are the patterns of round 18G.
var round18gSpecs = []patSpec{
	// « établissement et service d'aide par le travail », « établissement
	// d'aide par le travail »: the ESAT by its full name (code de l'action
	// sociale et des familles L344-2), read as « ESAT » (lexicon.go: a
	// disability stated, cep-domain.md §4) and as the ESAT of esatWord
	{p: "etablissement|etablissements et|de service|services d aide par le travail", k: kHandicap, v: "1"},
	{p: "etablissement|etablissements d aide par le travail", k: kHandicap, v: "1"},
}

// esatWord reports a hit naming an ESAT, by its acronym or its full name
// (round18gSpecs).
func (a *analyser) esatWord(h hit) bool {
	t := a.toks
	if t[h.start].s == "esat" {
		return true
	}
	return h.end-h.start >= 5 && strings.HasPrefix(t[h.start].s, "etablissement") && t[h.end-1].s == "travail"
}

// employedInEsat reports the everyday word of an employee (« employé »,
// « salarié », weight 4) whose workplace in the same clause is an ESAT
// (« il est employé dans un ESAT », « salariée d'un établissement et
// service d'aide par le travail »): the ESAT worker signs no contract of
// employment but a contrat de soutien et d'aide par le travail (CASF
// L344-2, R344-16), so the word is no private employee's status
// (cep-domain.md §4: ESAT workers are null), as the private workplace of
// esatPlacement is not.
func (a *analyser) employedInEsat(h hit) bool {
	t := a.toks
	switch t[h.start].s {
	case "employe", "employee", "employes", "employees", "salarie", "salariee", "salaries", "salariees":
	default:
		return false
	}
	c := t[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kHandicap && m.start >= h.end && m.start <= h.end+3 && t[m.start].clause == c && a.esatWord(m) && !a.esatStaff(m) {
			return true
		}
	}
	return false
}

// inEsatName reports an employer word inside the full name of an ESAT
// (« établissement », « service » of « établissement et service d'aide
// par le travail »): a part of the name, not an employer of its own, read
// as the acronym is (notEmployerR17e).
func (a *analyser) inEsatName(h hit) bool {
	for _, m := range a.sc.hits {
		if m.p.k == kHandicap && m.start <= h.start && h.end <= m.end && m.end-m.start >= 5 && a.esatWord(m) {
			return true
		}
	}
	return false
}

// studiesDropped reports a student's status word said now (« je suis
// étudiante en licence ») then studies given up by the writer in the same
// or the next clause (« … et j'ai abandonné en cours d'année », « j'ai
// lâché la fac »): the enrolment the word tells has ended, so the writer is
// no longer the student of row 2 (cep-domain.md §1.3, « student still
// enrolled »), and whether he or she now seeks work, works or does
// neither is not said: the dialogue asks. A job given up (« j'ai arrêté
// mon job ») leaves the studies running.
func (a *analyser) studiesDropped() bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "etudiant" || h.p.event || a.negated(h) || a.ofRelative(h) || a.pastClause(h) {
			continue
		}
		c := t[h.start].clause
		for j := h.end + 1; j < len(t) && t[j].clause <= c+1; j++ {
			switch t[j].s {
			case "abandonne", "abandonnee", "arrete", "arretee", "lache", "lachee":
			default:
				continue
			}
			if t[j-1].s != "ai" {
				continue
			}
			if a.droppedObjectIsStudies(j + 1) {
				return true
			}
		}
	}
	return false
}

// droppedObjectIsStudies reports the words after a verb of giving up at j
// that leave its object the studies: none (« j'ai abandonné. », « j'ai
// abandonné en cours d'année », « … il y a deux mois »), or a noun of
// studies (« la fac », « mes études », « ma licence »).
func (a *analyser) droppedObjectIsStudies(j int) bool {
	t := a.toks
	if j >= len(t) || t[j].clause != t[j-1].clause {
		return true
	}
	switch t[j].s {
	case "en", "au", "il", "depuis", "cette", "cet":
		return true
	case "la", "le", "l", "les", "mes", "ma", "mon":
		if j+1 < len(t) {
			switch t[j+1].s {
			case "fac", "faculte", "universite", "etudes", "licence", "master", "bts", "but", "dut", "cursus", "cours", "prepa", "ecole", "formation", "l1", "l2", "l3", "m1", "m2":
				return true
			}
		}
	}
	return false
}

// esatLeftNoWork reports an ESAT left (« il est sorti de l'ESAT », « j'ai
// quitté l'ESAT ») beside « ne travaille plus », with no other sign of a
// job seeker (a search, a registration): the ESAT worker had no contract of
// employment (CASF L344-2), so leaving it loses no job, and « no more
// work » then tells an inactive person as well as a job seeker (row 7
// needs a search or a contract ended); the dialogue asks (cep-domain.md
// §4: ESAT workers are null). « J'ai quitté l'ESAT, je cherche du
// travail » stays a job seeker.
func (a *analyser) esatLeftNoWork() bool {
	t := a.toks
	esatC := int32(-1)
	for _, m := range a.sc.hits {
		if m.p.k != kHandicap || !a.esatWord(m) || a.esatStaff(m) {
			continue
		}
		for j := m.start - 1; j >= 0 && j >= m.start-5; j-- {
			switch t[j].s {
			case "sorti", "sortie", "quitte", "quittee", "fini", "finie":
				esatC = t[m.start].clause
			}
		}
	}
	if esatC < 0 {
		return false
	}
	noWork := false
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "demandeur_emploi" || a.negated(m) {
			continue
		}
		if !a.noMoreWork(m) || t[m.start].clause-esatC > 1 || t[m.start].clause < esatC {
			return false
		}
		noWork = true
	}
	return noWork
}

// noMoreWork reports a hit of the form « ne travaille plus », « ne bosse
// plus ».
func (a *analyser) noMoreWork(m hit) bool {
	work, more := false, false
	for j := m.start; j < m.end; j++ {
		switch a.toks[j].s {
		case "travaille", "travaillent", "bosse", "bossent":
			work = true
		case "plus":
			more = true
		}
	}
	return work && more
}

// heardOf reports a status word that is the topic of hearsay in its clause
// (« j'ai entendu parler de la formation en apprentissage », « on m'a
// parlé de l'intérim », « une amie m'a parlé du statut
// d'auto-entrepreneur »): the writer names a scheme heard of, as a
// question asks about one, not the status he or she holds (cep-domain.md
// §4: null when the message does not say).
func (a *analyser) heardOf(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-6 && t[j].clause == c; j-- {
		if t[j].s != "de" && t[j].s != "du" && t[j].s != "des" && t[j].s != "d" {
			continue
		}
		switch t[j-1].s {
		case "parler", "parle", "parles", "parlent":
		default:
			continue
		}
		// « entendu parler », « m'a parlé », « on me parle », « vous parlez »
		// not: « je voudrais parler de mon CDD » (the writer's own)
		if j >= 2 {
			switch t[j-2].s {
			case "entendu", "a", "ont", "m", "me", "on":
				return true
			}
		}
	}
	return false
}

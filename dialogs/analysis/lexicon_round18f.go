package analysis

// Round 18F of issue 13 (tuning62–65: a job seeker read as an employee).
// cep-domain.md §4 and row 7 of §1.3 make a job seeker of a contract that
// ends within weeks, of a rupture conventionnelle with the departure within
// weeks, and of an intérimaire with no mission; the wordings below were
// missed: the end told in a relative clause or after « ça » with verbs of
// every tense (« contrat …, qui expire dans deux semaines », « en cdd …, ça
// finit ds 2 semaines », « mon contrat i fini dans 15 jours »), a departure
// fixed « à deux semaines d'ici », « jpars ds 15 jours » after a « rupture
// conv », and no mission offered « depuis » weeks. An end months ahead
// (« dans six mois », « en décembre » said in June), a hedge (« je pense
// que », « peut-être ») and the military (Défense mobilité, cep-domain.md
// §1.5) are left as they were.

// round18fSpecs are the status patterns of round 18F.
var round18fSpecs = []patSpec{
	// « rupture conv », « rupture co », « rupture conventionelle »: the
	// rupture conventionnelle (code du travail L1237-11) in SMS spellings,
	// as weak as the full words (lexicon.go): the departure decides
	{p: "rupture conv|co|conventionelle|conventionel|conventionnel", k: kStatus, v: "demandeur_emploi", w: 2, event: true},
	// « aucune proposition de mission depuis deux mois », « pas d'offre de
	// mission »: an intérimaire without mission (cep-domain.md §4), as
	// « aucune mission » (lexicon.go)
	{p: "plus|pas|aucune|sans de|d? proposition|propositions|offre|offres de|d mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
}

// endingContractNouns are the nouns of a contract whose end makes a job
// seeker (cep-domain.md §4: fin de CDD, end of a contract within weeks).
var endingContractNouns = map[string]bool{"contrat": true, "contrats": true, "cdd": true, "mission": true, "engagement": true,
	"remplacement": true, "vacation": true, "vacations": true, "pec": true, "cui": true, "cae": true}

// endVerbs18f are the verbs of ending, in every tense a contract's end is
// told with (present, future, participle).
var endVerbs18f = map[string]bool{"termine": true, "terminera": true, "finit": true, "finira": true, "fini": true, "finie": true,
	"acheve": true, "achevera": true, "expire": true, "expirera": true, "arrete": true, "arretera": true, "sarrete": true,
	"setermine": true, "fin": true, "terme": true, "jusqu": true, "jusqua": true}

// seekerR18f reports the writer as a job seeker by one of the readings of
// round 18F, for a status read as an employee's, public when best is not
// salarie_prive (see jobEndsR18f); no mission offered is an intérimaire's,
// a private employee's.
func (a *analyser) seekerR18f(best string) bool {
	return a.jobEndsR18f(best != "salarie_prive") || best == "salarie_prive" && a.noMissionOffered()
}

// jobEndsR18f reports the job that ends within weeks by a reading of round
// 18F (a contract's end, a departure after a break): the job word is what
// ends, not a rival status of now (publicContractEndsSoon, round 17i). A
// public contract's end makes a job seeker only when the text closes the
// employer's door (publicEndTold): a public CDD said to end alone stays
// row 1 or asked, as rounds 8 and 15A read it.
func (a *analyser) jobEndsR18f(public bool) bool {
	return a.contractEndsWithinWeeks() && (!public || a.publicEndTold()) || a.departureSoonAfterBreak()
}

// publicEndTold reports a public contract's end told as final: not
// renewed (notRenewedSaid, round 17H), « sans (aucune) suite », « je serai
// (ensuite) au chômage », or said of a contractuel or a vacataire, whose
// job is the contract (round 17i: « contractuelle à la mairie, mon
// contrat s'arrête le 3 juillet »).
func (a *analyser) publicEndTold() bool {
	if a.notRenewedSaid() {
		return true
	}
	t := a.toks
	for i := 1; i < len(t); i++ {
		switch t[i].s {
		case "suite":
			if t[i-1].s == "sans" || i >= 2 && t[i-1].s == "aucune" && (t[i-2].s == "sans" || t[i-2].s == "pas") {
				return true
			}
		case "chomage":
			for k := i - 1; k >= 0 && k >= i-4 && t[k].clause == t[i].clause; k-- {
				if t[k].s == "serai" {
					return true
				}
			}
		}
	}
	for _, h := range a.sc.hits {
		if h.p.k == kStatus && h.p.v == "agent_public" && a.contractWord(h) && !a.negated(h) && !a.ofRelative(h) {
			return true
		}
	}
	return false
}

// contractEndsWithinWeeks reports a contract of the writer's that ends
// within weeks (cep-domain.md §4), the end told in the contract's clause
// (« mon contrat i fini dans 15 jours »), or in the next one taken up by a
// relative or a personal pronoun (« CDD à la ville, qui expire dans deux
// semaines », « en cdd ds une crèche, ça finit ds 2 semaines »), or with
// its verb after an aside (« mon contrat … (contractuel) se termine le 15
// juillet »). Not for a tenured agent (no contract), the military
// (Défense mobilité, contractEndsSoon), a relative's contract, a negated
// or hedged end, or a date months ahead.
func (a *analyser) contractEndsWithinWeeks() bool {
	t := a.toks
	if !a.msgHas(clsEndingContractNouns) || a.branch() == BranchArmees || a.titulaireNow() {
		return false
	}
	for i, tk := range t {
		if !a.is(i, clsEndingContractNouns) || a.sc.rel[i] || a.otherContract(i) {
			continue
		}
		c := tk.clause
		next := c + 1
		for next <= c+2 && a.asideClause(next) {
			next++
		}
		for j := i + 1; j < len(t) && j <= i+16; j++ {
			if sentenceEnd(t[j-1].after) || t[j].clause > next {
				break
			}
			if !a.is(j, clsEndVerbs18f) || !a.endVerbAt(j) {
				continue
			}
			if (t[j].s == "jusqu" || t[j].s == "jusqua") && (tk.s == "mission" || tk.s == "missions") {
				// « mission jusqu'à fin juin »: an intérimaire on mission is
				// employed (cep-domain.md §4); the mission's term is no end
				// of work told
				break
			}
			dc := t[j].clause
			if dc != c && (dc != next || !a.takenUp(j)) {
				break
			}
			if a.farDate(dc) || a.farMonth(dc) || !(a.soonDate(dc) || a.soonDateAside(dc) || a.weeksFromHere(dc)) {
				break
			}
			return !a.sc.rel[j] && !a.unsureBeforeR18f(j)
		}
	}
	return false
}

// endVerbAt reports the word at j used as a verb of ending: « fin » after
// « prend », « terme » after « arrive à (son) », « jusqu'à » the end, and
// the others not negated (« ne se termine pas »).
func (a *analyser) endVerbAt(j int) bool {
	t := a.toks
	switch t[j].s {
	case "fin":
		return j > 0 && (t[j-1].s == "prend" || t[j-1].s == "prendra")
	case "terme":
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if t[k].s == "arrive" || t[k].s == "arrivera" {
				return true
			}
		}
		return false
	case "jusqu", "jusqua":
		return true
	}
	if j+1 < len(t) && t[j+1].clause == t[j].clause && (t[j+1].s == "pas" || t[j+1].s == "plus" || t[j+1].s == "jamais") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3 && t[k].clause == t[j].clause; k-- {
		if t[k].s == "ne" || t[k].s == "n" {
			return false
		}
	}
	return true
}

// takenUp reports the verb at j opening its clause, or after a pronoun
// that takes the contract up (« qui expire », « ça finit », « il se
// termine », the creole « i fini »): the clause says of the contract that
// it ends.
func (a *analyser) takenUp(j int) bool {
	t := a.toks
	first := j
	for first > 0 && t[first-1].clause == t[j].clause {
		first--
	}
	if j-2 >= first && (t[j-2].s == "et" || t[j-2].s == "mais") {
		first = j - 1 // « … et il expire dans trois semaines »
	} else if j-3 >= first && (t[j-3].s == "et" || t[j-3].s == "mais") && (t[j-1].s == "se" || t[j-1].s == "s") {
		first = j - 2 // « … et il se termine »
	}
	if j-first > 3 {
		return false
	}
	switch t[first].s {
	case "qui", "ca", "cela", "il", "elle", "i":
		return true
	case "se", "s", "prend", "prendra", "expire", "expirera", "finit", "finira", "arrive", "arrivera", "sarrete", "setermine", "jusqu", "jusqua":
		return first == j || j-first <= 1
	}
	return false
}

// weeksFromHere reports « à deux semaines d'ici », « à quinze jours
// d'ici » in clause c: a date within weeks, as « dans deux semaines »
// (soonDate).
func (a *analyser) weeksFromHere(c int32) bool {
	t := a.toks
	for i := 2; i+2 < len(t); i++ {
		if t[i].clause != c || t[i].s != "semaines" && t[i].s != "jours" && t[i].s != "semaine" {
			continue
		}
		if t[i-2].s != "a" || t[i+1].s != "d" || t[i+2].s != "ici" {
			continue
		}
		n := t[i-1]
		if v, k := leadingInt(n.s); n.num && k == len(n.s) && v >= 1 && v <= 45 || soonCounts[n.s] || n.s == "quinze" || n.s == "quelques" {
			return true
		}
	}
	return false
}

// unsureBeforeR18f reports a hedge before the word at j in its sentence
// (« je pense que », « je crois », « peut-être », « normalement », « je
// ne sais pas »): the end is not stated as a fact, the status stays as it
// is (asked or employed now).
func (a *analyser) unsureBeforeR18f(j int) bool {
	t := a.toks
	for k := j - 1; k >= 0 && k >= j-14; k-- {
		if sentenceEnd(t[k].after) {
			break
		}
		switch t[k].s {
		case "pense", "crois", "suppose", "normalement", "probablement", "possible", "risque", "peur", "si", "sais":
			return true
		case "peut":
			if k+1 < len(t) && t[k+1].s == "etre" {
				return true
			}
		}
	}
	return false
}

// departureSoonAfterBreak reports a rupture conventionnelle, a dismissal
// or a resignation of the writer's with the departure within weeks (« mon
// départ est fixé à deux semaines d'ici », « jpars ds 15 jours »): the
// contract ends then (code du travail L1237-13: the rupture takes effect
// on the date agreed), and cep-domain.md §4 reads an end within weeks as a
// job seeker's, as leavesSoonAfterBreak (round 17H) reads « je pars ».
func (a *analyser) departureSoonAfterBreak() bool {
	t := a.toks
	if !a.breakOfWriter() {
		return false
	}
	for i := 1; i < len(t); i++ {
		c := t[i].clause
		switch t[i].s {
		case "depart":
			// « mon départ est fixé / prévu … »
			if t[i-1].s != "mon" && t[i-1].s != "ma" || t[i-1].clause != c {
				continue
			}
		case "pars", "quitte", "partirai", "quitterai":
			if t[i-1].s != "je" && t[i-1].s != "j" || t[i-1].clause != c {
				continue
			}
		default:
			continue
		}
		if a.sc.rel[i] || a.farDate(c) || a.unsureBeforeR18f(i) {
			continue
		}
		if a.soonDate(c) || a.weeksFromHere(c) {
			return true
		}
	}
	return false
}

// noMissionOffered reports an intérimaire to whom no mission is offered
// (« on ne m'en a proposé aucune depuis un mois », « on ne m'en propose
// plus »), « en » taking up the missions named before it in the sentence:
// an intérimaire without mission is a job seeker (cep-domain.md §4).
func (a *analyser) noMissionOffered() bool {
	t := a.toks
	for i := 2; i < len(t); i++ {
		switch t[i].s {
		case "propose", "proposee", "proposees", "proposes", "proposent", "propos", "donne", "donnent", "file", "filent":
		default:
			continue
		}
		c := t[i].clause
		en, neg, none := false, false, false
		for k := i - 1; k >= 0 && k >= i-5 && t[k].clause == c; k-- {
			switch t[k].s {
			case "en":
				en = true
			case "ne", "n":
				neg = true
			}
		}
		for k := i + 1; k < len(t) && k <= i+2 && t[k].clause == c; k++ {
			switch t[k].s {
			case "aucune", "aucun", "plus", "rien", "pas":
				none = true
			}
		}
		if !en || !neg || !none || a.sc.rel[i] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-30; k-- {
			if sentenceEnd(t[k].after) {
				break
			}
			if v, ok := enAntecedent[t[k].s]; ok {
				// the nearest noun « en » may take up decides (« j'ai
				// demandé une formation et on ne m'en a proposé aucune »)
				if v {
					return true
				}
				break
			}
		}
	}
	return false
}

// otherContract reports a contract noun at i that names no contract of
// work (« mon contrat de location », « contrat d'assurance »): its end is
// not the end of a job.
func (a *analyser) otherContract(i int) bool {
	t := a.toks
	if i+2 >= len(t) || t[i+1].s != "de" && t[i+1].s != "d" {
		return false
	}
	switch t[i+2].s {
	case "location", "bail", "assurance", "pret", "mariage", "telephone", "abonnement", "credit", "vente", "leasing", "entretien", "maintenance":
		return true
	}
	return false
}

// farMonth reports in clause c a month named two months or more ahead
// (« jusqu'à la fin du mois d'octobre » said in June): the end is not
// within weeks, whatever « fin du mois » says alone (soonDate).
func (a *analyser) farMonth(c int32) bool {
	if a.now.IsZero() {
		return false
	}
	for _, tk := range a.toks {
		if tk.clause != c {
			continue
		}
		if m := monthNumber[tk.s]; m > 0 {
			if d := a.monthsAhead(m); d >= 2 && d < 12 {
				return true
			}
		}
	}
	return false
}

// enAntecedent are the nouns « on ne m'en propose aucune » may take up:
// true for the intérim missions, false for the other things offered.
var enAntecedent = map[string]bool{"mission": true, "missions": true, "interim": true, "interimaire": true,
	"formation": false, "formations": false, "stage": false, "stages": false, "offre": false, "offres": false, "poste": false,
	"postes": false, "proposition": false, "propositions": false, "emploi": false, "emplois": false, "cdi": false, "cdd": false,
	"contrat": false, "contrats": false, "aide": false, "aides": false, "solution": false, "solutions": false, "rendez": false,
	"bilan": false, "accompagnement": false, "job": false, "jobs": false, "boulot": false, "travail": false, "conseil": false}

package analysis

import (
	"time"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// Round 13C of issue 13 (tuning48): the operator beyond the status — a
// disability recognition held, asked for, refused, lapsed or only a way of
// speaking; young graduates and school leavers; ages said by a birthday or
// a birth place; contractuels and vacataires of private employers; places
// overseas named without a preposition and a meeting that is no island.
// Each rule names its source; where the text leaves a fact open, the fact
// stays unknown and the dialogue asks.

func init() {
	// « on m'a refusé l'AAH », « AAH refusée »: asked, not held (the
	// forms of the RQTH are notGranted's)
	askedBefore["refuse"] = true
	askedBefore["refusee"] = true
	// « pas de reconnaissance de handicap », « aucune reconnaissance de
	// travailleur handicapé »: the negation reaches the words of the
	// recognition through the noun (negated), as it does through « statut »
	negFillers["reconnaissance"] = true
	// « en alternance pendant mon master », « durant ma licence »: a degree
	// under way is not held (cep-domain.md §1.3 row 3: a young *graduate*;
	// a student in work is row 4)
	targetCues["pendant"] = true
	targetCues["durant"] = true
	// « ça fera 20 ans le 3 juillet que je suis chez Renault », « ça
	// faisait 10 ans que… »: a span of years, like « ça fait » (age.go)
	for _, w := range []string{"fera", "ferait", "faisait", "feront"} {
		durationBefore[w] = true
	}
}

// degreeUnderWay completes targetCues for a degree at h: « pendant mon
// master » told in the past (« pendant mon master j'ai travaillé chez
// McDo ») is a degree since finished, and « master en vue », « licence en
// cours » after the degree say it is aimed at, not held.
func (a *analyser) degreeUnderWay(h hit, cue int) (underWay, decided bool) {
	t := a.toks
	if cue >= 0 && (t[cue].s == "pendant" || t[cue].s == "durant") {
		c := t[h.start].clause
		if int(c) < len(a.sc.past) && a.sc.past[c] {
			return false, true
		}
	}
	if h.end+1 < len(t) && t[h.end].clause == t[h.start].clause && t[h.end].s == "en" &&
		(t[h.end+1].s == "vue" || t[h.end+1].s == "cours") {
		return true, true
	}
	return false, false
}

// round13cSpecs are the status and sector markers of round 13C.
var round13cSpecs = []patSpec{
	// the contrat de projet exists only in the public service (code général
	// de la fonction publique L332-24, loi 2019-828 art. 17): a public-law
	// contract, so an agent public (cep-domain.md §1.3 row 1)
	{p: "contrat|contrats|cdd de projet", k: kStatus, v: "agent_public", w: 4},
	// a private employer named with « privé(e) » after its kind and domain
	// (« école de commerce privée », « organisme de formation privé »): a
	// contractuel or vacataire there is under the code du travail (L1211-1:
	// private employers and their employees), not a public agent
	// (cep-domain.md §1.3 row 8)
	{p: "ecole|ecoles|institut|instituts|organisme|organismes|centre|centres|universite|universites de|d _ prive|privee|prives|privees", k: kSector, v: sectorPrivate, w: 5},
	{p: "organisme|organismes|centre|centres|institut|instituts|universite|universites prive|privee|prives|privees", k: kSector, v: sectorPrivate, w: 5},
	// « EHPAD associatif », « crèche associative », « foyer associatif »: an
	// establishment run by an association (loi du 1er juillet 1901), a
	// private-law employer whatever its public mission; a contractuel
	// there is under the code du travail (cep-domain.md §1.3 row 8)
	{p: "ehpad|etablissement|etablissements|structure|structures|creche|creches|centre|centres|foyer|foyers|ime|esat|college|lycee|ecole|residence|service|services|musee|theatre|cinema|club associatif|associative|associatifs|associatives", k: kSector, v: sectorPrivate, w: 5},
	// « mon congé de reclassement se termine dans trois semaines »: the
	// contract ends with the leave (code du travail L1233-72; congé de
	// mobilité: L1237-18-4), the imminent end of cep-domain.md §1.3 row 7,
	// like a CDD ending
	{p: "conge|conges de reclassement|mobilite se|s termine|finit|acheve", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "conge|conges de reclassement|mobilite prend|prendra fin", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fin de|du conge de reclassement|mobilite", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai fait deux CDD », « j'ai enchaîné les missions d'intérim »: the
	// contracts of a story told in the passé composé are over (a number of
	// years after « fait » is lexicon_round6.go's). One contract (« j'ai
	// fait un CDD, il se termine vendredi ») may be the running one: only
	// several are a story.
	{p: "ai|a|avons|avait fait|enchaine|enchainee|cumule|cumulee|multiplie des|les|deux|trois|quatre|cinq|plusieurs|quelques|mes cdd|contrats|missions|interims|interim|extras|saisons|remplacements|vacations", k: kPast},
	// « mi lé o chomaj »: Réunion creole for « je suis au chômage »
	// (R. Armand, Dictionnaire kréol rénioné / français, 1987, as the
	// creole words of lexicon_round6.go)
	{p: "o chomage|chomaj", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "chomaj", k: kStatus, v: "demandeur_emploi", w: 4},
	// « un taux d'incapacité de 80 % », « IPP de 15 % »: a rate of
	// disability set by the MDPH or, after a work accident, by the social
	// security; the beneficiaries of the obligation of employment include
	// both (code du travail L5212-13 2° and 11°)
	{p: "taux d incapacite|invalidite|ipp", k: kHandicap, v: "1"},
	// (round 17G: « une incapacité permanente de 14 % », without
	// « partielle », is the same rate of CSS L434-2)
	{p: "incapacite permanente partielle?", k: kHandicap, v: "1"},
	{p: "ipp de|a", k: kHandicap, v: "1"}, // (« IPP » alone may be a drug's name)
	// « ss emploi », « ss boulot »: « sans » typed on a phone (« ss »
	// before a word of work; « ss contrat » may be « sous contrat », as in
	// « privé ss contrat »)
	{p: "ss " + work + "|activite", k: kStatus, v: "demandeur_emploi", w: 5},
}

// mdphAuthority reports « MDPH » named as the body that decides or
// receives a request (« refusée par la MDPH », « partie à la MDPH »,
// « déposée auprès de la MDPH »): the recognition, if any, is told by the
// word it completes, not by the name of the body (code de l'action sociale
// L146-3: the MDPH instructs, the CDAPH decides).
func (a *analyser) mdphAuthority(h hit) bool {
	t := a.toks
	if t[h.start].s != "mdph" || h.start < 2 || t[h.start-1].s != "la" || t[h.start-1].clause != t[h.start].clause {
		return false
	}
	switch t[h.start-2].s {
	case "par":
		// « reconnue par la MDPH », « suivi par la MDPH »: the body's
		// decision or follow-up, which is a recognition
		return h.start < 3 || !grantedBy[t[h.start-3].s]
	case "a", "aupres":
		return true
	case "de":
		return h.start >= 3 && t[h.start-3].s == "aupres"
	}
	return false
}

var grantedBy = map[string]bool{"reconnu": true, "reconnue": true, "reconnus": true, "reconnues": true, "suivi": true,
	"suivie": true, "accompagne": true, "accompagnee": true, "accordee": true, "accorde": true, "attribuee": true,
	"attribue": true, "delivree": true, "delivre": true, "notifiee": true, "handicape": true, "handicapee": true}

// figurativeHandicap reports « handicap » said of a disadvantage, not of
// a disability: « je me sens handicapée par mon manque de diplômes »,
// « mon âge est un handicap », « ça me handicape ». A disability counts
// only when stated (cep-domain.md §1.3 labelling conventions).
func (a *analyser) figurativeHandicap(h hit) bool {
	t := a.toks
	w := t[h.start].s
	if w != "handicap" && w != "handicape" && w != "handicapee" {
		return false
	}
	c := t[h.start].clause
	// « je me sens handicapé », « je me sentais handicapée »
	for j := h.start - 1; j >= 0 && j >= h.start-2 && t[j].clause == c; j-- {
		switch t[j].s {
		case "sens", "sent", "sentais", "sentait", "sentir", "senti", "sentie":
			return true
		}
	}
	// « mon âge est un handicap », « c'est un vrai handicap pour trouver »
	if w == "handicap" && h.start >= 2 && t[h.start-1].s == "un" || w == "handicap" && h.start >= 3 && t[h.start-2].s == "un" && t[h.start-1].s == "vrai" {
		k := h.start - 2
		if t[h.start-1].s == "vrai" {
			k--
		}
		if t[k].clause == c && (t[k].s == "est" || t[k].s == "sont" || t[k].s == "etait") {
			return true
		}
	}
	// « handicapée par mon manque de diplômes, par mon âge »
	if w != "handicap" && h.end+2 < len(t) && t[h.end].s == "par" && t[h.end+2].clause == c {
		switch t[h.end+1].s {
		case "mon", "ma", "mes", "le", "la", "l", "un", "une":
			return disadvantages[t[h.end+2].s]
		}
	}
	return false
}

// disadvantages are what a visitor may say they are « handicapé(e) par »
// without any disability.
var disadvantages = map[string]bool{"manque": true, "age": true, "absence": true, "niveau": true, "accent": true,
	"timidite": true, "origine": true, "nom": true, "parcours": true, "cv": true, "diplome": true, "diplomes": true,
	"experience": true, "chomage": true, "situation": true, "anglais": true, "francais": true, "permis": true}

// lapsedLater reports a recognition held in the past and said to have
// lapsed in the next clause through a pronoun (« j'avais une RQTH il y a
// 10 ans, elle n'est plus valable », « j'ai eu la RQTH mais elle a
// expiré »): none now (code du travail R5213-1 s.: granted for a time).
func (a *analyser) lapsedLater(h hit) bool {
	t := a.toks
	if !recognitionWords[t[h.start].s] {
		return false
	}
	c := t[h.start].clause
	for j := h.end; j < len(t) && j <= h.end+10 && t[j].clause <= c+1; j++ {
		if t[j].clause != c+1 || t[j].s != "elle" && t[j].s != "celle" {
			continue
		}
		for k := j + 1; k < len(t) && k <= j+5 && t[k].clause == t[j].clause; k++ {
			switch t[k].s {
			case "valable", "valide":
				return t[k-1].s == "plus" || t[k-1].s == "pas"
			case "expire", "expiree", "perimee", "terminee", "finie", "echue", "caduque":
				return true
			case "renouvelee":
				return t[k-1].s == "pas" || t[k-1].s == "jamais" || notBeenRenewed(t, k)
			}
		}
		return false
	}
	return false
}

// birthdayPassed reports « j'ai eu 26 ans en mars », « elle vient d'avoir
// 26 ans »: a birthday gone by, so the age of now (the one to come is
// ageToCome's).
func (a *analyser) birthdayPassed(i int) bool {
	t := a.toks
	if _, passed := a.birthdayDated(i); passed {
		return true // « 26 ans le 3 mars »: the birthday of this year, gone by
	}
	if i < 2 || t[i-1].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "eu":
		switch t[i-2].s {
		case "ai", "a", "as", "avons", "ont":
			return true
		}
	case "mes", "ses":
		// « j'ai fêté mes 26 ans hier »
		return i >= 3 && (t[i-2].s == "fete" || t[i-2].s == "fetee") && feteAux(t[i-3].s)
	}
	switch t[i-1].s {
	case "avoir":
		if t[i-2].s != "d" && t[i-2].s != "de" || i < 3 {
			return false
		}
		switch t[i-3].s {
		case "viens", "vient", "venons", "viennent":
			return true
		}
	}
	return false
}

// bornPlaceThenYear returns the index of the « en » opening the year of
// birth after a place of birth (« né à Cayenne en 2003 », « née au Havre
// en 1990 »), j being the word after « né(e) »; 0 if none.
func (a *analyser) bornPlaceThenYear(j int) int {
	t := a.toks
	if j >= len(t) || t[j].s != "a" && t[j].s != "au" && t[j].s != "aux" {
		return 0
	}
	for k := j + 1; k < len(t) && k <= j+5 && t[k].clause == t[j].clause; k++ {
		if t[k].s == "en" && k+1 < len(t) && t[k+1].num && len(t[k+1].s) == 4 {
			return k
		}
	}
	return 0
}

// meetingNotIsland reports « la réunion » followed by what a meeting
// takes (« la réunion d'équipe », « la réunion avec mon chef », « la
// réunion de ce matin »): a meeting, not La Réunion (974).
func (a *analyser) meetingNotIsland(i, n int, k []byte) bool {
	t := a.toks
	if string(k) != "la reunion" && string(k) != "reunion" && !meetingShortKey(string(k)) || i+n >= len(t) || t[i+n].clause != t[i].clause || t[i+n-1].cap {
		return false
	}
	switch t[i+n].s {
	case "d", "de", "du", "avec", "sur", "hebdomadaire", "mensuelle", "annuelle", "collective", "syndicale", "prevue",
		"ce", "cette", "pour":
		return true
	}
	return false
}

// regionRightAfter picks, among the homonyms of a commune, the one of the
// region or département named right after it without a preposition, as
// phones type a list (« le lamentin martinique », « saint pierre
// reunion »): the name after confirms the commune even in lower case (Le
// Lamentin is in Martinique, Lamentin in Guadeloupe); -1 if none.
func (a *analyser) regionRightAfter(j int, homs []geo.Commune) int {
	t := a.toks
	if len(homs) == 0 || j <= 0 || j >= len(t) || t[j].clause != t[j-1].clause {
		return -1
	}
	return a.homonymOfDepAt(j, homs, false)
}

// researchNoun reports « recherche » as the complement of a noun
// (« ingénieur de recherche », « chargée de recherche », « centre de
// recherche »): a job or a place of research, not a search for work
// (« je recherche un CDD », « en recherche d'emploi » keep the wish).
func (a *analyser) researchNoun(m hit) bool {
	t := a.toks
	return t[m.start].s == "recherche" && m.start >= 2 && (t[m.start-1].s == "de" || t[m.start-1].s == "d") &&
		t[m.start-1].clause == t[m.start].clause && !t[m.start-2].num && t[m.start-2].s != "mois" && t[m.start-2].s != "ans" &&
		t[m.start-2].s != "semaines" && t[m.start-2].s != "annees"
}

// nowLater reports a later clause opened by « aujourd'hui »,
// « maintenant », « désormais » or « actuellement » that states another
// status (« Mon premier CDI, je l'ai eu à 22 ans. Aujourd'hui je suis au
// chômage »): what came before is a step of the story, the adverb says
// which status is the one of now. A status said with a verb of the present
// (« je suis en CDI ») is never set aside so (presentVerbBefore).
func (a *analyser) nowLater(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	if a.presentVerbBefore(h) && !a.movedBefore(h) && !a.movedByR18v(h) {
		return false
	}
	for j := h.end; j < len(t); j++ {
		switch t[j].s {
		case "aujourd", "maintenant", "desormais", "actuellement", "depuis":
		default:
			continue // (the words of the switch below, tried first: the test of the clause is dearer)
		}
		if t[j].clause == c || j > 0 && t[j-1].clause == t[j].clause && !(j > 1 && t[j-2].clause != t[j].clause && (t[j-1].s == "et" || t[j-1].s == "mais")) && !a.nowAfterBeR18v(j) {
			continue // (the adverb opens its clause, after « et » or « mais » at most)
		}
		switch t[j].s {
		case "aujourd", "maintenant", "desormais", "actuellement":
		case "depuis":
			// « Depuis, je suis inscrit à France Travail »: since then
			// (« depuis 3 ans je suis en CDI » is a span, not a turn)
			if j+1 < len(t) && (t[j+1].num || numberWords[t[j+1].s] != 0 || t[j+1].clause != t[j].clause && t[j].after != ',') {
				continue
			}
		default:
			continue
		}
		cc := t[j].clause
		if j+1 < len(t) && t[j+1].clause != cc {
			cc = t[j+1].clause // « Depuis, je suis au chômage »
		}
		if a.bothActivities(cc) {
			return false // « désormais je suis auto-entrepreneuse aussi »: one more, not another
		}
		for _, m := range a.sc.hits {
			// (a search alone, « aujourd'hui je cherche un emploi », does
			// not end a student's or an employee's status)
			if m.p.k == kStatus && t[m.start].clause == cc && m.start > j && m.p.v != h.p.v &&
				m.p.v != statusUndecided && !a.negated(m) && !a.searchWords(m) && !a.idleInPositionR18z(m) {
				return true
			}
		}
	}
	return false
}

// birthdayAhead is 1 when a date of birth between i and the year at y
// names a month (and day) still to come this year (« né le 20 décembre
// 2000 », « née en novembre 2000 », « né le 3/09/2000 »): the age is
// counted in years completed (« 25 ans révolus », cep-domain.md §1.2
// missions locales), one less than the difference of the years.
func (a *analyser) birthdayAhead(i, y int, now time.Time) int {
	t := a.toks
	month, day := 0, 0
	for j := i; j < y; j++ {
		if m := monthNumber[t[j].s]; m > 0 {
			month = m
			if j > i && t[j-1].num {
				day, _ = leadingInt(t[j-1].s)
			}
		}
	}
	if month == 0 && y-i >= 3 && t[y-1].num && t[y-2].num && (t[y-2].after == '/' || t[y-2].after == '.' || t[y-2].after == '-') {
		// « 20/12/2000 »
		month, _ = leadingInt(t[y-1].s)
		day, _ = leadingInt(t[y-2].s)
		if month < 1 || month > 12 {
			return 0
		}
	}
	switch {
	case month == 0:
		return 0 // the year alone: the difference of the years (labelling convention)
	case month > int(now.Month()), month == int(now.Month()) && day > now.Day():
		return 1
	}
	return 0
}

// monthNumber: lexicon_round13a.go.

// helpFor are the infinitives of a message written to help a relative
// (« je veux aider mon petit-fils de 20 ans qui est au chômage »,
// « comment accompagner ma fille ? »), like « c'est pour mon fils »
// (markForRelative): the relative's situation is the one to route on
// (cep-domain.md §4: relatives writing for someone).
var helpFor = map[string]bool{"aider": true, "accompagner": true, "orienter": true, "conseiller": true, "guider": true}

// nameCues announce a first name (« je m'appelle Nancy », « mon prénom
// est Lourdes »): the word after is no place.
var nameCues = map[string]bool{"appelle": true, "appelles": true, "appelons": true, "prenom": true, "prenomme": true,
	"prenommee": true, "surnomme": true, "surnommee": true}

// expiresLater reports « expire » in the present with a time to come
// after it (« ma RQTH expire le mois prochain », « expire en 2027 »,
// « expire dans trois mois », « expire bientôt »): the recognition is in
// force until then (unaccented, « expire » may also be « expiré »).
func (a *analyser) expiresLater(j int) bool {
	t := a.toks
	if t[j-1].s == "a" || t[j-1].s == "est" || t[j-1].s == "ete" {
		return false // « elle a expiré »
	}
	for k := j + 1; k < len(t) && k <= j+3 && t[k].clause == t[j].clause; k++ {
		switch s := t[k].s; {
		case s == "dans" || s == "bientot" || s == "prochain" || s == "prochaine" || s == "fin":
			return true
		case t[k].num:
			if v, n := leadingInt(s); n == 4 && v >= a.now.Year() {
				return true
			}
		case monthNumber[s] > 0:
			return true
		}
	}
	return false
}

// partySoon reports « je fête mes 26 ans samedi », « je vais fêter mes 26
// ans », « 26 ans bientôt », « 26 ans le 3 juillet »: a birthday to come,
// so the age of now is the one before (« je fête mes 26 ans aujourd'hui »
// is the age of now). « Je vais sur mes 26 ans » is left as said: writers
// read it either way.
func (a *analyser) partySoon(i int) bool {
	t := a.toks
	if soon, _ := a.birthdayDated(i); soon {
		return true
	}
	if i < 3 || t[i-1].s != "mes" || t[i-1].clause != t[i].clause {
		return false
	}
	switch {
	case t[i-2].s == "fete" && !feteAux(t[i-3].s),
		t[i-2].s == "feterai",
		t[i-2].s == "feter" && (t[i-3].s == "vais" || t[i-3].s == "va"):
	default:
		return false
	}
	for k := i + 1; k < len(t) && k <= i+4 && t[k].clause == t[i].clause; k++ {
		if t[k].s == "aujourd" || t[k].s == "hier" {
			return false
		}
	}
	return true
}

// bothActivities reports « aussi », « également », « en plus », « à côté »
// or « en parallèle » in clause c: an activity added to the first one.
func (a *analyser) bothActivities(c int32) bool {
	t := a.toks
	for k := range t {
		if t[k].clause != c {
			continue
		}
		switch t[k].s {
		case "aussi", "egalement":
			return true
		case "plus", "cote", "parallele", "complement":
			if k > 0 && (t[k-1].s == "en" || t[k-1].s == "a") {
				return true
			}
		}
	}
	return false
}

// markApposition marks as the relative's a clause without a subject set
// between two clauses about the same relative: « Mon mari a 50 ans, cadre
// dans l'industrie, il vient d'être licencié » describes the husband
// throughout, the middle clause is an apposition, not the writer's own
// status (which would set the husband's words aside, markRelatives).
func (a *analyser) markApposition() {
	t, sc := a.toks, a.sc
	start := -1 // first token of the current clause
	for i := 0; i < len(t); i++ {
		if i > 0 && t[i].clause == t[i-1].clause {
			continue
		}
		start = i
		if start == 0 || !sc.rel[start-1] {
			continue
		}
		end := start
		for end < len(t) && t[end].clause == t[start].clause {
			end++
		}
		if end >= len(t) || !sc.rel[end] || t[end].s != "il" && t[end].s != "elle" {
			continue
		}
		own := false
		for j := start; j < end; j++ {
			switch t[j].s {
			case "je", "j", "moi", "me", "m", "mon", "ma", "mes", "nous", "on", "il", "elle", "ils", "elles":
				own = true
			}
			if sc.rel[j] {
				own = true
			}
		}
		if own {
			continue
		}
		for j := start; j < end; j++ {
			sc.rel[j] = true
			sc.relNoun[j] = sc.relNoun[start-1]
		}
	}
}

// birthdayDated reads the date of this year's birthday said right after an
// age that opens its clause or follows « j'ai » (« 26 ans le 3 juillet »,
// « 26 ans en septembre », « 26 ans bientôt »): to come, the age of now is
// one less; gone by, it is the age of now. Elsewhere (« ça fera 20 ans le 3
// juillet que je suis ici ») a date after a number of years is an
// anniversary, not an age.
func (a *analyser) birthdayDated(i int) (soon, passed bool) {
	t := a.toks
	if !(i == 0 || t[i-1].clause != t[i].clause || i >= 2 && t[i-1].s == "ai" && t[i-2].s == "j") {
		return false, false
	}
	j := i + 1
	if !(len(t[i].s) > 2 && t[i].s[2:] == "ans") {
		if j >= len(t) || t[j].s != "ans" || t[j].clause != t[i].clause {
			return false, false
		}
		j++
	}
	if j >= len(t) || t[j].clause != t[i].clause {
		return false, false
	}
	month, day := 0, 0
	switch t[j].s {
	case "bientot":
		if j+1 < len(t) && t[j+1].num && t[j+1].clause == t[i].clause {
			// « 15 ans bientôt 16 » (round 15B): the age of now, then the
			// next one
			return false, false
		}
		return true, false
	case "en":
		if j+1 < len(t) {
			month = monthNumber[t[j+1].s]
		}
	case "le":
		if j+2 < len(t) && t[j+1].num {
			day, _ = leadingInt(t[j+1].s)
			month = monthNumber[t[j+2].s]
		}
	}
	now := a.now
	switch {
	case month == 0:
		return false, false
	case month > int(now.Month()) || month == int(now.Month()) && day > now.Day():
		return true, false
	case month == int(now.Month()) && day == 0:
		return false, false // « en juin », this month: before or after, asked
	}
	return false, true
}

// spanOfPastJob reports « N ans » right after a job told in the past in
// the same clause, with no word announcing an age (« j'ai été vendeuse chez
// Lidl 20 ans », « j'ai travaillé à la mairie 15 ans »): how long the job
// lasted, not the writer's age (« j'ai été licencié, 50 ans » has the age
// in a clause of its own).
func (a *analyser) spanOfPastJob(i int) bool {
	t := a.toks
	c := t[i].clause
	if int(c) >= len(a.sc.past) || !a.sc.past[c] || a.sc.present[c] || int(a.sc.pastFrom[c]) >= i || a.ageCue(i) {
		return false
	}
	for _, h := range a.sc.hits {
		// (a job or an employer; an event, « j'ai été licencié 50 ans », is
		// followed by the age in a list typed on a phone)
		if (h.p.k == kStatus && !h.p.event || h.p.k == kSector) && t[h.start].clause == c && h.end == i && h.start > int(a.sc.pastFrom[c]) {
			return true
		}
	}
	return false
}

// movedBefore reports « je suis parti faire une licence en alternance »,
// « je suis entrée chez Lidl »: « suis » is there the auxiliary of a verb
// of movement in the passé composé, not a present (presentVerbBefore).
func (a *analyser) movedBefore(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j > 0 && t[j].clause == c; j-- {
		if t[j-1].s == "suis" || t[j-1].s == "sommes" {
			switch t[j].s {
			case "parti", "partie", "partis", "alle", "allee", "alles", "entre", "entree", "arrive", "arrivee", "venu",
				"venue", "revenu", "revenue", "retourne", "retournee", "devenu", "devenue":
				return true
			}
		}
	}
	return false
}

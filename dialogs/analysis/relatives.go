package analysis

// A message often speaks of a relative before the writer: « Mon mari est
// militaire, moi je suis caissière en CDI ». The relative's status is not
// the writer's, unless the whole message is written for the relative
// (« c'est pour mon fils, il est au chômage »): then it is the status to
// route on (cep-domain.md §4: parents writing for a child).

// relativeNouns follow a possessive (« mon mari », « ma sœur »).
var relativeNouns = map[string]bool{"mari": true, "femme": true, "epoux": true, "epouse": true, "conjoint": true, "conjointe": true,
	"compagnon": true, "compagne": true, "copain": true, "copine": true, "soeur": true, "frere": true, "pere": true, "mere": true,
	"fils": true, "fille": true, "parents": true, "enfants": true, "enfant": true, "tante": true, "oncle": true, "neveu": true,
	"niece": true, "cousin": true, "cousine": true, "ami": true, "amie": true, "papa": true, "maman": true, "beau": true, "belle": true,
	"concubin": true, "concubine": true, "partenaire": true, "fiance": true, "fiancee": true,
	// round 8: « mon garçon », « mon gendre », « ma bru », « mon grand-père »
	"garcon": true, "fiston": true, "gendre": true, "bru": true, "grand": true, "mamie": true, "papi": true, "parrain": true,
	"marraine": true, "filles": true, "freres": true, "soeurs": true, "garcons": true, "neveux": true, "nieces": true,
	"cousins": true, "cousines": true,
	"aine": true, "ainee": true, "cadet": true, "cadette": true, "benjamin": true, "benjamine": true,
	// everyday words for partners, friends and neighbours (round 6)
	"pote": true, "potes": true, "voisin": true, "voisine": true, "voisins": true, "ex": true, "homme": true, "cheri": true,
	"cherie": true, "meilleur": true, "meilleure": true, "gamin": true, "gamine": true, "gosse": true, "gosses": true, "coloc": true,
	"colocataire": true, "filleul": true, "filleule": true, "moitie": true, "amis": true, "amies": true,
	// people of the workplace: « mon chef est cadre, moi je suis ouvrier »
	"collegue": true, "collegues": true, "chef": true, "cheffe": true, "patron": true, "patronne": true, "manager": true,
	"boss": true, "clients": true, "client": true, "cliente": true, "clientes": true, "superieur": true, "superieure": true,
	"n": true} // « mon N+1 »

// markRelatives marks in sc.rel the words that speak of a relative: from
// « mon|ma|mes <relative> » to the end of the clause or to the first word
// of the writer (« je », « j' », « moi »).
func (a *analyser) markRelatives() {
	sc := a.sc
	sc.rel = growBools(sc.rel, len(a.toks))
	if cap(sc.relNoun) < len(a.toks) {
		sc.relNoun = make([]int32, len(a.toks))
	}
	sc.relNoun = sc.relNoun[:len(a.toks)]
	any := false
	for i := 0; i+1 < len(a.toks); i++ {
		k := 0
		if s, n := a.thirdPersonR18r(i); s >= 0 {
			// round 18R: « une de nos salariées », « mon usager », « Mme
			// D. »: a person written about who is no relative, read as
			// one (lexicon_round18r.go)
			i, k = s, n
			goto span
		}
		if s, n := a.bareSpouseR18t(i); s >= 0 {
			// round 18T: « Mari dans la gendarmerie, moi… » (lexicon_round18t.go)
			i, k = s, n
			goto span
		}
		switch a.toks[i].s {
		case "mon", "ma", "mes":
		case "notre", "nos":
			// « notre fils a 23 ans »: parents writing together name their
			// child with the possessive of the plural (round 17i)
			if !childNouns[a.toks[i+1].s] && a.toks[i+1].s != "enfants" {
				continue
			}
		case "son", "sa", "ses":
			// « j'écris pour mon fils… Son père est gendarme »: the relative
			// of someone else, never the writer (round 16B)
			if !kinOfOther[a.toks[i+1].s] {
				continue
			}
		case "un", "une":
			// « une amie qui est au chômage », « un ami fonctionnaire qui… »
			if !a.someoneWho(i+1) && !a.someoneToldMeR26c(i+1) { // round 26C: « un ami au chômage m'a conseillé »
				continue
			}
		default:
			continue
		}
		k = i + 1
		if k+1 < len(a.toks) && (a.toks[k].num || numberWords[a.toks[k].s] != 0) {
			k++ // « mes deux fils », « mes 3 enfants »
		}
		if k+1 < len(a.toks) && (a.toks[k].s == "petit" || a.toks[k].s == "petite" || a.toks[k].s == "petits" || a.toks[k].s == "petites") &&
			relativeNouns[a.toks[k+1].s] {
			k++ // « mon petit-fils », « ma petite amie »
		}
		k = a.workPersonAfterAdjR24b(k) // « mon ancien patron » (round 24B)
		if !relativeNouns[a.toks[k].s] {
			continue
		}
		if a.toks[k].s == "ex" && k+1 < len(a.toks) && exWork[a.toks[k+1].s] {
			continue // « mon ex-employeur », « mon ex-poste »: the writer's former job
		}
	span:
		c := a.toks[i].clause
		for j := i; j < len(a.toks) && (a.toks[j].clause == c || a.asideGoesOn(j, c)); j++ {
			c = a.toks[j].clause
			switch a.toks[j].s {
			case "je", "j", "moi":
				if a.toks[j].s == "moi" && j > 0 && objectOf[a.toks[j-1].s] {
					break // « mon fils travaille avec moi comme salarié »
				}
				i = j
				goto next
			case "on", "nous":
				if a.withRelativeWe(i) { // « avec mon compagnon on a repris… » (round 17C)
					i = j
					goto next
				}
			case "m", "me":
				if a.firedMeR20b(j, k) { // « mon patron m'a virée hier » (round 20B)
					i = j
					goto next
				}
			}
			sc.rel[j] = true
			sc.relNoun[j] = int32(k)
			any = true
		}
	next:
	}
	if a.markSpouseOf() { // « femme de militaire » (round 18D)
		any = true
	}
	// « Elle est au chômage, moi je suis en CDI »: a clause whose subject
	// is another person (il, elle, lui, ils, elles) before the writer's
	// « je » or « moi »
	for i := 0; i+1 < len(a.toks); i++ {
		c := a.toks[i].clause
		if i > 0 && a.toks[i-1].clause == c {
			continue // not the start of a clause
		}
		switch a.toks[i].s {
		case "il", "elle", "lui", "ils", "elles":
		case "son", "sa", "ses":
			// « mon copain est soldat, son contrat finit dans 10 mois »: the
			// job of a third person, as « il » opening the clause (round 17G)
			switch a.toks[i+1].s {
			case "contrat", "cdd", "cdi", "poste", "job", "boulot", "travail", "engagement", "apprentissage", "alternance":
			default:
				continue // (« son employeur l'a licencié »: the employer is the subject)
			}
		case "l":
			// « j'ai deux filles, l'une est au chômage, l'autre étudiante »
			if n := a.toks[i+1].s; n != "un" && n != "une" && n != "autre" {
				continue
			}
		default:
			continue
		}
		if a.toks[i].s == "il" && i+1 < len(a.toks) && impersonal[a.toks[i+1].s] {
			continue // « il y a plus de boulot pour moi », « il me faut un emploi »
		}
		if a.endsHere(i + 1) {
			continue // « …, il se termine dans 15 jours »: the contract, not a person
		}
		for j := i; j < len(a.toks) && a.toks[j].clause == c; j++ {
			if s := a.toks[j].s; s == "je" || s == "j" || s == "moi" {
				break
			}
			if !sc.rel[j] {
				sc.relNoun[j] = -1
			}
			sc.rel[j] = true
			any = true
		}
	}
	a.markApposition()
	a.markAppositionR26c()        // round 26C: « Mon frère, 33 ans, intérimaire, m'a parlé du CEP »
	a.markOpeningAppositionR18x() // « Cadre dans la vente, elle… » (round 18X)
	a.skipRel = false
	if !any {
		return
	}
	// « mon père est au chômage, moi j'ai 19 ans »: a « moi » outside the
	// relative's words sets the writer apart, with or without a status
	for j := range a.toks {
		if a.toks[j].s == "moi" && !sc.rel[j] && j > 0 && sc.rel[j-1] && !sameAsRelative(a.toks, j+1) && !a.onlyHome(j+1) &&
			a.toks[j-1].s != "comme" { // « il habite à Montbéliard comme moi » (round 15A): a likeness, no status of the writer's
			a.skipRel = true
			return
		}
	}
	// the relative's words are set aside only when the writer states a
	// status of their own elsewhere
	// (an occupation of both sectors is a status of one's own too: « je
	// suis aide-soignante mon mari est militaire »)
	// « je travaille au Conseil d'État, ma fille est au chômage »: the
	// writer speaks of a job of their own, whatever its words
	for j := 0; j+1 < len(a.toks); j++ {
		if s := a.toks[j].s; (s == "je" || s == "j") && !sc.rel[j] {
			switch a.toks[j+1].s {
			case "bosse", "travaille", "taffe", "taf":
				if j+2 >= len(a.toks) || a.toks[j+2].s != "plus" {
					a.skipRel = true
					return
				}
			}
		}
	}
	// (an employer named outright is the writer's too: « mon mari est
	// fonctionnaire, je bosse à la SNCF comme contrôleur »)
	for _, h := range sc.hits {
		if (h.p.k == kStatus || h.p.k == kSector && h.p.w >= 4 && h.p.v != sectorNeutral && !a.notEmployerR18x(h)) && !sc.rel[h.start] && !a.negated(h) && !a.others(h) &&
			(h.p.event || !a.pastClause(h) && !a.wished(h)) {
			a.skipRel = true
			return
		}
	}
}

// asideGoesOn reports a clause at j that continues the relative's words
// of clause c across brackets: « ma mère (59 ans) a perdu son emploi »
// speaks of the mother in and after the brackets.
func (a *analyser) asideGoesOn(j int, c int32) bool {
	if j == 0 || a.toks[j].clause != c+1 {
		return false
	}
	if a.relativeWhoR19c(j) {
		return true // « ma femme, qui est salariée à la mairie, … » (round 19C)
	}
	switch a.toks[j-1].after {
	case '(':
		return true // into the brackets
	case ')':
		// out of them, when they were opened in the relative's words
		for k := j - 1; k > 0 && a.toks[k].clause == c; k-- {
			if a.toks[k-1].after == '(' {
				return a.sc.rel[k-1]
			}
		}
	}
	return false
}

var exWork = map[string]bool{"employeur": true, "employeuse": true, "patron": true, "patronne": true, "boite": true, "entreprise": true,
	"poste": true, "job": true, "travail": true, "boulot": true, "taf": true, "contrat": true, "cdi": true, "cdd": true, "societe": true,
	"metier": true, "chef": true, "manager": true, "service": true, "employe": true, "employee": true, "salarie": true, "salariee": true,
	"collegue": true, "collegues": true, "mari": false}

// someoneWho reports a friend or neighbour at i followed within three words
// by « qui »: « une amie qui est au chômage », « un ami fonctionnaire qui ».
func (a *analyser) someoneWho(i int) bool {
	if i >= len(a.toks) {
		return false
	}
	switch a.toks[i].s {
	case "ami", "amie", "copain", "copine", "pote", "voisin", "voisine", "collegue", "cousin", "cousine":
	default:
		return false
	}
	for j := i + 1; j < len(a.toks) && j <= i+3 && a.toks[j].clause == a.toks[i].clause; j++ {
		if a.toks[j].s == "qui" {
			return true
		}
	}
	return false
}

// impersonal verbs and pronouns after « il » make an impersonal phrase,
// not another person: « il y a », « il n'y a », « il faut », « il me reste ».
var impersonal = map[string]bool{"y": true, "n": true, "faut": true, "fallait": true, "faudrait": true, "me": true, "m": true,
	"reste": true, "manque": true, "parait": true, "semble": true, "est": false}

// ofRelative reports a hit about a relative that does not describe the
// writer (see markRelatives), or, in a message written for a relative, a
// hit of the writer's own clauses (see markForRelative).
func (a *analyser) ofRelative(h hit) bool {
	if a.forRel {
		return !a.sc.rel[h.start] && a.sc.writer[a.toks[h.start].clause] || a.ofAnotherRelative(h.start)
	}
	return a.skipRel && a.sc.rel[h.start]
}

// markForRelative sets forRel when the writer says the message is for a
// relative (« c'est pour mon fils », « je vous écris pour ma fille », « je
// demande pour ma voisine », « c'est pour lui ») and not for themselves
// (« c'est pour moi »): the labels then describe that relative
// (cep-domain.md §4, parents writing for a child), and what the writer
// says of their own job, age or health is set aside. It marks in
// sc.writer the clauses where the writer speaks of themselves.
func (a *analyser) markForRelative() {
	a.forRel = false
	a.forNoun = ""
	a.forPos = 0
	found := false
	toks := a.toks
	n := 0
	if len(toks) > 0 {
		n = int(toks[len(toks)-1].clause) + 1
	}
	a.sc.writer = growBools(a.sc.writer, n)
	for j, t := range toks {
		if (t.s == "je" || t.s == "j" || t.s == "moi" && (j == 0 || !objectOf[toks[j-1].s])) && !a.sc.rel[j] {
			a.sc.writer[t.clause] = true
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		help := helpForFilter.may(toks[i].s) && helpFor[toks[i].s]
		if help && a.helpedPronoun(i) {
			// « comment l'aider à trouver un emploi ? » (round 14A)
			found = true
			a.forPos = i
			continue
		}
		if (toks[i].s != "pour" || !a.askedFor(i)) && !help && !a.onBehalf(i) && !a.forWhomR22f(i) { // round 22F
			continue
		}
		n := toks[i+1].s
		if n == "moi" || n == "nous" {
			a.forNoun = ""
			return // « c'est pour moi »
		}
		if n == "lui" || n == "elle" || familyCallNames[n] {
			// (« c'est pour papa »: the family's name for a parent, without
			// the possessive, round 17i)
			found = true
			a.forPos = i
			continue
		}
		if i+2 >= len(toks) {
			continue
		}
		if (n == "la" || n == "le" || n == "l") && birthOrder[toks[i+2].s] {
			// « je vous écris pour la cadette »
			found = true
			a.forNoun = toks[i+2].s
			a.forPos = i
			continue
		}
		if s, _ := a.thirdPersonR18r(i + 1); s >= 0 {
			// « j'écris pour la personne que j'accompagne », « pour une
			// amie » (round 18R, lexicon_round18r.go)
			found = true
			a.forPos = i
			continue
		}
		if n != "mon" && n != "ma" && n != "mes" {
			continue
		}
		k := i + 2
		if k+1 < len(toks) && (toks[k].s == "petit" || toks[k].s == "petite") {
			k++
		}
		if relativeNouns[toks[k].s] && !workPeople[toks[k].s] {
			found = true
			a.forPos = i
			a.forNoun = toks[k].s
			if k+2 < len(toks) && toks[k+1].s == "et" && (toks[k+2].s == "mon" || toks[k+2].s == "ma" || toks[k+2].s == "mes") {
				a.forNoun = "" // « pour ma nièce et mon neveu »: both
			}
		}
	}
	if !found && a.description {
		// A description the dialogue knows is written for someone
		// (intent.Proxy): « je suis DRH d'une mairie, un agent de mon
		// service… » — the writer's own status, however firm, is theirs,
		// and what comes after the person is named is the person's
		// (issue 13, proxypro).
		if s := a.firstThirdR18r(); s >= 0 {
			found = true
			a.forPos = s
		}
	}
	found = found || a.aboutThirdR18r()                                                                           // « une de nos salariées… » (round 18R)
	if !found && !a.helpedLast() && !a.retiredWriterForRelative() && !a.childTopic() && !a.apposedSubjectR21y() { // round 21Y
		return
	}
	// only when the relative's situation is told in the third person:
	// the dialogue rewrites a relative's answers in the first person
	// (« il cherche du travail » → « je cherche du travail »), and then
	// the first person is the relative's
	told := false
	for _, h := range a.sc.hits {
		if a.sc.rel[h.start] && (h.p.k == kStatus || h.p.k == kSector || h.p.k == kHandicap || h.p.k == kDiplome) {
			told = true
			break
		}
	}
	for j := 1; j < len(toks) && !told; j++ {
		// a clause opened by « il » or « elle » about the relative
		told = a.sc.rel[j] && toks[j-1].clause != toks[j].clause && (toks[j].s == "il" || toks[j].s == "elle")
	}
	if !told {
		told = a.appositionOfRelative() || a.leftSchoolOfRelative() || a.relativeAgeApposR21a() // round 21A
	}
	if a.description && found {
		a.rewrittenAfterFor()
		told = true // untold, the relative's facts stay unknown: asked
	}
	if !told && !(found && a.untoldForR22f()) { // round 22F
		a.forNoun = ""
		return
	}
	a.forRel = true
	a.skipRel = false
	a.writerApposR22f() // round 22F
	a.writerApposR22q() // round 22Q
}

// rewrittenAfterFor takes back from the writer, in a description (see
// AnalyseDescription), the clauses in the first person after the one that
// says for whom it is written: the dialogue rewrote the relative's third
// person there (« j'écris pour mon fils, il a 23 ans » is read « …, j'ai
// 23 ans »). What comes before is the writer's own (« je suis
// fonctionnaire, j'écris pour mon fils »), and so is a clause of « moi »
// (a contrast the dialogue never writes).
func (a *analyser) rewrittenAfterFor() {
	c := a.toks[a.forPos].clause
	for j := a.forPos + 1; j < len(a.toks); j++ {
		if k := a.toks[j].clause; k > c && a.sc.writer[k] && !a.moiIn(k) {
			a.sc.writer[k] = false
		}
	}
}

// moiIn reports the writer's « moi » as a subject in clause k.
func (a *analyser) moiIn(k int32) bool {
	for j, t := range a.toks {
		if t.clause == k && t.s == "moi" && (j == 0 || !objectOf[a.toks[j-1].s]) {
			return true
		}
	}
	return false
}

// birthOrder are the relative nouns said with an article among siblings:
// « l'aîné », « la cadette ».
var birthOrder = map[string]bool{"aine": true, "ainee": true, "cadet": true, "cadette": true, "benjamin": true, "benjamine": true}

// groupNouns speak of several people, the one written for among them
// (« mes enfants … pour la cadette »).
var groupNouns = map[string]bool{"enfants": true, "parents": true, "gosses": true, "potes": true, "amis": true, "amies": true,
	"voisins": true, "collegues": true, "clients": true, "clientes": true, "beau": true, "belle": true, "filles": true, "freres": true,
	"soeurs": true, "garcons": true, "neveux": true, "nieces": true, "cousins": true, "cousines": true}

// anotherRelative reports a relative's noun that is not the one the
// message is written for (« mon fils de 18 ans est apprenti et ma fille de
// 21 ans au chômage, j'écris pour ma fille »: « fils »).
func (a *analyser) anotherRelative(noun string) bool {
	return a.forNoun != "" && noun != a.forNoun && relativeNouns[noun] && !groupNouns[noun] && !groupNouns[a.forNoun]
}

// ofAnotherRelative reports a word at j about a relative other than the
// one the message is written for.
func (a *analyser) ofAnotherRelative(j int) bool {
	if a.forNoun == "" || !a.sc.rel[j] || a.sc.relNoun[j] < 0 {
		return false
	}
	k := a.sc.relNoun[j]
	if k > 0 && (a.toks[k-1].s == "mes" || a.toks[k-1].num || numberWords[a.toks[k-1].s] != 0) {
		return false // « mes fils », « mes deux filles »: the one written for among them
	}
	return a.anotherRelative(a.toks[k].s)
}

// askedFor reports « pour » at i after a verb of writing or asking, or
// « c'est », in its clause: « je vous écris pour… », « c'est pour… ».
func (a *analyser) askedFor(i int) bool {
	c := a.toks[i].clause
	for j := i - 1; j >= 0 && j >= i-4 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "est", "c", "ecris", "ecrit", "demande", "contacte", "message", "plume", "renseigne", "renseigner", "appelle",
			"viens", "permets", "renseignements", "question", "informations", "aide", "conseil", "cherche":
			return true
		}
	}
	return false
}

// workPeople are relatives of the workplace: a message is not written for
// them (« je travaille pour mon patron »).
var workPeople = map[string]bool{"collegue": true, "collegues": true, "chef": true, "cheffe": true, "patron": true, "patronne": true,
	"manager": true, "boss": true, "clients": true, "client": true, "cliente": true, "clientes": true, "superieur": true,
	"superieure": true, "n": true, "enfants": true, "parents": true}

// sameAsRelative reports « moi aussi », « moi pareil », « moi non plus »
// at i-1: the writer shares the relative's situation.
func sameAsRelative(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].s {
	case "aussi", "pareil", "egalement", "idem", "de", "itou":
		return true
	case "non":
		// « moi non plus » shares a denial; « moi non » denies what the
		// relative has (« mon fils a une RQTH, moi non »)
		return i+1 < len(toks) && toks[i+1].s == "plus"
	}
	return false
}

// onlyHome reports « je vis à Paris », « j'habite Lyon » at i, after the
// writer's « moi », with no status in the clause: the writer sets their
// home apart from the relative's (« ma mère a perdu son emploi, elle
// habite Soissons, moi je vis à Paris »), not their situation.
func (a *analyser) onlyHome(i int) bool {
	if i+1 >= len(a.toks) || a.toks[i].s != "je" && a.toks[i].s != "j" {
		return false
	}
	switch a.toks[i+1].s {
	case "vis", "habite", "reside", "demeure":
	default:
		return false
	}
	c := a.toks[i].clause
	for _, h := range a.sc.hits {
		if a.toks[h.start].clause == c && (h.p.k == kStatus || h.p.k == kSector) {
			return false
		}
	}
	return true
}

// objectOf are the prepositions after which « moi » is no subject: « mon
// fils travaille avec moi », « ma mère vit chez moi ».
var objectOf = map[string]bool{"avec": true, "chez": true, "pour": true, "que": true, "comme": true, "sans": true, "a": true, "de": true}

// endsHere reports a verb of ending at i, after « il » or « elle » (« il
// se termine », « elle finit le 30 »): the pronoun stands for a contract.
func (a *analyser) endsHere(i int) bool {
	if i+1 >= len(a.toks) {
		return false
	}
	switch a.toks[i].s {
	case "se", "s":
		switch a.toks[i+1].s {
		case "termine", "terminera", "finit", "finira", "acheve", "achevera", "arrete", "arretera":
			return true
		}
	case "prend", "prendra":
		return a.toks[i+1].s == "fin"
	case "expire", "expirera":
		return true
	}
	return false
}

// relativeIsSubject reports a message about a relative with no status of
// the writer's own (« ma mère a perdu son emploi, elle habite Soissons, moi
// je vis à Paris »): the relative's facts are the ones to route on.
func (a *analyser) relativeIsSubject() bool {
	if a.forRel {
		return true
	}
	if a.skipRel {
		return false
	}
	for _, h := range a.sc.hits {
		if h.p.k == kStatus && a.sc.rel[h.start] && !a.negated(h) {
			return true
		}
	}
	return false
}

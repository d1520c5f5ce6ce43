package analysis

import "strings"

// Round 9 of issue 13 (tuning36–37): employers that settle the sector
// (the métropoles, a temp agency, a department's children's home, a
// professional's practice), cleaners with several employers, school
// leavers typing on a phone, and the grammar of a story told in steps
// (« militaire pendant 15 ans, reconverti en… », « un CDI, que j'ai
// quitté… »).

// metropoles are the 22 métropoles by their usual names, with the city
// first (« Bordeaux Métropole », « Nantes Métropole »): EPCI or, for Lyon,
// a collectivité à statut particulier (CGCT L5217-1 for the métropoles of
// droit commun, L5218-1 Aix-Marseille-Provence, L5219-1 Grand Paris,
// L3611-1 Lyon), all territorial employers (CGFP art. L4).
const metropoleCities = "bordeaux|nantes|toulouse|rennes|brest|grenoble|montpellier|orleans|tours|dijon|metz|nancy|rouen|nice|toulon|lille|strasbourg|lyon|marseille|clermont|paris|etienne"

// metropoleSpecs name the métropoles with their cities' names. They are
// compiled apart from the vocabulary (buildLexicon): a city's name made a
// known word would no longer be read as a place (« 36 ans tours »).
var metropoleSpecs = []employerSpec{
	// « Bordeaux Métropole », « Grenoble-Alpes Métropole », « Métropole de
	// Lyon », « Eurométropole de Strasbourg », « Métropole européenne de
	// Lille » (MEL), « Montpellier Méditerranée Métropole »,
	// « Clermont Auvergne Métropole », « Saint-Étienne Métropole »
	{p: metropoleCities + " metropole; grenoble alpes metropole; montpellier mediterranee metropole; clermont auvergne metropole; toulon provence mediterranee",
		sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	{p: "metropole aix|nice|rouen|toulon|europeenne",
		sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	// former or short names still in use: « le Grand Lyon » (the
	// communauté urbaine that became the Métropole de Lyon in 2015), « la
	// CUB » (communauté urbaine de Bordeaux, Bordeaux Métropole since
	// 2015), « le Grand Nancy », « Grand Reims », « Grand Poitiers »,
	// « Grand Besançon » (communautés urbaines or métropoles); after a
	// preposition, for « le Grand Est » is a région and a place
	{p: "au|a|pour|chez le? grand lyon|nancy|reims|poitiers|besancon; a|pour|chez la cub",
		sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "metropole de|d|du lyon|rouen|nice|grand|aix|toulon|lille|strasbourg|bordeaux|nantes|montpellier|grenoble|metz|tours|orleans|dijon|brest|rennes|toulouse; metropole europeenne de lille; eurometropole|eurometropoles",
		sector: sectorPublic, branch: BranchTerritoriale, w: 5},
}

// metropolePatSpecs turns metropoleSpecs into patterns, as sectorPatSpecs
// does for the other employers.
func metropolePatSpecs() []patSpec {
	var out []patSpec
	for _, e := range metropoleSpecs {
		for _, p := range strings.Split(e.p, ";") {
			out = append(out, patSpec{p: p, k: kSector, v: e.sector, w: e.w, event: e.person},
				patSpec{p: p, k: kBranch, v: e.branch, w: e.w})
		}
	}
	return out
}

// round9PatSpecs are the patterns of round 9: the status words and the
// employers. Their words are known words (not misspellings to correct)
// but no targets of the typo correction: a new target draws the misspelt
// or unknown words near it (« Sables » would become « stables »).
func round9PatSpecs() []patSpec {
	out := append([]patSpec(nil), round9StatusSpecs...)
	for _, e := range round9EmployerSpecs {
		for _, p := range strings.Split(e.p, ";") {
			out = append(out, patSpec{p: p, k: kSector, v: e.sector, w: e.w, event: e.person})
			if e.branch != "" {
				out = append(out, patSpec{p: p, k: kBranch, v: e.branch, w: e.w})
			}
		}
	}
	return out
}

// addKnown adds the words of specs to known.
func addKnown(known map[string]struct{}, specs []patSpec) {
	for _, sp := range specs {
		for _, e := range strings.Fields(sp.p) {
			for _, w := range strings.Split(strings.TrimSuffix(e, "?"), "|") {
				if w != "_" {
					known[w] = struct{}{}
				}
			}
		}
	}
}

// round9EmployerSpecs are the employers and workplaces of round 9 (the
// syntax and weights of employers.go).
var round9EmployerSpecs = []employerSpec{
	// « agent à la Métropole »: as a workplace, weighed like « à la ville
	// de » (employers.go); « en métropole » (mainland France) is no employer
	{p: "a|chez la metropole", sector: sectorPublic, branch: BranchTerritoriale, w: 3},
	// a temp worker's employer is the agency, whatever the workplace: the
	// contrat de mission binds the worker to the entreprise de travail
	// temporaire (code du travail L1251-1), a private-law contract
	{p: "interimaire|interimaires; en|d interim; agence|agences|boite d interim", sector: sectorPrivate, w: 5, person: true},
	// foyers départementaux de l'enfance are public social establishments
	// of the département or services of it (CASF L315-9, L221-2)
	{p: "foyer|foyers departemental|departementaux; foyer|foyers de l enfance", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	// an apprentice's contract is a private-law contract even with a
	// public employer (loi 92-675 of 17 July 1992 on apprenticeship in the
	// public sector, art. 20; service-public.fr « Apprentissage dans la
	// fonction publique »); a public employer's « alternance » is an
	// apprenticeship, the contrat de professionnalisation being closed to
	// it (code du travail L6325-1)
	{p: "apprenti|apprentie|apprentis|apprenties; en apprentissage|alternance", sector: sectorPrivate, w: 5, person: true},
	// « par l'entreprise Onet », « via une société »: the employer named
	// outright (as « payée par une entreprise », lexicon_round7.go)
	{p: "par|via une|l? entreprise|societe|boite|prestataire", sector: sectorPrivate, w: 5},
	{p: "pour|par une|un entreprise|societe|boite|prestataire prive|privee", sector: sectorPrivate, w: 5},
	// cleaning and facility companies (their own sites: private companies)
	{p: "onet|samsic|isor|derichebourg|atalian|gsf|armonia|challancin", sector: sectorPrivate, w: 4},
	// a liberal professional's practice employs under private law (the
	// practitioner is an employer like any other: code du travail L1111-1)
	{p: "cabinet|cabinets de|d|du? dentiste|dentaire|medecin|medical|medecins|avocat|avocats|notaire|notaires|comptable|architecte|architectes|kine|radiologie",
		sector: sectorPrivate, w: 4},
}

// round9StatusSpecs are the status words and markers of round 9.
var round9StatusSpecs = []patSpec{
	// « au foyer départemental de l'enfance », « au foyer éducatif »: a
	// workplace of social care, not a parent at home (lexicon.go « au foyer »)
	// (« mère au foyer de trois enfants » stays at home)
	{p: "au foyer departemental|departementaux|educatif|educatifs|medicalise|occupationnel|logement|hebergement|jeunes", k: kNone},
	{p: "au foyer de|d l? enfance|vie|accueil|hebergement|jeunes", k: kNone},
	// « service RSA », « référente RSA », « j'accompagne des bénéficiaires
	// du RSA »: the RSA as a field of work, not the writer's allowance
	{p: "service|services|pole|cellule|dispositif|referent|referente|referents|instructeur|instructrice|beneficiaires|allocataires|insertion|accompagnement du|des? rsa", k: kNone},
	// « ménage dans un cabinet dentiste », « chez un docteur »: the
	// employer's trade, not the writer's (see round9EmployerSpecs)
	{p: "cabinet|chez de|d|du|un|une|le|la? dentiste|medecin|docteur|avocat|avocats|notaire|kine|kinesitherapeute|architecte|osteopathe|orthophoniste|veterinaire|pharmacien|pharmacienne", k: kNone},
	// « pas de contrat fixe »: a precarious job, not no job
	{p: "pas de|d contrat|contrats fixe|fixes|stable|stables|long|durable|regulier", k: kNone},
	// several employers at once, the usual case of home and office
	// cleaners and carers: a private employee of each (particulier
	// employeur, code du travail L7221-1; salariés multi-employeurs)
	{p: "2|3|4|5|deux|trois|quatre|cinq|plusieurs employeurs|employeur|patrons|patron|patronnes|familles|famille|particuliers|particulier", k: kStatus, v: "salarie_prive", w: 4},
	{p: "chez|pour 2|3|4|5|deux|trois|quatre|cinq|plusieurs dames|dame|personnes|employeurs|patrons", k: kStatus, v: "salarie_prive", w: 4},
	{p: "pour 2|3|4|5|deux|trois|quatre|cinq|plusieurs societes|entreprises|boites de|d nettoyage|proprete", k: kStatus, v: "salarie_prive", w: 4},
	// « il fait le ménage pour trois entreprises », « mes employeurs sont
	// trois personnes âgées »: several employers said otherwise (a self-
	// employed cleaner speaks of clients)
	{p: "menage|menages|nettoyage pour|chez|dans 2|3|4|5|deux|trois|quatre|cinq|plusieurs entreprises|societes|boites|bureaux", k: kStatus, v: "salarie_prive", w: 4},
	{p: "mes employeurs|patrons|patronnes", k: kStatus, v: "salarie_prive", w: 3},
	// « j'ai stoppé la fac », « j'ai plaqué le lycée »: the school words
	// of lexicon.go, other verbs
	{p: "stoppe|stopper|plaque|plaquer|lache|lacher le|l|la|les|mes lycee|ecole|fac|college|etudes|cours|bahut", k: kNone},
	// school left, told without the verbs of lexicon.go: « déscolarisé »,
	// « je vais plus en cours », « pas retourné au lycée »
	{p: "descolarise|descolarisee", k: kNone},
	// « sortie du lycée sans bac »: out of school, no enrolled pupil
	// (row 4 of the table, not row 2)
	{p: "sors|sort|sorti|sortie|sortis de|d|du l? ecole|lycee|college|fac|universite|etudes|systeme", k: kWants},
	{p: "vais|va|allais|allait|suis|est plus|pas en|au|a cours|lycee|college|ecole|fac|bahut", k: kNone},
	{p: "vais|va|suis|est plus|pas a l|la ecole|fac", k: kNone},
	{p: "pas|plus retourne|retournee|alle|allee|remis|remise au|a|en l? lycee|college|ecole|fac|cours", k: kNone},
	// dental assistants work in dental practices, private employers
	// (convention collective des cabinets dentaires, IDCC 1619)
	{p: "assistant|assistante|assistants|assistantes dentaire|dentaires", k: kStatus, v: "salarie_prive", w: 3},
	// « retraité de la gendarmerie, je travaille chez Securitas »: the
	// career left (the kPast « retraité de » of lexicon.go), not the
	// visitor's status of now; a job held with a pension (cumul
	// emploi-retraite, code de la sécurité sociale L161-22) opens the CEP
	// (cep-domain.md §1.1: inactive people « unless they hold a job »).
	// « je suis à la retraite » keeps its weight
	{p: "retraite|retraitee|retraites|retraitees de|du|d|des", k: kNone},
	// « dans 2 ans je pars à la retraite », « je prends ma retraite en
	// juin »: retirement to come, the job goes on (as « avant la retraite »,
	// lexicon_round8.go); « je suis parti à la retraite » stays a retiree
	{p: "pars|part|partirai|partira|partir|depart a|en la? retraite", k: kNone},
	{p: "prends|prendrai|prendra ma|sa retraite", k: kNone},
	// « j'ai arrêté de travailler il y a 15 ans »: out of work now, the
	// words of a parent at home (« au foyer », lexicon.go)
	{p: "ai|avais arrete|cesse|stoppe de travailler|bosser", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « il cherche son premier emploi »: a relative's job search (lexicon.go
	// has the writer's « mon »)
	{p: "cherche|recherche|cherchent son|sa|leur premier|premiere? " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « CDD jusqu'au 15 du mois prochain », « jusqu'à la fin du mois »,
	// « jusqu'à la semaine prochaine »: a contract that ends within weeks
	// (the « within weeks » convention of cep-domain.md §1.3; contractEnds)
	{p: "jusqu au|a la? fin du|de ce? mois", k: kEnds},
	{p: "jusqu au _ du|de ce? mois", k: kEnds},
	{p: "jusqu au|a la? semaine prochaine", k: kEnds},
	// « depuis 2 ans je suis serveur »: a span running to now
	{p: "depuis _ ans|mois|annees|an", k: kPresent},
	// « et depuis 2022 je suis agent à la mairie »
	{p: "depuis _ je|j", k: kPresent},
}

// pastSteps reports a hit of a story told in steps whose step is over:
//   - « militaire pendant 15 ans, reconverti… »: what lasted for a closed
//     span (« pendant 15 ans ») right after it, with no verb of the present
//     before it in its clause;
//   - « un CDI chez Lidl, que j'ai quitté… »: the object of a relative
//     clause saying the writer left it;
//   - « j'ai fait de l'intérim, puis un CDI »: the clause before one
//     opened by « puis » or « et maintenant »;
//   - « j'ai démissionné de la fonction publique »: a place left
//     (leftPlace);
//   - « 10 ans caissière chez Auchan, 5 ans au chômage, maintenant… »: a
//     clause opened by a span of time, before a clause of the present.
func (a *analyser) pastSteps(h hit) bool {
	c := a.toks[h.start].clause
	if a.leftPlace(h) {
		return true
	}
	if a.presentVerbBefore(h) {
		return false
	}
	for j := h.end; j+2 < len(a.toks) && j <= h.end+4 && a.toks[j].clause == c; j++ {
		if a.toks[j].s == "pendant" && (a.toks[j+1].num || numberWords[a.toks[j+1].s] != 0) {
			switch a.toks[j+2].s {
			case "ans", "an", "annees", "mois":
				return true
			}
		}
	}
	if a.spanOpensClause(c) && a.presentLater(c) {
		return true
	}
	next := h.end
	for next < len(a.toks) && a.toks[next].clause == c {
		next++
	}
	if next >= len(a.toks) {
		return false
	}
	switch a.toks[next].s {
	case "puis", "ensuite":
		return !a.puisJe(next) // (« Puis-je solliciter… ? » is no step: round 17i)
	case "et", "mais":
		// « caissière 10 ans, et maintenant auxiliaire de vie »
		if next+1 < len(a.toks) && a.toks[next+1].clause == a.toks[next].clause {
			switch a.toks[next+1].s {
			case "maintenant", "aujourd", "desormais", "depuis", "actuellement":
				return true
			}
		}
	case "que", "qu":
		for j := next + 1; j < len(a.toks) && j <= next+4 && a.toks[j].clause == a.toks[next].clause; j++ {
			switch a.toks[j].s {
			case "quitte", "quittee", "perdu", "perdue", "lache", "lachee", "plaque", "plaquee", "arrete", "arretee":
				return true
			}
		}
	}
	return false
}

// presentVerbBefore reports a verb of the present said by the writer
// before h in its clause (« je suis militaire pendant encore deux ans »).
func (a *analyser) presentVerbBefore(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "suis", "sommes", "travaille", "bosse", "taffe", "reste", "toujours", "encore", "actuellement", "maintenant":
			return true
		}
	}
	return false
}

// partOfCompanyName reports a métropole's name inside a company's name
// (« chez Keolis Bordeaux Métropole », « Transdev Rouen Métropole »): a
// capitalised word that is no preposition joined before it names the
// company, a private employer.
func (a *analyser) partOfCompanyName(h hit) bool {
	if h.p.k != kSector || h.p.v != sectorPublic || h.start == 0 || h.end-h.start < 2 || a.toks[h.end-1].s != "metropole" {
		return false
	}
	p := a.toks[h.start-1]
	// (not « Saint-Étienne Métropole », nor a word opening the clause: « Technicien Bordeaux Métropole »)
	return p.cap && p.clause == a.toks[h.start].clause && !joinWords[p.s] && !p.num && p.s != "saint" &&
		h.start >= 2 && a.toks[h.start-2].clause == p.clause
}

// negatedWork reports a work verb denied (« je bosse pas », « j'ai jamais
// travaillé ») or said of someone set aside (the parents' « on travaille »
// in a message written for their son): it says nothing of the workplace
// of the person the message is about.
func (a *analyser) negatedWork(i int) bool {
	if a.forRel && !a.sc.rel[i] && a.sc.writer[a.toks[i].clause] || a.skipRel && a.sc.rel[i] {
		return true
	}
	if i+1 < len(a.toks) && a.toks[i+1].clause == a.toks[i].clause {
		switch a.toks[i+1].s {
		case "pas", "jamais", "plus", "rien":
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-2 && a.toks[j].clause == a.toks[i].clause; j-- {
		switch a.toks[j].s {
		case "pas", "jamais", "ne", "n":
			return true
		}
	}
	return false
}

// leavingVerbs say a school or a job was left (« arrêté la fac »).
var leavingVerbs = map[string]bool{"demissionne": true, "demissionnee": true, "parti": true, "partie": true, "arrete": true, "arreter": true, "arretee": true, "quitte": true, "quitter": true, "quittee": true,
	"stoppe": true, "stopper": true, "lache": true, "lacher": true, "abandonne": true, "abandonner": true, "plaque": true, "plaquer": true}

// leftPlace reports an employer or status word that names a place left:
// « elle a arrêté la fac », « j'ai démissionné de la fonction publique »,
// « je suis parti de l'armée ». The verb must be a past participle after
// its auxiliary (« je veux quitter la mairie » names where one is), except
// for a school, which is no workplace of a leaver in any tense.
func (a *analyser) leftPlace(h hit) bool {
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		// inside « il va plus au collège », « pas retourné au lycée »
		if m.p.k == kNone && m.start < h.start && h.start < m.end && a.leftSchool(m) {
			return true
		}
	}
	for j := h.start - 1; j >= 0 && j >= h.start-3 && a.toks[j].clause == c; j-- {
		s := a.toks[j].s
		if a.is(j, clsLeavingVerbs) {
			return a.is(h.start, clsSchoolWords) || j > 0 && a.is(j-1, clsAuxiliaries) && a.toks[j-1].clause == c
		}
		if !a.is(j, clsJoinWords) && s != "les" && s != "mes" && s != "ses" && s != "son" && s != "mon" && s != "ma" && s != "sa" {
			return false
		}
	}
	return false
}

// auxiliaries before a past participle (« j'ai quitté », « elle est partie »).
var auxiliaries = map[string]bool{"ai": true, "a": true, "as": true, "avons": true, "ont": true, "avais": true, "avait": true,
	"suis": true, "est": true, "sommes": true, "sont": true, "etais": true, "etait": true}

// schoolWords are what a pupil or a student leaves.
var schoolWords = map[string]bool{"cours": true, "ecole": true, "lycee": true, "college": true, "fac": true, "etudes": true,
	"bahut": true, "universite": true}

// appositionOfRelative reports, in a message written for a relative
// (« je vous écris pour mon fils de 24 ans, licencié le mois dernier »),
// a clause right after the one that names them which opens on a status or
// an occupation with no subject of its own: an apposition describing the
// relative, told in the third person. Its words are marked as theirs.
func (a *analyser) appositionOfRelative() bool {
	sc := a.sc
	c := a.toks[a.forPos].clause
	start := a.forPos
	for start < len(a.toks) && a.toks[start].clause == c {
		start++
	}
	if start >= len(a.toks) || !sc.rel[start-1] {
		return false
	}
	end := start
	for end < len(a.toks) && a.toks[end].clause == a.toks[start].clause {
		switch a.toks[end].s {
		case "je", "j", "moi", "il", "elle", "on", "nous":
			return false
		}
		end++
	}
	opens := false
	for _, h := range sc.hits {
		if h.start == start && h.p.k == kStatus {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for j := start; j < end; j++ {
		sc.rel[j] = true
		sc.relNoun[j] = sc.relNoun[start-1]
	}
	return true
}

// retiredWriterForRelative reports a retired writer who tells one
// relative's work situation (« mon fils de 30 ans est sans emploi, moi je
// suis retraité »): retirees are outside the CEP (cep-domain.md §1.1,
// « not open to inactive people »), so the message is written for the
// relative. It sets forNoun like a « c'est pour mon fils ».
func (a *analyser) retiredWriterForRelative() bool {
	sc := a.sc
	retired, noun := false, int32(-1)
	for _, h := range sc.hits {
		if h.p.k == kNone && !sc.rel[h.start] && strings.HasPrefix(a.toks[h.start].s, "retraite") && sc.writer[a.toks[h.start].clause] {
			retired = true // « moi je suis retraité de la SNCF »
			continue
		}
		if h.p.k != kStatus || a.negated(h) {
			continue
		}
		if !sc.rel[h.start] {
			if h.p.v == "-" && a.toks[h.start].s != "service" && sc.writer[a.toks[h.start].clause] {
				retired = true
			}
			continue
		}
		if h.p.v == "-" || h.p.v == statusUndecided {
			continue
		}
		k := sc.relNoun[h.start]
		if k < 0 || noun >= 0 && a.toks[k].s != a.toks[noun].s {
			return false // several relatives, or one named by a pronoun only: asked
		}
		noun = k
	}
	if !retired || noun < 0 || a.writerNeeds() {
		return false // (« moi je suis retraitée et je voudrais un petit boulot »: the writer's own plan)
	}
	a.forNoun = a.toks[noun].s
	a.forPos = 0 // no « pour »: every age outside the relative's words is the writer's
	return true
}

// childNouns are the relatives a parent writes for.
var childNouns = map[string]bool{"fils": true, "fille": true, "garcon": true, "fiston": true, "gamin": true, "gamine": true,
	"enfant": true, "ado": true}

// childTopic reports a message about a son or a daughter of working age
// out of work or out of school (« mon fils de 17 ans a arrêté les cours,
// mon mari et moi on travaille à la SNCF »), the writer giving no age, no
// difficulty and no plan of their own: parents write for their child
// (cep-domain.md §4), and the parents' jobs are the family's background.
// It sets forNoun like a « c'est pour mon fils ».
func (a *analyser) childTopic() bool {
	sc := a.sc
	noun := int32(-1)
	childAge := false
	for i := range a.toks {
		age, ok := a.ageAt(i)
		if !sc.rel[i] {
			if ok {
				return false // the writer's own age: they write for themselves
			}
			continue
		}
		k := sc.relNoun[i]
		if k < 0 || !childNouns[a.toks[k].s] {
			continue
		}
		if noun >= 0 && a.toks[k].s != a.toks[noun].s {
			return false // two children: asked
		}
		noun = k
		if ok && age >= 15 {
			childAge = true
		}
	}
	if noun < 0 || !childAge || a.writerNeeds() {
		return false
	}
	for _, h := range sc.hits {
		if !sc.rel[h.start] || sc.relNoun[h.start] != noun || a.negated(h) {
			continue
		}
		// the child's difficulty: out of work or out of school
		if h.p.k == kStatus && h.p.v == "demandeur_emploi" || h.p.k == kNone && a.leftSchool(h) ||
			a.studentChildR23c(h) { // round 23C: a child still at school
			a.forNoun = a.toks[noun].s
			a.forPos = 0
			return true
		}
	}
	return false
}

// writerNeeds reports the writer's own difficulty or plan outside the
// relatives' words (« moi je suis au chômage », « je voudrais me
// reconvertir »): then the writer writes for themselves.
func (a *analyser) writerNeeds() bool {
	for _, h := range a.sc.hits {
		if a.sc.rel[h.start] || a.negated(h) {
			continue
		}
		if h.p.k == kFuture || h.p.k == kWants || h.p.k == kProject || h.p.k == kStatus && h.p.v == "demandeur_emploi" {
			return true
		}
	}
	return false
}

// ageAt reads « 17 ans », « 17ans », « 17a » at i: an age of 15 to 99.
func (a *analyser) ageAt(i int) (int, bool) {
	t := a.toks[i]
	if !t.num {
		return 0, false
	}
	v, n := leadingInt(t.s)
	if v < 15 || v > 99 {
		return 0, false
	}
	switch t.s[n:] {
	case "ans", "an", "a":
		return v, true
	case "":
		if i+1 < len(a.toks) && a.toks[i+1].clause == t.clause {
			switch a.toks[i+1].s {
			case "ans", "an", "a":
				return v, true
			}
		}
	}
	return 0, false
}

// leftSchoolOfRelative reports a school left in a relative's words (« il a
// arrêté le lycée »): their situation told, though no status word says it.
func (a *analyser) leftSchoolOfRelative() bool {
	for _, h := range a.sc.hits {
		if h.p.k == kNone && a.sc.rel[h.start] && a.leftSchool(h) {
			return true
		}
	}
	return false
}

// leftSchool reports a kNone hit that says a school was left: a leaving
// verb, « plus », « pas » or « déscolarisé » with a school word.
func (a *analyser) leftSchool(h hit) bool {
	verb, school := false, false
	for j := h.start; j < h.end; j++ {
		s := a.toks[j].s
		switch {
		case leavingVerbs[s], s == "plus", s == "pas":
			verb = true
		case s == "sortie" && h.p.k == kNone:
			verb = true // « à la sortie de mon école » (round 12)
		case s == "descolarise" || s == "descolarisee":
			verb, school = true, true
		case schoolWords[s]:
			school = true
		}
	}
	return verb && school
}

// orgNouns are employers a relative clause may describe (« une entreprise
// qui travaille pour la métropole »).
var orgNouns = map[string]bool{"entreprise": true, "societe": true, "boite": true, "association": true, "asso": true,
	"structure": true, "prestataire": true, "agence": true, "soustraitant": true, "traitant": true, "groupe": true, "pme": true}

// ofAntecedent reports an employer or status word inside a relative clause
// about an organisation (« une entreprise d'espaces verts qui travaille
// pour la métropole », « une association qui dépend du département »):
// the organisation's client or funder, not the writer's employer.
func (a *analyser) ofAntecedent(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-6 && a.toks[j].clause == c; j-- {
		if a.toks[j].s != "qui" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-4 && a.toks[k].clause == c; k-- {
			if orgNouns[a.toks[k].s] {
				return true
			}
		}
		return false
	}
	return false
}

// spanOpensClause reports a clause opened by a span of time (« 10 ans
// caissière », « 5 ans au chômage »), a step of a career told in a list.
func (a *analyser) spanOpensClause(c int32) bool {
	i := 0
	for i < len(a.toks) && a.toks[i].clause != c {
		i++
	}
	if i+1 >= len(a.toks) || a.toks[i+1].clause != c || !(a.toks[i].num || numberWords[a.toks[i].s] != 0) {
		return false
	}
	switch a.toks[i+1].s {
	case "ans", "annees", "mois":
		return true
	}
	return false
}

// presentLater reports a clause after c that states a status with a
// marker of the present (« maintenant auxiliaire de vie en CDI »): the
// step of now (« 5 ans au chômage, maintenant je veux me former » keeps
// its span running).
func (a *analyser) presentLater(c int32) bool {
	for _, m := range a.sc.hits {
		if m.p.k != kPresent || a.toks[m.start].clause <= c {
			continue
		}
		for _, h := range a.sc.hits {
			if h.p.k == kStatus && h.p.v != "-" && h.p.v != statusUndecided && a.toks[h.start].clause == a.toks[m.start].clause {
				return true
			}
		}
	}
	return false
}

// notTheEmployer reports an employer word that does not name the visitor's
// employer: part of a company's name, a place left, or a client (of an
// organisation described by a relative clause, or of a contractor).
func (a *analyser) notTheEmployer(h hit) bool {
	return a.partOfCompanyName(h) || a.placeCompound(h) || a.leftPlace(h) || a.ofAntecedent(h) || a.clientOf(h) || a.internshipHost(h) || a.notEmployerR13b(h) || a.canteenOfSchool(h) || a.notEmployerR15a(h) || a.notEmployerR17b(h) || a.proposedCourse(h) || a.schoolOfDegree(h) || a.notEmployerR17e(h) || a.deniedEmployer(h) || a.prefectureProcedure(h) || a.notEmployerR18x(h) || a.genericAskR21u(h) || a.notEmployerR22b(h) // rounds 21U, 22B
}

// clientOf reports a public employer named as the client of the
// visitor's company (« une entreprise prestataire de Bordeaux Métropole »,
// « sous-traitant de la mairie »).
func (a *analyser) clientOf(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "prestataire", "prestataires", "soustraitant", "soustraitants", "traitant", "traitants", "fournisseur", "fournisseurs":
			return true
		}
		if !joinWords[a.toks[j].s] && a.toks[j].s != "pour" {
			return false
		}
	}
	return false
}

// namedByPour reports a company named as whom the visitor works for
// (« agent de sécurité à l'hôpital pour Securitas », « payée par Onet »):
// the employer outright, which outweighs the workplace like « payée par
// une entreprise » (lexicon_round7.go). Not after a word saying the
// company is no employer (« suivie par », « formation chez », see
// notEmployedThere).
func (a *analyser) namedByPour(h hit) bool {
	if h.p.v != sectorPrivate || h.p.w < 4 || h.start == 0 {
		return false
	}
	c := a.toks[h.start].clause
	if p := a.toks[h.start-1]; p.clause != c || p.s != "pour" && p.s != "par" {
		return false
	}
	for j := h.start - 2; j >= 0 && j >= h.start-5 && a.toks[j].clause == c; j-- {
		if notEmployedThere[a.toks[j].s] {
			return false
		}
	}
	return true
}

// leftSchoolNow reports a school left by the person the message is about
// (« j'ai arrêté mes études de droit », « je vais plus en cours »): no
// enrolled student, whom row 2 of the table would send away, but a young
// person out of school (row 4), which Facts.WantsWork marks.
func (a *analyser) leftSchoolNow() bool {
	for _, h := range a.sc.hits {
		if h.p.k == kNone && a.leftSchool(h) && !a.ofRelative(h) {
			return true
		}
	}
	return false
}

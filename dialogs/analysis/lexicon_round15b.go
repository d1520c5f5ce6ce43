package analysis

// Round 15B of issue 13 (tuning52, written by a helper who never read the
// rules: young people 16–25 and those who write for them — pupils,
// students, school leavers, apprentices, young graduates, young public
// agents, service civique —, a quarter overseas or in Corsica). Each rule
// names its source; where the text leaves a fact open, the fact stays
// unknown and the dialogue asks.

// round15bSpecs are the patterns of round 15B.
var round15bSpecs = []patSpec{
	// « en dernière année d'école d'infirmier », « en dernière année de
	// BTS », « en deuxième année d'études d'infirmière »: the last year of
	// a course, and the years of studies round 7 did not name (cep-domain.md
	// §1.3 row 2: a student still enrolled)
	// « pharmacien titulaire de mon officine »: the holder of a pharmacy
	// owns it (code de la santé publique L5125-17: a pharmacist is owner
	// of the officine he runs), a profession libérale (row 8); round 1 read
	// « titulaire d'une officine » but « titulaire de mon … » is a diploma's
	// form (« titulaire de mon bac ») that hid it
	{p: "titulaire de|d|du mon|ma|son|sa|notre|leur propre? officine|pharmacie", k: kStatus, v: "profession_liberale", w: 5},
	// « sans contrat fixe », « sans contrat stable »: work without a lasting
	// contract (extras, missions), not the absence of work that « sans
	// contrat » says alone (row 8: CDD, intérim, extras are in activity)
	{p: "sans contrat fixe|stable|durable|long|regulier|permanent", k: kNone},
	// « à la recherche d'un premier emploi », « je cherche d'un travail »
	// typed with the elided article before « un »: the search of round 1
	// (row 7: a job seeker, inscrit or not), which read one article only
	{p: "cherche|recherche|cherchons|cherchent|recherchent d|de un|une premier|premiere? " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « j'ai arrêté l'activité en janvier », « j'ai fermé l'atelier »: the
	// business stopped, named with the elided article or another
	// determiner than the ones of round 5 (cep-domain.md §1.3 row 7:
	// « ex-indépendant who stopped »)
	{p: "ai|avons|a ferme|liquide|cesse|arrete|coule|stoppe l|cette|mes|son|sa " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je me suis mise à mon compte en 2023 »: the start of a business,
	// an event like « j'ai créé mon entreprise » (round 14A), true now
	// unless a later event closes it (« mais j'ai arrêté l'activité en
	// janvier »: laterEvent; row 7 « ex-indépendant who stopped »)
	{p: "me|m|se|s suis|est|sommes alors|ensuite|donc|finalement|enfin? mis|mise|installe|installee a|au mon|son|notre|propre compte", k: kStatus, v: "independant", w: 5, event: true},
	// « j'ai d'abord travaillé comme conducteur de travaux en CDI », « j'ai
	// longtemps été vendeuse »: the passé composé of round 1 with an adverb
	// between the auxiliary and the participle tells a past job too (not
	// « toujours », which may run to now)
	{p: "ai|a|avons|avait d? abord|longtemps|deja|aussi|egalement|brievement ete|travaille|bosse", k: kPast},
	// « elle cherche maintenant un emploi », « je recherche activement du
	// travail »: the search of round 1 with an adverb before its object
	// (row 7: a job seeker, inscrit or not)
	{p: "cherche|recherche|cherchons|cherchent|recherchent maintenant|actuellement|activement|desormais|toujours|encore|aussi du|un|une|d|de|des premier|premiere? " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « je veux aller directement travailler après le bac », « bosser tout
	// de suite »: a pupil who wants to work, not to study on (cep-domain.md
	// §1.3 rows 3–4, not row 2). A wished apprenticeship is left as it is:
	// the tuning sets label it a course (row 2) as often as work
	{p: "directement|immediatement travailler|bosser", k: kWants},
	{p: "travailler|bosser directement|immediatement", k: kWants},
	{p: "tout de suite travailler|bosser", k: kWants},
	{p: "travailler|bosser tout de suite", k: kWants},
	{p: "travailler|bosser apres|des le|mon|son|sa bac|cap|bep|bts|brevet|diplome", k: kWants},
	// « aujourd'hui je ne travaille pas », « en ce moment je ne bosse
	// pas »: no work now, said against a story of work (row 7); round 14A
	// read « je ne travaille pas depuis », and without a word of now an
	// inactive person may say it and is asked
	{p: "maintenant|actuellement|desormais je|j ne|n travaille|bosse pas", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "aujourd hui je|j ne|n travaille|bosse pas", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "en ce moment je|j ne|n travaille|bosse pas", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « des petits boulots non déclarés », « je travaille au noir »:
	// undeclared work (travail dissimulé, code du travail L8221-1) gives no
	// contract, the visitor is a job seeker for the CEP (row 7)
	{p: "boulots|boulot|jobs|job|travail|heures|missions non declares|declare|declaree|declarees", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "au noir", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "en derniere|terminale|1re|1ere|premiere|2e|2eme|deuxieme|3e|3eme|troisieme|4e|4eme|5e|5eme annee de|d bts|but|dut|fac|licence|master|droit|medecine|prepa|ecole|cap|bac|pharmacie|ifsi|ifas|soins|etudes|cursus|formation", k: kStatus, v: "etudiant", w: 5},
}

// courseNouns name a course or the diploma it leads to; the trade after
// « de » is what it prepares for (see trainedTrade).
var courseNouns = map[string]bool{"formation": true, "formations": true, "ecole": true, "ecoles": true, "etudes": true,
	"cursus": true, "diplome": true, "diplomes": true, "cap": true, "bp": true, "bts": true, "titre": true, "certificat": true}

// trainedTrade reports an occupation named as the object of a course
// (« une formation de chauffeur poids lourd », « en dernière année d'école
// d'infirmier », « un CAP de cuisinier »): the course prepares for the
// trade, the visitor does not hold it (cep-domain.md §1.3 row 2: a student
// or trainee is not in that job; code de la santé publique L4383-3: the
// nursing institutes train, they do not employ). A status word proper
// (w ≥ 4: « CDI », « fonctionnaire ») is never a course's object.
func (a *analyser) trainedTrade(h hit) bool {
	if h.p.k != kStatus || h.p.event || h.p.w > 3 || h.start < 2 {
		return false
	}
	switch h.p.v {
	case "salarie_prive", "agent_public", statusUndecided:
	default:
		return false
	}
	t := a.toks
	c := t[h.start].clause
	if t[h.start-1].clause == c && courseNouns[t[h.start-1].s] && (t[h.start-1].s == "formation" || t[h.start-1].s == "formations") &&
		t[h.start-2].clause == c && (t[h.start-2].s == "en" || t[h.start-2].s == "une") {
		// round 17G: the trade put right after the course, « en formation
		// préparateur de commandes », « une formation cariste »: the same
		// object without « de »
		return true
	}
	if t[h.start-1].clause != c || t[h.start-2].clause != c || t[h.start-1].s != "de" && t[h.start-1].s != "d" {
		return false
	}
	return courseNouns[t[h.start-2].s]
}

// intermittentBetween reports « entre deux contrats » said by or of an
// intermittent du spectacle (« intermittent, entre deux contrats en ce
// moment »): the intermittent's regime is made of short contracts (CDD
// d'usage, code du travail L1242-2 3°) with the gaps between them covered
// by the annexes VIII and X of unemployment insurance; cep-domain.md §1.3
// row 8 lists the intermittent as in activity. The gap is no end of work:
// the intermittent's own word says the status.
func (a *analyser) intermittentBetween(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" || a.toks[h.start].s != "entre" {
		return false
	}
	for _, t := range a.toks {
		switch t.s {
		case "intermittent", "intermittente", "intermittents", "intermittentes", "intermittence":
			return true
		}
	}
	return false
}

// seasonWords name the season of a seasonal job or of its gap.
var seasonWords = map[string]bool{"hiver": true, "ete": true, "intersaison": true, "automne": true, "printemps": true}

// seasonalGap reports a seasonal worker who tells the season without work
// (« serveuse l'été en saison et l'hiver je fais rien », « saisonnier en
// station, l'été je bosse pas »): whether the visitor works now
// depends on the season of the message, which the text does not tie to
// now; the dialogue asks (cep-domain.md §1.3 row 7 « intérimaire sans
// mission » against row 8 « CDD running »: both apply in turn). A message
// without a seasonal job (« au chômage depuis l'hiver dernier ») is no gap.
func (a *analyser) seasonalGap() bool {
	t := a.toks
	if !a.speaksOfSeasons() {
		return false
	}
	for i, tk := range t {
		if !seasonWords[tk.s] && !(tk.s == "saison" && i > 0 && (t[i-1].s == "hors" || t[i-1].s == "morte")) {
			continue
		}
		c := tk.clause
		for j := i + 1; j < len(t) && j <= i+5 && t[j].clause == c; j++ {
			switch t[j].s {
			case "chomage":
				return true
			case "rien":
				// (« l'hiver je n'ai rien »: round 16A)
				if p := t[j-1].s; p == "fais" || p == "fait" || p == "bosse" || p == "travaille" || p == "plus" || p == "ai" {
					return true
				}
			case "pas":
				if p := t[j-1].s; p == "bosse" || p == "travaille" || p == "taffe" {
					return true
				}
			}
		}
	}
	return false
}

// soonAgeSaid reports the writer's next birthday told with « bientôt »
// inside the future (« je vais bientôt avoir 26 ans », « je vais avoir
// bientôt 26 ans »): the age of now is the one before, as « je vais avoir
// 26 ans » of round 9B. The rows 3–4 boundary is « 16 to 25 ans révolus »
// (code du travail L5314-2, cep-domain.md §1.2 Missions locales), so a
// visitor of 25 who will soon be 26 is still within it.
func (a *analyser) soonAgeSaid(i int) bool {
	t := a.toks
	if i < 4 || a.laterInClause(i) {
		return false
	}
	c := t[i].clause
	for k := i - 4; k < i; k++ {
		if t[k].clause != c {
			return false
		}
	}
	// « je vais bientôt avoir N » or « je vais avoir bientôt N »
	if (t[i-1].s == "avoir" && almostWords[t[i-2].s] || almostWords[t[i-1].s] && t[i-2].s == "avoir") && t[i-3].s == "vais" {
		return t[i-4].s == "je" || t[i-4].s == "j"
	}
	return false
}

// selfDescribedAge reports an age given as the writer's own description
// (« je suis une femme de 29 ans », « je suis maman solo de 24 ans », « je
// suis un jeune homme de 19 ans »): after « je suis », a person's noun
// with « de N ans » is the writer's age, not a relative's (« femme » and
// « maman » are also relatives' nouns: « ma femme de 40 ans »).
func (a *analyser) selfDescribedAge(i int) bool {
	t := a.toks
	if i < 3 || t[i-1].s != "de" && t[i-1].s != "d" {
		return false
	}
	c := t[i].clause
	noun := false
	for k := i - 2; k >= 0 && k >= i-5 && t[k].clause == c; k-- {
		s := t[k].s
		switch {
		case !noun && (personNouns[s] || relativeNouns[s]):
			noun = true
		case noun && (s == "un" || s == "une" || soloWords[s]):
		case noun && (s == "suis" || s == "sommes"):
			return k > 0 && (t[k-1].s == "je" || t[k-1].s == "j" || t[k-1].s == "nous")
		case !noun && soloWords[s]:
			// « maman solo », « jeune homme »: a word that qualifies the noun
		default:
			return false
		}
	}
	return false
}

// soloWords qualify a person's noun in a self-description.
var soloWords = map[string]bool{"solo": true, "seule": true, "seul": true, "celibataire": true, "jeune": true, "isolee": true, "isole": true}

// round15bEmployerSpecs are the private employers of round 15B, named by
// words the earlier rounds did not list.
var round15bEmployerSpecs = []employerSpec{
	// « une compagnie d'assurances »: insurance undertakings are sociétés
	// anonymes or sociétés d'assurance mutuelle, private-law companies
	// (code des assurances L322-1 and L322-26-1); round 1 read « assurance »
	{p: "compagnie|compagnies d|de assurance|assurances", sector: sectorPrivate, w: 3},
	// « un bureau d'études », « une coopérative agricole »: an engineering
	// firm is a company, and a cooperative a private-law society (loi
	// 47-1775 art. 1; code rural L521-1 for agricultural cooperatives)
	{p: "bureau|bureaux d|de etudes|etude|ingenierie; cooperative|cooperatives|scop|scic", sector: sectorPrivate, w: 3},
}

// returnPlace reports a workplace named as the place to go back to
// (« je ne veux pas retourner dans cette officine », « revenir à la
// mairie après mon congé »): on a parental leave the contract is suspended,
// not ended (code du travail L1225-55: the employee gets back the job or a
// similar one), so the place to go back to is the employer of now, even
// inside a wish (cep-domain.md §1.3 row 8: « congé parental … with
// contract suspended »).
func (a *analyser) returnPlace(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == c; j-- {
		switch t[j].s {
		case "retourner", "revenir", "retourne", "reviens", "reprendre", "rentrer":
			return true
		case "dans", "a", "au", "en", "chez", "cette", "ce", "cet", "mon", "ma", "l", "la", "le":
		default:
			return false
		}
	}
	return false
}

// endingContractOf reports a job word named as the kind of a contract that
// ends (« mon contrat d'AESH se termine le 7 juillet », « mon CDD de
// vendeuse prend fin ») when the message also says the unemployment that
// follows (« je vais être au chômage cet été », w ≥ 5): the job word is
// what ends, not a rival status of now (cep-domain.md §1.3 row 7 « fin de
// CDD/imminent end of contract », as endedJob of round 9C for « fin de mon
// contrat AESH »).
func (a *analyser) endingContractOf(h hit) bool {
	if h.p.event || !jobGroup(h.p.v) || h.start < 2 {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	if t[h.start-1].clause != c || t[h.start-1].s != "de" && t[h.start-1].s != "d" || !endingContract[t[h.start-2].s] && t[h.start-2].s != "contrat" {
		return false
	}
	ends, jobless := false, false
	for _, m := range a.sc.hits {
		switch {
		case m.p.k == kEnds && m.start >= h.end && t[m.start].clause == c:
			ends = true
		case m.p.k == kStatus && m.p.event && m.p.v == "demandeur_emploi" && m.p.w >= 5 && t[m.start].clause != c && !a.negated(m) && !a.hedged(m):
			jobless = true
		}
	}
	return ends && jobless
}

// civicEnded reports a civic service told as over (« en fin de contrat de
// service civique », « un service civique de 8 mois … qui s'est terminé
// en mai », « après mon service civique »), or a workplace word naming its
// host in that clause: the volunteer's engagement (code du service
// national L120-1) is over, so it is no longer the situation of now, and
// its host was never an employer (L120-7: no link of subordination, see
// civicHost), nor is the host's employer word (kSector: « à la mairie »). What the message says next (« je cherche un emploi ») gives
// the status; round 9C read « j'ai fini mon service civique ».
func (a *analyser) civicEnded(h hit) bool {
	if h.p.k != kStatus && h.p.k != kSector || h.p.k == kStatus && h.p.event {
		return false
	}
	if h.p.v == "-" && a.toks[h.start].s == "service" {
		return a.civicOver(h)
	}
	if h.p.k == kStatus && (!jobGroup(h.p.v) || h.p.w > 3) {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && m.p.v == "-" && a.toks[m.start].s == "service" && a.toks[m.start].clause == a.toks[h.start].clause &&
			h.start >= m.end && a.civicOver(m) {
			return true
		}
	}
	return false
}

// civicOver reports the end of the civic service at m, said before it in
// its clause (« fin de contrat de », « après mon ») or after it in the
// passé composé (« qui s'est terminé », « terminé en mai »); « j'ai
// terminé mon service civique » is round 9C's.
func (a *analyser) civicOver(m hit) bool {
	t := a.toks
	c := t[m.start].clause
	for j := m.start - 1; j >= 0 && j >= m.start-5 && t[j].clause == c; j-- {
		switch t[j].s {
		case "fin", "apres":
			return true
		}
	}
	rel := c // the clause read: c, then a relative clause right after it
	for j := m.end; j < len(t) && j <= m.end+12; j++ {
		if t[j].clause != rel {
			if rel != c || t[j].clause != c+1 || t[j].s != "qui" {
				break
			}
			rel = c + 1 // « …, qui s'est terminé en mai »
		}
		switch t[j].s {
		case "termine", "terminee", "fini", "finie", "acheve", "achevee":
			// the participle right after it or after « est » / « a »
			// (« qui se termine en décembre » is still running)
			if j == m.end || t[j-1].s == "est" || t[j-1].s == "a" || t[j-1].s == "ete" {
				return true
			}
		}
	}
	return false
}

// postedSites are the words that put a public institution as the site of
// a posting (« affecté à l'entrée de la préfecture », « posté à l'accueil
// de la mairie »), not as the employer.
var postedSites = map[string]bool{"affecte": true, "affectee": true, "affectes": true, "affectees": true, "poste": true,
	"postee": true, "place": true, "placee": true, "detache": true, "detachee": true, "entree": true, "accueil": true,
	"locaux": true, "site": true}

// postedInPublic reports a public institution named as the site where the
// employee of a private employer named outright (w ≥ 5: « salarié d'une
// société privée de gardiennage ») is posted (« je suis affecté à
// l'entrée de la préfecture »): the private company employs (code du
// travail L1221-1; the service contract is with the company, code de la
// sécurité intérieure L611-1 for private security), the institution only
// hosts (cep-domain.md §1.3 row 8; round 14B read « pour une société
// privée » beside the institution).
func (a *analyser) postedInPublic(h hit) bool {
	if h.p.k != kStatus || h.p.event || h.p.v != "agent_public" || h.p.w > 4 {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	posted := false
	for j := h.start - 1; j >= 0 && j >= h.start-5 && t[j].clause == c; j-- {
		if postedSites[t[j].s] {
			posted = true
			break
		}
	}
	if !posted {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kSector && m.p.v == sectorPrivate && !a.negated(m) && !a.wished(m) && !a.pastClause(m) && a.companyWeight(m) >= 5 {
			return true
		}
	}
	return false
}

// homeChez reports « chez » followed by a person (« il vit chez moi à
// Schœlcher », « rentré chez nous à Brest », « chez mes parents à Lens »):
// the place after is a home, not an employer's site as in « chez
// Decathlon à Toulouse ».
func (a *analyser) homeChez(j int) bool {
	t := a.toks
	if t[j].s != "chez" || j+1 >= len(t) {
		return false
	}
	switch t[j+1].s {
	case "moi", "nous", "toi", "vous", "lui", "elle", "eux", "elles", "mes", "ses", "nos", "vos", "leurs", "mon", "ma", "son", "sa", "notre", "leur":
		return true
	}
	return false
}

// schoolSubjects are the acronyms of school subjects that are also the
// names of small communes (« EPS », éducation physique et sportive: Eps,
// Pas-de-Calais).
var schoolSubjects = map[string]bool{"eps": true}

// schoolSubject reports a school subject's acronym after « de », « en » or
// a teacher's noun (« professeur d'EPS », « licence en EPS », « prof
// EPS »): the subject taught or studied, not a place.
func (a *analyser) schoolSubject(i int) bool {
	t := a.toks
	if !schoolSubjects[t[i].s] || i == 0 || t[i-1].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "d", "de", "en", "prof", "profs", "professeur", "professeure", "professeurs", "enseignant", "enseignante", "staps":
		return true
	}
	return false
}

// speaksOfSeasons reports a word of seasonal work (« saison »,
// « saisonnier ») anywhere in the message.
func (a *analyser) speaksOfSeasons() bool {
	for _, tk := range a.toks {
		switch tk.s {
		case "saison", "saisons", "saisonnier", "saisonniere", "saisonniers", "saisonnieres":
			return true
		}
	}
	return false
}

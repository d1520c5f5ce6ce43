package analysis

// Round 17A of issue 13 (tuning55, written by a helper who never read the
// rules: the boundaries between statuses told indirectly — notice periods,
// ruptures conventionnelles, contracts ending, leave with a contract,
// part-time work while registered, seasonal work; students, apprentices,
// dropouts and young graduates; artisans, indépendants, micro-entrepreneurs
// and professions libérales). Each rule names its source; where the text
// leaves a fact open, the fact stays unknown and the dialogue asks.

// round17aSpecs are the status patterns of round 17A.
var round17aSpecs = []patSpec{
	// « je viens de trouver un taf en CDI », « elle vient de décrocher un
	// poste »: « venir de » + infinitive is the recent past (an accomplished
	// fact, Grevisse § 821), a job found and held now, like « j'ai trouvé
	// un CDI » of round 13A (cep-domain.md §1.3 row 8); « je voudrais
	// trouver un emploi » stays a search
	{p: "viens|vient|venons de trouver|retrouver|decrocher|signer un|une|du|mon|ma " + work + "|cdi|cdd", k: kStatus, v: "salarie_prive", w: 4, event: true},
	// « j'ai un job étudiant dans un supermarché »: a student job is a job
	// under an employment contract (code du travail L1221-1; the student
	// keeps the job's status, cep-domain.md §1.1 « not open to inactive
	// people unless they hold a job »); « étudiant » there names the job,
	// and the studies alone (« je cherche un job étudiant ») stay a search
	{p: "job|jobs etudiant|etudiants", k: kStatus, v: "salarie_prive", w: 4},
	// « je viens de signer ma rupture conv »: the infinitive after « venir
	// de » is the signature done, as « rupture signée » of round 7; the
	// contract ends after the homologation (code du travail L1237-13), a
	// job seeker within weeks (cep-domain.md §1.3 row 7)
	{p: "viens|vient|venons de signer ma|la|une|notre|sa rupture|ruptures conv|conventionnelle|conventionelle|conventionnel", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je bosse pour moi depuis 4 ans », « je roule pour moi » (a taxi):
	// working « pour soi » is working on one's own account (usage, TLFi
	// « travailler pour son compte »), self-employed (cep-domain.md §1.3
	// row 8); « il travaille pour moi » names an employee and is not read
	{p: "je|j bosse|travaille|roule|taffe pour moi", k: kStatus, v: "independant", w: 5},
	// « un contrat étudiant de 10 h par semaine à la bibliothèque »: the
	// contract of round 16B (code de l'éducation L811-2, D811-1: a student
	// hired by the university holds a public-law contract) with its hours
	// between the contract and the university
	{p: "contrat|contrats etudiant|etudiante de _ h|heures par|a|la semaine a|avec la|l bibliotheque|universite|fac|bu", k: kStatus, v: "agent_public", w: 4},
	// « il a sa propre société avec deux ambulances », « j'ai mon agence à
	// mon nom »: who owns the business runs it on his or her own account,
	// self-employed by cep-domain.md §1.3 row 8 (the trade or the regulated
	// profession then says artisan or profession libérale)
	{p: "ai|a|avons|ont ma|sa|mon|son|notre|leur propre societe|entreprise|boite|affaire|agence|cabinet|boutique|salon|commerce|garage|institut", k: kStatus, v: "independant", w: 5},
	{p: "societe|entreprise|boite|agence|cabinet|boutique|salon|commerce|garage|institut a mon|son|notre nom", k: kStatus, v: "independant", w: 5},
	// (round 17G: the same ownership told by running it, « il dirige sa
	// propre entreprise », « je gère ma propre boîte »; « propre » is
	// required, since « je dirige mon service » or « il gère sa boutique »
	// may be a salaried manager's)
	{p: "dirige|diriges|dirigeons|dirigent|gere|geres|gerons|gerent ma|sa|mon|son|notre|leur propre societe|entreprise|boite|affaire|agence|cabinet|boutique|salon|commerce|garage|institut", k: kStatus, v: "independant", w: 5},
	// « j'ai repris la boulangerie de mes parents il y a 2 ans »: taking
	// over a business makes its head (code de commerce L141-1, the sale of
	// a fonds; cep-domain.md §4: « creating or taking over a business »);
	// « je voudrais reprendre » is a wish, and « j'ai repris le travail »
	// names no business
	{p: "ai|avons repris|rachete la|le|l|une|un boulangerie|boucherie|charcuterie|patisserie|commerce|entreprise|garage|salon|restaurant|exploitation|ferme|boutique|affaire|epicerie|bar|cabinet|institut|fonds", k: kStatus, v: "independant", w: 5},
	// « installée depuis 2 ans en maraîchage bio »: the installation of a
	// farmer (code rural L330-1, aides à l'installation) is the start of a
	// farm run on his or her own account, self-employed (row 8)
	{p: "installe|installee|installes|installees depuis _ ans|an|mois en maraichage|elevage|viticulture|agriculture|arboriculture|apiculture|horticulture", k: kStatus, v: "independant", w: 5},
	{p: "installe|installee|installes|installees en maraichage|elevage|viticulture|agriculture|arboriculture|apiculture|horticulture", k: kStatus, v: "independant", w: 5},
	// « elle tient son salon de coiffure depuis 30 ans »: who keeps a shop
	// runs it (round 16B, « je tiens une épicerie »), said with the
	// possessive of the writer or of the relative written for; « elle tient
	// la caisse » with the definite article stays an employee's task
	{p: "tiens|tient|tenons|tenais|tenait son|sa|leur|mon|ma salon|institut|epicerie|bar|restaurant|boutique|commerce|boulangerie|garage|magasin", k: kStatus, v: "independant", w: 4},
	// « je loue un fauteuil dans le salon d'un pote »: the hairdresser who
	// rents a chair (location de fauteuil) works on his or her own account,
	// not under the salon owner's authority (code du travail L8221-6, the
	// presumption of self-employment of the registered)
	{p: "loue|louons|louer un|mon fauteuil", k: kStatus, v: "independant", w: 5},
	// « je cherche un poste depuis 4 mois »: a search that has lasted is
	// the job seeker's situation (cep-domain.md §1.3 row 7, « inscrit or
	// not »; §4: a job-seeking young graduate is demandeur_emploi), more
	// than the wish of round 1 (w 3); a job held beside it is read by
	// jobBesideSearch (round 13A)
	{p: "cherche|recherche|cherchons un|une|du " + work + " depuis _ mois|ans|an|annees|semaines", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
}

// round17aCommonWords are everyday words the typo corrector turned into a
// pattern word: « une jardinerie » (a garden centre, a shop) became
// « jardinière », an occupation of both sectors.
const round17aCommonWords = `jardinerie jardineries`

// countedStaff reports an employee word counted as the staff the writer
// employs (« il a sa société avec deux ambulances et un salarié », « j'ai
// 3 salariés »): they are not the writer, an employer is self-employed
// (cep-domain.md §1.3 row 8); round 1 reads « (5 salariés) » after a digit
// only. A function, not patterns: « a » and « et » open too many phrases.
func (a *analyser) countedStaff(h hit) bool {
	t := a.toks
	if h.p.k != kStatus || h.p.v != "salarie_prive" || h.end-h.start != 1 || h.start < 2 {
		return false
	}
	switch t[h.start].s {
	case "salarie", "salariee", "salaries", "salariees", "employe", "employee", "employes", "employees":
	default:
		return false
	}
	n := t[h.start-1]
	if !n.num && !countWords[n.s] || n.clause != t[h.start].clause {
		return false
	}
	switch t[h.start-2].s {
	case "avec", "et", "ai", "a", "avons", "avait", "avais", "emploie", "emploies", "emploient", "employons":
		return true
	}
	return false
}

// countWords are the numbers written in words before a count of staff.
var countWords = map[string]bool{"un": true, "une": true, "deux": true, "trois": true, "quatre": true, "cinq": true, "six": true,
	"sept": true, "huit": true, "neuf": true, "dix": true, "quelques": true, "plusieurs": true}

// durationOfState reports « depuis » followed by a length of time (« depuis
// 11 ans ») that closes the clause of a state told before it (« je suis
// préparateur de commandes depuis 11 ans », « cadre, depuis 12 ans dans la
// même boîte »): it says how long the job that is now ending has lasted,
// it does not bring a story to a later present (supersededEvent) — a
// notice or a rupture conventionnelle leaves the contract running until
// its end (code du travail L1234-1, L1237-13), and the end within weeks
// makes a job seeker (cep-domain.md §4). « Depuis 3 ans, je suis en CDI »
// or « …, depuis 2 ans je travaille » opens a clause and still does.
func (a *analyser) durationOfState(m hit) bool {
	t := a.toks
	if m.p.k != kPresent || t[m.start].s != "depuis" || m.start == 0 || sentenceEnd(t[m.start-1].after) {
		return false
	}
	switch t[m.end-1].s {
	case "ans", "an", "annees", "mois", "semaines":
	default:
		return false // « depuis je… », « depuis septembre »: a time, not a length
	}
	if m.end < len(t) && !sentenceEnd(t[m.end-1].after) {
		switch t[m.end].s {
		case "je", "j", "on", "nous", "il", "elle":
			return false
		}
	}
	return true
}

// invariableS are status words whose singular ends in « s »: « deux
// semaines de préavis » is the writer's notice, not other people's (the
// plural read by others after « de »).
var invariableS = map[string]bool{"preavis": true}

// degreeRequired reports a degree named as what a job or a course asks
// for (« il faut un master je crois », « les annonces demandent toutes une
// licence »): a requirement is no degree held, and the bac+3 of row 3 of
// the table (cep-domain.md §1.3) is not met by it.
func (a *analyser) degreeRequired(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		switch t[j].s {
		case "faut", "faudrait", "demandent", "demande", "exigent", "exige", "necessite", "necessitent", "requiert", "requierent", "obligatoire":
			return true
		}
	}
	return false
}

// weeklyAside reports a second activity told by its days (« auto-entrepreneur
// le week-end », « je fais des gâteaux le samedi ») or by « j'ai aussi »:
// with a rival status of strength ≥ 4, two activities at once, which the
// table has no row for (calibrated asks, as « à côté » of round 14A).
func (a *analyser) weeklyAside() bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		s, n := t[i].s, t[i+1].s
		if t[i+1].clause != t[i].clause {
			continue
		}
		switch {
		case s == "ai" && (n == "aussi" || n == "egalement"):
			return true
		case (s == "le" || s == "les") && (n == "week" || n == "weekend" || n == "weekends" || n == "samedi" || n == "dimanche" || n == "soir" || n == "soirs"):
			return true
		}
	}
	return false
}

// notStartedYet reports a job just found (« je viens de trouver un CDI »)
// whose start the writer puts ahead (« je commence lundi », « je ne
// commence que le 2 juin »): the contract has not begun, the writer is
// still a job seeker until then (cep-domain.md §1.3 row 7); « commencé la
// semaine dernière », without the pronoun, is a past participle.
func (a *analyser) notStartedYet(h hit) bool {
	t := a.toks
	switch t[h.start].s {
	case "viens", "vient", "venons":
	default:
		if !a.foundInClause(h) { // « j'ai décroché un CDI, je commence mardi » (round 17i)
			return false
		}
	}
	return a.startAhead()
}

// startAhead reports « je commence lundi », « je ne commence que le 2
// juin »: a start the writer puts ahead (see notStartedYet).
func (a *analyser) startAhead() bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		if t[i].s != "je" && t[i].s != "j" {
			continue
		}
		j := i + 1
		if t[j].s == "ne" && j+1 < len(t) {
			j++
		}
		switch t[j].s {
		case "commence", "debute", "demarre", "prends":
			if j+1 < len(t) && t[j+1].clause == t[j].clause && t[j+1].s != "a" {
				return true
			}
		}
	}
	return false
}

// studiesAt reports a school named as where the writer studies (« je suis
// en BTSA au lycée agricole », « en terminale au lycée Camus »): the place
// of the course, not an employer, even when the writer also works
// elsewhere (« … et je travaille sur l'exploitation de mes parents »); a
// pupil is outside the CEP unless he or she holds a job (cep-domain.md
// §1.1), and the job's employer is read from the job's own words.
func (a *analyser) studiesAt(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-4 && t[j].clause == c; j-- {
		switch t[j].s {
		case "au", "a", "du", "de":
			continue
		}
		if courseWords[t[j].s] {
			for k := j - 1; k >= 0 && k >= j-2 && t[k].clause == c; k-- {
				if t[k].s == "en" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// courseWords are the classes and diplomas one is « en » at a school.
var courseWords = map[string]bool{"bts": true, "btsa": true, "bac": true, "pro": true, "cap": true, "bep": true, "bp": true,
	"terminale": true, "seconde": true, "premiere": true, "troisieme": true, "licence": true, "but": true, "dut": true,
	"prepa": true, "capa": true, "bpa": true}

// justObtained reports « obtenir » at j after « venir de » (« elle vient
// d'obtenir la RQTH », « je viens d'obtenir mon BTS »): the recent past, a
// recognition granted (code du travail L5213-1), not one asked for.
func (a *analyser) justObtained(j int) bool {
	t := a.toks
	if t[j].s != "obtenir" || j < 2 || t[j-1].s != "d" && t[j-1].s != "de" {
		return false
	}
	switch t[j-2].s {
	case "viens", "vient", "venons", "venez", "viennent":
		return true
	}
	return false
}

// parenClause is the clause after the parenthesis that follows clause c
// (« mon contrat aidé (PEC) dans une association finit… »): the words in
// parentheses name the contract, and the sentence goes on after them; -1
// when clause c is not followed by a parenthesis.
func (a *analyser) parenClause(c int32) int32 {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		if t[i].clause != c || t[i+1].clause == c {
			continue
		}
		if t[i].after != '(' {
			return -1
		}
		for j := i + 1; j < len(t) && j <= i+4; j++ {
			if t[j].after == ')' && j+1 < len(t) && t[j+1].clause != t[j].clause {
				return t[j+1].clause
			}
		}
		return -1
	}
	return -1
}

// afterParen is the clause after clause c when c is closed by a
// parenthesis (« (CUI) dans une association se termine… »), -1 otherwise.
func (a *analyser) afterParen(c int32) int32 {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		if t[i].clause == c && t[i+1].clause != c {
			if t[i].after == ')' {
				return t[i+1].clause
			}
			return -1
		}
	}
	return -1
}

// nowEnAiEt reports « aujourd'hui j'en ai 24 et je suis plongeur »: the
// age of now said with « en » after an age of the past (« j'ai arrêté
// l'école à 16 ans »), followed by « et » and the next fact; the time word
// before makes « en » the years (a count of other things, « j'en ai 20 et
// … », has none).
func (a *analyser) nowEnAiEt(i int) bool {
	t := a.toks
	if i+1 >= len(t) || t[i+1].s != "et" || i < 5 {
		return false
	}
	p := t[i-4].s
	return p == "maintenant" || p == "hui" || p == "desormais"
}

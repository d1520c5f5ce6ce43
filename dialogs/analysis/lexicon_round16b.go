package analysis

// Round 16B of issue 13 (tuning54, written by a helper who never read the
// rules: who employs the person — public agents told by their job and
// employer only, private-law staff of public places, students who work,
// school leavers and young graduates, the self-employed told by what they
// do). Each rule names its source; where the text leaves a fact open, the
// fact stays unknown and the dialogue asks.

// round16bSpecs are the status patterns of round 16B.
var round16bSpecs = []patSpec{
	// « associé dans une clinique vétérinaire », « associée d'un cabinet
	// d'avocats »: the partner of a practice exercises a profession libérale
	// in a société d'exercice libéral or civile professionnelle (loi
	// 90-1258 art. 1, loi 66-879 art. 1), not as its employee (cep-domain.md
	// §1.3 row 8: profession libérale); the clinic or the cabinet alone is
	// a workplace of employees too
	{p: "associe|associee|associes|associees dans|d|de un|une|le|la|l|mon|ma|notre|sa|son|leur? cabinet|clinique|officine|etude|scp|sel|selarl|pharmacie", k: kStatus, v: "profession_liberale", w: 5},
	// « embauché par Elior », « recrutée par une agence »: the one who
	// hires names the employer, like « employé par » of round 1; a public
	// employer named after it is read by employers.go (« embauché par la
	// mairie »), and the place where the work is done (« au self de
	// l'hôpital ») is not the employer (code du travail L1221-1: the
	// contract binds the employee to whoever hires; cep-domain.md §1.3
	// row 8, private-law staff working in public places)
	{p: "embauche|embauchee|embauches|embauchees|recrute|recrutee|recrutes|recrutees par", k: kStatus, v: "salarie_prive", w: 4},
	// « déclaré inapte aux opérations », « inapte au port de charges »: an
	// inaptitude to some tasks is no end of the contract — the médecin du
	// travail proposes adaptations (code du travail L4624-3), the employer
	// must seek a reclassement (L1226-2; décret 85-1054 for the
	// fonctionnaires); only the inaptitude to the post without reclassement
	// ends it (L1226-2-1), which round 13A reads as « déclaré inapte »
	// « je fais du baby-sitting déclaré », « garde d'enfants en CESU »:
	// a private individual employs the sitter (code du travail L7221-1,
	// CESU L1271-1), a job held that outweighs a student's status
	// (cep-domain.md §1.3 row 8; « a student who holds a job has the job's
	// status »); an undeclared one is read by round 15B
	{p: "baby sitting declare|declaree|declares", k: kStatus, v: "salarie_prive", w: 4},
	{p: "babysitting declare|declaree|declares", k: kStatus, v: "salarie_prive", w: 4},
	{p: "baby sitting en|au|avec|par cesu|pajemploi", k: kStatus, v: "salarie_prive", w: 4},
	{p: "babysitting en|au|avec|par cesu|pajemploi", k: kStatus, v: "salarie_prive", w: 4},
	{p: "garde|gardes d enfants|enfant declare|declaree|declarees|declares", k: kStatus, v: "salarie_prive", w: 4},
	{p: "garde|gardes d enfants|enfant en|au|avec|par cesu|pajemploi", k: kStatus, v: "salarie_prive", w: 4},
	// « moniteur étudiant à la BU », « contrat étudiant avec
	// l'université »: a student hired by his or her university for
	// tutoring, library or reception work holds a public-law contract
	// (code de l'éducation L811-2 and D811-1 s.), the job of a public
	// agent besides the studies (cep-domain.md §1.3 row 1)
	{p: "moniteur|monitrice|moniteurs|monitrices etudiant|etudiante|etudiants|etudiantes", k: kStatus, v: "agent_public", w: 4},
	{p: "contrat|contrats etudiant|etudiante avec|a|de l|la universite|fac|bu|bibliotheque|crous", k: kStatus, v: "agent_public", w: 4},
	// « j'ai quitté la fonction publique hospitalière en 2020 pour diriger
	// un EHPAD privé », « j'ai démissionné de l'Éducation nationale »: the
	// public employer left is the past, its words are not the status of now
	// (CGFP L550-1: the resignation ends the fonctionnaire's tie to the
	// service); round 9C reads the army left the same way
	{p: "ai|a|avais|avait|avons quitte de? la|l fonction publique", k: kNone},
	{p: "ai|a|avais|avait|avons quitte de? la|l fonction publique hospitaliere|territoriale|etat", k: kNone},
	{p: "ai|a|avais|avait|avons quitte de? la|l fonction publique d etat", k: kNone},
	{p: "ai|a|avais|avait|avons quitte de? l education nationale", k: kNone},
	{p: "ai|a|avais|avait|avons quitte de? la|l administration|territoriale|hospitaliere|police|mairie|hopital|enseignement", k: kNone},
	// « j'ai commencé comme aide-soignante à l'hôpital en 1998, je suis
	// devenue cadre… »: the first job of a career told is its past, as the
	// passé composé with an adverb of round 15B (« j'ai d'abord été »)
	{p: "ai|a|avais|avait|avons commence|debute comme", k: kPast},
	{p: "ai|a|avais|avait|avons commence|debute en tant que", k: kPast},
	// « je cherche mon premier emploi »: the search of a first job with a
	// possessive, which round 15B read with an article only (row 7: a job
	// seeker, inscrit or not; a young graduate is routed by rows 3 and 6)
	{p: "cherche|recherche|cherchons|cherchent|recherchent mon|son|notre|leur premier|1er emploi|job|poste|travail|boulot|cdi|contrat", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « j'y tiens une petite épicerie », « je tiens un bar depuis 2015 »:
	// who keeps a shop or a bar runs it on his or her own account, a
	// commerçant (code de commerce L121-1), self-employed by cep-domain.md
	// §1.3 row 8; « je tiens la caisse », « je tiens le magasin » with a
	// definite article are an employee's tasks and are not read
	{p: "tiens|tient|tenons|tenais une|un|mon|ma|notre petit|petite? epicerie|bar|restaurant|resto|boutique|commerce|boulangerie|tabac|snack|camping|gite|kiosque|librairie|pressing|brasserie|creperie|fromagerie|superette|droguerie|quincaillerie|friterie|pizzeria", k: kStatus, v: "independant", w: 4},
	// « employé par le conseil départemental », « salariée du conseil
	// régional »: the council is the département's or the région's
	// deliberative body (CGCT L3121-1, L4131-1), so its staff are
	// territorial agents, as round 13B reads « employé par le
	// département »; « employé » alone (a private employee's word) must not
	// tie with it
	{p: "employe|employee|employes|employees|salarie|salariee|embauche|embauchee|recrute|recrutee|paye|payee par|pour|du le? conseil departemental|regional|general", k: kStatus, v: "agent_public", w: 5},
	// « rédacteur au service finances de la communauté d'agglomération »:
	// rédacteur is a grade of the fonction publique territoriale (décret
	// 2012-924) and a writer's or journalist's job in the private sector
	// (code du travail L7111-3): an occupation of both sectors that the
	// employer settles, and the dialogue asks without one
	{p: "redacteur|redactrice|redacteurs|redactrices", k: kStatus, v: statusUndecided, w: 2},
	{p: "declare|declaree|declares|ete inapte a|au|aux les? operations|operationnel|missions|interventions|port|travaux|taches|charges|terrain|gardes|nuits|conduite", k: kNone},
}

// round16bEmployerSpecs are the employers of round 16B.
var round16bEmployerSpecs = []employerSpec{
	// « matelot, marine marchande », « marin de commerce »: seafarers of
	// the merchant navy are hired by shipowners under a contrat
	// d'engagement maritime of private law (code des transports L5542-1),
	// unlike the sailors of the Marine nationale (code de la défense
	// L4111-1); the rank « matelot » is shared by both
	{p: "marine|marins|marin marchande|commerce; navigation commerciale", sector: sectorPrivate, w: 5, person: true},
	// « contrôleur aérien à la DGAC »: the direction générale de l'aviation
	// civile is a directorate of the ministry of transport (décret
	// 2008-680), its staff State agents (cep-domain.md §1.3 row 1)
	{p: "dgac; dsna; direction generale de l aviation civile", sector: sectorPublic, branch: BranchEtat, w: 4},
	// « PAF à Roissy »: the police aux frontières is a directorate of the
	// police nationale (code de la sécurité intérieure L411-1), State
	// agents; « paf » alone is also the sound of a blow (« et paf, fin de
	// contrat »), so only « la PAF » is read
	{p: "la paf; police aux frontieres; police de l air et des frontieres", sector: sectorPublic, branch: BranchEtat, w: 4, person: true},
	// « ripeur chez Veolia »: the waste and water companies are sociétés
	// anonymes (code de commerce L225-1) to which the communes delegate the
	// collection (CGCT L2224-13); their staff are private employees even
	// when they work « pour la ville » (see contractors)
	{p: "veolia; suez; paprec; nicollin; pizzorno; sepur; urbaser", sector: sectorPrivate, w: 4},
}

// kinOfOther are the family nouns that, after « son », « sa », « ses »,
// name the relative of someone else (« son père », « sa sœur »): the
// status told of them is neither the writer's nor, when the message is
// written for a relative, that relative's (cep-domain.md §4: parents
// writing for a child route on the child). Words that also open other
// nouns (« beau », « grand », « ex ») are left out: « son grand projet ».
var kinOfOther = map[string]bool{"pere": true, "mere": true, "parents": true, "papa": true, "maman": true, "mari": true,
	"femme": true, "epoux": true, "epouse": true, "conjoint": true, "conjointe": true, "compagnon": true, "compagne": true,
	"frere": true, "soeur": true, "freres": true, "soeurs": true, "oncle": true, "tante": true, "cousin": true, "cousine": true}

// retiredDeparture reports the word of retirement at j told as a
// departure (« je suis partie à la retraite l'an dernier », « parti en
// retraite anticipée », « depuis mon départ à la retraite », « j'ai pris
// ma retraite »): the writer is a retiree, and « je ne travaille plus »
// said with it is the retirement, not a job lost (cep-domain.md §1.3,
// public: « not open to inactive people (retraités) unless they hold a
// job »), as retiredNoWork of round 15A reads « je suis retraitée ».
func (a *analyser) retiredDeparture(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch a.toks[k].s {
		case "a", "la", "l", "en", "ma", "sa":
		case "parti", "partie", "partis", "parties", "pris", "prise", "depart", "mis", "mise":
			return k < j-1
		default:
			return false
		}
	}
	return false
}

// sideUndeclared reports undeclared work told as a side activity (« je
// donne aussi des cours particuliers au noir », « en plus quelques heures
// non déclarées »): beside a job held, the work without a contract is no
// rival status — round 15B reads undeclared work alone as a job seeker's
// (code du travail L8221-1), but the CEP follows the declared job
// (cep-domain.md §1.3 rows 1 and 8).
func (a *analyser) sideUndeclared(h hit) bool {
	if h.p.k != kStatus || h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	undeclared := false
	for j := h.start; j < h.end; j++ {
		switch a.toks[j].s {
		case "noir", "declares", "declare", "declaree", "declarees":
			undeclared = true
		}
	}
	if !undeclared {
		return false
	}
	return a.besideAJob(h.start)
}

// storyBefore reports an event told in a sentence that opens on « avant »
// or « auparavant » (« Avant, j'ai été ouvrier pendant 20 ans, puis l'usine
// a fermé. ») when the message states a job held now outside that
// sentence (« assistant familial employé par le conseil départemental »):
// the sentence tells what came before the job of now, as the passé
// composé with « d'abord » of round 15B; the job lost then is not the
// status (cep-domain.md §1.3 row 7 reads a loss of work that is current).
func (a *analyser) storyBefore(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	t := a.toks
	s, e := a.sentenceOf(h)
	if t[s].s != "avant" && t[s].s != "auparavant" {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && !m.p.event && m.p.w >= 4 && jobGroup(m.p.v) && (m.end <= s || m.start >= e) &&
			!a.pastClause(m) && !a.sc.rel[m.start] && !a.negated(m) && !a.wished(m) {
			return true
		}
	}
	return false
}

func sentenceEnd(r rune) bool { return r == '.' || r == '!' || r == '?' }

// datedThenWorks reports an event dated in the past (« j'ai démissionné de
// la fonction publique il y a un an », « licenciée en 2021 ») followed by a
// job the writer says he or she works in now (« et je travaille en CDI dans
// une start-up »): the story's last state is the present, as
// supersededEvent reads it after « aujourd'hui »; the present tense of
// « travailler » with « je » is the time word here (cep-domain.md §1.3 row
// 8: a CDI running).
func (a *analyser) datedThenWorks(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" || !a.longAgo(h) && !a.yearAgo(h) {
		return false
	}
	t := a.toks
	for _, m := range a.sc.hits {
		if m.start < h.end || m.p.k != kStatus || m.p.event || m.p.w < 4 || !jobGroup(m.p.v) ||
			a.negated(m) || a.sc.rel[m.start] || a.wished(m) || a.pastClause(m) {
			continue
		}
		c := t[m.start].clause
		for j := m.start - 1; j > h.end && j >= m.start-4 && t[j].clause == c; j-- {
			if (t[j].s == "travaille" || t[j].s == "bosse") && (t[j-1].s == "je" || t[j-1].s == "j") {
				return true
			}
		}
	}
	return false
}

// yearAgo reports « il y a un an » after an event in its clause, which
// longAgo (a number of years) does not read.
func (a *analyser) yearAgo(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for i := h.end; i+4 < len(t) && t[i+4].clause == c; i++ {
		if t[i].s == "il" && t[i+1].s == "y" && t[i+2].s == "a" && (t[i+3].s == "un" || t[i+3].s == "une") && (t[i+4].s == "an" || t[i+4].s == "annee") {
			return true
		}
	}
	return false
}

// round16bCommonWords are everyday words the typo corrector turned into a
// pattern word: « j'ai prêté serment » (an avocat's oath, loi 71-1130 art.
// 3) became « prêté sergent », a soldier's rank.
const round16bCommonWords = `serment serments assermente assermentee assermentes assermentees`

// endedInPastSentence reports a status word in a sentence told in the past
// that ends with the end of the contract (« J'étais technicien à l'INRAE,
// contractuel sur projet, mon contrat s'est terminé le mois dernier »): the
// words after the comma go on describing the job that ended, they are not
// the status of now (cep-domain.md §1.3 row 7, fin de CDD), as endedJob of
// round 9C reads « la fin de mon contrat AESH ».
func (a *analyser) endedInPastSentence(h hit) bool {
	if h.p.k != kStatus || h.p.event || !jobGroup(h.p.v) {
		return false
	}
	s, e := a.sentenceOf(h)
	past, ended := false, false
	for _, m := range a.sc.hits {
		switch {
		case m.p.k == kPresent && m.start >= s && m.start < e && a.toks[m.start].s != "je" && a.toks[m.start].s != "j":
			return false // « je suis toujours salarié »: a word of now in the sentence
		case m.p.k == kPast && m.start >= s && m.end <= h.start:
			past = true
		case m.p.k == kStatus && m.p.event && m.p.v == "demandeur_emploi" && m.start >= h.end && m.end <= e &&
			!a.endsLater(m) && !a.hedged(m) && !a.sc.rel[m.start]:
			ended = true
		}
	}
	return past && ended
}

// othersBelieve reports a status said as what other people believe of the
// writer (« tout le monde croit que je suis fonctionnaire mais non », « les
// gens pensent que je suis à mon compte »): a belief the writer reports, and
// usually corrects, not a statement of the writer's own (cep-domain.md §1.3:
// the status is the one the visitor holds).
func (a *analyser) othersBelieve(h hit) bool {
	if h.p.k != kStatus {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-5 && t[j].clause == c; j-- {
		if t[j].s != "que" && t[j].s != "qu" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-2 && t[k].clause == c; k-- {
			switch t[k].s {
			case "croit", "croient", "pensent", "imaginent", "disent", "prennent", "croyait", "croyaient", "pensait", "pensaient":
				return k == 0 || t[k-1].s != "je" && t[k-1].s != "j"
			}
		}
		return false
	}
	return false
}

// sentenceOf is the sentence around h: the tokens from the one after the
// last full stop before it to the one that ends its sentence.
func (a *analyser) sentenceOf(h hit) (start, end int) {
	t := a.toks
	start, end = h.start, h.end
	for start > 0 && !sentenceEnd(t[start-1].after) {
		start--
	}
	for end < len(t) && !sentenceEnd(t[end-1].after) {
		end++
	}
	return start, end
}

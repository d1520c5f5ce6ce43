package analysis

// Round 14B of issue 13 (tuning50, written by a helper who never read the
// rules: the employer, public or private, and the self-employed). Each rule
// names its source; where the text leaves a fact open, the fact stays
// unknown and the dialogue asks.

// contractEndsSoon reports an end of contract (« fin de CDD », « fin de
// contrat ») dated within days or weeks in its clause: « en fin de CDD à
// la mairie dans deux semaines », « fin de contrat le 30 de ce mois ». The
// visitor is a job seeker soon whoever the employer (cep-domain.md §1.3
// row 7 and its labelling convention « an end of contract within weeks ⇒
// job seeker »), and so does one just ended (« je viens de finir mon
// contrat »); an end months away (« fin de contrat dans 6 mois ») or
// undated leaves the agent with the employer's door (row 1, settleSector).
// The military keep theirs even within weeks: Défense mobilité accompanies
// their reconversion before and after they leave (code de la défense
// L4139-5; cep-domain.md §1.5, armées).
func (a *analyser) contractEndsSoon() bool {
	if a.branch() == BranchArmees {
		return false
	}
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "demandeur_emploi" || !h.p.event || a.negated(h) {
			continue
		}
		for j := h.start; j < h.end; j++ {
			switch a.toks[j].s {
			case "contrat", "cdd", "fin":
				if a.soonDate(a.toks[h.start].clause) || a.soonDateAside(a.toks[h.start].clause) || a.justEnded(h) {
					return true
				}
			}
		}
	}
	return false
}

// justEnded reports an end of contract told with « venir de » (« je viens
// de finir mon contrat au département », « elle vient de terminer son
// CDD »): a recent past, the contract is over.
func (a *analyser) justEnded(h hit) bool {
	t := a.toks
	return h.start >= 2 && t[h.start-1].clause == t[h.start].clause && (t[h.start-1].s == "de" || t[h.start-1].s == "d") &&
		(t[h.start-2].s == "viens" || t[h.start-2].s == "vient" || t[h.start-2].s == "venons")
}

// soonDate reports a date within a few weeks in clause c: « dans deux
// semaines », « dans 10 jours », « dans quinze jours », « la semaine
// prochaine », « le 30 de ce mois », « fin du mois », « demain »,
// « vendredi ».
func (a *analyser) soonDate(c int32) bool {
	if a.soonDayOrMonth(c) {
		return true // « le 4 juillet », « début juillet » said in June (round 17i)
	}
	if a.soonFromHere(c) {
		return true // « d'ici deux semaines » (round 18C)
	}
	t := a.toks
	for i, tk := range t {
		if tk.clause != c {
			continue
		}
		switch tk.s {
		case "jour", "jours", "semaine", "semaines":
			if i >= 2 && t[i-2].s == "dans" && t[i-2].clause == c {
				n := t[i-1]
				if v, k := leadingInt(n.s); n.num && k == len(n.s) && v >= 1 && v <= 45 ||
					soonCounts[n.s] || n.s == "quinze" || n.s == "quelques" {
					return true
				}
			}
			if i+1 < len(t) && t[i+1].clause == c && (t[i+1].s == "prochaine" || t[i+1].s == "prochain") && tk.s == "semaine" {
				return true
			}
		case "mois":
			// « le 30 de ce mois », « ce mois-ci », « fin du mois »
			if i >= 1 && t[i-1].clause == c && t[i-1].s == "ce" {
				return true
			}
			if i >= 2 && t[i-1].s == "du" && t[i-2].s == "fin" && t[i-2].clause == c {
				return true
			}
		case "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche":
			return true
		}
	}
	return false
}

// civicHost reports a job word naming the host of a civic service in the
// same clause (« je fais un service civique à la préfecture », « en
// service civique dans une école »): the volunteer has no employment
// contract with the host (code du service national, L120-7: « le contrat
// de service civique … n'emporte pas de lien de subordination
// caractéristique du contrat de travail »), so the host is no employer
// and the status stays unknown (asked).
func (a *analyser) civicHost(h hit) bool {
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "-" || a.toks[m.start].s != "service" {
			continue
		}
		if a.toks[m.start].clause == a.toks[h.start].clause && h.start >= m.end {
			return true
		}
	}
	return false
}

// canteenOfSchool reports a primary school named as the place of a canteen
// (« cuisinier dans la cantine d'une école primaire », « à la restauration
// scolaire de l'école maternelle »): school catering of the first degree
// is an optional service of the commune (code de l'éducation L131-13),
// which may run it itself or entrust it to a caterer under a public
// contract or a concession (code de la commande publique L1121-1,
// L1111-1), whose staff are private employees. The school says where the
// canteen is, not who employs its cook: the dialogue asks. (The collèges'
// and lycées' kitchens are the département's and the région's own staff,
// cep-domain.md §1.5, and are left as they are; an employer named outright,
// « employée par la mairie », « pour Elior », still decides.)
func (a *analyser) canteenOfSchool(h hit) bool {
	t := a.toks
	if h.p.k == kSector && h.end < len(t) && (t[h.end-1].s == "restaurant" || t[h.end-1].s == "restaurants") &&
		(t[h.end].s == "scolaire" || t[h.end].s == "scolaires") {
		return true // « au restaurant scolaire »: a school canteen, no restaurant business
	}
	if h.p.k != kSector || h.p.v != sectorPublic || t[h.start].s != "ecole" && t[h.start].s != "ecoles" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		switch t[j].s {
		case "cantine", "cantines", "scolaire", "restauration", "refectoire", "self":
			return true
		}
		if !joinWords[t[j].s] {
			return false
		}
	}
	return false
}

// round14bSpecs are the patterns of round 14B.
var round14bSpecs = []patSpec{
	// « au restaurant scolaire », « dans un restaurant scolaire »: a school
	// canteen (canteenOfSchool), not a restaurant business of the private
	// sector
	{p: "au|du|le|un|dans|en restaurant|restaurants scolaire|scolaires", k: kNone},
	{p: "dans|a le|la|un|une|l restaurant|restaurants|restauration scolaire|scolaires", k: kNone},
	// « retraitée de l'enseignement et je fais des cours en auto-entreprise »:
	// the present tense of the writer after a past marker typed in the same
	// clause, like « je suis », « je travaille » (lexicon.go,
	// betweenPastAndPresent); a retiree who works is in the CEP (arrêté du
	// 16 juillet 2014, annexe §1.2)
	{p: "je|j fais", k: kPresent},
	// « elle tient encore son épicerie », « il tient toujours sa boutique »:
	// running a shop of one's own with a third-person possessive or an
	// adverb between (lexicon.go has « je tiens un commerce »); a
	// commerçant is a self-employed of row 8 (code de commerce L121-1)
	{p: "tiens|tient|tenons|tiennent|tenait encore|toujours? son|sa|leur|notre|mon|ma|un|une restaurant|bar|commerce|boutique|magasin|salon|hotel|gite|camping|epicerie|boulangerie|pharmacie|cafe|tabac|librairie|superette|brasserie|creperie|pizzeria|snack|fleuristerie|quincaillerie", k: kStatus, v: "independant", w: 4},
	// « VTC » as one's job: the drivers of voitures de transport avec
	// chauffeur are mostly their own operators (code des transports L3122-1,
	// registre des exploitants), as micro-entrepreneurs or companies; a
	// salaried driver says « salarié » or « en CDI », stronger words, and
	// every one of these routes alike (row 8)
	{p: "vtc", k: kStatus, v: "independant", w: 3},
	// the contrat de sécurisation professionnelle of an employee dismissed
	// for economic reasons (code du travail L1233-65 to L1233-70): the
	// contract of employment is broken, the beneficiary is followed by
	// France Travail (cep-domain.md §1.3 row 7 names the CSP). « CSP » alone
	// is also a socio-professional category (« CSP+ »): only after an
	// article or « en »
	{p: "un|en|mon|le|du|au|ce csp", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "contrat de securisation professionnelle", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « en formation de soudeur financée par France Travail »: a trainee of
	// vocational training for job seekers (row 7, « stagiaire de la
	// formation pro »), the trade named between (lexicon.go has the words
	// side by side)
	// « salarié de droit public »: the everyday word for an employee, said
	// by a contractuel of public law (code général de la fonction publique
	// L332-1 s.); the law of the contract decides (row 1)
	{p: "salarie|salariee|salaries|salariees de|du droit public", k: kStatus, v: "agent_public", w: 6},
	{p: "formation _ _? _? financee|payee|remuneree par france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 4},
}

// diplomaAge reports « <diploma> à N ans » told as a step of a story
// (« CAP boulangerie à 16 ans, ouvrier jusqu'à 30 ans », « mon bac à 18
// ans puis l'armée »): the age at which the diploma was taken, not the age
// of now, like eventAge's « j'ai quitté l'école à 16 ans » (and « jusqu'à
// N ans », the end of a period). A diploma to
// take (« passer un CAP à 45 ans, c'est possible ? ») is the age of now.
func (a *analyser) diplomaAge(i int) bool {
	t := a.toks
	if i < 2 || t[i-1].s != "a" {
		return false
	}
	c := t[i].clause
	if t[i-2].s == "jusqu" && t[i-2].clause == c {
		// « ouvrier jusqu'à 30 ans », « aidée jusqu'à 25 ans »: the bound of
		// a period, not the age of now
		return true
	}
	for k := i - 2; k >= 0 && k >= i-4 && t[k].clause == c; k-- {
		s := t[k].s
		if diplomaWords[s] {
			for j := k - 1; j >= 0 && j >= k-3 && t[j].clause == c; j-- {
				if planVerbs[t[j].s] {
					return false
				}
			}
			return true
		}
		switch s {
		case "et", "mais", "je", "j", "il", "elle", "on", "nous", "vous", "ils", "elles", "tu", "maintenant", "aujourd", "actuellement", "ai", "suis":
			return false
		}
	}
	return false
}

var diplomaWords = map[string]bool{"cap": true, "bep": true, "bac": true, "bts": true, "dut": true, "brevet": true,
	"licence": true, "master": true, "diplome": true, "cqp": true, "bp": true}

// planVerbs before a diploma make it one to take, not one taken.
var planVerbs = map[string]bool{"passer": true, "faire": true, "preparer": true, "reprendre": true, "obtenir": true,
	"tenter": true, "avoir": true, "viser": true, "commencer": true, "suivre": true, "valider": true, "possible": true}

// microAside reports the micro-entreprise named in an aside right after the
// clause of an independent's word (« dev web en freelance (micro) »,
// « graphiste indépendante, en micro »): the regime of the
// micro-entrepreneur (code de la sécurité sociale L613-7), the more
// precise status the visitor declares (lexicon.go weighs it 6).
func (a *analyser) microAside() bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "independant" || a.negated(h) || a.pastClause(h) {
			continue
		}
		c := t[h.start].clause
		j := h.end
		for j < len(t) && t[j].clause == c {
			j++
		}
		if j >= len(t) || t[j].clause != c+1 {
			continue
		}
		k := j
		for k < len(t) && t[k].clause == c+1 {
			k++
		}
		words := t[j:k]
		if len(words) == 2 && (words[0].s == "en" || words[0].s == "statut") {
			words = words[1:]
		}
		if len(words) == 1 && (words[0].s == "micro" || words[0].s == "auto" || words[0].s == "ae") {
			return true
		}
	}
	return false
}

// pastTold reports a status word told in the past tense (« en recherche
// d'emploi depuis un an, j'étais commercial »): the job that came before
// the event, which cannot supersede it (supersededEvent), unlike « depuis
// je suis en CDI ».
func (a *analyser) pastTold(m hit) bool {
	return a.pastClause(m)
}

// planBeforePuis are the verbs of a wish or a plan: a « puis » after one
// orders the steps of the plan (« il est artisan maçon et voudrait
// transmettre son entreprise puis faire autre chose »), not a story whose
// first part is over (beforePuis), so the job before the wish is held now.
var planBeforePuis = map[string]bool{"voudrait": true, "voudrais": true, "veut": true, "veux": true, "voulons": true,
	"aimerait": true, "aimerais": true, "souhaite": true, "souhaiterait": true, "souhaiterais": true, "envisage": true,
	"compte": true, "projette": true, "prevoit": true, "prevois": true, "vais": true, "va": true, "pense": true}

// employedBy reports a private employer named as such after « employé(e)
// par », « salarié(e) de », « payé(e) par », « embauché(e) par » (« employée
// par l'OGEC », « salarié d'une association »): the party to the contract of
// employment (code du travail L1221-1), which outweighs the kind of place
// where the work is done (« collège privé sous contrat », where teachers are
// the State's contractuels, code de l'éducation L442-5, but the other staff
// are employed by the school's managing body).
func (a *analyser) employedBy(h hit) bool {
	t := a.toks
	if h.p.k != kSector || h.p.v != sectorPrivate {
		return false
	}
	// round 17G: the same party named in the active voice (« c'est une
	// boîte de nettoyage qui m'emploie », round17gEmployerSpecs), the verb
	// inside the pattern
	if employsWords[t[h.end-1].s] {
		return true
	}
	if h.start < 2 {
		return false
	}
	c := t[h.start].clause
	j := h.start - 1
	switch t[j].s {
	case "l", "la", "le", "les", "un", "une", "cette", "son", "sa":
		j--
	}
	if j < 1 || t[j].clause != c || t[j].s != "par" && t[j].s != "de" && t[j].s != "d" {
		return false
	}
	return t[j-1].clause == c && employedWords[t[j-1].s]
}

// employsWords end the active-voice employer patterns of round 17G.
var employsWords = map[string]bool{"emploie": true, "emploient": true, "paye": true, "paie": true, "payent": true, "paient": true,
	"salarie": true, "salarient": true, "remunere": true, "remunerent": true}

var employedWords = map[string]bool{"employe": true, "employee": true, "employes": true, "employees": true, "salarie": true,
	"salariee": true, "salaries": true, "salariees": true, "paye": true, "payee": true, "embauche": true, "embauchee": true,
	"recrute": true, "recrutee": true, "remunere": true, "remuneree": true}

// privateEmployerNamed reports a private employer named outright now
// (employedBy): a public institution named beside it (« hôtesse d'accueil à
// la préfecture, salariée d'une société de gardiennage ») is the client's
// building, no rival status (calibrated).
func (a *analyser) privateEmployerNamed() bool {
	for _, h := range a.sc.hits {
		if a.employedBy(h) && !a.negated(h) && !a.pastClause(h) && !a.ofRelative(h) && !a.wished(h) {
			return true
		}
	}
	return false
}

// closedByRelative reports a self-employed activity taken up by a relative
// clause that closes it (« j'ai ouvert un food-truck en micro-entreprise,
// que j'ai fermé en janvier », « mon salon, que j'ai vendu l'an dernier »):
// what ended, like « j'ai fermé mon auto-entreprise » (objectOfEvent).
func (a *analyser) closedByRelative(h hit) bool {
	if h.p.k != kStatus || statusGroup(h.p.v) != "independant" {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	j := h.end
	for j < len(t) && t[j].clause == c {
		j++
	}
	if j >= len(t) || t[j].clause != c+1 || t[j].s != "que" && t[j].s != "qu" {
		return false
	}
	for k := j + 1; k < len(t) && k <= j+4 && t[k].clause == c+1; k++ {
		if closingVerbs[t[k].s] {
			return true
		}
	}
	return false
}

var closingVerbs = map[string]bool{"ferme": true, "fermee": true, "vendu": true, "vendue": true, "cede": true, "cedee": true,
	"arrete": true, "arretee": true, "radie": true, "radiee": true, "liquide": true, "liquidee": true, "revendu": true,
	"revendue": true, "abandonne": true, "abandonnee": true, "quitte": true, "quittee": true}

// salarieOfPublicLaw reports the word « salarié » said by a writer who
// names a public-law contract now (« cuisinier salarié de la ville, en
// CDD de droit public »): no rival of the agent public it describes.
func (a *analyser) salarieOfPublicLaw(h hit) bool {
	switch a.toks[h.start].s {
	case "salarie", "salariee", "salaries", "salariees":
	default:
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "agent_public" || m.end-m.start < 2 || a.toks[m.end-2].s != "droit" || a.toks[m.end-1].s != "public" {
			continue
		}
		if !a.negated(m) && !a.pastClause(m) && !a.wished(m) && !a.ofRelative(m) {
			return true
		}
	}
	return false
}

// publicLawSalarie turns « salarié » into an agent public when a public-law
// contract is named now with the same strength (« cuisinier salarié de la
// ville, en CDD de droit public »): the everyday word does not say the
// sector, the law of the contract does (row 1). Any other private word as
// strong (« en CDI dans une PME ») leaves the status as it is.
func (a *analyser) publicLawSalarie(best string, bestW int8) string {
	if best != "salarie_prive" {
		return best
	}
	public := false
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok || w < bestW {
			continue
		}
		switch {
		case v == "salarie_prive" && !a.salarieOfPublicLaw(h):
			return best
		case v == "agent_public" && h.end-h.start >= 2 && a.toks[h.end-1].s == "public" && a.toks[h.end-2].s == "droit":
			public = true
		}
	}
	if public {
		return "agent_public"
	}
	return best
}

// tradeLicence reports « licence » with nothing after it that names a
// field of study, next to a trade that needs a licence (« mon conjoint est
// taxi, il a sa licence », « VTC, j'ai ma licence depuis 2018 »): the taxi's
// autorisation de stationnement (code des transports L3121-1) or a bar's
// licence (code de la santé publique L3331-1), no degree — which would send
// a job seeker to the Apec (row 6).
func (a *analyser) tradeLicence(h hit) bool {
	t := a.toks
	if h.end < len(t) && t[h.end].clause == t[h.start].clause {
		switch t[h.end].s {
		case "en", "de", "d", "pro", "professionnelle", "3", "l3":
			return false // « licence en droit », « licence de lettres », « licence pro »
		}
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && t[j].clause+1 >= c; j-- {
		if nonDegreeLicence[t[j].s] {
			return true
		}
	}
	return false
}

// mixedPractice reports a public workplace named as a place of work of
// the writer (« … et à mi-temps à l'hôpital », « je fais des vacations à
// l'hôpital »), not as a landmark or a partner (« mon cabinet est près de
// l'hôpital », « des patients envoyés par l'hôpital »).
func (a *analyser) mixedPractice() bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if v, w, ok := a.statusCandidate(h); !ok || v != "agent_public" || w != 3 {
			continue
		}
		c := t[h.start].clause
		at := false
		for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == c; j-- {
			switch t[j].s {
			case "pres", "proche", "face", "cote", "loin", "par", "avec", "vers", "envoyes", "envoyees":
				return false
			case "a", "au", "dans":
				at = true
			}
		}
		return at
	}
	return false
}

// yearsAfter reports « après N ans » (« après 15 ans », « après dix années »)
// at token j: the years of a past experience, which end the scope of a
// wish before them (« je cherche un poste de directeur commercial après
// 15 ans comme cadre »: the cadre is the writer's past, not the job
// sought; a job-seeking former cadre goes to the Apec, cep-domain.md §1.3
// row 6).
func (a *analyser) yearsAfter(j int) bool {
	t := a.toks
	if j+2 >= len(t) || t[j].s != "apres" || t[j+2].clause != t[j].clause {
		return false
	}
	n := t[j+1]
	if !(n.num || numberWords[n.s] > 0 || n.s == "plusieurs" || n.s == "quelques") {
		return false
	}
	switch t[j+2].s {
	case "ans", "annees":
		return true
	}
	return false
}

package analysis

// Round 17H of issue 13 (tuning63: public or private employers — hospitals,
// schools, collectivités, the State, public companies and private-law
// bodies, private firms working for public bodies — with the contract told:
// a CDD ending, a PEC, vacations, a rupture conventionnelle). The rules of
// earlier rounds are made to catch the same facts told in other words; a
// fact stays unknown where no general reading is safe. Each rule names its
// source.

// round17hSms are a phone's spellings without the apostrophe: « mon cdd
// sarrete le 15 » is « s'arrête », as « sest » (lexicon.go) is « s'est ».
var round17hSms = map[string]string{"sarrete": "s arrete", "sarretent": "s arretent", "sarretera": "s arretera",
	"sacheve": "s acheve", "sachevera": "s achevera"}

// round17hSpecs are the status patterns of round 17H.
var round17hSpecs = []patSpec{
	// « employé municipal », « employée communale »: the staff of a commune
	// (CGFP L4), titulaires or contractuels de droit public, as « agent
	// municipal »; « employé » alone is the private word (a PEC, a contract
	// of private law, is said as such and stays a rival)
	{p: "employe|employee|employes|employees municipal|municipale|municipaux|municipales|communal|communale|communaux|communales", k: kStatus, v: "agent_public", w: 4},
	// « je cherche un vrai taf », « une vraie place »: the search of
	// lexicon.go (« je cherche un travail ») with the adjective that says
	// the job looked for is a lasting one; a job held beside it still wins
	// (jobBesideSearch, round 13A); the infinitive is left out (« il ne
	// sait pas s'il doit chercher un vrai travail » weighs a choice)
	{p: "cherche|recherche|cherchons|cherches|cherchent|recherchent un|une vrai|vraie|veritable " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « recruté par la voie réservée aux travailleurs handicapés », « recrutée
	// par le biais d'un concours »: the way of the hiring, not an employer
	// (« recruté par une PME »)
	{p: "recrute|recrutee|recrutes|recrutees|embauche|embauchee par la|le voie|biais|concours", k: kNone},
}

// round17hEmployerSpecs are the employers of round 17H.
var round17hEmployerSpecs = []employerSpec{
	// the collectivités territoriales uniques of Martinique and Guyane (loi
	// n° 2011-884 du 27 juillet 2011, CGCT L7111-1 and L7211-1), named by
	// their initials as « CTM » and « CTG » in the islands
	{p: "ctm|ctg", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	// « la com de com », « la com com »: the communauté de communes (CGCT
	// L5214-1) in spoken French
	{p: "com de|d com; comcom; com com", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	// « salarié en CDI d'une entreprise qui livre les repas des écoles pour
	// le syndicat intercommunal »: the company after « salarié de » is the
	// employer named outright, as « payée par une entreprise de nettoyage »
	// (round 7) and « une boîte qui m'emploie » (round 17G); the public body
	// after it is the client (code de la commande publique L1111-1)
	{p: "salarie|salariee|salaries|salariees en? cdi|cdd? d|de un|une grand|grande|gros|grosse|petit|petite? entreprise|societe|boite|prestataire|transporteur|association|agence|esn", sector: sectorPrivate, w: 5},
}

func init() {
	// « salariée de l'OGEC »: the organisme de gestion of a Catholic school
	// employs its staff under private law; only the teachers of a school
	// under contract are agents of the State (code de l'éducation L442-5,
	// L914-1), so « comme les profs » beside it names no teacher
	notSchoolTeaching["ogec"] = true
}

// soonDateAside reports a date within weeks told in the aside right after
// clause c (« mon contrat s'arrête fin août, dans 3 semaines »): the
// apposition dates the end of clause c, as « se termine dans trois
// semaines » does within it (soonDate, round 14B).
func (a *analyser) soonDateAside(c int32) bool {
	t := a.toks
	for i := 0; i < len(t); i++ {
		if t[i].clause != c+1 {
			continue
		}
		if i == 0 || t[i-1].clause != c || sentenceEnd(t[i-1].after) || t[i].s != "dans" {
			return false
		}
		n := 0
		for j := i; j < len(t) && t[j].clause == c+1; j++ {
			n++
		}
		return n <= 4 && a.soonDate(c+1)
	}
	return false
}

// settleR17h is round 17H's last word on the status picked (best, of
// strength w, an event or not), before calibration: it may turn it to a job
// seeker (an end within weeks that the employer will not renew, a
// departure within weeks after a rupture conventionnelle) or leave it
// unknown (ask: false).
func (a *analyser) settleR17h(best string, w int8, event, cddEnds bool) (string, int8, bool, bool) {
	if best != "" && a.workUnknown() {
		return "", 0, false, false
	}
	if best == "agent_public" && (cddEnds || a.contractEndsSoon()) && a.branch() != BranchArmees && a.notRenewedSaid() {
		// « mon CDD au CH se termine dans trois semaines, il ne sera pas
		// renouvelé »: an end within weeks makes a job seeker (cep-domain.md
		// §4), and the non-renewal says the public employer keeps no door
		// open; an end without that word stays row 1 (round 14B). The
		// military keep Défense mobilité (contractEndsSoon).
		a.ev.word = "demandeur_emploi"
		return "demandeur_emploi", 5, true, true
	}
	if (best == "agent_public" || best == "salarie_prive") && a.leavesSoonAfterBreak() {
		a.ev.word = "demandeur_emploi"
		return "demandeur_emploi", 5, true, true
	}
	return best, w, event, true
}

// notRenewedSaid reports the non-renewal of the contract told (« il ne
// sera pas renouvelé », « pas de renouvellement », « ils renouvellent
// pas »).
func (a *analyser) notRenewedSaid() bool {
	t := a.toks
	for i := range t {
		switch t[i].s {
		case "renouvele", "renouvelee", "renouveles", "renouvelees", "renouvellement":
			for j := i - 1; j >= 0 && j >= i-3 && t[j].clause == t[i].clause; j-- {
				switch t[j].s {
				case "pas", "plus", "non", "jamais", "sans", "aucun":
					return true
				}
			}
		case "cdiser", "garder", "gardee", "garde", "gardes", "gardees", "titulariser":
			// « ils veulent pas me cdiser », « ils m'ont pas gardée »
			for j := i - 1; j >= 0 && j >= i-4 && t[j].clause == t[i].clause; j-- {
				if t[j].s == "pas" || t[j].s == "plus" {
					return true
				}
			}
		case "renouvelle", "renouvellent", "renouvelera", "renouveleront":
			if i+1 < len(t) && t[i+1].clause == t[i].clause && (t[i+1].s == "pas" || t[i+1].s == "plus") {
				return true
			}
		}
	}
	return false
}

// leavesSoonAfterBreak reports a departure within weeks (« je quitte mes
// fonctions dans quinze jours », « je pars le 30 du mois ») in a message
// that tells a rupture conventionnelle, a dismissal or a resignation: the
// contract ends within weeks, which makes a job seeker (cep-domain.md §4;
// §1.3 row 7: « rupture conventionnelle »), as an end of CDD dated so
// (round 14B). A departure far off stays in work (endsLater, dates.go).
func (a *analyser) leavesSoonAfterBreak() bool {
	t := a.toks
	if !a.breakOfWriter() {
		return false
	}
	for i := 1; i < len(t); i++ {
		switch t[i].s {
		case "quitte", "pars", "part":
			if (t[i-1].s == "je" || t[i-1].s == "j") && t[i-1].clause == t[i].clause && !a.farDate(t[i].clause) && a.soonDate(t[i].clause) {
				return true
			}
		case "depart":
			if a.departureSoon(i) {
				return true // « mon départ est fixé au 30 » (round 18C)
			}
		}
	}
	return false
}

// breakOfWriter reports a rupture conventionnelle, a dismissal or a
// resignation told as the writer's, neither negated nor hedged: what
// leavesSoonAfterBreak and departureSoonAfterBreak (round 18F) date.
func (a *analyser) breakOfWriter() bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "demandeur_emploi" || !h.p.event || a.negated(h) || a.hedged(h) {
			continue
		}
		for j := h.start; j < h.end; j++ {
			switch t[j].s {
			case "rupture", "licencie", "licenciee", "licenciement", "demission", "demissionne", "demissionnee":
				return true
			}
		}
	}
	return false
}

// workUnknown reports the writer saying that he or she does not know
// whether the person works (« je ne sais pas si elle travaille en ce
// moment », « je ne sais pas où il en est, s'il travaille encore »): the
// status is asked, as round 13B asks the employer the writer does not know
// (employerUnknown).
func (a *analyser) workUnknown() bool {
	t := a.toks
	for k := 2; k < len(t); k++ {
		switch t[k].s {
		case "travaille", "travaillent", "bosse", "bossent", "taffe":
		default:
			continue
		}
		p := k - 1
		// a third person: the writer knows whether he or she works (« je
		// sais pas si je fais un master ou si je bosse » is a choice)
		if t[p].s != "il" && t[p].s != "elle" && t[p].s != "ils" && t[p].s != "elles" {
			continue
		}
		p--
		if p < 0 || t[p].s != "si" && t[p].s != "s" {
			continue
		}
		for j := p - 1; j >= 0 && j >= p-12 && !sentenceEnd(t[j].after); j-- {
			if a.unsureBefore(j + 1) {
				return true
			}
		}
	}
	return false
}

// notHeldR17h reports a status said of people in general
// (othersInContract), or a public job word or contract word (« AED »,
// « contractuel à la DDTM ») beside the end of that contract within weeks,
// told not renewed: the job is what ends, not a rival status of now, as
// endingContractOf (round 15B) reads « mon contrat d'AESH se termine ». A
// titulaire's word (« fonctionnaire ») and the military (Défense mobilité,
// contractEndsSoon) are kept.
func (a *analyser) notHeldR17h(h hit) bool {
	if a.othersInContract(h) {
		return true
	}
	if h.p.k != kStatus || h.p.v != "agent_public" || h.p.event || h.p.w > 4 && !a.contractWord(h) {
		return false
	}
	return a.notRenewedSaid() && (a.contractEndsSoon() || a.cddEndsSoon())
}

// cddEndsSoon reports a contract word said to end within weeks in its
// clause or the aside after it (« AESH en CDD qui finit dans 3 semaines »,
// contractEnds).
func (a *analyser) cddEndsSoon() bool {
	for _, h := range a.sc.hits {
		if h.p.k == kStatus && endingContract[a.toks[h.start].s] && a.contractEnds(h) {
			c := a.toks[h.start].clause
			if a.soonDate(c) || a.soonDateAside(c) {
				return true
			}
		}
	}
	return false
}

// cadrePerson reports « cadre » named as a person with a determiner (« la
// cadre m'a dit », « ma cadre de santé »): the nurse manager or the boss,
// not the writer's status (« je suis cadre », « statut cadre »).
func (a *analyser) cadrePerson(h hit) bool {
	t := a.toks
	if h.start == 0 || t[h.start].s != "cadre" || t[h.start-1].clause != t[h.start].clause {
		return false
	}
	switch t[h.start-1].s {
	case "la", "ma", "mon", "notre", "sa", "son", "leur", "votre", "ta", "ton":
		return true
	}
	return false
}

// pastContractAside marks as past a short aside without a verb that names
// a contract right after a past clause of the same sentence (« j'ai été
// infirmière en clinique pendant 11 ans, en CDI. », « je travaillais à
// l'office de tourisme, en CDD saisonnier. »): the detached complement
// tells the contract of the job just told (usage: the apposition belongs to
// the clause before it), as pastGoesOn (round 9C) reads « puis à l'armée ».
// An aside that says now (« en CDI depuis 2021 », « en CDI maintenant ») or
// that the sentence goes on after (« en CDI, et mon poste m'attend ») is
// left as it is.
func (a *analyser) pastContractAside() {
	sc, t := a.sc, a.toks
	for i := 1; i+1 < len(t); i++ {
		c := t[i].clause
		if t[i].s != "en" || t[i-1].clause == c || sentenceEnd(t[i-1].after) || !sc.past[c-1] || sc.present[c-1] || sc.past[c] || sc.present[c] {
			continue
		}
		contract, n := false, 0
		for j := i + 1; j < len(t) && t[j].clause == c; j++ {
			n++
			switch t[j].s {
			case "cdi", "cdd", "interim", "contrat":
				contract = contract || j == i+1
			case "depuis", "maintenant", "actuellement", "aujourd", "toujours", "encore", "je", "j", "il", "elle", "on", "nous", "suis", "est":
				n = 99
			}
		}
		if contract && n <= 3 && (a.sentenceEndsClause(c) || t[len(t)-1].clause == c) {
			sc.past[c] = true
			sc.pastFrom[c] = int32(i)
		}
	}
}

// clauseEndsParen reports clause c ending on an opening parenthesis (« mon
// contrat aidé à l'école (aide administrative) s'est arrêté »): the clause
// after the parenthesis goes on with its subject, as contractEnds (round
// 17A) reads it when the contract word itself stands before the parenthesis.
func (a *analyser) clauseEndsParen(c int32) bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		if t[i].clause == c && t[i+1].clause != c {
			return t[i].after == '('
		}
	}
	return false
}

// othersInContract reports a contract or status said of people in general
// (« la mairie prenait des gens en PEC », « ils embauchent des jeunes en
// apprentissage »): the plural names other people, as others
// (calibrate.go) reads « j'accompagne les chômeurs ».
func (a *analyser) othersInContract(h hit) bool {
	t := a.toks
	i := h.start
	if h.p.k != kStatus || i < 3 || t[i-3].clause != t[i].clause {
		return false
	}
	if t[i-1].s != "en" && t[i-1].s != "au" || !peopleNouns[t[i-2].s] {
		return false
	}
	switch t[i-3].s {
	case "des", "les", "ces", "aux":
		return true // (« transport de personnes en micro-entreprise »: a trade)
	}
	return false
}

var peopleNouns = map[string]bool{"gens": true, "personnes": true, "jeunes": true, "candidats": true, "salaries": true, "agents": true}

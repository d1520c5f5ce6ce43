package analysis

// Round 13 B of issue 13 (tuning47): the border between public and private
// employers — bodies with a public mission whose staff are under private
// law, public bodies that fund or authorise a private employer, contractors
// and reservists inside public institutions — and the messages that name
// an employer without saying the writer works there (a question, a wish, a
// client's errand, a doubt). The rule of the round is the issue's: where the
// message does not settle the employer, the dialogue asks.

// round13bEmployerSpecs are employers of round 13 B.
var round13bEmployerSpecs = []employerSpec{
	// sociétés d'économie mixte locales and sociétés publiques locales are
	// sociétés anonymes (code général des collectivités territoriales
	// L1521-1 and L1531-1): their staff are private-law employees (code du
	// travail), whatever the collectivités holding the capital. « sem » is
	// also a phone clipping of « semaine »: only after a determiner, and not
	// before the words of a week.
	{p: "une|la|cette|notre|d sem|saem|spl|sempl; societe|societes d economie mixte; societe|societes publique|publiques locale|locales; entreprise|entreprises publique|publiques locale|locales", sector: sectorPrivate, w: 5},
	{p: "une|la|cette|notre|d sem prochaine|derniere|passee|pro|suivante", sector: sectorNeutral},
	// établissements publics industriels et commerciaux: their staff are
	// under private law but for the director and the public accountant
	// (Conseil d'État, sect., 8 mars 1957, Jalenques de Labeau; Tribunal
	// des conflits, 15 janvier 1968, Air France c/ époux Barbier)
	{p: "un|l|en|d epic; etablissement|etablissements public|publics industriel|industriels et commercial|commerciaux", sector: sectorPrivate, w: 5},
	// EPIC of research and of the State's industry, named (code de la
	// recherche L332-1 for the CEA, L331-1 for the CNES; décret n° 84-428
	// for the Ifremer; décret n° 59-1205 for the BRGM), and companies once
	// public, now sociétés anonymes: Française des jeux (loi n° 2019-486,
	// art. 137), ADP (not « Aéroports de Paris »: « Paris » is read as a
	// town), Air France, Imprimerie nationale (loi n° 93-1419). All
	// private-law staff (code du travail). Not the régies of city transport
	// by their names: some are EPIC, some régies with public staff, and the
	// tuning sets leave them to the dialogue.
	{p: "cea|cnes|ifremer|brgm|fdj; commissariat a l energie atomique; centre national d etudes spatiales; francaise des jeux; adp; groupe adp; air france; imprimerie nationale", sector: sectorPrivate, w: 4},
	// defence industry: sociétés anonymes or SAS (Registre national des
	// entreprises), not the armed forces (code de la défense L4111-1)
	{p: "mbda|knds|nexter|arquus|arianegroup; naval group; ariane group", sector: sectorPrivate, w: 4},
	// the national caisses of social security and the caisses of
	// complementary pensions: their staff are under the conventions
	// collectives of social security (code de la sécurité sociale L123-1)
	// or are private-law institutions (L922-1, AGIRC-ARRCO); the CNAM is
	// also the Conservatoire national des arts et métiers, a public
	// establishment (code de l'éducation L717-1): ambiguous
	{p: "cnav|cnaf|acoss|carsat|cram|cgss; caisse|caisses primaire|primaires; caisse|caisses d allocations familiales; caisse|caisses nationale d assurance vieillesse; caisse|caisses de retraite complementaire|complementaires; agirc arrco; malakoff humanis; ag2r; klesia; pro btp", sector: sectorPrivate, w: 4},
	{p: "cnam", sector: sectorAmbiguous, w: 5},
	// mutuelles are private-law bodies (code de la mutualité L111-1); their
	// names are also said by their members (« je suis à la MGEN »): they
	// settle the sector only with a verb or an occupation (w 3, like the
	// associations of round 7). A mutualist health centre is a place of
	// work of the mutuelle.
	{p: "mutuelle|mutuelles|mgen|mnh|matmut|macsf|mutualite; harmonie mutuelle", sector: sectorPrivate, w: 3},
	{p: "mutualiste|mutualistes", sector: sectorPrivate, w: 4},
	// foundations are private-law persons (loi n° 87-571, art. 18);
	// Institut Pasteur, a foundation (décret du 4 juin 1887)
	{p: "fondation|fondations", sector: sectorPrivate, w: 3},
	{p: "institut pasteur", sector: sectorPrivate, w: 5},
	// private higher education (code de l'éducation L731-1: établissements
	// d'enseignement supérieur privés, among them the catholic universities)
	{p: "universite|universites|institut|instituts|fac|faculte catholique|catholiques|privee|privees; universite|universites|fac|faculte libre|libres", sector: sectorPrivate, w: 5},
	// private schools not under contract employ their teachers under
	// private law (code de l'éducation L442-2); the OGEC, associations loi
	// 1901, employ the non-teaching staff of catholic schools under
	// contract (CCN EPNL); the maisons familiales rurales are associations
	// employing their own monitors (code rural L813-8)
	{p: "hors contrat", sector: sectorPrivate, w: 5},
	{p: "ogec", sector: sectorPrivate, w: 5},
	{p: "maison|maisons familiale|familiales rurale|rurales; mfr", sector: sectorPrivate, w: 5},
	// teachers of private schools under contract, typed on a phone
	// (« privé ss contrat »): State agents as in employers.go
	{p: "prive|privee|privees|prives ss contrat", sector: sectorPublic, branch: BranchEducation, w: 5},
	// EHPAD run by an association or a mutual: private employers (CASF
	// L313-1; DREES, « L'accueil des personnes âgées en établissement »)
	{p: "ehpad|ehpa asso|associatif|associative|associatifs|mutualiste|commercial|commerciale; maison|maisons de retraite asso|associatif|associative|associatifs|mutualiste|commercial|commerciale", sector: sectorPrivate, w: 5},
	// the conventions collectives govern private-law employment (code du
	// travail L2221-1); statutory public agents are outside them
	{p: "convention|conventions collective|collectives; ccn", sector: sectorPrivate, w: 5},
	// ouvriers de l'État (of the Defence ministry: décret n° 2004-1056 and
	// their own statute) and the DGA, a directorate of the ministry; its
	// civilian employees are State staff (cep-domain.md §1.5)
	{p: "ouvrier|ouvriere|ouvriers|ouvrieres d etat", sector: sectorPublic, branch: BranchEtat, w: 5, person: true},
	{p: "dga; direction generale de l armement", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "employe|employee|employes|employees|personnel civil|civile|civils|civiles", sector: sectorPublic, branch: BranchEtat, w: 5, person: true},
	// the Armée du Salut is a foundation and its associations (loi n°
	// 87-571, art. 18), not the armed forces
	{p: "armee du salut", sector: sectorPrivate, w: 5},
	// a company's departments (« au département marketing »), consulting
	// (« au conseil en stratégie »): no département nor council
	{p: "au|du|le|ce|mon|notre|un departement|departements marketing|commercial|communication|rh|ressources|informatique|technique|juridique|financier|finance|finances|comptable|comptabilite|achats|qualite|export|recherche|logistique|production|ventes|vente|it|design; departement|departements marketing|commercial|communication|rh|ressources|informatique|technique|juridique|financier|finance|finances|comptable|comptabilite|achats|qualite|export|recherche|logistique|production|ventes|vente|it|design", sector: sectorNeutral},
	{p: "au|du|le|un conseil en", sector: sectorNeutral},
	// the offices municipaux des sports, de la culture or de la jeunesse
	// are mostly associations loi 1901 working with the commune, some
	// are régies: the name does not settle the employer
	{p: "office|offices municipal|municipaux|intercommunal|intercommunaux des sports; office|offices municipal|municipaux|intercommunal|intercommunaux de la culture|jeunesse", sector: sectorAmbiguous, w: 5},
	// the agences régionales de santé, établissements publics of the State
	// (code de la santé publique L1432-1), employ public agents and
	// private-law staff under the conventions of social security alike
	{p: "agence|agences regionale|regionales de sante; ars", sector: sectorAmbiguous, w: 5},
	// chambres de métiers et de l'artisanat and chambres d'agriculture are
	// établissements publics whose staff are public-law agents under
	// their own statute (loi n° 52-1311 du 10 décembre 1952); the
	// chambres de commerce et d'industrie recruit under private law since
	// the loi n° 2019-486 (art. 40), their former agents keeping the
	// public statute: the word does not settle the law
	{p: "chambre|chambres de|des metiers; chambre|chambres d agriculture; cma", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "cci; chambre|chambres de commerce", sector: sectorAmbiguous, w: 5},
	// a private hospital calling itself « centre hospitalier privé »
	// (code de la santé publique L6161-1: établissements de santé privés)
	{p: "centre|centres hospitalier|hospitaliers prive|privee|prives|privees", sector: sectorPrivate, w: 5},
	// the public works industry is made of companies (NAF 42), whose
	// clients are public
	{p: "travaux publics", sector: sectorPrivate, w: 3, person: true},
	// a public service delegated to a company is run by the company's
	// private-law staff (code général des collectivités territoriales
	// L1411-1); « mon employeur est une association » names the employer
	{p: "delegation|delegations de service public; service|services public|publics delegue|delegues; delegataire|delegataires de service public", sector: sectorPrivate, w: 5},
	{p: "employeur est une|un association|entreprise|societe|boite|agence|mutuelle|fondation|cooperative; employeur c est une|un association|entreprise|societe|boite|agence|mutuelle|fondation|cooperative", sector: sectorPrivate, w: 5},
	// the greffes of the commercial courts are held by greffiers,
	// officiers publics et ministériels who employ their staff under
	// private law (code de commerce L741-1 s.; convention collective des
	// greffes des tribunaux de commerce), unlike the greffes of the
	// State's courts (employers.go); in Alsace-Moselle and overseas the
	// commercial chambers are the tribunal judiciaire's, rare enough here
	{p: "greffe|greffes du|des tribunal|tribunaux de commerce; tribunal|tribunaux de commerce", sector: sectorPrivate, w: 5},
}

// round13bStatusSpecs are status markers of round 13 B.
var round13bStatusSpecs = []patSpec{
	// « ouvrier d'État »: a public agent's statute, not a private worker
	{p: "ouvrier|ouvriere|ouvriers|ouvrieres d etat", k: kStatus, v: "agent_public", w: 5},
	// « employée civile au régiment »: the ministry's civilian staff; the
	// word « employée » is then no private employee's
	{p: "employe|employee|employes|employees civil|civile|civils|civiles", k: kNone},
	// « employé par la Région »: a public employer named outright (CGFP
	// art. L4) makes the word a public agent's, not a private employee's
	// (not « payée par la Région »: a training course is paid so)
	{p: "employe|employee|employes|employees|salarie|salariee par|pour la|le|l region|departement|commune|mairie|ville|metropole|collectivite|communaute|etat|ministere", k: kStatus, v: "agent_public", w: 5},
	// « office public de l'habitat », « établissement public industriel et
	// commercial »: « public » in a name says nothing of the staff (the
	// OPH employ fonctionnaires territoriaux and private-law staff alike,
	// code de la construction L421-23)
	{p: "office|offices public|publics de l habitat", k: kNone},
	{p: "etablissement|etablissements public|publics industriel|industriels", k: kNone},
	// « caisse de retraite », « conseillère retraite »: a workplace or a
	// trade, not a retiree (see notHeldR13b for the trade)
	{p: "caisse|caisses de retraite", k: kNone},
	{p: "maison|maisons de retraite", k: kNone},
	// an ESAT's monitor is its staff, public or private (CASF L344-2)
	{p: "moniteur|monitrice|moniteurs|monitrices d atelier", k: kStatus, v: statusUndecided, w: 2},
	// « je vise un poste en mairie »: an aim; and the other words of a
	// wish or an attraction (« j'ai toujours voulu être gendarme », « je
	// me verrais bien à la mairie », « pourquoi pas la fonction publique »,
	// « attirée par la fonction publique », « intéressée par un poste à la
	// CAF », « sur liste d'attente pour l'armée »)
	{p: "vise|visons|viser|visais", k: kFuture},
	{p: "voulu|voulais|voulait|revais|revait", k: kFuture},
	{p: "verrais|verrait|imaginerais|imagine", k: kFuture},
	{p: "vois bien", k: kFuture},
	{p: "pourquoi pas", k: kFuture},
	{p: "attire|attiree|attires|attirees|interesse|interessee|interesses|interessees par", k: kFuture},
	{p: "liste d attente", k: kFuture},
	// « je vais être embauché à l'hôpital en septembre »: a hire to come
	// (not « titularisée »: a contractuel is a public agent already)
	{p: "vais|va|allons etre embauche|embauchee|recrute|recrutee|pris|prise|engage|engagee", k: kFuture},
	// « public » in the name of an activity or of a place open to all says
	// nothing of the employer: the public works industry (NAF 42, private
	// companies), public procurement answered by a company (code de la
	// commande publique L2, the buyer is public, not the bidder), public
	// relations, street lighting and public transport run by companies,
	// « le grand public », « au contact du public »; « Enedis, un service
	// public »: an activity, the employer named beside it
	{p: "travaux publics", k: kNone},
	{p: "marche|marches|commande|commandes public|publics|publique|publiques", k: kNone},
	{p: "relations publiques", k: kNone},
	{p: "eclairage|transport|transports public|publics", k: kNone},
	{p: "grand public", k: kNone},
	{p: "contact|accueil du public", k: kNone},
	{p: "contact avec le public", k: kNone},
	{p: "un|une service|mission de? service? public|publique", k: kNone},
	{p: "delegation|delegations|delegataire|delegataires de service public", k: kNone},
	{p: "service|services public|publics delegue|delegues", k: kNone},
	// the Armée du Salut is a foundation and its associations (loi n°
	// 87-571, art. 18), not the armed forces
	{p: "armee du salut", k: kNone},
}

// notEmployerR13b reports an employer word of round 13 B that does not
// name the writer's employer now (notTheEmployer).
func (a *analyser) notEmployerR13b(h hit) bool {
	return a.hospitalTitleInClinic(h) || a.privateVenueOfTown(h) || a.relativeOf(h) || a.trainingHost(h) ||
		a.usedAsClient(h) || a.clientOfMission(h) || a.reserveOnly(h) || a.fundedBy(h) || a.alternativeEmployer(h) ||
		a.topicOnly(h) || a.reportedOrUnsure(h) || a.leftPublicService(h) || a.adviser(h) || a.householdOf(h) ||
		// « pour une famille de militaires »: people, not the employer
		h.p.k == kSector && h.p.event && h.p.v == sectorPublic && a.others(h)
}

// notHeldR13b reports a status word of round 13 B not said of the writer
// now (statusCandidate): the same readings as notEmployerR13b, and the
// trade of a pension adviser (« conseillère retraite »), no retiree.
func (a *analyser) notHeldR13b(h hit) bool {
	if h.p.v == "-" && h.start > 0 && pensionTrades[a.toks[h.start-1].s] && a.toks[h.start-1].clause == a.toks[h.start].clause {
		return true
	}
	if h.p.v == "demandeur_emploi" && h.p.event && a.betterJobSought(h) {
		return true
	}
	if h.p.v != "agent_public" && h.p.v != "salarie_prive" && h.p.v != statusUndecided {
		return false
	}
	if h.p.v == "agent_public" && h.p.w <= 4 && !probationers[a.toks[h.start].s] && a.internshipIn(a.toks[h.start].clause) {
		return true // « en stage à la préfecture »: a host, no employer (code de l'éducation L124-1)
	}
	return !h.p.event && a.notEmployerR13b(h)
}

var pensionTrades = map[string]bool{"conseiller": true, "conseillere": true, "gestionnaire": true, "technicien": true,
	"technicienne": true, "agent": true, "agente": true, "service": true, "assurance": true}

// clientMarkers say that the body named after them serves the writer: an
// allowance received, a file, a follow-up, an appointment (« je touche la
// CAF », « mon dossier à la CPAM », « suivie par la CAF », « rendez-vous
// à l'URSSAF »).
var clientMarkers = map[string]bool{"touche": true, "touches": true, "touchons": true, "toucher": true, "percois": true, "percoit": true,
	"percevoir": true, "recois": true, "recoit": true, "allocataire": true, "allocataires": true, "suivi": true, "suivie": true,
	"suivis": true, "suivies": true, "rdv": true, "rendez": true, "convoque": true, "convoquee": true, "adherent": true, "adherente": true,
	"assure": true, "assuree": true, "beneficiaire": true,
	// an errand, a trial, a delivery (« aller à la préfecture », « un
	// procès au tribunal », « je livre les cantines des écoles »)
	"aller": true, "alle": true, "allee": true, "proces": true, "plainte": true, "audience": true, "livre": true, "livrons": true,
	"livraison": true, "livraisons": true, "fournis": true, "approvisionne": true,
	// volunteering is no employment (« bénévole à la mairie »)
	"benevole": true, "benevoles": true, "benevolat": true}

// clientFiles after a possessive (« mon dossier », « ma demande ») are the
// writer's business with the body named next.
var clientFiles = map[string]bool{"dossier": true, "dossiers": true, "demande": true, "remboursement": true, "remboursements": true,
	"allocation": true, "allocations": true, "allocs": true, "aides": true, "droits": true, "indemnites": true, "pension": true, "carte": true}

// usedAsClient reports an employer word after a client's marker in its
// clause, with no work verb between (« je touche la CAF » names no
// employer; « je touche un salaire de la CAF » is not read so).
func (a *analyser) usedAsClient(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-7 && a.toks[j].clause == c; j-- {
		s := a.toks[j].s
		switch s {
		case "travaille", "bosse", "taffe", "employe", "employee", "salaire", "poste", "job", "boulot", "cdi", "cdd", "contrat":
			return false
		}
		if a.is(j, clsClientMarkers) {
			return true
		}
		if s == "locaux" && j >= h.start-3 && a.publicHit(h) && !a.cleaningJob() {
			// « je travaille dans les locaux de la mairie »: the premises
			// of a public body, not the employer named beside them
			return true
		}
		if a.is(j, clsClientFiles) && j > 0 && a.toks[j-1].clause == c {
			switch a.toks[j-1].s {
			case "mon", "ma", "mes", "notre", "nos":
				return true
			}
		}
	}
	return false
}

// clientOfMission reports a public institution named as the place of a
// mission of a consultant or a temp worker (« consultant dans une ESN, en
// mission au ministère »): the employer is the company that places the
// worker (code du travail L8241-1, L1251-1), the institution its client.
func (a *analyser) clientOfMission(h hit) bool {
	if !a.publicHit(h) || h.start < 2 {
		return false
	}
	c := a.toks[h.start].clause
	found := false
	for j := h.start - 1; j > 0 && j >= h.start-5 && a.toks[j].clause == c; j-- {
		if a.toks[j].s == "mission" || a.toks[j].s == "missions" {
			found = a.toks[j-1].s == "en"
			break
		}
	}
	if !found {
		return false
	}
	for _, t := range a.toks {
		switch t.s {
		case "esn", "ssii", "interim", "interimaire", "consultant", "consultante", "prestataire", "societe", "entreprise", "boite", "cabinet", "agence":
			return true
		}
	}
	return false
}

// reserveOnly reports the armed forces named as the writer's reserve
// (« réserviste dans l'armée »): a reservist serves under an engagement
// beside a civil job (code de la défense L4211-1), which says the status.
func (a *analyser) reserveOnly(h hit) bool {
	if !a.publicHit(h) {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "reserviste", "reservistes", "reserve":
			return true
		}
	}
	return false
}

// fundWords are what a public body does to a private employer it does not
// employ the staff of: funding, authorising, supervising (CASF L313-1 for
// the authorisation of social and medico-social établissements; the
// association remains the employer, code du travail L1221-1).
var fundWords = map[string]bool{"finance": true, "financee": true, "finances": true, "financees": true, "financement": true,
	"subventionne": true, "subventionnee": true, "subventionnes": true, "subventionnees": true, "habilite": true, "habilitee": true,
	"habilites": true, "habilitees": true, "agree": true, "agreee": true, "agrees": true, "agreees": true, "conventionne": true,
	"conventionnee": true, "conventionnes": true, "conventionnees": true, "mandate": true, "mandatee": true, "tutelle": true,
	"autorise": true, "autorisee": true, "controle": true, "controlee": true, "tarife": true, "tarifee": true}

// fundedBy reports a public body named after a word of funding or
// authorisation (« une association financée par la mairie », « un foyer
// habilité par la PJJ »).
func (a *analyser) fundedBy(h hit) bool {
	if !a.publicHit(h) {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && a.toks[j].clause == c; j-- {
		s := a.toks[j].s
		if fundWords[s] {
			return true
		}
		if !joinWords[s] && s != "par" && s != "sous" && s != "les" {
			return false
		}
	}
	return false
}

// publicHit reports a public employer's word or an agent public's status.
func (a *analyser) publicHit(h hit) bool {
	return h.p.k == kSector && h.p.v == sectorPublic || h.p.k == kStatus && h.p.v == "agent_public"
}

// side is the sector a hit speaks for: 1 public, 2 private, 0 neither.
func side(h hit) int {
	switch {
	case h.p.k == kSector && h.p.v == sectorPublic, h.p.k == kStatus && h.p.v == "agent_public" && !h.p.event:
		return 1
	case h.p.k == kSector && h.p.v == sectorPrivate, h.p.k == kStatus && h.p.v == "salarie_prive" && !h.p.event:
		return 2
	}
	return 0
}

// alternativeEmployer reports an employer given as one of two choices of
// opposite sectors (« en EHPAD public ou privé », « employée par le
// département ou par la société de restauration »): neither is said.
func (a *analyser) alternativeEmployer(h hit) bool {
	s := side(h)
	if s == 0 {
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if ms := side(m); ms == 0 || ms == s || a.toks[m.start].clause != c {
			continue
		}
		from, to := h.end, m.start
		if m.start < h.start {
			from, to = m.end, h.start
		}
		if to < from || to-from > 4 {
			continue
		}
		for j := from; j < to; j++ {
			if a.toks[j].s == "ou" {
				return true
			}
		}
	}
	return false
}

// interestWords say that a job or an employer interests the writer
// (« le métier de gendarme m'intéresse »): a topic, not a job held.
var interestWords = map[string]bool{"interesse": true, "interessent": true, "attire": true, "attirent": true, "plait": true,
	"plaisent": true, "tente": true, "tentent": true, "passionne": true, "passionnent": true,
	// typed without the apostrophe (« le métier de gendarme mintéresse »)
	"minteresse": true, "minteressent": true, "mattire": true, "mattirent": true}

// topicOnly reports an employer or a job named as a topic: a trade that
// interests the writer (« le métier de gendarme m'intéresse »), the pay
// of a trade (« combien gagne un aide-soignant dans la fonction publique
// hospitalière ? »), an employer that recruits (« la fonction publique
// recrute-t-elle des contractuels ? »), a place to work at in general
// (« est-ce que travailler dans une mutuelle c'est stable ? »).
func (a *analyser) topicOnly(h hit) bool {
	return a.tradeOfInterest(h) || a.payQuestion(h) || a.recruiter(h) || a.workInfinitive(h) || a.interestAfter(h) ||
		a.offerOf(h) || a.questionTopic(h) || a.aimAnnounced(h)
}

// aimWords announce an aim before a colon (« mon objectif : la fonction
// publique »).
var aimWords = map[string]bool{"objectif": true, "objectifs": true, "but": true, "projet": true, "reve": true, "souhait": true,
	"ambition": true, "envie": true}

// aimAnnounced reports a hit in the clause right after an aim word and a
// colon: the aim, not the present.
func (a *analyser) aimAnnounced(h hit) bool {
	i := h.start
	for i > 0 && a.toks[i-1].clause == a.toks[h.start].clause {
		i--
	}
	return i > 0 && a.toks[i-1].after == ':' && aimWords[a.toks[i-1].s]
}

// interestAfter reports an employer or a job as the subject of an
// attraction (« la fonction publique m'attire », « l'armée me tente »).
func (a *analyser) interestAfter(h hit) bool {
	j := h.end
	if j >= len(a.toks) || a.toks[j].clause != a.toks[h.start].clause {
		return false
	}
	if s := a.toks[j].s; s == "minteresse" || s == "minteressent" || s == "mattire" || s == "mattirent" {
		return true
	}
	if j+1 >= len(a.toks) || a.toks[j].s != "m" && a.toks[j].s != "me" {
		return false
	}
	return interestWords[a.toks[j+1].s]
}

// offerWords name a job offered or applied for (« j'ai vu une offre à
// l'hôpital », « une annonce de la mairie », « j'ai répondu à une offre de
// la SNCF »): the employer of the offer is not yet the writer's.
var offerWords = map[string]bool{"offre": true, "offres": true, "annonce": true, "annonces": true, "recrutement": true,
	"recrutements": true, "candidature": true, "candidatures": true}

func (a *analyser) offerOf(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && a.toks[j].clause == c; j-- {
		if a.is(j, clsOfferWords) {
			return true
		}
	}
	return false
}

// questionTopic reports, in a question, a job or an employer that is its
// topic: the trades or the pay of a place (« quels métiers à l'hôpital
// sans diplôme ? », « quel salaire pour un agent de la CAF ? »), a
// status one may take (« peut-on être contractuel à la mairie ? »), a
// choice (« policier ou gendarme, que choisir ? »).
func (a *analyser) questionTopic(h hit) bool {
	if !a.question() {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "metier", "metiers", "postes", "emplois", "debouches", "salaire", "salaires", "remuneration", "grille", "etre", "devenir":
			return true
		case "je", "j", "suis", "travaille", "bosse":
			return false
		}
	}
	side := 0
	if h.p.k == kStatus || h.p.k == kSector {
		side = 1
	}
	for _, m := range a.sc.hits {
		if side == 0 || m.start == h.start || a.toks[m.start].clause != c || m.p.k != kStatus && m.p.k != kSector {
			continue
		}
		from, to := h.end, m.start
		if m.start < h.start {
			from, to = m.end, h.start
		}
		if to == from+1 && a.toks[from].s == "ou" {
			return true // « policier ou gendarme ? »
		}
	}
	return false
}

func (a *analyser) tradeOfInterest(h hit) bool {
	c := a.toks[h.start].clause
	trade := false
	for j := h.start - 1; j >= 0 && j >= h.start-3 && a.toks[j].clause == c; j-- {
		if s := a.toks[j].s; s == "metier" || s == "metiers" || s == "poste" || s == "postes" {
			trade = true
			break
		}
	}
	if !trade {
		return false
	}
	for j := h.end; j < len(a.toks) && j <= h.end+3 && a.toks[j].clause == c; j++ {
		if interestWords[a.toks[j].s] {
			return true
		}
	}
	return false
}

func (a *analyser) payQuestion(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j > 0 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "gagne", "gagnent", "touche", "touchent", "paye", "payes", "paie":
			if a.toks[j-1].s == "combien" {
				return true
			}
		}
	}
	return false
}

// recruiter reports an employer as the subject of hiring others (« la
// fonction publique recrute-t-elle des contractuels », « la mairie
// recrute »), not the writer's (« la mairie m'a recruté » is a hire).
func (a *analyser) recruiter(h hit) bool {
	j := h.end
	if j < len(a.toks) && a.toks[j].s == "t" {
		j++
	}
	if j < len(a.toks) && (a.toks[j].s == "elle" || a.toks[j].s == "il" || a.toks[j].s == "ils" || a.toks[j].s == "elles") {
		j++
	}
	if j >= len(a.toks) || a.toks[j].clause != a.toks[h.start].clause {
		return false
	}
	switch a.toks[j].s {
	case "recrute", "recrutent", "recrutera", "embauche", "embauchent", "embauchera":
		return j+1 >= len(a.toks) || a.toks[j+1].s != "m" && a.toks[j+1].s != "me" && a.toks[j+1].s != "moi"
	}
	return false
}

// workInfinitive reports, in a question, an employer after the infinitive
// of working, with nothing saying the writer does it (« est-ce que
// travailler dans une mutuelle c'est stable ? »); « je continue de
// travailler à la mairie », « avant de travailler à la mairie », « j'ai
// commencé à travailler à l'hôpital » are jobs, and so is the infinitive
// of a visitor whose French is not fluent (« moi femme de ménage,
// travailler chez trois familles »), outside a question.
func (a *analyser) workInfinitive(h hit) bool {
	if !a.question() {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "fonction", "fonctions", "service", "services", "secteur", "police", "gendarmerie":
			continue // « travailler dans la fonction publique », « intégrer la police municipale »
		case "travailler", "bosser", "exercer", "integrer", "entrer", "rentrer":
			for k := j - 1; k >= 0 && k >= j-3 && a.toks[k].clause == c; k-- {
				switch a.toks[k].s {
				case "continue", "continuer", "continuerai", "toujours", "avant", "commence", "commencee", "chance", "plaisir",
					"fier", "fiere", "heureux", "heureuse", "apres":
					return false
				}
			}
			return true
		}
		if !joinWords[a.toks[j].s] && a.toks[j].s != "en" {
			return false
		}
	}
	return false
}

// reportedOrUnsure reports an employer or a status said by others or
// under a doubt: « on me dit que je suis fonctionnaire mais… », « je
// pourrais être considéré comme agent public », « je ne sais pas si je suis
// titulaire », « c'est une entreprise je crois ».
func (a *analyser) reportedOrUnsure(h hit) bool {
	c := a.toks[h.start].clause
	que := false
	for j := h.start - 1; j >= 0 && a.toks[j].clause == c; j-- {
		s := a.toks[j].s
		switch s {
		case "mais":
			return false // what follows « mais » is the writer's own word
		case "que", "qu":
			que = true
		case "comme":
			if j > 0 && (a.toks[j-1].s == "considere" || a.toks[j-1].s == "consideree" || a.toks[j-1].s == "consideres" || a.toks[j-1].s == "considerees") {
				return true
			}
		case "dit", "disent", "dise", "croit", "croient", "pense", "pensent", "disait", "pensait", "croyait":
			// (round 18K: « on me dit agent public mais non »: SMS drops
			// « que », the status word the verb's attribute right after it)
			if (que || j == h.start-1) && j > 0 && (a.toks[j-1].s == "on" || a.toks[j-1].s == "me" || a.toks[j-1].s == "m" || a.toks[j-1].s == "gens") {
				return true
			}
		case "si", "qui":
			if a.unsureBefore(j) {
				return true
			}
		}
	}
	for j := h.end; j+1 < len(a.toks) && a.toks[j+1].clause == c; j++ {
		if (a.toks[j].s == "je" || a.toks[j].s == "j") && a.toks[j+1].s == "crois" {
			return true
		}
		if a.toks[j].s == "me" && a.toks[j+1].s == "semble" {
			return true
		}
	}
	return false
}

// unsureBefore reports « (ne) sais pas » or « savons pas » right before
// the « si » or « qui » at j.
func (a *analyser) unsureBefore(j int) bool {
	if j < 2 || a.toks[j-1].s != "pas" {
		return false
	}
	switch a.toks[j-2].s {
	case "sais", "sait", "savons", "savez", "savent":
		return true
	}
	return false
}

// employerUnknown reports a message saying that the writer (or the person
// it is about) does not know who employs them or under which law (« je ne
// sais pas qui m'emploie », « nous ne savons pas si elle est employée par
// le département ou par la société »): the employer is asked.
func (a *analyser) employerUnknown() bool {
	for j := 0; j+2 < len(a.toks); j++ {
		if (a.toks[j+2].s != "si" && a.toks[j+2].s != "qui") || !a.unsureBefore(j+2) {
			continue
		}
		for k := j + 3; k < len(a.toks) && k <= j+8 && a.toks[k].clause == a.toks[j+2].clause; k++ {
			switch a.toks[k].s {
			case "emploie", "emploi", "employe", "employee", "employeur", "paie", "paye", "payee", "fonctionnaire", "titulaire",
				"contractuel", "contractuelle", "public", "publique", "prive", "privee", "statut":
				return true
			}
		}
	}
	return false
}

// leftPublicService reports an employer after a leaving verb and its
// auxiliary, within the noun phrase (« j'ai démissionné de la fonction
// publique territoriale »), which leftPlace reads only right after it.
func (a *analyser) leftPublicService(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j > 0 && j >= h.start-5 && a.toks[j].clause == c; j-- {
		s := a.toks[j].s
		if leavingVerbs[s] {
			return auxiliaries[a.toks[j-1].s] && a.toks[j-1].clause == c
		}
		switch s {
		case "fonction", "publique", "public", "service", "services", "mon", "ma", "la", "le", "l", "de", "d", "du", "des", "a", "au":
		default:
			return false
		}
	}
	return false
}

// joinedAfterLeaving reports an employer named after « pour » in a clause
// that tells a place left (« j'ai quitté l'hôpital public il y a deux ans
// pour une clinique »): the place joined is the present one.
func (a *analyser) joinedAfterLeaving(h hit) bool {
	c := a.toks[h.start].clause
	pour := -1
	for j := h.start - 1; j >= 0 && j >= h.start-3 && a.toks[j].clause == c; j-- {
		if a.toks[j].s == "pour" {
			pour = j
			break
		}
		if !a.is(j, clsJoinWords) {
			return false
		}
	}
	if pour < 0 {
		return false
	}
	for j := pour - 1; j > 0 && a.toks[j].clause == c; j-- {
		if (a.toks[j].s == "quitte" || a.toks[j].s == "quittee") && a.is(j-1, clsAuxiliaries) {
			return true
		}
	}
	return false
}

// apprenticeRival reports a public workplace competing with an
// apprentice's status: the apprenticeship contract with a public employer
// is a private-law contract (code du travail L6227-1 s.; loi n° 92-675,
// art. 19), the workplace no rival status (calibrate.go).
func (a *analyser) apprenticeRival(v, best string) bool {
	return v == "agent_public" && best == "salarie_prive" && a.ev.bestW >= 6 && a.apprenticeNow()
}

// question reports a message that asks something: a question mark, or an
// interrogative word opening a clause.
func (a *analyser) question() bool {
	// (the answer depends on the tokens only and is asked for every hit
	// that topicOnly reads: read once per message)
	return memoBool(&a.questionMemo, a.questionAt)
}

// memoBool is f's answer for the message, read once: *m is 0 before, then
// 1 for no and 2 for yes.
func memoBool(m *int8, f func() bool) bool {
	if *m == 0 {
		*m = 1
		if f() {
			*m = 2
		}
	}
	return *m == 2
}

// questionAt is question without its memo.
func (a *analyser) questionAt() bool {
	for i, t := range a.toks {
		if t.after == '?' {
			return true
		}
		if i == 0 || a.toks[i-1].clause != t.clause {
			switch t.s {
			case "est", "combien", "comment", "pourquoi", "quel", "quels", "quelle", "quelles":
				return true
			}
		}
	}
	return false
}

// cleaningJob reports a cleaning job, whose « locaux » are the place of
// the work, not someone else's premises (« je nettoie les locaux de la
// mairie »: the employer is still to be said).
func (a *analyser) cleaningJob() bool {
	for _, t := range a.toks {
		switch t.s {
		case "nettoie", "nettoyage", "menage", "entretien", "nettoyer", "proprete":
			return true
		}
	}
	return false
}

// adviserVerbs are what an adviser or a doctor does to the writer (« un
// agent de la CAF m'a conseillé de vous écrire », « mon assistante sociale
// du département qui m'envoie »).
var adviserVerbs = map[string]bool{"conseille": true, "conseillee": true, "dit": true, "oriente": true, "orientee": true, "envoie": true,
	"envoye": true, "envoyee": true, "parle": true, "recommande": true, "recommandee": true, "adresse": true, "adressee": true,
	"suggere": true, "explique": true, "donne": true}

// adviser reports an employer or a job named with the person who sends
// the writer (« ma conseillère CAF m'a dit de vous contacter », « mon
// médecin du CHU m'a parlé du CEP »): theirs, not the writer's, when the
// writer is not the subject before it in the clause.
func (a *analyser) adviser(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "je", "j", "moi", "nous":
			return false
		}
	}
	for j := h.end; j+1 < len(a.toks) && j <= h.end+4 && a.toks[j].clause == c; j++ {
		if a.toks[j].s != "m" && a.toks[j].s != "me" {
			continue
		}
		k := j + 1
		if a.toks[k].s == "a" || a.toks[k].s == "ont" || a.toks[k].s == "avait" {
			k++
		}
		if k < len(a.toks) && adviserVerbs[a.toks[k].s] {
			return true
		}
	}
	return false
}

// householdOf reports a job named as the household the writer works for
// (« je fais le ménage chez un gendarme »): a private individual employing
// at home (code du travail L7221-1), not the armed forces.
func (a *analyser) householdOf(h hit) bool {
	if !h.p.event && h.p.k == kSector || h.start < 2 {
		return false
	}
	switch a.toks[h.start-1].s {
	case "un", "une", "des", "deux", "trois":
		return a.toks[h.start-2].s == "chez" && a.toks[h.start-2].clause == a.toks[h.start].clause
	}
	return false
}

// hospitalTitleInClinic reports « agent hospitalier » (the title of an
// agent de service hospitalier) said by someone who works in a clinic: a
// job title, which private clinics use too (CCN de l'hospitalisation
// privée), not the fonction publique hospitalière.
func (a *analyser) hospitalTitleInClinic(h hit) bool {
	switch a.toks[h.end-1].s {
	case "hospitalier", "hospitaliere":
	default:
		return false
	}
	if h.end-h.start > 2 {
		return false
	}
	for _, t := range a.toks {
		if t.s == "clinique" || t.s == "cliniques" {
			return true
		}
	}
	return false
}

// privateVenues are places of a town run by private employers (a club,
// a market's stalls, shops): « vendeuse au marché de la ville », « le club
// de foot de la commune ».
var privateVenues = map[string]bool{"club": true, "clubs": true, "marche": true, "marches": true, "supermarche": true,
	"magasin": true, "boutique": true, "restaurant": true, "hotel": true, "commerce": true, "commerces": true, "cinema": true,
	"camping": true, "entreprise": true, "usine": true, "garage": true, "pharmacie": true, "clinique": true, "association": true,
	"asso": true, "intermarche": true, "boulangerie": true, "bar": true, "salon": true}

// privateVenueOfTown reports « de la ville », « de la commune » after a
// private venue: the town names where it is, not who employs.
func (a *analyser) privateVenueOfTown(h hit) bool {
	if !a.publicHit(h) || h.start == 0 {
		return false
	}
	if s := a.toks[h.start].s; (s == "ecole" || s == "ecoles") && a.toks[h.start-1].s == "auto" {
		return true // a driving school, a private business (code de la route L213-1)
	}
	if a.toks[h.start].s != "de" && a.toks[h.start].s != "du" {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && a.toks[j].clause == c; j-- {
		if privateVenues[a.toks[j].s] {
			return true // (« le club de foot de la ville »)
		}
	}
	return false
}

// youngRelatives are the relatives a parent or an elder writes for (« mon fils
// est au chômage, je ne sais pas quoi faire »: the son's status is asked
// about); others' jobs are rather context (« mon mari travaille à la
// mairie, je m'interroge sur mon avenir »).
var youngRelatives = map[string]bool{"fils": true, "fille": true, "filles": true, "enfant": true, "enfants": true, "garcon": true,
	"garcons": true, "fiston": true, "neveu": true, "niece": true, "neveux": true, "nieces": true, "gamin": true, "gamine": true,
	"gosse": true, "gosses": true, "filleul": true, "filleule": true, "petit": true, "petite": true, "cadet": true, "cadette": true,
	"aine": true, "ainee": true, "benjamin": true, "benjamine": true}

// questWords after « je » say the writer's own request (« je voudrais »,
// « je m'interroge », « je cherche ma voie », « je ne sais pas quoi
// faire », « je suis perdue »).
var questWords = map[string]bool{"voudrais": true, "veux": true, "aimerais": true, "souhaite": true, "souhaiterais": true,
	"interroge": true, "cherche": true, "sais": true, "perdu": true, "perdue": true, "questionne": true, "envisage": true,
	"pense": true, "reflechis": true, "hesite": true}

// othersJobOnly reports a status found only in the words of a relative who
// is not a child (a partner, a parent, a sibling, a friend) while the
// writer speaks of a request of their own in the first person: the
// relative's job is context, the writer's status is asked (round 13 B;
// relatives.go sets the relative's words aside only when the writer
// states a status).
func (a *analyser) othersJobOnly() bool {
	if a.skipRel || a.forRel {
		return false
	}
	rel := false
	for _, h := range a.sc.hits {
		if h.p.k != kStatus && h.p.k != kSector || !a.sc.rel[h.start] {
			continue
		}
		n := a.sc.relNoun[h.start]
		if n < 0 || youngRelatives[a.toks[n].s] {
			return false
		}
		rel = true
	}
	if !rel {
		return false
	}
	for j := 0; j+1 < len(a.toks); j++ {
		if s := a.toks[j].s; (s != "je" && s != "j") || a.sc.rel[j] {
			continue
		}
		for k := j + 1; k < len(a.toks) && k <= j+3 && a.toks[k].clause == a.toks[j].clause; k++ {
			if questWords[a.toks[k].s] {
				return true
			}
		}
	}
	return false
}

// relativeOf reports a job named as a relative's (« je suis la femme d'un
// militaire », « je vis avec un gendarme »): another person's.
func (a *analyser) relativeOf(h hit) bool {
	c := a.toks[h.start].clause
	if h.start >= 2 && a.toks[h.start-2].clause == c && a.toks[h.start-2].s == "avec" &&
		(a.toks[h.start-1].s == "un" || a.toks[h.start-1].s == "une") {
		return true
	}
	if h.start >= 3 && a.toks[h.start-3].clause == c && (a.toks[h.start-1].s == "un" || a.toks[h.start-1].s == "une") &&
		(a.toks[h.start-2].s == "d" || a.toks[h.start-2].s == "de") && relativeNouns[a.toks[h.start-3].s] {
		return true
	}
	return false
}

// trainingHost reports a public hospital or institution named as the
// place of a pupil's or trainee's course (« élève infirmière au CHU », « en
// formation d'aide-soignante à l'IFSI du CHU »): the institute trains, it
// does not employ (code de la santé publique L4383-3 for the nursing
// institutes).
func (a *analyser) trainingHost(h hit) bool {
	if !a.publicHit(h) || h.p.k == kStatus && h.p.w >= 5 {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "ifsi", "ifas", "eleve", "eleves", "formation":
			if a.pupilsServedR18x(j) {
				continue // « j'accompagne des élèves au collège » (round 18X)
			}
			return true
		case "travaille", "bosse", "employe", "employee", "poste", "cdi", "cdd", "contrat":
			return false
		}
	}
	return false
}

// schoolKinds qualify a school between its name and « privé » (« lycée
// agricole privé », « collège catholique privé »), see
// privateSchoolTeacher.
var schoolKinds = map[string]bool{"agricole": true, "agricoles": true, "professionnel": true, "professionnelle": true,
	"technique": true, "technologique": true, "general": true, "catholique": true, "confessionnel": true, "confessionnelle": true}

// betterJobSought reports a job search for a better or a second job
// (« je cherche un emploi plus près de chez moi », « un travail en plus du
// mien »): the writer may well be in work; the status is asked.
func (a *analyser) betterJobSought(h hit) bool {
	c := a.toks[h.start].clause
	search := false
	for j := h.start; j < h.end; j++ {
		switch a.toks[j].s {
		case "cherche", "recherche", "chercher", "cherchons":
			search = true
		}
	}
	if !search {
		return false
	}
	if h.end < len(a.toks) && a.toks[h.end].clause == c {
		switch a.toks[h.end].s {
		case "plus", "mieux", "moins":
			return true
		}
	}
	for j := h.end; j < len(a.toks) && j <= h.end+5 && a.toks[j].clause == c; j++ {
		switch a.toks[j].s {
		case "mien", "mienne", "actuel", "actuelle", "complement", "complementaire":
			return true
		}
	}
	return false
}

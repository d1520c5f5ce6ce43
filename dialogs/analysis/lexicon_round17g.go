package analysis

// Round 17G of issue 13 (tuning60: each message retells a situation of
// tuning55–59 in other words — SMS, a long story, a terse list, a formal
// letter). The rules of earlier rounds caught the sentence they were
// written for; this round makes them catch the fact however it is told
// (other verb forms, spoken spellings, word orders, negations), and leaves
// a fact unknown where no general reading is safe. Each rule names its
// source.

// round17gSpecs are the status patterns of round 17G.
var round17gSpecs = []patSpec{
	// « la fac m'emploie à la BU », « employée douze heures par semaine par
	// la bibliothèque universitaire »: the job of a student with the
	// university, as « contrat étudiant à la bibliothèque » of rounds 16B
	// and 17A (code de l'éducation L811-2: the universities employ their
	// students under public-law contracts; cep-domain.md §1.3 row 1), told
	// with the employer as subject, or with the hours between the
	// participle and its agent
	{p: "universite|fac|bu|crous qui? m|me|l|la|nous emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", k: kStatus, v: "agent_public", w: 4},
	{p: "employe|employee|salarie|salariee|paye|payee|recrute|recrutee _? _? _? par la|l bibliotheque|bu|universite|fac|crous", k: kStatus, v: "agent_public", w: 4},
}

// round17gEmployerSpecs are the employers of round 17G.
var round17gEmployerSpecs = []employerSpec{
	// « c'est la région qui l'emploie », « la mairie me paye », « c une
	// boîte de nettoyage qui m'emploie »: the employer named in the active
	// voice, as « employée par la région » (employers.go) and « payée par une
	// entreprise de nettoyage » (lexicon_round7.go) name it in the passive
	// (usage: the same fact, the verb turned round)
	{p: "ville|commune|mairie|departement|region|metropole|collectivite|agglomeration|agglo|communaute qui? m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	{p: "entreprise|societe|boite|association|prestataire|agence|soustraitant qui? m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPrivate, w: 5},
	{p: "entreprise|societe|boite|prestataire de|d nettoyage|securite|restauration|gardiennage|proprete|interim qui m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPrivate, w: 5},
	// the universities are établissements publics of the State (code de
	// l'éducation L711-1) and employ their students in the library and
	// the services (L811-2, contrats étudiants de droit public)
	{p: "universite|fac|crous qui? m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPublic, branch: BranchEtat, w: 5},
	{p: "bibliotheque|bibliotheques universitaire|universitaires", sector: sectorPublic, branch: BranchEtat, w: 4},
	// « agent technique de sa commune », « employé par ma commune »: the
	// commune named with a possessive is the same employer as « de la
	// commune » (employers.go; CGFP L4); « ville » is left out (« de ma
	// ville » names a home as often as an employer)
	{p: "de|par|pour sa|ma|notre|leur commune|mairie", sector: sectorPublic, branch: BranchTerritoriale, w: 3},
	// « un coup de main à la Banque alimentaire »: the food banks are
	// associations (loi du 1er juillet 1901) run mostly by volunteers, so
	// the name alone says no employer, as « pompiers volontaires »
	// (employers.go); a contract said beside it still does
	{p: "banque|banques alimentaire|alimentaires", sector: sectorNeutral},
	// « je vis chez papa maman », « chez mamie »: « chez » before the
	// family's names of spoken French is a home, as « chez mes parents »
	// (employers.go)
	{p: "chez papa|maman|mamie|papi|papy|parents|mere|pere|tata|tonton", sector: sectorNeutral},
	// « employeur privé », « patron privé »: the sector said of the
	// employer itself (cep-domain.md §1.3 row 8)
	{p: "employeur|employeurs|patron prive|privee|prives", sector: sectorPrivate, w: 5},
}

// ageInApposition reports the age at i said in a clause of its own right
// after the relative named with a possessive (« ma fille, âgée de 22 ans,
// est sans emploi », « mon fils, 24 ans, … »): the apposition describes the
// noun it follows (usage: the detached apposition), so in a message written
// for that relative it is the relative's age, as « ma fille de 22 ans » is
// (relativeAgeForm).
func (a *analyser) ageInApposition(i int) bool {
	t := a.toks
	s := a.clauseStart(i)
	if s < 2 || i-s > 3 || t[s-1].after != ',' || !relativeNouns[t[s-1].s] || workPeople[t[s-1].s] {
		return false
	}
	switch t[s-2].s {
	case "mon", "ma", "mes", "notre", "nos":
		return a.forNoun == "" || a.forNoun == t[s-1].s
	}
	return false
}

// participlesOnly are past participles that no present tense spells alike
// (unlike « travaille », « passe », « quitte »): with « à N ans » after them
// in the clause they tell the age at a past event (eventAge), with or
// without an auxiliary before.
var participlesOnly = map[string]bool{"obtenu": true, "obtenue": true, "obtenus": true, "obtenues": true, "appris": true,
	"apprise": true, "eue": true, "ouvert": true, "ouverte": true, "reconnu": true, "reconnue": true, "diagnostiquee": true,
	"diagnostiques": true, "devenu": true, "devenue": true}

// ageBeforePastVerb reports « à N ans » opening its clause before a verb
// in the passé composé (« À 32 ans elle a ouvert son salon », « à 18 ans je
// suis entré chez Renault »): the age at that past event, as eventAge reads
// « elle a ouvert son salon à 32 ans » (usage: the same clause, the
// complement moved first). « à 57 ans, elle souffre du dos » (present) and
// « j'ai 57 ans » are untouched.
func (a *analyser) ageBeforePastVerb(i int) bool {
	t := a.toks
	if i < 1 || t[i-1].s != "a" || i >= 2 && t[i-2].clause == t[i].clause {
		return false
	}
	j := i + 1
	if j < len(t) && t[j].s == "ans" {
		j++
	}
	if j+2 >= len(t) || t[j+2].clause != t[i].clause {
		return false
	}
	switch t[j].s {
	case "je", "j", "il", "elle", "on", "nous", "ils", "elles":
	default:
		return false
	}
	return auxiliaries[t[j+1].s] && t[j+1].s != "avais" && t[j+1].s != "avait" && (participlesOnly[t[j+2].s] || startVerbs[t[j+2].s])
}

// notHeldR17g gathers the status words of round 17G that do not state the
// writer's status.
func (a *analyser) notHeldR17g(h hit) bool {
	return a.retireeWithoutActivity(h) || a.underPlanHeading(h) || a.notHeldR17h(h) // round 17H chained here
}

// planHeadings are the nouns of a plan that a form or a terse message puts
// before a colon (« Projet : activité indépendante », « Objectif : CDI »).
var planHeadings = map[string]bool{"projet": true, "projets": true, "objectif": true, "objectifs": true, "souhait": true,
	"souhaits": true, "but": true, "envie": true, "cible": true, "vise": true, "visee": true, "ambition": true,
	// what is sought or needed, told as a heading (« Recherche : un poste
	// salarié en entrepôt », « Besoin : un CDI »; round 17i)
	"recherche": true, "recherches": true, "besoin": true, "besoins": true, "attente": true, "attentes": true}

// underPlanHeading reports a status word right after « Projet : », « Objectif
// : », « Souhait : » (or in an aside of that clause): what is planned, as
// « je voudrais devenir indépendant » (wished) and « projet de création » of
// round 17C, told as a heading. A search (an event: « Objectif : trouver un
// emploi ») is left to its own reading.
func (a *analyser) underPlanHeading(h hit) bool {
	t := a.toks
	if h.p.k != kStatus || h.p.event {
		return false
	}
	s := h.start
	for {
		for s > 0 && t[s-1].clause == t[s].clause {
			s--
		}
		if s > 0 && t[s-1].after == '(' {
			s-- // the aside: go on with the clause it opens from
			continue
		}
		break
	}
	if s == 0 || t[s-1].after != ':' || !planHeadings[t[s-1].s] {
		return false
	}
	j := s - 1
	return j == 0 || t[j-1].clause != t[j].clause || possessives[t[j-1].s] && (j == 1 || t[j-2].clause != t[j].clause)
}

var possessives = map[string]bool{"mon": true, "ma": true, "mes": true, "son": true, "sa": true, "ses": true, "notre": true, "nos": true, "leur": true}

// retireeWithoutActivity reports « sans activité » said of a retiree
// (« retraité depuis octobre, sans activité »): a pensioner without a job
// is out of the labour force, not a job seeker (INSEE: « retraités » are
// inactifs; cep-domain.md §1.3 row 9 asks), so only a search told as such
// makes a retiree one.
func (a *analyser) retireeWithoutActivity(h hit) bool {
	t := a.toks
	if h.p.k != kStatus || h.p.v != "demandeur_emploi" || h.p.event || t[h.start].s != "sans" || h.start+1 >= len(t) || t[h.start+1].s != "activite" {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && m.p.v == "-" && m.end <= h.start && !a.negated(m) && !a.pastClause(m) && !a.ofRelative(m) {
			return true
		}
	}
	return false
}

// joinedActivity reports two activities told as such (« double activité »,
// « deux emplois », « pluriactive ») or joined by « + » (« micro-entrepreneur
// en webdesign + CDI de 28 h »): the same fact as « à côté » and « aussi »
// (besideActivity), which the table has no row for (cep-domain.md §1.3).
// « bac+5 » joins a number, not an activity.
func (a *analyser) joinedActivity() bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		s, n := t[i].s, t[i+1].s
		switch {
		case s == "double" && (n == "activite" || n == "emploi" || n == "casquette"),
			(s == "deux" || s == "2") && (n == "activites" || n == "emplois" || n == "boulots" || n == "jobs" || n == "employeurs"),
			s == "pluriactif" || s == "pluriactive" || s == "pluriactivite":
			return true
		case t[i].after == '+' && !t[i+1].num:
			for _, h := range a.sc.hits {
				if h.start == i+1 && h.p.k == kStatus && jobGroup(h.p.v) {
					return true
				}
			}
		}
	}
	return false
}

// recognisedRate reports a disability rate told without « incapacité »
// (« taux 80 % reconnu », « un taux de 50 % reconnu par la MDPH »): the MDPH
// sets a rate of 50 % or more for the AAH and of 80 % for the carte
// mobilité inclusion « invalidité » (CASF L241-3, code de la sécurité
// sociale L821-1-2), whose holders are beneficiaries of the employment
// obligation (code du travail L5212-13), as « taux d'incapacité » of round
// 13C. The rate must be recognised and of 50 % or more: « taux plein », a
// tax or an interest rate are not read.
func (a *analyser) recognisedRate() bool {
	t := a.toks
	for i := 1; i+1 < len(t); i++ {
		if !t[i].num || t[i].after != '%' {
			continue
		}
		v, n := leadingInt(t[i].s)
		if n != len(t[i].s) || v < 50 || v > 100 {
			continue
		}
		rate := t[i-1].s == "taux" || i >= 2 && t[i-1].s == "de" && t[i-2].s == "taux"
		if !rate || a.sc.rel[i] && !a.forRel {
			continue
		}
		for j := i + 1; j < len(t) && j <= i+2 && t[j].clause == t[i].clause; j++ {
			if t[j].s == "reconnu" || t[j].s == "reconnue" {
				return true
			}
		}
	}
	return false
}

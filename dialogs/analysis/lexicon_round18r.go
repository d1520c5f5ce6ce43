package analysis

// Round 18R of issue 13: people writing for someone who is not a relative
// — a job coach, a social worker or an HR manager writing of « une de nos
// salariées », « un de nos commerciaux », « mon usager », « Mme D. ».
// As for a relative (relatives.go, cep-domain.md §4: the facts of a
// message written for someone are that person's), the status, age,
// handicap and home told of that person are the ones to route on, and the
// writer's own job (« je suis chargée d'insertion ») is set aside.

// round18rSpecs are the patterns of round 18R.
var round18rSpecs = []patSpec{
	// « une de nos salariées », « l'un de nos collaborateurs », « un de
	// nos commerciaux »: a person employed by the writer's organisation
	// (the contract of employment, code du travail L1221-1); private
	// unless public words name the employer (settleSector turns a word of
	// strength 4 to agent_public beside « mairie », « hôpital public »)
	// « un de mes salariés », « une de mes collaboratrices » (issue 13,
	// persona p24b): the owner or manager who writes « mes » employs the
	// person just as « nos » does; the person was found (thirdPersonR18r)
	// and their status left unknown, so the status question asked the
	// manager whether their own employee was « en recherche d'emploi »
	{p: "un|une de|d nos|mes " + staffR18r, k: kStatus, v: "salarie_prive", w: 4},
	{p: "l un|une de|d nos|mes " + staffR18r, k: kStatus, v: "salarie_prive", w: 4},
	// « Mme D. occupe chez nous un poste de… », « il est salarié chez
	// nous », « embauchée chez nous en 2019 »: « chez nous » names the
	// writer's organisation as the employer (same source); « il vit chez
	// nous », « il travaille chez nous le week-end » name a home and are
	// not read
	{p: "occupe|occupent chez nous un|le|son|ce poste", k: kStatus, v: "salarie_prive", w: 4},
	{p: "salarie|salariee|embauche|embauchee|employe|employee|recrute|recrutee|en poste chez nous", k: kStatus, v: "salarie_prive", w: 4},
}

// staffR18r are the nouns of the staff of an organisation, in the plural
// after « un de nos », « une de nos ».
const staffR18r = "salaries|salariees|collaborateurs|collaboratrices|employes|employees|commerciaux|commerciales|techniciens|techniciennes|ouvriers|ouvrieres|vendeurs|vendeuses"

// thirdNounsR18r are the people a job coach, a social worker or an
// employer writes about, after « un de nos », « une de mes », « mon »,
// « ma », « notre »: the facts told of them are theirs.
var thirdNounsR18r = map[string]bool{"salaries": true, "salariees": true, "salarie": true, "salariee": true, "collaborateurs": true,
	"collaboratrices": true, "collaborateur": true, "collaboratrice": true, "employes": true, "employees": true, "employe": true,
	"employee": true, "commerciaux": true, "commerciales": true, "techniciens": true, "techniciennes": true, "ouvriers": true,
	"ouvrieres": true, "vendeurs": true, "vendeuses": true, "usager": true, "usagere": true, "usagers": true, "usageres": true,
	"beneficiaire": true, "beneficiaires": true, "stagiaire": true, "stagiaires": true, "apprenti": true, "apprentie": true,
	"apprentis": true, "apprenties": true, "accompagne": true, "accompagnee": true, "accompagnes": true, "accompagnees": true,
	// issue 13 (proxypro): teachers, nurses, guardians, public employers
	"eleve": true, "eleves": true, "patient": true, "patiente": true, "patients": true, "patientes": true, "protege": true,
	"protegee": true, "proteges": true, "protegees": true, "agent": true, "agente": true, "agents": true, "agentes": true}

// chargedR18r are the nouns that name, after « un », « une », a person
// in the writer's charge, whatever follows (« un usager de 30 ans », « une
// patiente de notre service »), unless the writer names themself (« je
// suis un patient », « en tant que bénéficiaire »).
var chargedR18r = map[string]bool{"usager": true, "usagere": true, "beneficiaire": true, "patient": true, "patiente": true,
	"protege": true, "protegee": true}

// ownedPlaceR18r are the writer's organisations after « un agent de mon
// service », « une salariée de notre entreprise ».
var ownedPlaceR18r = map[string]bool{"service": true, "equipe": true, "entreprise": true, "societe": true, "structure": true,
	"association": true, "collectivite": true, "etablissement": true, "classe": true, "college": true, "lycee": true, "unite": true,
	"agence": true, "mairie": true, "commune": true, "cabinet": true, "atelier": true, "magasin": true, "ccas": true, "foyer": true,
	"centre": true, "ehpad": true, "esat": true, "hopital": true, "clinique": true, "ecole": true, "usine": true, "direction": true}

// writerBeingR18r are the words before « un patient », « une bénéficiaire »
// that make the noun the writer's own (« je suis un patient »).
var writerBeingR18r = map[string]bool{"suis": true, "etais": true, "ete": true, "comme": true, "tant": true, "que": true, "reste": true, "devenu": true, "devenue": true}

// courtesyR18r are the titles before a person's name: « Mme D. »,
// « Monsieur Martin », « M. Dupont ».
var courtesyR18r = map[string]bool{"mme": true, "madame": true, "mlle": true, "mademoiselle": true, "monsieur": true, "m": true, "mr": true}

// thirdPersonR18r reports at i the words that introduce a person the
// writer writes about who is no relative, and returns where the words
// about that person start and the index of the noun (or name) that names
// the person; start < 0 when there is none.
//   - « une de nos salariées », « l'un de mes usagers », « un de nos
//     commerciaux »
//   - « mon usager », « ma bénéficiaire », « notre salariée » (not « mon
//     client », « mon employeur »: the writer's own work)
//   - « Mme D. », « Monsieur Martin », « M. Dupont » opening a clause
//     (the greeting « Madame, Monsieur » is followed by no name)
//
// It is asked at every token of the message (aboutThirdR18r,
// firstThirdR18r): a token whose word is neither one of thirdStartsR18r
// nor a courtesy title returns at once, as thirdPersonAtR18r would
// (TestThirdPersonGuardR18r).
func (a *analyser) thirdPersonR18r(i int) (start, noun int) {
	if !a.is(i, clsThirdStartsR18r|clsCourtesyR18r) {
		return -1, 0
	}
	return a.thirdPersonAtR18r(i)
}

// thirdStartsR18r are the words at which thirdPersonAtR18r and the
// workerR22q it asks can find a person (besides a courtesy title
// opening a clause): the articles and possessives of their readings and
// the writer's verbs of round 22Q (« j'encadre une … »).
var thirdStartsR18r = map[string]bool{"un": true, "une": true, "la": true, "le": true, "l": true, "mon": true, "ma": true,
	"notre": true, "ai": true, "encadre": true, "emploie": true}

// thirdPersonAtR18r is thirdPersonR18r without its guard.
func (a *analyser) thirdPersonAtR18r(i int) (start, noun int) {
	toks := a.toks
	if i+2 >= len(toks) {
		return -1, 0
	}
	t := toks[i]
	if (t.s == "un" || t.s == "une" || t.s == "la" || t.s == "le") && a.is(i+1, clsAccompaniedR18r) &&
		(a.followedByMine(i+2) || i >= 2 && a.accompanyVerb(i-1)) {
		// « la personne que j'accompagne », « une femme de 31 ans dont
		// j'assure le suivi », « j'accompagne un jeune de 22 ans »
		return i, i + 1
	}
	if (t.s == "un" || t.s == "une") && (i == 0 || !a.is(i-1, clsWriterBeingR18r)) {
		if a.is(i+1, clsChargedR18r) && !(i > 0 && toks[i-1].s == "travaille") {
			// « un usager de 30 ans », « une patiente… » (issue 13)
			return i, i + 1
		}
		if a.is(i+1, clsThirdNounsR18r) && (toks[i+2].s == "de" || toks[i+2].s == "d") && i+4 < len(toks) &&
			(toks[i+3].s == "mon" || toks[i+3].s == "ma" || toks[i+3].s == "notre" || toks[i+3].s == "nos") && a.is(i+4, clsOwnedPlaceR18r) {
			// « un agent de mon service », « une salariée de notre
			// entreprise » (issue 13)
			return i, i + 1
		}
	}
	if (t.s == "un" || t.s == "une") && i > 0 && toks[i-1].s == "pour" && a.is(i+1, clsFriendsR18r) {
		// « j'écris pour une amie », « pour un collègue » (« un ami m'a
		// parlé du CEP » is not read: the friend is no subject then)
		return i, i + 1
	}
	if s, n := a.workerR22q(i); s >= 0 { // round 22Q: « une aide-soignante de mon équipe », « ma secrétaire, 52 ans »
		return s, n
	}
	switch t.s {
	case "un", "une", "l":
		j := i + 1
		if t.s == "l" {
			if toks[j].s != "un" && toks[j].s != "une" {
				return -1, 0
			}
			j++
		}
		if j+1 < len(toks) && (toks[j].s == "de" || toks[j].s == "d") && (toks[j+1].s == "nos" || toks[j+1].s == "mes") &&
			j+2 < len(toks) && (a.is(j+2, clsThirdNounsR18r) || a.employeeOfWriterR22i(j+2)) { // round 22I
			return i, j + 2
		}
	case "mon", "ma", "notre":
		if a.is(i+1, clsThirdNounsR18r) {
			return i, i + 1
		}
	default:
		if !t.cap || i > 0 && toks[i-1].clause == t.clause || !a.is(i, clsCourtesyR18r) {
			return -1, 0
		}
		n := toks[i+1]
		if t.s == "m" && t.after != '.' || !n.cap || a.is(i+1, clsCourtesyR18r) {
			return -1, 0 // « M'appelle… », « Madame, Monsieur »
		}
		if n.clause != t.clause && t.after != '.' {
			return -1, 0
		}
		start = i
		if t.after == '.' {
			start = i + 1 // « M. Martin »: the dot ends a clause
		}
		if len(n.s) == 1 && n.after == '.' {
			// « Mme D. occupe… »: the initial ends a clause of its own,
			// the words about the person are the next clause
			start = i + 2
		}
		return start, i + 1
	}
	return -1, 0
}

// accompaniedR18r are the words for a person a social worker follows.
var accompaniedR18r = map[string]bool{"personne": true, "jeune": true, "femme": true, "homme": true, "dame": true, "monsieur": true,
	"madame": true, "usager": true, "usagere": true, "beneficiaire": true, "stagiaire": true, "demandeur": true, "demandeuse": true}

// friendsR18r are the friends, neighbours and colleagues one writes for
// (« pour une amie »), besides relatives (relativeNouns).
var friendsR18r = map[string]bool{"ami": true, "amie": true, "copain": true, "copine": true, "pote": true, "voisin": true,
	"voisine": true, "collegue": true, "connaissance": true, "proche": true}

// followedByMine reports at i, within six words of the clause, a relative
// clause of the writer's: « que j'accompagne », « que je suis », « dont
// j'assure le suivi », « dont je m'occupe ».
func (a *analyser) followedByMine(i int) bool {
	for j := i; j+1 < len(a.toks) && j < i+6 && a.toks[j].clause == a.toks[i-1].clause; j++ {
		if s := a.toks[j].s; (s == "que" || s == "qu" || s == "dont") && (a.toks[j+1].s == "je" || a.toks[j+1].s == "j") {
			// (« la femme que je suis devenue » is the writer: « que je
			// suis » only at the end of the clause or before a place or
			// a time, « que je suis depuis mars »)
			if j+3 < len(a.toks) && a.toks[j+2].s == "suis" && a.toks[j+3].clause == a.toks[j].clause {
				switch a.toks[j+3].s {
				case "depuis", "en", "au", "a", "dans", "comme", "pour":
				default:
					return false
				}
			}
			return true
		}
	}
	return false
}

// accompanyVerb reports the writer's verb of following someone at j-1, j:
// « j'accompagne un jeune », « j'encadre une stagiaire » (not « je suis
// une jeune femme »: the writer).
func (a *analyser) accompanyVerb(j int) bool {
	if s := a.toks[j-1].s; s != "je" && s != "j" {
		return false
	}
	switch a.toks[j].s {
	case "accompagne", "recois", "soutiens", "aide", "encadre", "conseille":
		return true
	}
	return false
}

// aboutThirdR18r reports a message that speaks of a person who is no
// relative (see thirdPersonR18r): written for that person, as « c'est
// pour mon fils » (markForRelative).
// A writer who tells a firm status of their own (a contract, an event, a
// status word of strength 4 or more: « je suis vendeuse en CDI, M. Martin
// mon responsable… ») writes for themselves: the other person's words
// are then set aside as a relative's are (markRelatives).
func (a *analyser) aboutThirdR18r() bool {
	found := false
	for i := range a.toks {
		if s, _ := a.thirdPersonR18r(i); s >= 0 {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	if _, ok := a.employerAboutR22q(); ok {
		return true // round 22Q: an employer writes about their employee
	}
	for _, h := range a.sc.hits {
		if h.p.k == kStatus && h.p.w >= 4 && h.p.v != statusUndecided && !a.sc.rel[h.start] &&
			a.sc.writer[a.toks[h.start].clause] && !a.negated(h) {
			return false
		}
	}
	return true
}

// firstThirdR18r is where the first person who is no relative is named
// (see thirdPersonR18r), or -1.
func (a *analyser) firstThirdR18r() int {
	for i := range a.toks {
		if s, _ := a.thirdPersonR18r(i); s >= 0 {
			return s
		}
	}
	return -1
}

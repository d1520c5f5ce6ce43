package analysis

// Round 16A of issue 13 (tuning53, written by a helper who never read the
// rules: whether the person holds a job now — dismissals, resignations,
// contracts ending, missions, seasons, part-time —, told as people do).
// Each rule names its source; where the text leaves a fact open, the fact
// stays unknown and the dialogue asks.

// round16aSpecs are the patterns of round 16A.
var round16aSpecs = []patSpec{
	// « l'agence ne l'a plus en mission », « je n'ai plus de missions »,
	// « plus aucune mission depuis mars »: a temp worker between missions
	// has no contract now (cep-domain.md §1.3 row 7: « intérimaire sans
	// mission »; code du travail L1251-1: the temp worker is employed for
	// the length of each mission only)
	{p: "plus|pas|aucune|aucun|sans en|de|d|aucune? mission|missions|interim", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "plus|pas aucune|aucun|de|d mission|missions|interim", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « là j'ai rien jusqu'aux vendanges », « je n'ai rien jusqu'en
	// février »: no work now, until a date to come — a seasonal worker
	// between two seasons is without a contract (row 7; code du travail
	// L1242-2 3°: the seasonal CDD ends with the season). The season told
	// as a habit (« l'hiver je n'ai rien ») stays a question (round 15B,
	// seasonalGap)
	{p: "ai|jai plus? rien jusqu|avant", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "ai|jai plus? rien d ici", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai arrêté il y a un mois », « jai arrete ya 3 semaines »,
	// « j'arrête en fin de mois »: the stop of one's activity, dated, with no
	// object (round 15B read « j'ai arrêté l'activité »): an ex-indépendant
	// who stopped, or stops within weeks (row 7 and its convention « an end
	// of contract within weeks ⇒ job seeker »)
	{p: "ai|jai arrete il y a", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ai|jai arrete ya|depuis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "j|je arrete a|en la? fin du|de? mois", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai eu ma rupture conventionnelle », « elle a obtenu sa rupture
	// conventionnelle de la fonction publique »: the agreement had, not
	// proposed nor wished (round 12 read it signed or under way); the
	// contract ends on the date agreed and the person is a job seeker
	// (code du travail L1237-11; for public agents, loi 2019-828 art. 72
	// and décret 2019-1593; cep-domain.md §1.3 row 7: « rupture
	// conventionnelle »)
	{p: "ai|a|avons eu|obtenu|signe|negocie ma|sa|une|la|notre rupture|ruptures conv|conventionnelle|conventionelle|conventionnel", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai démissionné de mon CDI il y a six mois pour créer ma
	// micro-entreprise », « j'ai quitté l'hôpital pour monter ma
	// société »: a job left in the past in order to set up a business; the
	// business is the state of now, unless a later event closes it
	// (cep-domain.md §1.3 row 8: micro/auto-entrepreneur, indépendant).
	// Only after a leaving verb in the passé composé of the same clause
	// (notHeldR16a): « je veux démissionner pour créer ma boîte » is a wish
	{p: "pour creer|monter|lancer|ouvrir ma|mon|une|un|sa|son micro|auto entreprise|entrepreneur", k: kStatus, v: "auto_entrepreneur", w: 6, event: true},
	{p: "pour devenir|etre micro|auto entrepreneur|entrepreneuse", k: kStatus, v: "auto_entrepreneur", w: 6, event: true},
	{p: "pour creer|monter|lancer|ouvrir ma|mon|une|un|sa|son propre? entreprise|societe|boite|cabinet|commerce|activite", k: kStatus, v: "independant", w: 5, event: true},
	{p: "pour me|se|m|s mettre|installer a|au mon|son compte", k: kStatus, v: "independant", w: 5, event: true},
	// « je bosse 3 h le matin et je suis inscrite à France Travail pour
	// trouver un temps plein », « inscrit à Pôle emploi pour faire plus
	// d'heures »: a part-timer registered to work more holds a job now
	// (registration in categories B and C is open to those who work part
	// of the month, arrêté du 5 février 1992 on the categories of job
	// seekers; cep-domain.md §1.3 row 8: in activity, CDI or CDD running).
	// The registration says nothing then; the job held, if told, decides
	{p: "suis|est|sommes|sont|jsuis? inscrit|inscrite|inscrits|inscrites a|au|chez france|pole travail|emploi pour trouver|chercher|avoir|decrocher un|une temps|poste|emploi|travail plein|complet", k: kNone},
	{p: "suis|est|sommes|sont|jsuis? inscrit|inscrite|inscrits|inscrites a|au|chez france|pole travail|emploi pour faire|trouver|avoir plus d|de heures", k: kNone},
	{p: "suis|est|sommes|sont|jsuis? inscrit|inscrite|inscrits|inscrites a|au|chez france|pole travail|emploi pour completer|augmenter mes|mon|ses|son heures|temps|salaire", k: kNone},
	// « je suis pion au lycée », « pionne dans un collège »: the familiar
	// word for the assistant d'éducation (AED) of round 1, a public-law
	// contract agent of the school (code de l'éducation L916-1;
	// cep-domain.md §1.3 row 1). Only as a job without article or with the
	// school: « je ne suis qu'un pion dans cette boîte » is a figure
	{p: "suis|est|comme|sommes|sont|jsuis pion|pionne|pions|pionnes", k: kStatus, v: "agent_public", w: 4},
	{p: "pion|pionne|pions|pionnes au|dans|en un|une|le|la? lycee|college|internat", k: kStatus, v: "agent_public", w: 4},
	// « l'hiver je n'ai rien », « l'été j'ai rien »: the season without
	// work told as a habit, not the state of now (the seasonal gap of
	// round 15B, whose reading it joins: seasonalGap); a seasonal worker
	// is in work during the season (code du travail L1242-2 3°), and the
	// text does not say whether now is the season
	{p: "hiver|ete|automne|printemps je|j n? ai plus? rien", k: kNone},
	// « je cherche depuis 8 mois », « depuis je cherche »: the search
	// without its object, dated (row 7: a job seeker, inscrit or not)
	{p: "cherche|recherche|cherchons depuis", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "depuis je|j|jsuis cherche|recherche", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "cherche|recherche n importe quoi", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « j'ai radié l'entreprise », « j'ai dissous ma société », « liquidation
	// en mars »: the business struck off or wound up (code de commerce
	// L237-2, L640-1), the verbs round 15B did not read (row 7:
	// « ex-indépendant who stopped »)
	{p: "ai|a|avons radie|dissous|dissout|revendu|vendu l|mon|ma|cette|son|sa " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "liquidation|faillite en|depuis " + monthNames, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « des heures de garde d'enfants en CESU », « payée par CESU »: the
	// chèque emploi service universel pays an employee of a private
	// individual (code du travail L1271-1; row 8: private law)
	{p: "en|par|au|avec cesu", k: kStatus, v: "salarie_prive", w: 3},
	// « en procédure de licenciement économique, entretien préalable la
	// semaine prochaine »: the procedure is under way, the contract runs
	// until the notice ends (code du travail L1232-2, L1234-1); it says
	// nothing of the status, the words of the job do
	{p: "procedure|procedures de|d licenciement", k: kNone},
	// « en mi-temps thérapeutique dans ma boîte »: part-time work on
	// medical advice within the contract held (code de la sécurité sociale
	// L323-3): in work now, the employer tells the sector
	{p: "mi temps therapeutique", k: kStatus, v: statusUndecided, w: 4},
	// « j'ai une petite épicerie à Pontarlier depuis 6 ans »: a shop owned,
	// with the article round 1 did not read (row 8: commerçant). Not a
	// garage nor a farm, which may be buildings owned
	{p: "ai|avons une|un petite|petit? epicerie|boulangerie|boucherie|librairie|fromagerie|poissonnerie|patisserie|charcuterie|pizzeria|brasserie|boutique|superette|creperie|fleuriste", k: kStatus, v: "independant", w: 3},
	// « je ne trouve plus rien depuis mars », « je ne trouve pas de
	// travail »: the failed search told with its negation, which round 1
	// read only without « ne » (« je trouve pas de travail ») and which
	// negated() then took for a denial (row 7: a job seeker, inscrit or
	// not). « je ne trouve rien d'intéressant dans mon poste » is not one:
	// only « plus rien », « rien depuis » and a work word are read
	{p: "ne|n trouve|trouvons|retrouve|trouvait plus rien", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "ne|n trouve|trouvons|retrouve|trouvait rien depuis", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "ne|n trouve|trouvons|retrouve|trouvait pas|plus|toujours de|d|du? " + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « elle a perdu ses deux derniers employeurs », « j'ai perdu mes
	// heures »: the employers of a home worker lost one by one; with none
	// left she is without work (row 7). Clients lost by a self-employed
	// person are not read: the business may go on
	{p: "ai|a|avons perdu mon|ma|mes|ses|son|sa|nos|leurs deux|trois? derniers|derniere|dernieres|dernier? employeur|employeurs|contrats|heures|postes|emploi|travail|job|boulot", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « mon CDI commence le 1er juillet, en attendant je suis au chômage »:
	// « en attendant » sets the state of now against a job to come, which
	// is not held yet (row 7: a job seeker until the contract starts)
	{p: "en attendant je|j|jsuis suis|reste au chomage", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "en attendant je|j|jsuis suis|reste sans emploi|travail|boulot", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "en attendant je|j|jsuis suis|reste inscrit|inscrite a|au france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	// « j'ai été mise à la retraite pour invalidité »: a retirement
	// imposed (for invalidity: code général de la fonction publique
	// L556-1) is a state of now, not a past step; a retiree is inactive
	// (cep-domain.md §1.2), the job held before is no status of now
	{p: "ete mis|mise a la retraite", k: kStatus, v: "-", w: 6, event: true},
}

// notHeldR16a keeps the business set up « pour créer ma micro-entreprise »
// (round16aSpecs) only after a job left in the passé composé earlier in the
// same clause (« j'ai démissionné de mon CDI de cariste pour … », « elle a
// quitté la mairie pour … »); without it the purpose is a wish.
func (a *analyser) notHeldR16a(h hit) bool {
	t := a.toks
	if t[h.start].s != "pour" || !h.p.event || h.p.v != "auto_entrepreneur" && h.p.v != "independant" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 1 && t[j].clause == c; j-- {
		if !leavingVerbs[t[j].s] {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-2 && t[k].clause == c; k-- {
			switch t[k].s {
			case "ai", "a", "avons", "ont", "suis", "est", "sommes", "sont":
				return false
			}
		}
	}
	return true
}

// secondYearMaster reports a master's second year (« en master 2 », « en
// M2 »): under way, it is entered with the first year passed (the master
// is a two-year course after the licence, arrêté du 22 janvier 2014 on the
// national framework of degrees, art. 20 and 21; the M1 is a bac+4), so a
// bac+3 or more is held (cep-domain.md §1.3 rows 3 and 6). « en master »
// alone may be its first year and stays under way.
func (a *analyser) secondYearMaster(h hit) bool {
	t := a.toks
	switch t[h.start].s {
	case "m2":
		return true
	case "master":
		return h.end < len(t) && t[h.end].clause == t[h.start].clause && t[h.end].s == "2"
	}
	return false
}

// endSince reports an end of contract told as the start of the time since
// (« depuis la fin de mon contrat à la mairie en avril, je n'ai rien
// retrouvé », « depuis ma fin de CDD »): the contract is over, the agent
// who held it is a job seeker now (cep-domain.md §1.3 row 7: « fin de
// CDD »), not the employer's agent of row 1, which settleSector keeps for
// an end to come.
func (a *analyser) endSince() bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || h.p.v != "demandeur_emploi" || !h.p.event || a.negated(h) {
			continue
		}
		fin := false
		for j := h.start; j < h.end; j++ {
			if t[j].s == "fin" {
				fin = true
			}
		}
		if !fin {
			continue
		}
		for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == t[h.start].clause; j-- {
			if t[j].s == "depuis" {
				return true
			}
		}
	}
	return false
}

// pastByParticiple reports a hit in a clause that opens with « employé(e)
// par », « payé(e) par », « recruté(e) par » right after a past clause and
// a comma: « j'ai travaillé 18 ans comme cuisinière dans un collège,
// employée par le département »: the participle adds the employer of the
// job told in the past, it is no employer of now (cep-domain.md §1.3: the
// status is the one of now).
func (a *analyser) pastByParticiple(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	if c == 0 || int(c) >= len(a.sc.past) || !a.sc.past[c-1] || a.sc.present[c-1] || a.sc.present[c] {
		return false
	}
	first := h.start
	for first > 0 && t[first-1].clause == c {
		first--
	}
	if first == 0 || t[first-1].clause != c-1 || t[first-1].after != ',' || first+1 >= len(t) || t[first+1].s != "par" {
		return false
	}
	switch t[first].s {
	case "employe", "employee", "employes", "employees", "paye", "payee", "recrute", "recrutee", "embauche", "embauchee", "salarie", "salariee":
		return true
	}
	return false
}

package analysis

// Round 18C of issue 13 (tuning64: each message of tuning63, 50, 49 and 48
// retold twice, in SMS and in a long or formal letter). The rules of
// earlier rounds caught the sentence they were written for; this round
// makes them catch the fact however it is told. Each rule names its source.

// round18cSpecs are the patterns of round 18C.
var round18cSpecs = []patSpec{
	// « contrat à durée déterminée »: the CDD written out (code du travail
	// L1242-1), read as « CDD » (lexicon.go), so that its end told after it
	// (« mon contrat à durée déterminée s'achève le 30 juin ») is read by
	// contractEnds as « mon CDD s'achève »
	{p: "contrat|contrats a duree determinee", k: kStatus, v: "salarie_prive", w: 4},
	// « sarrete », « sacheve », « setermine »: the end verbs of SMS, the
	// pronoun glued to the verb (round 13A reads them right after the
	// contract), now as kEnds wherever the contract stands before them in
	// the clause (« mon cdd de 3 ans sarrete ds 3 semaines »)
	{p: "sarrete|sarretera|sacheve|sachevera|setermine|seterminera", k: kEnds},
	// « je serai ensuite au chômage », « je serai donc au chômage »: the
	// announced status, as « je serai au chômage » (lexicon.go) with the
	// adverb of sequence between the verb and its complement
	{p: "serai|sera|serais|serait ensuite|alors|donc|apres|bientot|forcement au chomage", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je n'ai reçu aucune proposition de mission », « pas d'offre de
	// mission depuis deux mois »: the temp worker without a mission
	// (cep-domain.md §4: « intérimaire without mission » is a job seeker),
	// as « plus de mission » (lexicon.go) told by the offer that did not
	// come
	{p: "aucune|aucun|pas|plus de|d? proposition|propositions|offre|offres de|d mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
}

// endsTakenUp reports the clause starting at j as one that says of the
// contract of the clause before that it ends (« CDD dans une crèche, qui
// se termine dans quinze jours », « en cdd ds une creche, ça finit ds 2
// semaines »): the relative pronoun or the demonstrative of speech takes
// the contract up, as « …, il se termine le 15 » (contractEnds). A
// contract that ends within weeks makes a job seeker (cep-domain.md §4).
func (a *analyser) endsTakenUp(j int) bool {
	t := a.toks
	if j+1 >= len(t) || t[j+1].clause != t[j].clause {
		return false
	}
	switch t[j].s {
	case "il", "elle", "ca", "cela", "qui":
	default:
		return false
	}
	if a.endsHere(j + 1) {
		return true
	}
	if t[j].s != "ca" && t[j].s != "cela" {
		// « il finit » without « se » may be a person's act (« il finit
		// ses études »): only the demonstrative of speech is read so
		return false
	}
	switch t[j+1].s {
	case "finit", "finira", "sarrete", "sarretera", "sacheve", "sachevera", "setermine", "seterminera":
		return true
	}
	return false
}

// round18cBreakSpecs: « rupture conv », the rupture conventionnelle of
// phone typing (code du travail L1237-11), read as the full words are
// (lexicon.go, w 2: the procedure named, signed or not; round 12 reads it
// signed or under way).
var round18cBreakSpecs = []patSpec{
	{p: "rupture|ruptures conv", k: kStatus, v: "demandeur_emploi", w: 2, event: true},
	// « la rupture conventionnelle que j'ai signée en janvier », « une
	// rupture conv que j'ai acceptée »: the agreement signed, told by a
	// relative clause, as « ma rupture conventionnelle est signée » (round
	// 12: the contract ends on the date the agreement sets, code du travail
	// L1237-13)
	{p: "rupture|ruptures conventionnelle|conventionelle|conventionnel|conv que|qu j|je|nous l? ai|avons signee|signe|acceptee|accepte|obtenue|obtenu", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
}

// soonFromHere reports a date within weeks told with « d'ici » in clause c
// (« d'ici deux semaines », « à deux semaines d'ici », « d'ici 10 jours »),
// as soonDate reads « dans deux semaines ».
func (a *analyser) soonFromHere(c int32) bool {
	t := a.toks
	for i := 1; i+1 < len(t); i++ {
		if t[i].clause != c || t[i].s != "ici" || t[i-1].s != "d" {
			continue
		}
		// « d'ici deux semaines »
		if i+2 < len(t) && t[i+2].clause == c && soonUnit(t[i+2].s) && soonCount(t[i+1]) {
			return true
		}
		// « (à) deux semaines d'ici »
		if i >= 3 && t[i-3].clause == c && soonUnit(t[i-2].s) && soonCount(t[i-3]) {
			return true
		}
	}
	return false
}

func soonUnit(s string) bool {
	return s == "jour" || s == "jours" || s == "semaine" || s == "semaines"
}

// soonCount reports a count of days or weeks small enough for « within
// weeks » (1 to 45, or the words of soonCounts, « quinze »).
func soonCount(n token) bool {
	if v, k := leadingInt(n.s); n.num && k == len(n.s) && v >= 1 && v <= 45 {
		return true
	}
	return soonCounts[n.s] || n.s == "quinze"
}

// departureSoon reports « mon départ est fixé à deux semaines d'ici »,
// « son départ est prévu dans dix jours » at token i (« depart »): the
// writer's own departure dated within weeks, as « je pars dans quinze
// jours » in leavesSoonAfterBreak (round 17H: after a rupture
// conventionnelle, a dismissal or a resignation the contract ends then,
// cep-domain.md §4).
func (a *analyser) departureSoon(i int) bool {
	t := a.toks
	if i == 0 || t[i].s != "depart" || t[i-1].clause != t[i].clause || t[i-1].s != "mon" {
		return false
	}
	return !a.farDate(t[i].clause) && a.soonDate(t[i].clause)
}

// round18cEmployerSpecs: a school of a sport (« École du ski français »,
// « école de voile », « école de parapente ») teaches no pupils of the
// public education service (code de l'éducation L111-1): it is run by its
// instructors' body, an association or a firm (the ESF is the school of the
// Syndicat national des moniteurs du ski français), so « école » there says
// a private employer, not the public one of « école » alone (employers.go).
var round18cEmployerSpecs = []employerSpec{
	{p: "ecole|ecoles de|du ski|voile|surf|parapente|plongee|equitation|golf|escalade|kitesurf", sector: sectorPrivate, w: 3},
	// « chez un gros presta », « salarié d'un presta »: the prestataire of
	// phone typing, a private contractor (round 7: « pour un prestataire »);
	// the masculine article, since « une presta » is a prestation (a gig)
	{p: "chez|pour|d|de un|le|l gros|grand|petit? presta|prestas", sector: sectorPrivate, w: 5},
}

// servedPublicPlace reports a public place named by its adjective (« la
// cantine d'un lycée public », « un hôpital public ») in a message whose
// writer names a private company as employer outright (companyWeight ≥ 5:
// « chez un gros prestataire », « pour le compte d'une entreprise privée,
// qui est mon employeur »): the company employs (code du travail L1221-1),
// the public body is its client under a public contract (code de la
// commande publique L1111-1) and only hosts the work (cep-domain.md §1.3
// row 8), as postedInPublic (round 15B) reads « affecté à la préfecture »
// without the verb of posting. Words of a person's public status
// (« contractuel », « fonctionnaire ») are kept.
func (a *analyser) servedPublicPlace(h hit) bool {
	if h.p.k != kStatus || h.p.event || h.p.v != "agent_public" {
		return false
	}
	switch a.toks[h.end-1].s {
	case "public", "publique", "publics", "publiques":
	default:
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kSector && m.p.v == sectorPrivate && !a.negated(m) && !a.wished(m) && !a.pastClause(m) && !a.ofRelative(m) && a.companyWeight(m) >= 5 && !a.sideJobClause(a.toks[m.start].clause) {
			return true
		}
	}
	return false
}

// sideJobClause reports clause c telling a second job (« je fais aussi des
// heures pour une entreprise de nettoyage », « à côté », « en plus »): the
// company employs the writer beside the main job, which still decides.
func (a *analyser) sideJobClause(c int32) bool {
	t := a.toks
	for i := range t {
		if t[i].clause != c {
			continue
		}
		switch t[i].s {
		case "aussi", "egalement", "cote", "complement":
			return true
		case "plus":
			if i > 0 && t[i-1].s == "en" {
				return true
			}
		}
	}
	return false
}

package analysis

import "strings"

// Round 15A of issue 13 (tuning51, written by a helper who never read the
// rules: long stories of several jobs over the years, other people
// mentioned, SMS): what the writer is now, told apart from what he or she
// was, what a relative does, and the places of other people's lives.

// round15aStatusSpecs are the status markers of round 15A.
var round15aStatusSpecs = []patSpec{
	// « il a fermé son entreprise en janvier », « ils ont vendu leur
	// bar »: a business closed, told of another person (the relative the
	// message is for: cep-domain.md §1.3 row 7, « ex-indépendant who
	// stopped »); round 5 read the first person only
	{p: "a|ont ferme|liquide|cesse|arrete|vendu|cede|revendu son|sa|leur " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « une épicerie en auto-entreprise…, je l'ai fermée en février »,
	// « nous l'avons vendu en juin »: the business closed, named by a
	// pronoun (row 7); closedPronounAntecedent checks that a business was
	// named before
	{p: "l ai|a|avons|ont ferme|fermee|vendu|vendue|cede|cedee|liquide|liquidee|revendu|revendue|arrete|arretee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « stagiaire de la formation professionnelle », « stagiaire formation
	// pro »: the trainee of vocational training is a job seeker
	// (cep-domain.md §1.3 row 7, code du travail L6341-1), not a pupil
	{p: "stagiaire|stagiaires de|d? la? formation pro|professionnelle|continue", k: kStatus, v: "demandeur_emploi", w: 5},
	// « j'ai démissionné pour créer ma micro-entreprise »: the business
	// created after the resignation is the activity now (row 8,
	// micro-entrepreneur); round 10 read « mon entreprise », « ma boutique »
	{p: "demissionne|demissionnee|quitte|quittee mon|ma|le|la? poste|job|travail|emploi|cdi|boulot? pour ouvrir|creer|monter|lancer|fonder mon|ma|une|un|son|sa|notre propre? micro|auto entreprise|entrepreneur|entreprises", k: kStatus, v: "auto_entrepreneur", w: 6, event: true},
	// « je bosse le week-end comme serveur », « je travaille les soirs
	// en livraison »: a side job held now, named with its times (row 8;
	// a student who holds a job has the job's status, cep-domain.md §4)
	{p: "bosse|travaille|taffe|taf le|les|en we|weekend|week|samedi|samedis|dimanche|dimanches|soir|soirs comme|en", k: kStatus, v: "salarie_prive", w: 4},
	// « mission qui se termine vendredi », « mon contrat finit la semaine
	// prochaine »: a contract that ends within days (cep-domain.md §4:
	// « an end of contract within weeks ⇒ job seeker », row 7); round 14A
	// read the month (endsLater keeps a far one running)
	{p: "mission|missions|contrat|remplacement|cdd|interim qui|qu? se|s? termine|finit|arrete|acheve|terminera|finira|arretera lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|bientot", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "mission|missions|contrat|remplacement|cdd|interim qui|qu? se|s? termine|finit|arrete|acheve|terminera|finira|arretera ce|cette vendredi|lundi|mardi|mercredi|jeudi|samedi|semaine|mois", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "mission|missions|contrat|remplacement|cdd|interim qui|qu? se|s? termine|finit|arrete|acheve|terminera|finira|arretera le|la mois|semaine prochain|prochaine", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « rupture conventionnelle signée : je pars à la fin du mois »: the
	// departure date of a contract broken (code du travail L1237-11,
	// L1237-19 for the collective one) — a job seeker within weeks (row
	// 7); without a break told, a trip (leavingAfterBreak)
	{p: "je|j|jsuis pars|quitte|sors a|en la? fin du mois", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "je|j|jsuis quitte l|la|mon|ma entreprise|boite|societe|poste|job|cdi a|en la? fin du mois", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « il n'a pas trouvé de patron », « je n'ai toujours pas trouvé
	// d'employeur »: no employer found, in the passé composé (row 7); round
	// 14A read the present (« il ne trouve pas de patron »)
	{p: "ai|a|avons|ont pas|jamais|toujours|encore pas? trouve|retrouve de|d|un|une? patron|patronne|employeur|employeurs|entreprise|maitre", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « il a dû fermer l'an dernier », « nous avons dû vendre »: a business
	// closed under constraint (row 7, « ex-indépendant who stopped »)
	{p: "ai|a|avons|ont du fermer|vendre|ceder|liquider|arreter|cesser|deposer", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « vétérinaire associé », « avocate associée »: a partner of a
	// practice of a liberal profession (loi 66-879, sociétés civiles
	// professionnelles; loi 90-1258, sociétés d'exercice libéral) works on
	// his or her own account (cep-domain.md §1.3 row 8)
	{p: "veterinaire|avocat|avocate|notaire|architecte|comptable|comptables|medecin|kine|kinesitherapeute|dentiste|pharmacien|pharmacienne|orthophoniste|huissier|geometre|osteopathe associe|associee|associes", k: kStatus, v: "profession_liberale", w: 5},
	// « ma retraite militaire », « pension militaire »: the army left
	// (code des pensions civiles et militaires de retraite L1), not an
	// employer now
	{p: "retraite|pension|pensions militaire|militaires", k: kNone},
}

// childPlace reports a place right after a word for children (« deux
// enfants au lycée », « les petits à l'école »): the children's school, no
// employer of the writer and no school of his or her own — unless the
// message is written for the child, whose place it then is.
func (a *analyser) childPlace(h hit) bool {
	if a.forRel {
		return false
	}
	j := h.start - 1
	if j >= 0 && a.is(j, clsPlacePrep) && !a.is(h.start, clsPlacePrep) {
		j--
	} else if !a.is(h.start, clsPlacePrep) {
		return false
	}
	if j < 0 || a.toks[j].clause != a.toks[h.start].clause {
		return false
	}
	switch a.toks[j].s {
	case "enfants", "enfant", "ados", "gamins", "gosses", "petits", "filles", "fils", "garcons", "loulous", "minots":
		return true
	}
	return false
}

// placePrep are the words that open a place (« au lycée », « à l'école »).
var placePrep = map[string]bool{"au": true, "a": true, "en": true, "dans": true, "l": true, "aux": true}

// formerMilitary reports a public employer word right after a word of
// retirement or of the past (« retraite militaire », « ancien
// militaire », « ex-militaire »): the army left, no employer now (code de
// la défense L4139-2, reconversion of those who leave). A private one
// after « retraite » is a pension fund the writer may work for
// (« conseillère retraite CNAV »).
func (a *analyser) formerMilitary(h hit) bool {
	if h.start == 0 || a.toks[h.start-1].clause != a.toks[h.start].clause || h.p.v != sectorPublic && h.p.v != "agent_public" {
		return false
	}
	switch a.toks[h.start-1].s {
	case "retraite", "pension", "ancien", "ancienne", "ex":
		return true
	}
	return false
}

// notEmployerR15a reports an employer word of round 15A that does not say
// whom the writer works for (notTheEmployer).
func (a *analyser) notEmployerR15a(h hit) bool {
	return a.childPlace(h) || a.formerMilitary(h) || a.stayOver(h) || h.p.v == sectorPrivate && a.cesuEmployerBesideTenure(h) ||
		h.p.v == sectorPublic && a.siteServed(h)
}

// cesuEmployerBesideTenure reports the private household (« chez des
// particuliers ») of a job paid by CESU in the same clause, beside a
// tenure of the public service (see cesuBesideTenure).
func (a *analyser) cesuEmployerBesideTenure(h hit) bool {
	c := a.toks[h.start].clause
	for j := range a.toks {
		if a.toks[j].s == "cesu" && a.toks[j].clause == c {
			return a.cesuBesideTenure(hit{p: h.p, start: j, end: j + 1})
		}
	}
	return false
}

// notHeldR15a reports a status hit of round 15A that is not the writer's
// status now (statusCandidate).
func (a *analyser) notHeldR15a(h hit) bool {
	if a.childPlace(h) || a.stayOver(h) || a.liberalEmployer(h) {
		return true
	}
	if h.p.v == "demandeur_emploi" && h.p.event && a.closedByPronoun(h) && !a.businessBefore(h.start) {
		return true // « je l'ai fermée » of a door, a file, a training
	}
	if h.p.v == "demandeur_emploi" && h.p.event && (a.closedByPronoun(h) || a.closedOfOther(h)) && a.closedForAWhile(h.end) {
		return true // « je l'ai fermée pour les vacances », « deux semaines en août »
	}
	if h.p.v == "demandeur_emploi" && h.p.event && a.leavingEndOfMonth(h) && !a.breakTold(h) {
		return true // « je pars à la fin du mois en vacances »
	}
	if !h.p.event && (a.afterAvant(h) || a.formerListGoesOn(h)) {
		return true
	}
	if h.p.v == "salarie_prive" && a.unpaidSideActivity(h) {
		return true // « je travaille le samedi comme bénévole »
	}
	if h.p.v == "salarie_prive" && (a.endedContractBesideSeeker(h) || a.employedByPublic(h) || a.contractBroken(h) || a.cesuBesideTenure(h)) {
		return true
	}
	if h.p.v == "agent_public" && a.siteServed(h) {
		return true
	}
	if h.p.v == "demandeur_emploi" && !h.p.event && a.afterSpellOfUnemployment(h) {
		return true
	}
	if h.p.v == "agent_public" && a.publicSiteOfPrivateEmployer(h) {
		return true
	}
	if h.p.v == "demandeur_emploi" && h.p.event && a.closedUnderConstraint(h) && !a.businessBefore(h.start) && !a.ownBusinessAfter(h.end) {
		return true // « j'ai dû fermer le magasin seul hier soir »: an employee's task
	}
	if h.p.v == "demandeur_emploi" && (a.benefitManaged(h) || h.p.event && a.beforeStatusSince(h) || a.onLeaveWithoutWork(h)) {
		return true
	}
	if statusGroup(h.p.v) == "independant" && !h.p.event && a.closedLater(h) {
		return true
	}
	if h.p.v == "demandeur_emploi" && a.retiredNoWork(h) {
		return true
	}
	if statusGroup(h.p.v) == "independant" && !h.p.event && a.closedByPronounAfter(h) {
		return true
	}
	return false
}

// closedByPronoun reports the closing of round 15A told with « l' »
// (« je l'ai fermée »), not « l'usine a fermé ».
func (a *analyser) closedByPronoun(h hit) bool {
	if a.toks[h.start].s != "l" || h.end-h.start != 3 {
		return false
	}
	switch a.toks[h.start+1].s {
	case "ai", "a", "avons", "ont":
		return true
	}
	return false
}

// businessBefore reports a business or a self-employed status named in
// the 25 words before i, which « l' » of a closing verb then stands for.
func (a *analyser) businessBefore(i int) bool {
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && statusGroup(m.p.v) == "independant" && m.start < i && i-m.start <= 25 {
			return true
		}
	}
	return false
}

// closedByPronounAfter reports a self-employed status (« une épicerie en
// auto-entreprise ») followed, within 12 words and before any « je suis »,
// by its closing told with a pronoun (« je l'ai fermée »): what closed,
// not what the writer runs now (as objectOfEvent for « j'ai fermé mon
// auto-entreprise »).
func (a *analyser) closedByPronounAfter(h hit) bool {
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "demandeur_emploi" || !m.p.event || !a.closedByPronoun(m) || a.closedForAWhile(m.end) ||
			m.start < h.end || m.start-h.end > 12 {
			continue
		}
		for j := h.end; j < m.start; j++ {
			if a.toks[j].s == "suis" || a.toks[j].s == "sommes" {
				return false
			}
		}
		return true
	}
	return false
}

// retiredNoWork reports « je ne travaille plus » said by a writer who says
// he or she is retired (« je suis retraitée de la fonction publique et je
// ne travaille plus »): a retiree who stopped, outside the CEP unless
// looking for work (cep-domain.md §1.3, public: « not open to inactive
// people (retraités) unless they hold a job » — a search said elsewhere
// is still read).
func (a *analyser) retiredNoWork(h hit) bool {
	plus := false
	for j := h.start; j < h.end; j++ {
		if a.toks[j].s == "plus" {
			plus = true
		}
	}
	if !plus {
		return false
	}
	for j := 1; j < len(a.toks); j++ {
		switch a.toks[j].s {
		case "retraite", "retraitee", "retraites", "retraitees":
		default:
			continue
		}
		if a.sc.rel[j] {
			continue
		}
		switch a.toks[j-1].s {
		case "suis", "jsuis", "sommes":
			return true
		}
		if a.retiredDeparture(j) {
			return true
		}
	}
	return false
}

// contractAgentBesideBusiness reports a public vacation (« vacataire à la
// mairie ») and a business of one's own (« en auto-entreprise ») both held
// now, without a word of tenure: a vacataire is hired for a given task,
// paid by the act, with no continuous job (CGFP L332-1 ff. set the
// contracts, the vacation stays outside them), so which activity is the
// main one — row 1 or row 8 of the table — is unknown, and the dialogue
// asks. A fonctionnaire with an accessory business stays an agent public
// (publicAgentToo; CGFP L123-7).
func (a *analyser) contractAgentBesideBusiness() bool {
	contract, business := false, false
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		switch {
		case v == "agent_public":
			switch a.toks[h.start].s {
			case "vacataire", "vacataires":
				contract = true
			case "titulaire", "titulaires", "fonctionnaire", "fonctionnaires", "titularise", "titularisee":
				return false
			}
		case statusGroup(v) == "independant" && w >= 4 && !h.p.event:
			business = true
		}
	}
	return contract && business
}

// wishResumes reports, after « quitter » ended a wish at j, a purpose
// clause « pour travailler », « pour entrer » before to: the place named
// after it is wished too (« j'aimerais quitter l'éducation pour
// travailler dans une association »).
func (a *analyser) wishResumes(j, to int) bool {
	for k := j + 1; k+1 < to; k++ {
		// (« quitter la profession et entrer dans une entreprise »: the
		// wish goes on with a coordinated infinitive too, round 16B)
		if a.toks[k].s != "pour" && a.toks[k].s != "et" && a.toks[k].s != "puis" {
			continue
		}
		switch a.toks[k+1].s {
		case "travailler", "bosser", "entrer", "rejoindre", "integrer", "aller", "partir", "devenir", "faire":
			return true
		}
		if wishGoesOnR20b[a.toks[k+1].s] {
			return true // « … pour prendre la direction d'un EHPAD » (round 20B)
		}
	}
	return false
}

// undeclaredWork reports work without a declared contract (« je
// travaille au black dans un garage », « payé au noir », « boulot non
// déclaré »): travail dissimulé (code du travail L8221-5) is no
// employee's contract the regional operator serves, and the writer may be
// a job seeker as well (cep-domain.md §1.3 rows 7 and 8) — the dialogue
// asks rather than routing on the workplace.
//
// Undeclared work told as a side activity beside the job held (« en plus
// quelques heures non déclarées », « je donne aussi des cours au noir ») is
// no such doubt: the CEP follows the declared job (round 16B,
// sideUndeclared).
func (a *analyser) undeclaredWork() bool {
	for j := 1; j < len(a.toks); j++ {
		undeclared := false
		switch a.toks[j].s {
		case "black", "noir":
			undeclared = a.toks[j-1].s == "au"
		case "declare", "declaree", "declares", "declarees":
			// (« des gardes non déclarées »: the feminine plural, round 16A)
			undeclared = a.toks[j-1].s == "non" || a.toks[j-1].s == "pas"
		}
		if undeclared && !a.besideAJob(j) {
			return true
		}
	}
	return false
}

// besideAJob reports a side-activity word (« aussi », « en plus », « à
// côté », « en parallèle », « en complément ») at most 8 words before
// toks[j] in its clause.
func (a *analyser) besideAJob(j int) bool {
	c := a.toks[j].clause
	for k := j - 1; k >= 0 && k >= j-8 && a.toks[k].clause == c; k-- {
		switch a.toks[k].s {
		case "aussi", "egalement", "plus", "parallele", "cote", "complement":
			return true
		}
	}
	return false
}

// leavingEndOfMonth reports the round 15A pattern « je pars à la fin du
// mois », which names no job (« je quitte l'entreprise à la fin du mois »
// does).
func (a *analyser) leavingEndOfMonth(h hit) bool {
	switch a.toks[h.start].s {
	case "je", "j", "jsuis":
	default:
		return false
	}
	if h.end-h.start < 5 || a.toks[h.end-1].s != "mois" {
		return false
	}
	switch a.toks[h.start+2].s {
	case "a", "en":
		return true
	}
	return false
}

// breakTold reports a break of the contract told elsewhere in the message
// (« rupture conventionnelle », « licenciement », « démission »): another
// job seeker's event, not said of a relative.
func (a *analyser) breakTold(h hit) bool {
	for _, m := range a.sc.hits {
		if m.start != h.start && m.p.k == kStatus && m.p.v == "demandeur_emploi" && m.p.event && !a.negated(m) && !a.sc.rel[m.start] {
			return true
		}
	}
	return false
}

// stayOver reports a hit in a clause that the next clause closes as a
// stay of some years (« je suis entré dans l'armée, j'y suis resté 5
// ans », « chez Renault, j'y ai passé dix ans »): told with its length
// after the fact, the stay is over — what the writer was, not is.
func (a *analyser) stayOver(h hit) bool {
	c := a.toks[h.start].clause
	j := h.end
	for j < len(a.toks) && a.toks[j].clause == c {
		j++
	}
	if j+4 >= len(a.toks) || a.toks[j].clause != c+1 {
		return false
	}
	k := j
	switch a.toks[k].s {
	case "j", "je", "il", "elle":
		k++
	}
	if a.toks[k].s != "y" {
		return false
	}
	k++
	switch a.toks[k].s {
	case "suis", "ai", "est", "a":
	default:
		return false
	}
	switch a.toks[k+1].s {
	case "reste", "restee", "passe", "travaille", "bosse", "fait":
	default:
		return false
	}
	for m := k + 2; m < len(a.toks) && m <= k+4 && a.toks[m].clause == c+1; m++ {
		if a.toks[m].s == "ans" || a.toks[m].s == "annees" || a.toks[m].s == "mois" {
			return true
		}
	}
	return false
}

// liberalEmployer reports « libéral » closing the name of a workplace
// (« secrétaire dans un cabinet de radiologie libéral », « dans une
// clinique libérale »): the employer is a liberal practice, the writer
// its employee (code du travail L1221-1; cep-domain.md §1.3 row 8), not a
// professional of his or her own (« infirmière en libéral »).
func (a *analyser) liberalEmployer(h hit) bool {
	if h.p.v != "profession_liberale" {
		return false
	}
	switch a.toks[h.start].s {
	case "liberal", "liberale", "liberaux", "liberales":
	default:
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 1 && j >= h.start-5 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "cabinet", "cabinets", "centre", "clinique", "structure", "laboratoire", "labo", "pharmacie", "officine", "etude", "agence", "maison":
			switch a.toks[j-1].s {
			case "un", "une", "le", "la", "l", "ce", "cette", "du":
				return true
			}
		}
	}
	return false
}

// commerceRegister reports a business said to be registered at the
// registre du commerce et des sociétés (code de commerce L123-1): a
// commerçant, whatever the trade also named (« fleuriste »), not an
// artisan of the répertoire des métiers.
func (a *analyser) commerceRegister() bool {
	for j := 2; j < len(a.toks); j++ {
		if a.toks[j].s == "commerce" && a.toks[j-1].s == "du" && a.toks[j-2].s == "registre" || a.toks[j].s == "rcs" {
			return true
		}
	}
	return false
}

// offeredPost reports a cadre word in a post offered to the writer (« on
// me propose un poste de cadre », « une offre de cadre »): a post not
// held, which does not make the writer a cadre (cep-domain.md §1.3 row 6
// is for cadres now, or job seekers who were).
func (a *analyser) offeredPost(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "propose", "proposent", "proposer", "proposee", "offre", "offrent", "offert", "proposition", "promotion":
			return true
		}
	}
	return false
}

// afterAvant reports a hit in the clause right after one that says only
// « avant » (« Avant, salariée dans un salon pendant 10 ans »): the comma
// cut the past clause from its time word.
func (a *analyser) afterAvant(h hit) bool {
	c := a.toks[h.start].clause
	j := a.clauseStart(h.start)
	if j == 0 {
		return false
	}
	k := j - 1
	if a.toks[k].clause != c-1 {
		return false
	}
	n := 0
	for m := k; m >= 0 && a.toks[m].clause == c-1; m-- {
		n++
		switch a.toks[m].s {
		case "avant", "auparavant", "autrefois", "jadis", "ca", "cela", "bonjour":
		default:
			return false
		}
	}
	return n <= 3 && (a.toks[k-n+1].s == "avant" || a.toks[k-n+1].s == "auparavant" || a.toks[k-n+1].s == "autrefois" || a.toks[k-n+1].s == "jadis" ||
		k-n+2 <= k && a.toks[k-n+2].s == "avant")
}

// formerListGoesOn reports a job after « puis » in a list opened by
// « ancien », « ancienne », « ex » (« ancienne vendeuse puis employée de
// pressing »): the list goes on in the past.
func (a *analyser) formerListGoesOn(h hit) bool {
	c := a.toks[h.start].clause
	if h.start == 0 || a.toks[h.start-1].s != "puis" {
		return false
	}
	for j := h.start - 2; j >= 0 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "ancien", "ancienne", "anciens", "anciennes", "ex":
			return true
		case "je", "j", "jsuis", "suis", "maintenant", "aujourd", "actuellement":
			return false
		}
	}
	return false
}

// wishGoesOn reports a hit in a clause opened by « peut-être », « plutôt »,
// « ou » or « soit », or a short list of alternatives (« chauffeur ou chef
// d'équipe »), after a wish and a comma (« je voudrais encore travailler,
// peut-être comme salarié »): the wish goes on across the comma.
func (a *analyser) wishGoesOn(h hit) bool {
	c := a.toks[h.start].clause
	j := a.clauseStart(h.start)
	if j == 0 || a.toks[j-1].clause != c-1 {
		return false
	}
	if a.toks[j-1].after != ',' {
		return false // « Je voudrais changer. Peut-être que je suis… »
	}
	switch a.toks[j].s {
	case "peut", "peutetre", "plutot", "ou", "voire", "soit":
	default:
		if !a.shortAlternatives(j, c) {
			return false
		}
	}
	for k := j; k < len(a.toks) && a.toks[k].clause == c; k++ {
		if a.toks[k].s == "je" || a.toks[k].s == "j" {
			return false
		}
	}
	return a.wishInClause(c - 1)
}

// wishInClause reports a wish or plan (a kFuture hit: « je voudrais »,
// « j'aimerais ») in clause c.
func (a *analyser) wishInClause(c int32) bool {
	for _, m := range a.sc.hits {
		if m.p.k == kFuture && a.toks[m.start].clause == c {
			return true
		}
	}
	return false
}

// endedContractBesideSeeker reports a contract named after « fin de »
// (« au chômage depuis un mois, fin de contrat d'apprentissage ») when a
// job seeker's status word is said now: the contract that ended, not one
// held (cep-domain.md §4: « fin de CDD »).
func (a *analyser) endedContractBesideSeeker(h hit) bool {
	i := h.start
	if a.toks[i].s != "fin" {
		if i < 2 || a.toks[i-2].s != "fin" || a.toks[i-1].s != "de" && a.toks[i-1].s != "d" {
			return false
		}
	}
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && m.p.v == "demandeur_emploi" && !m.p.event && m.p.w >= 5 {
			if v, _, ok := a.statusCandidate(m); ok && v == "demandeur_emploi" {
				return true
			}
		}
	}
	return false
}

// employedByPublic reports « employée par le CCAS », « salarié de la
// mairie »: the everyday word for an employee, whose employer named next
// is public — the employer says the status (CGFP L1; cep-domain.md §1.3
// row 1), the word is no rival.
func (a *analyser) employedByPublic(h hit) bool {
	switch a.toks[h.start].s {
	case "employe", "employee", "employes", "employees", "salarie", "salariee", "salaries", "salariees":
	default:
		return false
	}
	if h.end >= len(a.toks) {
		return false
	}
	switch a.toks[h.end].s {
	case "par", "de", "du", "d", "des":
	default:
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kSector && m.p.v == sectorPublic && m.p.w >= 4 && m.start > h.end && m.start <= h.end+3 && a.toks[m.start].clause == c {
			return true
		}
	}
	return false
}

// benefitManaged reports « RSA » after a job title (« gestionnaire RSA »,
// « conseillère RSA », « référente RSA »): the benefit the writer handles
// at work, not one he or she receives.
func (a *analyser) benefitManaged(h hit) bool {
	if a.toks[h.start].s != "rsa" || h.start == 0 {
		return false
	}
	switch a.toks[h.start-1].s {
	case "gestionnaire", "gestionnaires", "conseiller", "conseillere", "referent", "referente", "instructeur", "instructrice", "service", "pole", "charge", "chargee", "agent", "agente":
		return true
	}
	return false
}

// beforeStatusSince reports a job seeker's event dated with a year (« mon
// licenciement en 2022 ») when a status of another group is held now
// « depuis » a year as late or later (« en portage salarial depuis
// 2023 »): the event is part of the story before the status of now.
func (a *analyser) beforeStatusSince(h hit) bool {
	c := a.toks[h.start].clause
	y := 0
	for j := h.end; j < len(a.toks) && j <= h.end+2 && a.toks[j].clause == c; j++ {
		if v := yearOf(a.toks[j]); v > 0 {
			y = v
		}
	}
	if y == 0 {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.event || m.p.v == "demandeur_emploi" || m.p.v == statusUndecided || m.p.v == "-" || a.negated(m) || a.ofRelative(m) ||
			a.pastClause(m) || a.wished(m) {
			continue
		}
		mc := a.toks[m.start].clause
		for j := m.end; j+1 < len(a.toks) && j <= m.end+5 && a.toks[j].clause == mc; j++ {
			if a.toks[j].s == "depuis" {
				if v := yearOf(a.toks[j+1]); v >= y {
					return true
				}
			}
		}
	}
	return false
}

// yearOf is the year a token names (1960–2039), or 0.
func yearOf(t token) int {
	if !t.num || len(t.s) != 4 {
		return 0
	}
	v := 0
	for _, r := range t.s {
		if r < '0' || r > '9' {
			return 0
		}
		v = v*10 + int(r-'0')
	}
	if v < 1960 || v > 2039 {
		return 0
	}
	return v
}

// closedLater reports a self-employed status (« commerçante », « maçon à
// son compte ») followed later in the message by the closing of a
// business (« j'ai fermé la boutique », « il a fermé son entreprise »):
// the business was run, and is closed now (row 7, « ex-indépendant who
// stopped »), as laterEvent lets a later event win.
func (a *analyser) closedLater(h hit) bool {
	for _, m := range a.sc.hits {
		if m.start < h.end || m.p.k != kStatus || m.p.v != "demandeur_emploi" || !m.p.event || a.negated(m) || a.hedged(m) || a.closedForAWhile(m.end) {
			continue
		}
		for j := m.start; j < m.end; j++ {
			if closingVerbs[a.toks[j].s] && a.toks[j].s != "quitte" && a.toks[j].s != "quittee" {
				return true
			}
		}
	}
	return false
}

// ownBusinessAfter reports « notre restaurant », « son entreprise » at i:
// a business of one's own named as the object of a closing.
func (a *analyser) ownBusinessAfter(i int) bool {
	if i+1 >= len(a.toks) {
		return false
	}
	switch a.toks[i].s {
	case "mon", "ma", "notre", "son", "sa", "leur":
	default:
		return false
	}
	for _, w := range bizWords {
		if a.toks[i+1].s == w {
			return true
		}
	}
	return false
}

// bizWords are the words of bizObj, for the hooks of round 15A.
var bizWords = strings.Split(bizObj, "|")

// closedUnderConstraint reports the round 15A pattern « a dû fermer ».
func (a *analyser) closedUnderConstraint(h hit) bool {
	if h.end-h.start != 3 || a.toks[h.start+1].s != "du" {
		return false
	}
	switch a.toks[h.start].s {
	case "ai", "a", "avons", "ont":
		return true
	}
	return false
}

// contractBroken reports a CDI or CDD named before a dismissal or a
// resignation told as recent, within its notice (« CDI, 44 ans. J'ai été
// licencié il y a 3 semaines et mon préavis se termine fin du mois »):
// the contract broken, ending within weeks (code du travail L1234-1,
// préavis; cep-domain.md §4: « an end of contract within weeks ⇒ job
// seeker »), not one held after it.
func (a *analyser) contractBroken(h hit) bool {
	if h.p.event {
		return false
	}
	switch a.toks[h.start].s {
	case "cdi", "cdd":
	default:
		return false
	}
	for _, m := range a.sc.hits {
		if m.start < h.end || m.p.k != kStatus || m.p.v != "demandeur_emploi" || !m.p.event {
			continue
		}
		broken := false
		for j := m.start; j < m.end; j++ {
			switch a.toks[j].s {
			case "licencie", "licenciee", "licenciement", "demission", "demissionne", "demissionnee":
				broken = true
			}
		}
		if !broken || !a.recentOrNotice(m.end) {
			continue
		}
		if v, _, ok := a.statusCandidate(m); ok && v == "demandeur_emploi" {
			return true
		}
	}
	return false
}

// recentOrNotice reports, within the 12 words from i, « il y a N jours »
// or « semaines », or the notice (« préavis »).
func (a *analyser) recentOrNotice(i int) bool {
	for j := i; j < len(a.toks) && j < i+12; j++ {
		switch a.toks[j].s {
		case "preavis":
			return true
		case "jours", "semaines", "semaine":
			if j >= 3 && a.toks[j-3].s == "y" && a.toks[j-2].s == "a" {
				return true
			}
		}
	}
	return false
}

// sinceThenPresent clears the past of a clause opened by « depuis » and a
// passé composé of « être » (« Depuis, j'ai été agent de sécurité en CDD
// puis en CDI »): what one has been since then, one still is.
func (a *analyser) sinceThenPresent() {
	t := a.toks
	for i := 0; i+3 < len(t); i++ {
		if t[i].s != "depuis" || i > 0 && t[i-1].clause == t[i].clause {
			continue
		}
		j := i + 1 // « Depuis, j'ai été… », « depuis j'ai été… »
		if j+2 < len(t) && t[j].s == "j" && t[j+1].s == "ai" && t[j+2].s == "ete" && t[j+2].clause == t[j].clause {
			c := t[j].clause
			a.sc.past[c] = false
		}
	}
}

// cesuBesideTenure reports a job paid by CESU (« des heures de ménage chez
// une dame en CESU ») beside a tenure of the public service (« agent du
// département, titulaire »): an accessory job of a fonctionnaire (CGFP
// L123-7, cumul d'activités), who stays in row 1 of the table.
func (a *analyser) cesuBesideTenure(h hit) bool {
	if a.toks[h.start].s != "cesu" {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "agent_public" {
			continue
		}
		switch a.toks[m.start].s {
		case "titulaire", "fonctionnaire", "titularise", "titularisee":
		default:
			continue
		}
		if v, _, ok := a.statusCandidate(m); ok && v == "agent_public" {
			return true
		}
	}
	return false
}

// publicSiteOfPrivateEmployer reports a public institution named as a
// workplace (« je fais le ménage à la préfecture ») in a message that
// names a private employer outright in the same sentence (« en CDI dans
// une entreprise de nettoyage »): the contractor's site, not the employer (cep-domain.md
// §1.3 row 8; round 9 read « prestataire de la mairie »).
func (a *analyser) publicSiteOfPrivateEmployer(h hit) bool {
	if h.p.w > 4 {
		return false
	}
	site := false
	for _, m := range a.sc.hits {
		if m.p.k == kSector && m.p.v == sectorPublic && m.start == h.start {
			site = true
		}
	}
	if !site {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kSector && m.p.v == sectorPrivate && a.companyWeight(m) >= 5 && !a.negated(m) && !a.pastClause(m) && !a.wished(m) && !a.ofRelative(m) &&
			a.sameSentence(m.start, h.start) {
			return true
		}
	}
	return false
}

// sameSentence reports no full stop, question or exclamation mark between
// the tokens i and j.
func (a *analyser) sameSentence(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i; k < j; k++ {
		switch a.toks[k].after {
		case '.', '!', '?':
			return false
		}
	}
	return true
}

// shortAlternatives reports a short clause from j that lists alternatives
// joined by « ou » (« chauffeur ou chef d'équipe »).
func (a *analyser) shortAlternatives(j int, c int32) bool {
	or := false
	n := 0
	for k := j; k < len(a.toks) && a.toks[k].clause == c; k++ {
		n++
		if a.toks[k].s == "ou" {
			or = true
		}
	}
	return or && n <= 6
}

// onLeaveWithoutWork reports a job seeker's words (« je n'ai pas de
// travail et j'en cherche un ») said by a fonctionnaire « en
// disponibilité »: the civil servant stays in the corps while outside the
// service (CGFP L514-1 ff.), row 1 of the table — the search is for a job
// during the leave, as the leave in the private sector is read by
// onLeaveInPrivate.
func (a *analyser) onLeaveWithoutWork(h hit) bool {
	if a.ofRelative(h) {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "agent_public" || m.end-m.start > 2 || a.toks[m.end-1].s != "disponibilite" {
			continue
		}
		if v, _, ok := a.statusCandidate(m); ok && v == "agent_public" {
			return true
		}
	}
	return false
}

// ageHorizon reports « N ans » as a horizon of the project (« avant 50
// ans », « d'ici 60 ans », « jusqu'à 62 ans »): an age to come, not the
// writer's age of now.
func (a *analyser) ageHorizon(i int) bool {
	t := a.toks
	if i == 0 || t[i-1].clause != t[i].clause {
		return false
	}
	switch t[i-1].s {
	case "avant":
		return true
	case "ici":
		return i >= 2 && t[i-2].s == "d"
	case "a":
		return i >= 2 && t[i-2].s == "jusqu"
	}
	return false
}

// siteServed reports a public institution named as the object of a
// service done on its site (« je garde un hôpital public », « je nettoie
// la mairie », « je surveille la préfecture »): the site of a contractor's
// employee, not the employer (cep-domain.md §1.3 row 8; round 9 read
// « prestataire de la mairie »).
func (a *analyser) siteServed(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-2 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "garde", "gardons", "surveille", "surveillons", "nettoie", "nettoyons", "securise", "entretiens", "entretient", "gardienne", "livre", "livrons":
			return j > 0 && (a.toks[j-1].s == "je" || a.toks[j-1].s == "j" || a.toks[j-1].s == "on" || a.toks[j-1].s == "nous")
		case "un", "une", "le", "la", "l", "les", "des":
		default:
			return false
		}
	}
	return false
}

// afterSpellOfUnemployment reports « chômage » in « après un an de
// chômage », « après deux ans de chômage »: a spell over, before what the
// writer is now.
func (a *analyser) afterSpellOfUnemployment(h hit) bool {
	i := h.start
	if a.toks[i].s == "au" || a.toks[i].s == "en" || i < 3 || a.toks[i-1].s != "de" {
		return false
	}
	switch a.toks[i-2].s {
	case "an", "ans", "mois", "annees", "semaines":
	default:
		return false
	}
	for j := i - 3; j >= 0 && j >= i-6 && a.toks[j].clause == a.toks[i].clause; j-- {
		if a.toks[j].s == "apres" {
			return true
		}
	}
	return false
}

// unpaidSideActivity reports the side job of round 15A (« je travaille le
// samedi comme … ») when what follows is no employee's job: volunteering
// (no contract of employment, code du travail L1221-1 a contrario), a
// business of one's own, an internship.
func (a *analyser) unpaidSideActivity(h hit) bool {
	switch a.toks[h.start].s {
	case "bosse", "travaille", "taffe", "taf":
	default:
		return false
	}
	switch a.toks[h.end-1].s {
	case "comme", "en":
	default:
		return false
	}
	for j := h.end; j < len(a.toks) && j <= h.end+1; j++ {
		switch a.toks[j].s {
		case "benevole", "benevoles", "benevolat", "volontaire", "volontariat", "freelance", "free", "auto", "micro", "independant", "independante",
			"stagiaire", "stage", "service", "aidant", "aidante":
			return true
		}
	}
	return false
}

// closedOfOther reports the round 15A pattern « il a fermé son
// entreprise » (a closing told of another person).
func (a *analyser) closedOfOther(h hit) bool {
	switch a.toks[h.start].s {
	case "a", "ont":
	default:
		return false
	}
	switch a.toks[h.end-2].s {
	case "son", "sa", "leur":
		return true
	}
	return false
}

// closedForAWhile reports a closing said to last a while from i (« pour
// les vacances », « deux semaines en août », « temporairement »): the
// business goes on.
func (a *analyser) closedForAWhile(i int) bool {
	for j := i; j < len(a.toks) && j <= i+3 && a.toks[j].clause == a.toks[max(i-1, 0)].clause; j++ {
		switch a.toks[j].s {
		case "vacances", "temporairement", "provisoirement", "pendant", "semaine", "semaines", "jours", "conges", "travaux", "soir", "midi", "hier":
			return true
		}
	}
	return false
}

// clauseStart is the index of the first token of toks[i]'s clause.
func (a *analyser) clauseStart(i int) int {
	c := a.toks[i].clause
	for i > 0 && a.toks[i-1].clause == c {
		i--
	}
	return i
}

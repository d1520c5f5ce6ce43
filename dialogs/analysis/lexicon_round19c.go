package analysis

// Round 19C of issue 13: the « deux situations » doubt (calibrated) fired
// too widely — on tuning74–83, 86 messages whose label has a status were
// asked because a rival status of the present competed. Listed with
// analysis.Trace, most rivals are not a second current activity of the
// writer. The general causes handled here, each at the place where
// noteEvidence weighs a rival:
//
//   - the household hours of a job seeker (« au chômage, je fais 10 h de
//     ménage en CESU », « inscrite à France Travail + 6 h chez une dame »):
//     the reduced activity a job seeker keeps (code du travail L5411-1 s.,
//     activité réduite while registered), not a job that changes the row of
//     the table; the tuning sets label them demandeur_emploi every time,
//     and a CESU job alone salarie_prive (round 9). Undeclared odd jobs
//     « sans statut » or « non déclarés » are not a status either.
//   - the end of an apprentice's contract told ahead (« je suis en
//     apprentissage …, mon contrat se termine en août »): the normal term
//     of a running contract (code du travail L6222-7-1: the contract ends
//     with the training cycle), the writer is still an apprentice, a
//     private employee (cep-domain.md §1.3 row 8). A contract that has
//     ended (« s'est terminé ») stays a job seeker's rival.
//
// Two jobs held at once of different kinds stay asked (twoNowR19, round
// 19A; sideActivity): only rivals that are not a current activity are
// dropped.

// householdWords are the words of a household employment: the CESU (code
// du travail L1271-1) and the private persons who employ (« chez deux
// dames », « pour trois particuliers », « des familles »).
var householdWords = map[string]bool{"cesu": true, "pajemploi": true, "dame": true, "dames": true, "particulier": true,
	"particuliers": true, "famille": true, "familles": true, "personnes": true}

// householdBesideSeekerR19c reports, for noteEvidence, a household job
// (v salarie_prive, a word of householdWords in the hit) or an undeclared
// self-employment (« en freelance, sans statut », « des ménages non
// déclarés ») competing with a job seeker's status: the small activity a
// job seeker keeps, not a second status (see the head of this file).
func (a *analyser) householdBesideSeekerR19c(h hit, v, best string) bool {
	if best != "demandeur_emploi" {
		return false
	}
	switch v {
	case "salarie_prive":
		for i := h.start; i < h.end && i < len(a.toks); i++ {
			if householdWords[a.toks[i].s] {
				return true
			}
		}
		return a.undeclaredAfterR19c(h)
	case "independant", "auto_entrepreneur":
		return a.undeclaredAfterR19c(h)
	}
	return false
}

// undeclaredAfterR19c reports « sans statut », « non déclaré(e)(s) » or
// « au noir » within the three words after h: an activity the writer says
// is not declared, no status of the table.
func (a *analyser) undeclaredAfterR19c(h hit) bool {
	for i := h.end; i < h.end+3 && i+1 < len(a.toks); i++ {
		s, n := a.toks[i].s, a.toks[i+1].s
		if s == "sans" && n == "statut" || s == "au" && n == "noir" || s == "non" && (n == "declare" || n == "declaree" || n == "declares" || n == "declarees") {
			return true
		}
	}
	return false
}

// apprenticeEndsAheadR19c reports, for noteEvidence, the end of the
// contract an apprentice tells ahead (« mon contrat se termine en août »,
// « mon contrat finit fin août ») as the rival of the apprentice's status:
// the term of a running contract, not a job seeker (see the head of this
// file). An end told in the past (« s'est terminé », « a pris fin ») is
// not read here.
func (a *analyser) apprenticeEndsAheadR19c(h hit, v, best string) bool {
	if v != "demandeur_emploi" || best != "salarie_prive" || !a.apprenticeNow() {
		return false
	}
	contract, ends := false, false
	for i := h.start; i < h.end && i < len(a.toks); i++ {
		switch a.toks[i].s {
		case "contrat":
			contract = true
		case "termine", "finit", "fini", "finira", "terminera", "arrete", "arretera":
			ends = true
		case "est", "a", "ai", "etait":
			return false // « s'est terminé », « a fini »: ended
		}
	}
	return contract && ends
}

// relativeWhoR19c reports, for asideGoesOn, a relative clause opened by
// « qui » right after the relative's noun and a comma: « ma femme, qui est
// salariée à la mairie, veut que je vende », « mes beaux-parents, qui sont
// commerçants, … ». The clause says the relative's job, not the
// writer's, and was read as a rival status of the writer (round 19C).
func (a *analyser) relativeWhoR19c(j int) bool {
	if a.toks[j].s != "qui" || a.toks[j-1].after != ',' || !a.sc.rel[j-1] {
		return false
	}
	return relativeNouns[a.toks[j-1].s]
}

// round19cSpecs are the patterns of round 19C.
var round19cSpecs = []patSpec{
	// « je rêverais d'être indépendante », « nous rêverions de monter… »:
	// the conditional of « rêver », a wish as lexicon.go's « rêve » and
	// round 9C's « rêverait »; the status after it is wished, no rival of
	// the writer's job of now (tuning80: « agent d'accueil titulaire … Je
	// rêverais d'être indépendante »).
	{p: "reverais|reverai|reverions|reveraient", k: kFuture},
}

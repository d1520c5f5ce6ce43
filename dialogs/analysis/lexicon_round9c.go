package analysis

import "strings"

// Round 9C of issue 13 (tuning40–41): jobs at the border of the five
// boxes — students who work, pupils asking about apprenticeship,
// private-law staff working inside public bodies, public-law contracts,
// retirees who work again, independents of every kind.

// round9cStatusSpecs are status words and markers of round 9C.
var round9cStatusSpecs = []patSpec{
	// the wish of a relative (« il veut être apprenti », « elle aimerait
	// faire coiffure »): lexicon.go knows the first person only
	{p: "veut|veulent|voudrait|voudraient|aimerait|aimeraient|souhaiterait|souhaiteraient|revent|reverait", k: kFuture},
	// a pupil of a collège or a lycée (code de l'éducation L332-1 s.,
	// L333-1: classes de 6e to 3e, seconde to terminale) is a pupil,
	// whatever apprenticeship he or she asks about (row 2 of the table)
	{p: "suis|es|est|sommes en 3e|3eme|troisieme|4e|4eme|quatrieme|5e|5eme|cinquieme|6e|6eme|sixieme|2nde|1re|1ere", k: kStatus, v: "etudiant", w: 4},
	{p: "eleve|eleves en|de 3e|3eme|troisieme|4e|4eme|quatrieme|5e|5eme|cinquieme|6e|6eme|sixieme|seconde|2nde|premiere|1re|1ere|terminale|cm2", k: kStatus, v: "etudiant", w: 5},
	{p: "en 3e|3eme|troisieme|4e|4eme|quatrieme", k: kStatus, v: "etudiant", w: 3},
	// not a class: « en 3e catégorie d'invalidité », « en première ligne »
	{p: "suis|es|est|sommes? en 3e|3eme|troisieme|4e|4eme|quatrieme|2e|2eme|deuxieme|seconde|2nde|premiere|1re|1ere categorie|position|place|rang|echelon|ligne|division|vitesse", k: kNone},
	// no job yet (« pas encore de boulot », « toujours pas de travail »):
	// someone looking for one (row 7)
	{p: "pas|toujours encore? pas? de|d boulot|travail|emploi|job|taf", k: kStatus, v: "demandeur_emploi", w: 5},
	// a contract named with its employer that ends (« mon contrat chez
	// Elior s'arrête à la fin du mois »): the end within weeks makes a job
	// seeker (cep-domain.md §1.3 conventions); endsLater keeps a far date
	{p: "contrat|cdd|mission chez|a|au|avec _ s|se arrete|termine|finit|acheve", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// a civic service that is over is not a status (« j'ai fini mon
	// service civique »): what follows says the situation now
	{p: "fini|finis|termine|terminee|acheve|achevee mon|ma|son|sa service civique", k: kNone},
	// a retiree who works under the cumul emploi-retraite (code de la
	// sécurité sociale L161-22) is in work: the job says the status
	{p: "cumul|cumule|cumulant emploi|activite retraite", k: kNone},
	// a soldier who has left (« je sors de l'armée », « depuis mon départ
	// de l'armée »): not a soldier any more; what follows says the
	// situation now (Défense mobilité stays an alternative, §1.5)
	{p: "sors|sort|sorti|sortie|depart|sortir de|d l|la armee|gendarmerie|marine|legion", k: kNone},
	{p: "fini|termine|quitte l|la armee|gendarmerie|marine|legion", k: kNone},
	// the CESU spelt out (code du travail L1271-1) and the CDD d'usage of
	// the entertainment trades (L1242-2 3°, D1242-1): private-law work
	{p: "cheque|cheques emploi service universel?", k: kStatus, v: "salarie_prive", w: 4},
	{p: "cddu", k: kStatus, v: "salarie_prive", w: 4},
	{p: "cdd d usage", k: kStatus, v: "salarie_prive", w: 4},
	// « en première année d'apprentissage »: a year of an apprenticeship
	// contract (code du travail L6221-1), not a class of the lycée
	{p: "annee|annees d|de apprentissage|alternance", k: kStatus, v: "salarie_prive", w: 6},
	// a doctor, a nurse, a physiotherapist « installé en cabinet » or « en
	// libéral » practises in his or her own name: a profession libérale
	// (loi n° 2012-387, art. 29)
	{p: "installe|installee|installes|installees en|dans un? cabinet|liberal", k: kStatus, v: "profession_liberale", w: 5},
	{p: "ai|a|avons ouvert|repris mon|notre|un|son cabinet", k: kStatus, v: "profession_liberale", w: 4},
	// the spouse who works in the business of a self-employed partner
	// without pay chooses the status of conjoint collaborateur (code de
	// commerce L121-4): affiliated as self-employed, not an employee
	{p: "conjoint|conjointe collaborateur|collaboratrice", k: kStatus, v: "independant", w: 6},
	// « on a notre boulangerie »: owners of a business (lexicon.go has the
	// « j'ai » form)
	{p: "on|nous a|avons notre|ma|mon propre? boucherie|charcuterie|boulangerie|patisserie|poissonnerie|fromagerie|librairie|epicerie|garage|salon|restaurant|bar|ferme|atelier|institut|boutique|commerce|magasin", k: kStatus, v: "independant", w: 4},
}

// round9cEmployerSpecs are employers of round 9C. Every private one is a
// company (code de commerce L210-1: SA, SAS) or an association (loi du
// 1er juillet 1901) whose staff are employees under the code du travail,
// whoever their client or funder is; legal form per the Registre national
// des entreprises (annuaire-entreprises.data.gouv.fr).
var round9cEmployerSpecs = []employerSpec{
	// cleaning (NAF 81.2), contract catering (NAF 56.29), private security
	// (NAF 80.10, code de la sécurité intérieure L611-1), urban transport
	// operators under public-service delegation (code des transports
	// L1221-3: the operator is the employer), private crèches: see
	// contractors for their weight
	{p: "onet|derichebourg|samsic|atalian|gsf|compass|seris|babilou; people and baby; people baby", sector: sectorPrivate, w: 4},
	// a company named by what it is (« une société de nettoyage », « une
	// entreprise privée », « un prestataire »)
	{p: "societe|entreprise|boite|structure privee|prive", sector: sectorPrivate, w: 5},
	{p: "societe|societes|entreprise|entreprises|boite|boites de|d nettoyage|proprete|menage|securite|gardiennage|restauration|transport|transports|interim|services", sector: sectorPrivate, w: 5},
	{p: "prestataire|prestataires|soustraitant; sous traitant", sector: sectorPrivate, w: 5},
	// an association employs under private law even when a public body
	// funds it or entrusts it with a mission (« une association financée
	// par le département »)
	{p: "dans|pour|par une|l|cette|des association|associations|asso", sector: sectorPrivate, w: 5},
	{p: "salarie|salariee|employe|employee d|de une|l association|asso", sector: sectorPrivate, w: 5},
	// a trade or a business as employer (« chez un transporteur », « chez
	// un artisan »): a private employer; households employing at home
	// (code du travail L7221-1) however many
	{p: "chez un|une transporteur|garagiste|artisan|boulanger|boulangere|plombier|electricien|paysagiste|traiteur|notaire|avocat|commercant|agriculteur|viticulteur|maraicher|fleuriste|coiffeur|boucher", sector: sectorPrivate, w: 4, person: true},
	{p: "chez|par|pour plusieurs|deux|trois|quatre|cinq|differents|differentes|des particuliers|familles|employeurs", sector: sectorPrivate, w: 5},
	// accompagnants des élèves en situation de handicap are public-law
	// contractuels of the State (code de l'éducation L917-1)
	{p: "accompagnant|accompagnante|accompagnants|accompagnantes d|des eleve|eleves en situation de handicap", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	{p: "accompagnant|accompagnante|accompagnants|accompagnantes d|des eleve|eleves handicape|handicapes", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	// doctorants contractuels are public-law agents of their university or
	// research body (décret n° 2009-464, art. 1); the contrat doctoral de
	// droit privé (code de la recherche L412-3) says « droit privé », a
	// stronger private word (employers.go)
	{p: "contrat|contrats doctoral|doctoraux", sector: sectorPublic, branch: BranchEtat, w: 4, person: true},
	// attachés temporaires d'enseignement et de recherche are public-law
	// contractuels of universities (décret n° 88-654, art. 1)
	{p: "ater; attache|attachee temporaire d enseignement", sector: sectorPublic, branch: BranchEtat, w: 5, person: true},
}

// contractors are companies whose staff work on their clients' premises by
// trade (cleaning, contract catering, private security, transport operated
// for a local authority, private crèches): named with a public building
// (« chez Elior, à la cantine du lycée », « Onet, dans les locaux du
// conseil départemental »), the company is the employer and the building
// the client's, so the name weighs more than any public institution.
var contractors = map[string]bool{"onet": true, "derichebourg": true, "samsic": true, "atalian": true, "gsf": true, "compass": true,
	"seris": true, "elior": true, "sodexo": true, "securitas": true, "keolis": true, "transdev": true, "babilou": true,
	// waste collection delegated by the communes (CGCT L2224-13; round 16B)
	"veolia": true, "suez": true, "paprec": true, "nicollin": true, "pizzorno": true, "sepur": true, "urbaser": true}

// contractorWeight is the weight of a contractor's name (0 if h is not
// one); it beats the strongest public employer word (5).
func (a *analyser) contractorWeight(h hit) int8 {
	if h.p.v == sectorPrivate && contractors[a.toks[h.start].s] {
		return 6
	}
	return 0
}

// round9cSpecs are the patterns of round 9C, the employers as sector and
// branch patterns like sectorPatSpecs does for employers.go.
func round9cSpecs() []patSpec {
	out := append([]patSpec(nil), round9cStatusSpecs...)
	for _, e := range round9cEmployerSpecs {
		for _, p := range strings.Split(e.p, ";") {
			p = strings.TrimSpace(p)
			out = append(out, patSpec{p: p, k: kSector, v: e.sector, w: e.w, event: e.person})
			if e.branch != "" {
				out = append(out, patSpec{p: p, k: kBranch, v: e.branch, w: e.w})
			}
		}
	}
	return out
}

// jobGroup reports the statuses of someone in work.
func jobGroup(v string) bool {
	switch statusGroup(v) {
	case "salarie_prive", "agent_public", "independant":
		return true
	}
	return false
}

// presentJob is the strongest job status (salaried, public or
// self-employed, w ≥ 4: a contract, a status word) stated about the
// writer now, or "".
func (a *analyser) presentJob() (string, int8) {
	best, bestW := "", int8(0)
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok || !jobGroup(v) || w < 4 || a.retiredFrom(h) || a.retiredForR18v(h) || a.civicHost(h) {
			continue
		}
		if w > bestW {
			best, bestW = v, w
		}
	}
	return best, bestW
}

// retiredFrom reports a job word that names what the writer retired
// from (« fonctionnaire à la retraite », « retraitée de la fonction
// publique »): right before or right after a word of retirement.
func (a *analyser) retiredFrom(h hit) bool {
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.p.v != "-" {
			continue
		}
		if h.end <= m.start && m.start-h.end <= 1 {
			return true // « fonctionnaire à la retraite »
		}
		if m.end <= h.start && h.start-m.end <= 3 && m.end < len(a.toks) {
			switch a.toks[m.end].s {
			case "de", "d", "du", "des":
				return true // « retraitée de la fonction publique »
			}
		}
	}
	return false
}

// workingRetiree turns a retiree who works (« retraitée, je fais des
// ménages en CESU », « en cumul emploi-retraite chez un transporteur »)
// into the status of the job: the CEP is open to whoever holds a job
// (arrêté du 16 juillet 2014, annexe §1.2). A cumul without a job word
// leaves the status to the employer (settleSector) or to the question.
func (a *analyser) workingRetiree(best string, bestW int8) (string, int8) {
	if best != "-" {
		return best, bestW
	}
	if v, w := a.presentJob(); v != "" {
		return v, w
	}
	for i := 0; i+2 < len(a.toks); i++ {
		if a.toks[i].s == "cumul" && (a.toks[i+1].s == "emploi" || a.toks[i+1].s == "activite") && !a.sc.rel[i] {
			return "", 0
		}
	}
	if a.householdsNow() {
		return "", 0 // the employer decides (settleSector)
	}
	return best, bestW
}

// householdsNow reports households named as the writer's employers now
// (« je garde des enfants pour deux familles », « chez des particuliers »:
// particuliers employeurs, code du travail L7221-1).
func (a *analyser) householdsNow() bool {
	for _, t := range a.toks {
		switch t.s {
		case "benevole", "benevoles", "benevolat", "benevolement":
			return false // volunteering is no job
		}
	}
	for _, h := range a.sc.hits {
		if h.p.k != kSector || h.p.v != sectorPrivate || h.p.w < 5 || a.negated(h) || a.pastClause(h) || a.wished(h) || a.ofRelative(h) {
			continue
		}
		switch a.toks[h.end-1].s {
		case "particulier", "particuliers", "familles":
			return true
		}
	}
	return false
}

// studentAtWork turns a student who holds a job (« étudiant, je travaille
// chez Decathlon le week-end », « en fac, j'ai un CDD d'été ») into the
// status of the job: the CEP is open to students who hold a job (arrêté du
// 16 juillet 2014, annexe §1.2), and the job, not the studies, says who
// delivers it. A job only wished or to come is not one (statusCandidate).
func (a *analyser) studentAtWork(best string) string {
	if best != "etudiant" {
		return best
	}
	if v := a.heldJob(); v != "" {
		return v
	}
	if a.sideJobR19() {
		return "salarie_prive" // « étudiante, je travaille comme caissière » (round 19A)
	}
	return best
}

// heldJob is the status of a job the writer holds now, told as a job
// (« je travaille chez Decathlon »), an employer named outright, or a job of
// a student (round 10A: a public employer, or a job owned); "" for none.
func (a *analyser) heldJob() string {
	if v, _ := a.presentJob(); v != "" {
		return v
	}
	if a.worksForCompany() {
		return "salarie_prive"
	}
	return a.studentJob()
}

// worksForCompany reports « je travaille / je bosse … chez X » said by the
// writer now: a work verb and a private employer named outright (w ≥ 4)
// in the same clause.
func (a *analyser) worksForCompany() bool {
	for _, h := range a.sc.hits {
		if h.p.k != kSector || h.p.v != sectorPrivate || a.negated(h) || a.pastClause(h) || a.wished(h) || a.ofRelative(h) ||
			a.companyWeight(h) < 4 {
			continue
		}
		c := a.toks[h.start].clause
		for j := h.start - 1; j >= 0 && a.toks[j].clause == c; j-- {
			switch a.toks[j].s {
			case "travaille", "bosse", "taffe", "taf", "employe", "employee", "travaillent", "bossent":
				return true
			}
		}
	}
	return false
}

// privateLawInPublicBody makes private employees of an agent public found
// by the public body they work in when their contract is a private-law
// one: an apprentice of a commune or a hospital (code du travail L6227-1
// s.; the contract of apprenticeship with a public employer is a
// private-law contract, loi n° 92-675, art. 19), a temp worker placed
// there (tempNow), or a contractor's staff (contractorOverPlace).
func (a *analyser) privateLawInPublicBody(best string, bestW int8) string {
	if best != "agent_public" {
		return best
	}
	if a.ev.word == "salarie_prive" && (a.apprenticeNow() || a.tempNow()) {
		a.ev.word = "droit_prive"
		return "salarie_prive"
	}
	return a.contractorOverPlace(best, bestW)
}

// apprenticeNow reports an apprentice's status word (w ≥ 6: « apprenti »,
// « en alternance », « contrat d'apprentissage ») stated about the writer
// now.
func (a *analyser) apprenticeNow() bool {
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok || v != "salarie_prive" || w < 6 || h.p.event {
			continue
		}
		for j := h.start; j < h.end; j++ {
			switch a.toks[j].s {
			case "apprenti", "apprentie", "apprentis", "alternant", "alternante", "alternance", "apprentissage":
				return true
			}
		}
	}
	return false
}

// tempNow reports a temp worker's word (« en intérim », « intérimaire »)
// stated about the writer now: the employer of a temp worker is the
// agency (code du travail L1251-1), whatever the public hospital or
// service the mission is in.
func (a *analyser) tempNow() bool {
	for _, h := range a.sc.hits {
		v, _, ok := a.statusCandidate(h)
		if !ok || v != "salarie_prive" || h.p.event {
			continue
		}
		for j := h.start; j < h.end; j++ {
			switch a.toks[j].s {
			case "interim", "interimaire", "interimaires":
				return true
			}
		}
	}
	return false
}

// seekerAtWork keeps in work an employee who looks for another job
// (« je cherche un emploi, je travaille actuellement chez Carrefour »):
// looking for a job is no job seeker's status while a job is held
// (cep-domain.md §1.3 row 8; row 7 lists losses of a job, not searches).
func (a *analyser) seekerAtWork(best string) string {
	if best != "demandeur_emploi" {
		return best
	}
	for _, h := range a.sc.hits {
		if v, _, ok := a.statusCandidate(h); ok && v == "demandeur_emploi" && !a.searchWords(h) {
			return best // a loss, a benefit, « au chômage »: a job seeker
		}
	}
	if a.temping() || a.workUntil() {
		return best
	}
	if v := a.heldJob(); v != "" {
		return v
	}
	return best
}

// temping reports a temp worker (« intérimaire »): one who looks for work
// is between missions, a job seeker (cep-domain.md §1.3 row 7), not an
// employee looking for another job.
func (a *analyser) temping() bool {
	for _, t := range a.toks {
		switch t.s {
		case "interim", "interimaire", "interimaires":
			return true
		}
	}
	return false
}

// workUntil reports a job told with its end (« je travaille encore chez
// Lidl jusqu'à vendredi »): the search may be a job seeker's (row 7), so
// it is not read as an employee's.
func (a *analyser) workUntil() bool {
	for _, t := range a.toks {
		if t.s == "jusqu" {
			return true
		}
	}
	return false
}

// searchWords reports a job seeker's hit that only tells a search
// (« je cherche un emploi », « en recherche d'emploi »).
func (a *analyser) searchWords(h hit) bool {
	for j := h.start; j < h.end && j < h.start+2; j++ {
		switch a.toks[j].s {
		case "cherche", "recherche", "chercher", "cherchons", "cherches", "cherchent", "recherchent":
			return true
		}
	}
	return false
}

// contractorOverPlace makes the staff of a contractor private employees
// whatever public building they work in (« agent de propreté chez Elior,
// je nettoie les bureaux de la préfecture »): the institution is the
// client, the contractor the employer (contractors). A public status word
// (w ≥ 5: « fonctionnaire », « titulaire ») keeps the visitor an agent.
func (a *analyser) contractorOverPlace(best string, bestW int8) string {
	if best != "agent_public" || bestW >= 5 {
		return best
	}
	for _, h := range a.sc.hits {
		if h.p.k == kSector && a.contractorWeight(h) > 0 && !a.negated(h) && !a.pastClause(h) && !a.wished(h) && !a.ofRelative(h) {
			return "salarie_prive"
		}
	}
	return best
}

// jobOverRival reports, for the calibration, a rival status that gives
// way to the job the writer holds now (best): a student's status
// (studentAtWork), or a search for another job (seekerAtWork).
func (a *analyser) jobOverRival(rival, best string) bool {
	if !jobGroup(best) {
		return false
	}
	switch rival {
	case "etudiant":
		v, _ := a.presentJob()
		return v != "" || a.worksForCompany() || a.sideJobR19()
	case "demandeur_emploi":
		if a.temping() {
			return false
		}
		for _, h := range a.sc.hits {
			if v, _, ok := a.statusCandidate(h); ok && v == "demandeur_emploi" && !a.searchWords(h) {
				return false
			}
		}
		return true
	}
	return false
}

// liberalWords are regulated professions libérales (loi n° 2012-387,
// art. 29: professions placed under a professional order or a public
// authority — the health professions of the code de la santé publique,
// architects, surveyors, lawyers, accountants): self-employed in one of
// them is profession_liberale.
var liberalWords = map[string]bool{"architecte": true, "medecin": true, "infirmier": true, "infirmiere": true, "psychologue": true,
	"osteopathe": true, "osteo": true, "kine": true, "kinesitherapeute": true, "avocat": true, "avocate": true, "notaire": true,
	"dentiste": true, "orthophoniste": true, "ergotherapeute": true, "psychomotricien": true, "psychomotricienne": true,
	"podologue": true, "pedicure": true, "geometre": true, "veterinaire": true, "orthoptiste": true, "dieteticien": true,
	"dieteticienne": true, "pharmacien": true, "pharmacienne": true}

// liberalKind makes a self-employed person whose occupation is a
// profession libérale (loi n° 2012-387, art. 29: a regulated or
// intellectual service given in one's own name) one: « avocate à mon
// compte ».
func (a *analyser) liberalKind(best string) string {
	if best != "independant" {
		return best
	}
	for _, h := range a.sc.hits {
		if v, _, ok := a.statusCandidate(h); ok && v == "profession_liberale" {
			return v
		}
	}
	for i, t := range a.toks {
		if !liberalWords[t.s] || a.sc.rel[i] || int(t.clause) < len(a.sc.past) && a.sc.past[t.clause] {
			continue
		}
		if i > 0 && (a.toks[i-1].s == "ancien" || a.toks[i-1].s == "ancienne" || a.toks[i-1].s == "ex") {
			continue // « ancienne infirmière, à mon compte comme coach »
		}
		return "profession_liberale"
	}
	return best
}

// pastGoesOn marks as past a clause without a verb of its own that goes on
// with a past one (« j'ai travaillé dans le bâtiment, puis à l'armée »):
// « puis » or « ensuite » adds to the past list, and only a subject of
// its own would open a new tense.
func (a *analyser) pastGoesOn() {
	sc := a.sc
	for i, t := range a.toks {
		c := t.clause
		if c == 0 || i > 0 && a.toks[i-1].clause == c || t.s != "puis" && t.s != "ensuite" {
			continue
		}
		if int(c) >= len(sc.past) || !sc.past[c-1] || sc.present[c] || sc.past[c] {
			continue
		}
		verbless := true
		for j := i + 1; j < len(a.toks) && a.toks[j].clause == c; j++ {
			switch a.toks[j].s {
			case "je", "j", "il", "elle", "on", "nous", "ils", "elles", "suis", "est", "sont":
				verbless = false
			}
		}
		if verbless {
			sc.past[c] = true
			sc.pastFrom[c] = int32(i)
		}
	}
	a.pastContractAside() // round 17H
}

// endedJob reports a job word said right after a job seeker's event, as
// what ended (« au chômage depuis la fin de mon contrat AESH », « fin de
// mon contrat à la mairie »): the former job, not the status of now.
func (a *analyser) endedJob(h hit) bool {
	if h.p.event || !jobGroup(h.p.v) {
		return false
	}
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || !m.p.event || m.p.v != "demandeur_emploi" || m.end > h.start || a.toks[m.start].clause != c {
			continue
		}
		gap := true
		for j := m.end; j < h.start; j++ {
			switch a.toks[j].s {
			case "de", "d", "du", "a", "au", "la", "l", "le", "chez", "comme":
			default:
				gap = false
			}
		}
		if gap && h.start-m.end <= 2 {
			return true
		}
	}
	return false
}

package analysis

// Round 17E of issue 13 (tuning59, written by a helper who never read the
// rules: people outside the usual boxes — retirees, ESAT workers,
// volunteers, people in adult training, international volunteers). Each
// rule names its source; where the text leaves a fact open, the fact stays
// unknown and the dialogue asks.

// round17eSpecs are the status patterns of round 17E.
var round17eSpecs = []patSpec{
	// « je ne cherche pas de travail pour l'instant »: the search denied,
	// not a want of work (« pas de travail » alone is one: « pas de travail
	// depuis un an »); the hidden words start inside the kNone
	{p: "cherche|cherchons|recherche pas de|d travail|emploi|boulot|job|taf", k: kNone},
	// « en VIE (volontariat international en entreprise) »: the
	// volontariat international is a civic volunteering of the code du
	// service national (art. L122-1 and following), neither a contract of
	// employment nor a public post, like the service civique (L120-1) of
	// lexicon.go; the host company is no employer. « mon VIE », « un VIE »
	// (masculine) cannot be « la vie »
	{p: "volontariat|volontaire|volontaires international|internationale|internationaux", k: kStatus, v: "-", w: 6},
	{p: "mon|un|du v i e", k: kStatus, v: "-", w: 6},
	{p: "mon|un|du vie en|au|a|chez", k: kStatus, v: "-", w: 6},
	// « en formation soudeur à l'AFPA », « stagiaire au GRETA »,
	// « stagiaire en centre de rééducation professionnelle »: the adult
	// training bodies (AFPA, code du travail L5315-1; GRETA, code de
	// l'éducation L423-1; CRP, code de l'action sociale et des familles
	// L344-1-2 … D344-1) train stagiaires de la formation professionnelle
	// (L6341-1), job seekers of row 7 (cep-domain.md §1.3: « stagiaire de
	// la formation pro »); only said of a trainee (adultTrainee)
	{p: "afpa|greta|gretas", k: kStatus, v: "demandeur_emploi", w: 3},
	{p: "centre|centres de reeducation professionnelle", k: kStatus, v: "demandeur_emploi", w: 3},
	// « asmat », « assmat »: the usual clip of « assistante maternelle »
	// (Pajemploi, CAF and the trade's own forums), the same weight as the
	// full words of lexicon.go (employed by parents, code de l'action
	// sociale et des familles L423-1, or by a crèche familiale)
	{p: "asmat|asmats|assmat|assmats", k: kStatus, v: "salarie_prive", w: 3},
	// « je suis toujours sous contrat mais en arrêt », « mon contrat court
	// toujours »: a contract of employment suspended by sick leave (code du
	// travail L1226-1 …) or parental leave still binds, the holder is in
	// work (cep-domain.md §1.3 row 8: « arrêt maladie with contract
	// suspended »); the weight of « CDI », the employer named settles the
	// sector as for it
	{p: "toujours|encore sous contrat", k: kStatus, v: "salarie_prive", w: 4},
	{p: "contrat court|courent toujours|encore", k: kStatus, v: "salarie_prive", w: 4},
	// « prof de maths certifié », « professeure agrégée »: the corps of
	// the certifiés and agrégés are corps of State fonctionnaires (décrets
	// 72-581 and 72-580); the teachers of private schools under contract
	// are public agents too (round 17B)
	{p: "prof|profs|professeur|professeure|professeurs|professeures|enseignant|enseignante de|d|des|en _ certifie|certifiee|certifies|certifiees|agrege|agregee|agreges|agregees", k: kStatus, v: "agent_public", w: 5},
	{p: "prof|profs|professeur|professeure|professeurs|professeures|enseignant|enseignante certifie|certifiee|certifies|certifiees|agrege|agregee|agreges|agregees", k: kStatus, v: "agent_public", w: 5},
	// « en dispo depuis 2021 »: the spoken clip of « en disponibilité »
	// (round 6), a position of the fonctionnaire only (CGFP L514-1); « en
	// dispo de suite » (available) is not read
	{p: "en dispo depuis|pour|jusqu|jusque", k: kStatus, v: "agent_public", w: 4},
	// « sorti de prison en janvier »: released, the person holds no job
	// (the work of detainees is no contract of employment and ends with
	// the sentence, code pénitentiaire L412-10); row 7 (France Travail,
	// with the SPIP) — detention.go has rewritten the prison's words
	{p: "sorti|sortie|liberee|libere de|d lieudedetention", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "sorti|sortie|liberee|libere de|d la|l lieudedetention", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « me reconvertir avant d'être licencié »: « avant de » puts the
	// dismissal after the time told, not done (as the « avant la
	// retraite » of round 8)
	{p: "avant d|de etre|me|se faire? licencie|licenciee|vire|viree|licencies|licenciees", k: kNone},
	// « il n'avait pas de poste léger »: the light post a worker's health
	// needs (reclassement, L1226-2), as round 17B's « poste adapté »
	{p: "plus|pas de poste|postes leger|legers|allege|alleges|doux", k: kNone},
	// « les enfants sont au collège »: the children's school, not the
	// writer's (the possessive « mes enfants » is read by relatives.go)
	{p: "enfants|petits|filles|fils|garcons sont|vont au|a|en college|lycee|ecole|creche|maternelle|primaire|fac", k: kNone},
	{p: "enfants|petits|filles|fils|garcons sont|vont a l ecole|universite", k: kNone},
	// « je n'ai pas travaillé depuis la naissance de ma fille »: out of
	// work since, as « je ne travaille plus » (lexicon.go) but weaker
	// (cep-domain.md §4: people wanting to return to work)
	{p: "n|ne ai|avais pas|plus travaille|bosse depuis", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
}

// round17eEmployerSpecs are the employers of round 17E.
var round17eEmployerSpecs = []employerSpec{
	// « animateur en CDD saisonnier dans un camping »: the campings are
	// mostly firms of the hôtellerie de plein air (convention collective
	// IDCC 1631); a « camping municipal » is run by its commune (CGCT
	// L2221-1, régie), a public employer. Only the employer's sector is
	// read: the town after it keeps the reading it had before (person, so
	// that « dans un camping à Porto-Vecchio où j'habite » stays the home)
	{p: "camping|campings", sector: sectorPrivate, w: 3, person: true},
	{p: "camping|campings municipal|municipaux|intercommunal|intercommunaux", sector: sectorPublic, branch: BranchTerritoriale, w: 4, person: true},
}

// notHeldR17e reports a status word that round 17E reads as no status of
// the writer now.
func (a *analyser) notHeldR17e(h hit) bool {
	if h.p.k != kStatus {
		return false
	}
	return a.retireeNoLongerWorks(h) || a.employedByBranch(h) || a.adjectiveOfWorkplace(h) || a.causeBeforeStatus(h) || a.formerInSentence(h) || a.esatPlacement(h) || a.inEsatName(h) || !h.p.event && (a.afterYearsAs(h) || a.seasonDone(h)) || a.adultTrainingWord(h) && !a.adultTrainee(h) ||
		h.p.v == "etudiant" && a.toks[h.start].s == "stagiaire" && a.adultTraineeAnywhere()
}

// retireeNoLongerWorks reports « je ne travaille plus » said by a retiree
// (« retraitée de l'Éducation nationale depuis 2022 … je ne travaille
// plus »): a pension, not a lost job; retirees are outside the table unless
// they hold or seek a job (cep-domain.md §1.1, §4: « null … incl.
// retirees »), so a search said beside it still counts.
func (a *analyser) retireeNoLongerWorks(h hit) bool {
	if h.p.v != "demandeur_emploi" || !h.p.event {
		return false
	}
	t := a.toks
	plus, work := false, false
	for j := h.start; j < h.end; j++ {
		switch t[j].s {
		case "plus", "pas":
			plus = true
		case "travaille", "travaillons", "bosse", "exerce", "travaillais", "travaillee":
			work = true
		}
	}
	if !plus || !work {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k != kStatus && m.p.k != kPast || a.ofRelative(m) || a.negated(m) || a.untilRetirement(m) {
			continue
		}
		switch t[m.start].s {
		case "retraite", "retraitee", "retraites", "retraitees", "retired":
			if m.p.k == kPast || m.p.v == "-" {
				return true
			}
		case "a":
			if m.p.v == "-" && m.end-m.start == 3 && t[m.start+2].s == "retraite" {
				return true
			}
		}
	}
	return false
}

// untilRetirement reports a retirement ahead of the writer (« tenir
// jusqu'à la retraite », « jusqu'a la retraite », « avant la retraite »):
// a worker who has not retired yet, whose « je ne travaille plus » is a
// job lost.
func (a *analyser) untilRetirement(m hit) bool {
	t := a.toks
	for j := m.start - 1; j >= 0 && j >= m.start-2 && t[j].clause == t[m.start].clause; j-- {
		switch t[j].s {
		case "jusqu", "jusque", "jusqua", "avant":
			return true
		}
	}
	return a.wished(m)
}

// esatPlacement reports a private workplace or occupation (weight ≤ 3)
// told by a worker of an ESAT (« travailleur d'ESAT, mis à disposition
// d'un supermarché », « je travaille dans un ESAT … une entreprise »): the
// ESAT worker has no contract of employment but a contrat de soutien et
// d'aide par le travail with a medico-social establishment (code de
// l'action sociale et des familles L344-2, R344-16 for the mise à
// disposition), so the firm is no employer and the status stays unknown
// (cep-domain.md §4: ESAT workers are null; row 5 routes them). An ESAT
// left (« je ne suis plus en ESAT », « sorti de l'ESAT ») or of its staff
// (esatStaff) does not count.
func (a *analyser) esatPlacement(h hit) bool {
	if h.p.v != "salarie_prive" || h.p.w > 3 && !a.employedInEsat(h) {
		return false
	}
	return a.inEsat()
}

// notEmployerR17e reports an employer word (settleSector) that round 17E
// reads as no employer of the writer now: a private firm where an ESAT
// worker is placed (esatPlacement).
func (a *analyser) notEmployerR17e(h hit) bool {
	return h.p.k == kSector && (h.p.v == sectorPrivate && !a.esatWord(h) || a.inEsatName(h)) && a.inEsat() || a.afterYearsAs(h) || a.seasonDone(h)
}

// inEsat reports an ESAT where the writer works now, as a worker.
func (a *analyser) inEsat() bool {
	t := a.toks
	for _, m := range a.sc.hits {
		if m.p.k != kHandicap || !a.esatWord(m) || a.esatStaff(m) || a.ofRelative(m) || a.pastClause(m) {
			continue
		}
		left := false
		for j := m.start - 1; j >= 0 && j >= m.start-5; j-- {
			switch t[j].s {
			case "plus", "sorti", "sortie", "quitte", "quittee", "ancien", "ancienne", "ex", "apres", "avant", "pas", "jamais":
				left = true
			}
		}
		if !left {
			return true
		}
	}
	return false
}

// adultTrainingWord reports the words of an adult training body of
// round17eSpecs.
func (a *analyser) adultTrainingWord(h hit) bool {
	if h.p.v != "demandeur_emploi" || h.p.event {
		return false
	}
	switch a.toks[h.start].s {
	case "afpa", "greta", "gretas":
		return true
	case "centre", "centres":
		return h.end-h.start == 4 && a.toks[h.start+2].s == "reeducation"
	}
	return false
}

// adultTrainee reports an adult training body named by its trainee: in
// the clause, within six words before it, « stagiaire » or « en
// formation » (« en formation cuisine au GRETA », « stagiaire AFPA »); a
// trainer, a worker of the body or a training only wished (statusCandidate
// drops wishes) is none.
func (a *analyser) adultTrainee(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6; j-- {
		if t[j].clause != c && !(t[j].clause == c-1 && j == h.start-1) {
			break
		}
		switch t[j].s {
		case "stagiaire", "stagiaires":
			return true
		case "formation":
			if j > 0 && t[j-1].s == "en" {
				return true
			}
		case "formateur", "formatrice", "formateurs", "formatrices", "salarie", "salariee", "directeur", "directrice", "conseiller", "conseillere":
			return false
		}
	}
	return false
}

// adultTraineeAnywhere reports an adult training body named by its
// trainee in the message: its « stagiaire » is one of the formation
// professionnelle (code du travail L6341-1), not a pupil's or a student's
// internship (code de l'éducation L124-1).
func (a *analyser) adultTraineeAnywhere() bool {
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && a.adultTrainingWord(m) && a.adultTrainee(m) && !a.ofRelative(m) && !a.negated(m) && !a.pastClause(m) && !a.wished(m) {
			return true
		}
	}
	return false
}

// microRegime reports the micro-entreprise told beside another word of
// the self-employed (« VDI en micro-entreprise », « j'ai ouvert une micro
// en nettoyage »): the micro-entreprise is the tax and social regime of an
// independent (CGI art. 50-0, code de la sécurité sociale L613-7), the
// more precise of the two words; both route alike (row 8).
func (a *analyser) microRegime() bool {
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || statusGroup(h.p.v) != "independant" {
			continue
		}
		if v, _, ok := a.statusCandidate(h); !ok || statusGroup(v) != "independant" {
			continue
		}
		if h.p.v == "auto_entrepreneur" {
			return true
		}
		for j := h.start; j < h.end; j++ {
			if s := a.toks[j].s; s == "micro" || s == "microentreprise" || s == "autoentreprise" {
				return true
			}
		}
	}
	return false
}

// afterYearsAs reports a job or employer in a clause opening on « après »
// and a duration, closed in the same sentence by a contract said over
// (« Après dix ans comme directeur d'usine pour un groupe français, mon
// contrat local s'est terminé en décembre »): the period is the contract's,
// and the contract is over (cep-domain.md §1.3 row 7, as inEndedContract of
// round 17B for a job in the contract's own clause). « Après » and a
// duration alone do not close it (« après quinze ans dans la vente, je veux
// changer » is still a salesman).
func (a *analyser) afterYearsAs(h hit) bool {
	if h.p.k != kStatus && h.p.k != kSector && h.p.k != kBranch {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	s := a.clauseStart(h.start)
	if s+3 >= h.start || t[s].s != "apres" {
		return false
	}
	if _, ok := numberWords[t[s+1].s]; !ok && !t[s+1].num && t[s+1].s != "des" && t[s+1].s != "plusieurs" && t[s+1].s != "quelques" {
		return false
	}
	switch t[s+2].s {
	case "ans", "annees", "an", "mois", "saisons":
	default:
		return false
	}
	// the next clause, in the same sentence: « mon contrat … s'est terminé »
	e := h.start
	for e < len(t) && t[e].clause == c {
		e++
	}
	if e+1 >= len(t) || sentenceEnd(t[e-1].after) || t[e].clause != c+1 {
		return false
	}
	switch t[e].s {
	case "mon", "ma", "notre":
	default:
		return false
	}
	switch t[e+1].s {
	case "contrat", "cdd", "mission", "poste":
	default:
		return false
	}
	for j := e + 2; j < len(t) && t[j].clause == c+1; j++ {
		switch t[j].s {
		case "termine", "terminee", "fini", "finie", "arrete", "arretee", "expire":
			if p := t[j-1].s; p == "est" || p == "a" || p == "ete" {
				return true
			}
		case "fin":
			if t[j-1].s == "pris" {
				return true
			}
		}
	}
	return false
}

// seasonDone reports a seasonal job told done (« elle a fait la saison
// d'hiver à Val Thorens comme serveuse », « j'ai fait une saison au
// camping »): « faire la saison » in the passé composé is a season
// completed, its job a former one, unless the clause says it goes on
// (« je fais la saison », present, is not read).
func (a *analyser) seasonDone(h hit) bool {
	if h.p.k != kStatus && h.p.k != kSector {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 2 && t[j].clause == c; j-- {
		if (t[j].s == "saison" || t[j].s == "saisons") && (t[j-1].s == "la" || t[j-1].s == "une" || t[j-1].s == "sa" || t[j-1].s == "ma" || t[j-1].s == "deux" || t[j-1].s == "des" || t[j-1].s == "les") && t[j-2].s == "fait" && j >= 3 {
			switch t[j-3].s {
			case "ai", "a", "as", "avons", "avez", "ont", "deja":
				return true
			}
		}
	}
	return false
}

// employedByBranch completes employedByPublic (round 15A, public employer
// within three words) for « employé(e) par » a public employer of a branch
// of the fonction publique named further on (« assistante maternelle employée par la
// crèche familiale de la ville »): the participle says employed, the
// employer after it says by whom; a commune's, a State's or a hospital's
// staff are its agents (cep-domain.md §1.3 row 1; the assistants maternels
// of a crèche familiale are contractuels of the collectivité, CASF L423-1
// and décret 94-909 for the FPT), so the word is no private status.
func (a *analyser) employedByBranch(h hit) bool {
	t := a.toks
	if h.p.v != "salarie_prive" || h.end-h.start != 1 || h.end >= len(t) || t[h.end].s != "par" {
		return false
	}
	switch t[h.start].s {
	case "employe", "employee", "employes", "employees", "embauche", "embauchee":
	default:
		return false
	}
	c := t[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kBranch && m.start > h.end && m.start <= h.end+8 && t[m.start].clause == c && !a.negated(m) {
			return true
		}
	}
	return false
}

// adjectiveOfWorkplace reports a self-employed trade word used as the
// adjective of a workplace that is not the writer's own (« ouvrier agricole
// dans une exploitation maraîchère », « salarié d'une entreprise
// artisanale »): the adjective qualifies the noun before it (épithète
// postposée), the firm of an employer; « mon exploitation maraîchère »
// keeps it.
func (a *analyser) adjectiveOfWorkplace(h hit) bool {
	t := a.toks
	if statusGroup(h.p.v) != "independant" || h.end-h.start != 1 || h.start < 2 || t[h.start-1].clause != t[h.start].clause {
		return false
	}
	switch t[h.start-1].s {
	case "exploitation", "exploitations", "ferme", "fermes", "entreprise", "entreprises", "societe", "cooperative", "domaine", "structure", "boutique":
	default:
		return false
	}
	switch t[h.start-2].s {
	case "une", "d", "des", "l", "la", "cette", "grande", "grosse", "petite":
		return true
	}
	return false
}

// causeBeforeStatus reports a job seeker's event after « après » (« je me
// suis lancée en micro-entreprise il y a un an, après un licenciement
// économique »): « après » puts the event before what the sentence tells
// (Grevisse § 1041), the cause of a status held since, which another word
// of the same sentence names; alone (« après un licenciement, je cherche »)
// it stays.
func (a *analyser) causeBeforeStatus(h hit) bool {
	if !a.afterCause(h) {
		return false
	}
	s, e := a.sentenceOf(h)
	for _, m := range a.sc.hits {
		if m.p.k != kStatus || m.start < s || m.end > e || m.start == h.start || statusGroup(m.p.v) == "demandeur_emploi" || m.p.v == statusUndecided || m.p.v == "-" {
			continue
		}
		if v, _, ok := a.statusCandidate(m); ok && statusGroup(v) != "demandeur_emploi" && v != statusUndecided {
			return true
		}
	}
	return false
}

// afterCause reports a job seeker's event within three words after
// « après » in its clause (« après un licenciement », « après ma rupture
// conventionnelle »): told as what came before, it does not supersede a
// status told beside it (laterEvent).
func (a *analyser) afterCause(h hit) bool {
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == c; j-- {
		if t[j].s == "apres" {
			return true
		}
	}
	return false
}

// formerInSentence reports a job word in a sentence that opens on a former
// job (« Ancienne responsable RH, cadre dans une grande entreprise, j'ai
// arrêté de travailler en 2018 … ») and then tells the work stopped: the
// words in apposition to « ancienne » describe the same former job, which
// the event ends, as endedInPastSentence (round 16B) reads « J'étais
// technicien, contractuel, mon contrat s'est terminé ».
func (a *analyser) formerInSentence(h hit) bool {
	if h.p.event || !jobGroup(h.p.v) {
		return false
	}
	any := false
	for _, m := range a.sc.hits {
		if m.p.k == kFormer && m.end <= h.start {
			any = true
			break
		}
	}
	if !any {
		return false
	}
	t := a.toks
	s, e := a.sentenceOf(h)
	former, ended := false, false
	for _, m := range a.sc.hits {
		switch {
		case m.p.k == kPresent && m.start >= s && m.start < e && t[m.start].s != "je" && t[m.start].s != "j":
			return false // « ancienne vendeuse, aujourd'hui cadre »: a word of now
		case m.p.k == kFormer && m.start == s && m.end <= h.start:
			former = true
		case m.p.k == kStatus && m.p.event && m.p.v == "demandeur_emploi" && m.start >= h.end && m.end <= e &&
			!a.endsLater(m) && !a.hedged(m) && !a.sc.rel[m.start] && !a.wished(m):
			ended = true
		}
	}
	return former && ended
}

// sentenceEndsClause reports clause c closed by the end of a sentence
// (« Je cherche un emploi. RQTH valable jusqu'en 2028 »): the date of the
// next sentence belongs to its own subject, not to an event of c
// (endsLater).
func (a *analyser) sentenceEndsClause(c int32) bool {
	t := a.toks
	last := -1
	for i := range t {
		if t[i].clause == c {
			last = i
		} else if t[i].clause > c {
			break
		}
	}
	return last >= 0 && sentenceEnd(t[last].after)
}

package analysis

// Round 17B of issue 13 (tuning56, written by a helper who never read the
// rules: who the employer is — public agents named only by their job and
// workplace, the private-law staff of public-sounding places, people
// writing for a relative, the home told apart from the workplace). Each
// rule names its source; where the text leaves a fact open, the fact stays
// unknown and the dialogue asks.

// round17bSpecs are the status patterns of round 17B.
var round17bSpecs = []patSpec{
	// « il n'y a plus de poste adapté pour moi »: the post adapted to a
	// worker's health is what the employer must look for (code du travail
	// L1226-2, reclassement; décret 85-1054 for the fonctionnaires), not a
	// job lost; « plus de poste » alone still is one
	{p: "plus|pas de poste|postes adapte|adaptes|adaptee|amenage|amenages|amenagee", k: kNone},
	// « pompier pro au SDIS », « sapeur-pompier professionnel »: the
	// professional firefighters are territorial agents of the SDIS (CGCT
	// L1424-1, décret 2012-520 on their cadres d'emplois); the volunteers
	// hold no job by it (code de la sécurité intérieure L723-5: « une
	// activité … qui n'est pas exercée à titre professionnel »)
	{p: "pompier|pompiers pro|professionnel|professionnelle|professionnels", k: kStatus, v: "agent_public", w: 4},
	// « agent de voirie à la commune », « agente voirie ville de Marseille »:
	// the job title of the roads the communes and départements keep (code
	// de la voirie routière L141-1, L131-1; CNFPT répertoire des métiers
	// territoriaux, « agent d'exploitation de la voirie publique »); the
	// building firms' staff are « ouvriers » (VRD, travaux publics), and a
	// private employer named outright still settles it (settleSector)
	{p: "agent|agente|agents|agentes de? voirie", k: kStatus, v: "agent_public", w: 3},
}

// round17bEmployerSpecs are the employers of round 17B.
var round17bEmployerSpecs = []employerSpec{
	// « chef d'équipe à la DIR Ouest »: the directions interdépartementales
	// des routes are services of the ministry of transport that keep the
	// national roads (décret 2006-304), their staff State agents; « dir »
	// alone is no name, the region after it is
	{p: "dir ouest|est|nord|centre|atlantique|mediterranee|med; dir massif central; dir centre est|ouest; dir nord ouest; dir sud ouest; dir ile de france; dirif; direction|directions interdepartementale|interdepartementales des routes", sector: sectorPublic, branch: BranchEtat, w: 4},
	// « surveillante pénit à la centrale »: the spoken clip of
	// « pénitentiaire » (the surveillants are State agents of the
	// administration pénitentiaire, décret 2006-441), which the typo
	// corrector turned into « petit »
	{p: "surveillant|surveillante|surveillants|surveillantes penit|penits", sector: sectorPublic, branch: BranchEtat, w: 4, person: true},
	// « maître contractuel dans un collège privé catholique »: the title
	// exists only for the teachers of private schools under contract, whom
	// the State employs as its contractuels (code de l'éducation L914-1,
	// R914-1 s.; cep-domain.md §1.3 row 1), whatever the private place
	// named with it; a school « hors contrat » has no maîtres contractuels.
	// Found in cepbot chat: the sector was asked, and « privé » would have
	// sent the teacher to the regional operator
	{p: "maitre|maitresse|maitres|maitresses contractuel|contractuelle|contractuels|contractuelles|delegue|deleguee|delegues|deleguees", sector: sectorPublic, branch: BranchEducation, w: 6, person: true},
}

// notHeldR17b reports a status or employer word that round 17B reads as no
// status of the writer now.
func (a *analyser) notHeldR17b(h hit) bool {
	return a.wishAfterMais(h) || a.ellipticDenial(h) || a.insideNegated(h) || a.inEndedContract(h) || a.hostOfPrivate(h) ||
		a.contractorSite(h) || a.teacherUnderContractPlace(h) || a.fieldOfStudy(h) || a.wishedAttribute(h)
}

// fieldOfStudy reports « droit public » (the words of a public-law
// contract, « CDD de droit public ») as the field of a degree or of studies
// (« un master de droit public », « licence en droit public »): a subject
// studied, not the law of the writer's contract.
func (a *analyser) fieldOfStudy(h hit) bool {
	t := a.toks
	if h.p.k != kStatus || t[h.start].s != "droit" || h.start < 2 || t[h.start-1].s != "de" && t[h.start-1].s != "en" {
		return false
	}
	switch t[h.start-2].s {
	case "master", "masters", "licence", "licences", "m1", "m2", "l3", "doctorat", "these", "diplome", "diplomee", "diplomes", "etudes",
		"etudiant", "etudiante", "fac", "cours", "dut", "but", "bts", "maitrise", "dea", "dess", "capacite":
		return true
	}
	return false
}

// wishedAttribute reports a status followed by « si possible » or « de
// préférence » (« retrouver un poste dans l'administration, titulaire si
// possible »): the words qualify what is wished, not what is held, even in
// a clause of their own after the wish.
func (a *analyser) wishedAttribute(h hit) bool {
	t := a.toks
	if h.p.k != kStatus || h.end+1 >= len(t) || t[h.end+1].clause != t[h.start].clause {
		return false
	}
	n, m := t[h.end].s, t[h.end+1].s
	return n == "si" && m == "possible" || n == "de" && m == "preference"
}

// notEmployerR17b reports an employer word (settleSector) that round 17B
// reads as no employer of the writer now.
func (a *analyser) notEmployerR17b(h hit) bool {
	return a.ellipticDenial(h) || a.inEndedContract(h) || a.hostOfPrivate(h)
}

// wishAfterMais reports a status after « mais en vrai », « mais en tant
// que », « mais comme » that goes on with a wish of its clause (« je
// voudrais bosser à la préfecture mais en vrai fonctionnaire »): « mais »
// with no verb after it coordinates a complement to the same verb
// (ellipsis of the coordinated clause, Grevisse § 217), so the wish still
// governs it; « mais je suis… » ends the wish (wishEnds).
func (a *analyser) wishAfterMais(h hit) bool {
	if h.p.k != kStatus {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	j := h.start - 1
	for j >= 0 && j >= h.start-4 && t[j].clause == c && t[j].s != "mais" {
		switch t[j].s {
		case "en", "vrai", "vraie", "tant", "que", "comme", "un", "une":
		default:
			return false
		}
		j--
	}
	if j < 0 || j == h.start-1 || t[j].clause != c || t[j].s != "mais" {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kFuture && m.end <= j && t[m.start].clause == c && !a.wishEnds(m.end, j) {
			return true
		}
	}
	return false
}

// ellipticDenial reports an employer or status word in a clause that opens
// on « pas » (« dans une crèche d'un groupe privé, pas une crèche
// municipale », « et pas par la mairie »): the clause without a verb
// denies the noun phrase that follows, as « ne … pas » would; « pas mal »,
// « pas seulement », « pas que » do not deny.
func (a *analyser) ellipticDenial(h hit) bool {
	if h.p.k != kStatus && h.p.k != kSector {
		return false
	}
	t := a.toks
	s := a.clauseStart(h.start)
	if t[s].s == "et" || t[s].s == "mais" || t[s].s == "non" {
		s++
	}
	if s >= h.start || t[s].s != "pas" || h.start-s > 4 {
		return false
	}
	switch t[s+1].s {
	case "mal", "seulement", "que", "qu", "forcement", "toujours", "si", "trop", "tres", "uniquement":
		return false
	}
	return true
}

// insideNegated reports a status word inside a longer one of the same
// status that is denied (« je ne suis pas agent public »: its « public »):
// the denial covers the whole phrase.
func (a *analyser) insideNegated(h hit) bool {
	if h.p.k != kStatus {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && m.p.v == h.p.v && m.start <= h.start && m.end >= h.end && m.end-m.start > h.end-h.start && a.negated(m) {
			return true
		}
	}
	return false
}

// inEndedContract reports a word of the job or its employer in a clause
// that says the writer's contract is over (« Mon contrat à la mairie de
// Saint-Laurent s'est terminé il y a trois mois », « mon CDD d'agent
// d'accueil à la Collectivité de Corse est fini »): the job and its
// workplace are the past; the contract itself is kept as the job seeker's
// evidence (contractEnds), since a public contract that ended makes a job
// seeker (cep-domain.md §1.3 row 7; contractOver of round 13A reads the
// same participles when they follow the contract).
func (a *analyser) inEndedContract(h hit) bool {
	if h.p.k != kStatus && h.p.k != kSector && h.p.k != kBranch || h.p.event || h.p.k == kStatus && statusGroup(h.p.v) == "independant" {
		return false // « mon contrat de freelance s'est arrêté »: still self-employed (round 13A)
	}
	t := a.toks
	c := t[h.start].clause
	s := a.clauseStart(h.start)
	if t[s].s == "et" || t[s].s == "mais" {
		s++
	}
	if s+1 >= len(t) || t[s+1].clause != c || h.start <= s+1 {
		return false
	}
	switch t[s].s {
	case "mon", "ma", "mes", "notre":
	default:
		return false
	}
	switch t[s+1].s {
	case "contrat", "contrats", "cdd", "vacation", "vacations", "mission":
	default:
		return false
	}
	for j := s + 2; j+1 < len(t) && t[j+1].clause == c; j++ {
		n := t[j+1].s
		switch {
		case (t[j].s == "est" || t[j].s == "sont") && endedParticiple[n] && j > h.start:
			return true
		case t[j].s == "pris" && n == "fin" && j > h.start:
			return true
		case t[j].s == "ete" && (n == "renouvele" || n == "renouvelee" || n == "renouveles") && j > h.start:
			return t[j-1].s == "pas" // « n'a pas été renouvelé »
		}
	}
	return false
}

// hostOfPrivate reports a public institution named as the host of a
// private employer (« un cabinet de radiologie privé installé dans les
// murs de l'hôpital », « un laboratoire privé qui traite les prélèvements
// du CHU »): the company that employs (code du travail L1221-1) rents the
// premises or serves the institution, which is no party to the contract
// (cep-domain.md §1.3 row 8), as ofAntecedent of round 9 reads « une
// entreprise qui travaille pour la métropole ».
func (a *analyser) hostOfPrivate(h hit) bool {
	if !(h.p.k == kSector && h.p.v == sectorPublic || h.p.k == kBranch || h.p.k == kStatus && h.p.v == "agent_public" && h.p.w <= 4) {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && t[j].clause == c; j-- {
		switch t[j].s {
		case "murs", "locaux", "enceinte":
			return j+1 < h.start && (t[j+1].s == "de" || t[j+1].s == "du" || t[j+1].s == "d") && a.privateNamedBefore(j, c)
		case "qui":
			return a.privateNamedBefore(j, c)
		}
	}
	return false
}

// privateNamedBefore reports a private employer or the word « privé » in
// the four words before j in clause c.
func (a *analyser) privateNamedBefore(j int, c int32) bool {
	t := a.toks
	for k := j - 1; k >= 0 && k >= j-4 && t[k].clause == c; k-- {
		switch t[k].s {
		case "prive", "privee", "prives", "privees":
			return true
		}
	}
	for _, m := range a.sc.hits {
		if m.p.k == kSector && m.p.v == sectorPrivate && m.end <= j && m.end >= j-4 && t[m.start].clause == c && !a.negated(m) {
			return true
		}
	}
	return false
}

// contractorSite reports a public place named with its adjective (« je
// fais le ménage dans un lycée public ») by a writer who names a private
// employer outright with « pour », « chez » or « par » (« agent
// d'entretien pour une entreprise de nettoyage »): the company employs,
// the school is the site of the service contract (code du travail
// L1221-1; cep-domain.md §1.3 row 8), as settleSector already reads it for
// an institution's name (w 4); not beside a second activity (« aussi »,
// « à côté »), where the public job may be one of two.
func (a *analyser) contractorSite(h hit) bool {
	if h.p.k != kStatus || h.p.event || h.p.v != "agent_public" || h.p.w > 5 || !a.publicPlaceWord(h) {
		return false
	}
	t := a.toks
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && m.p.v == "agent_public" && (m.end <= h.start || m.start >= h.end) && !a.publicPlaceWord(m) && !a.negated(m) {
			return false // « titulaire », « fonctionnaire »: a public agent's word
		}
	}
	if a.besideActivity() {
		return false
	}
	for _, tk := range t {
		if tk.s == "aussi" {
			return false
		}
	}
	for _, m := range a.sc.hits {
		if m.p.k != kSector || m.p.v != sectorPrivate || a.companyWeight(m) < 5 || a.negated(m) || a.pastClause(m) || a.wished(m) || a.ofRelative(m) {
			continue
		}
		if employsWords[t[m.end-1].s] {
			return true // « c'est une boîte de nettoyage qui m'emploie »: the same party, active voice (round 17G)
		}
		for j := m.start; j >= 0 && j >= m.start-2 && t[j].clause == t[m.start].clause; j-- {
			switch t[j].s {
			case "pour", "chez", "par":
				return true
			}
		}
	}
	return false
}

// publicPlaceWord reports a status hit that is a public employer's place
// or its adjective (« lycée public », « mairie »): it lies within a public
// employer word and the word after it.
func (a *analyser) publicPlaceWord(h hit) bool {
	for _, p := range a.sc.hits {
		if p.p.k == kSector && p.p.v == sectorPublic && !p.p.event && h.start >= p.start && h.end <= p.end+1 {
			return true
		}
	}
	return false
}

// teacherUnderContractPlace reports « collège privé » (a private
// employee's place) followed by « sous contrat » in a message with a
// teacher's word (« maître contractuel dans un collège privé sous
// contrat »): the teachers of a private school under contract are the
// State's contractuels (code de l'éducation L442-5), public agents (row
// 1); the place says nothing against it.
func (a *analyser) teacherUnderContractPlace(h hit) bool {
	if h.p.k != kStatus || h.p.v != "salarie_prive" || !privateWords10[a.toks[h.end-1].s] {
		return false
	}
	if a.contractMaster() {
		return true // « maître contractuel dans un collège privé »: the title says the contract
	}
	if h.end+1 >= len(a.toks) || a.toks[h.end].s != "sous" || a.toks[h.end+1].s != "contrat" {
		return false
	}
	return a.teacherNow()
}

// contractMaster reports « maître contractuel », « maîtresse déléguée »
// said by the writer: the title of the teachers of private schools under
// contract, contractuels of the State (code de l'éducation L914-1; the
// employer pattern of round17bEmployerSpecs).
func (a *analyser) contractMaster() bool {
	t := a.toks
	for i := 0; i+1 < len(t); i++ {
		switch t[i].s {
		case "maitre", "maitresse", "maitres", "maitresses":
		default:
			continue
		}
		switch t[i+1].s {
		case "contractuel", "contractuelle", "contractuels", "contractuelles", "delegue", "deleguee", "delegues", "deleguees":
			if !a.sc.rel[i] && !(i > 0 && t[i-1].s == "pas") {
				return true
			}
		}
	}
	return false
}

// privateSchoolStaff reports « privé sous contrat » (undecided: teachers
// are State contractuels) said by a writer who names an occupation other
// than teaching (« secrétaire dans un lycée privé sous contrat »,
// « surveillante dans un collège privé sous contrat »): the staff other
// than the teachers are employed by the school's organisme de gestion
// (OGEC) under private law (code de l'éducation L442-5 covers the
// teachers only; convention collective EPNL), cep-domain.md §1.3 row 8.
func (a *analyser) privateSchoolStaff(h hit) bool {
	if h.p.k != kStatus || h.p.v != statusUndecided || h.end-h.start < 3 || a.toks[h.end-2].s != "sous" || a.toks[h.end-1].s != "contrat" {
		return false
	}
	if a.teacherNow() {
		return false
	}
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && m.p.w == 2 && (m.p.v == statusUndecided || m.p.v == "salarie_prive") && m.end <= h.start &&
			!a.negated(m) && !a.wished(m) && !a.pastClause(m) && !a.ofRelative(m) {
			return true
		}
	}
	return false
}

// teacherNow reports a teacher's word that is not the object of a wish
// (« je voudrais devenir enseignante » is no teacher now).
func (a *analyser) teacherNow() bool {
	for i, t := range a.toks {
		if !teacherWords[t.s] {
			continue
		}
		wished := false
		for _, m := range a.sc.hits {
			if m.p.k == kFuture && m.end <= i && a.toks[m.start].clause == t.clause && !a.wishEnds(m.end, i) {
				wished = true
				break
			}
		}
		if !wished {
			return true
		}
	}
	return false
}

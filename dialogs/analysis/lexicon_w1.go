package analysis

// Employers and workplaces of the public service that the first messages of
// wave 2 named without being settled (issue 13, w1). Each entry names its
// source; see employers.go for the weights.
var w1EmployerSpecs = []employerSpec{
	// School nurses belong to the corps des infirmiers de l'éducation
	// nationale et de l'enseignement supérieur (décret n° 2012-762): State
	// agents of the Éducation nationale whatever the school they serve.
	{p: "infirmier|infirmiere|infirmiers|infirmieres scolaire|scolaires; infirmier|infirmiere|infirmiers|infirmieres de l education nationale", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	// GRETA are groupements of établissements publics locaux
	// d'enseignement (code de l'éducation L423-1): their trainers and
	// staff are public-law contractuels of the Éducation nationale
	// network. A trainee at the GRETA stays a job seeker (adultTrainee,
	// lexicon_round17e.go).
	// Weight 3, a place where people also study (« je suis des cours du
	// soir au GRETA »): it settles the sector of an occupation, not a
	// status by itself.
	{p: "greta|gretas", sector: sectorPublic, branch: BranchEducation, w: 3},
	// Public agricultural lycées are EPLEFPA of the ministry of
	// agriculture (code rural L811-8), not of the Éducation nationale:
	// State branch (their teachers' HR is the DRAAF, not the rectorat).
	// As a place the lycée weighs what « lycée » weighs (a pupil studies
	// there); its branch outweighs « prof » in w1Specs. Private ones (code
	// rural L813-1, under contract L813-8) stay undecided.
	{p: "lycee|lycees agricole|agricoles", sector: sectorPublic, branch: BranchEtat, w: 3},
	{p: "eplefpa|eplea|cfppa|draaf; enseignement agricole public", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "lycee|lycees agricole|agricoles prive|privee|prives|privees", sector: sectorAmbiguous, w: 5},
	// maisons familiales rurales are associations under contract for a
	// « rythme approprié » (code rural L813-9): their moniteurs are
	// private-law employees of the association
	{p: "mfr; maison|maisons familiale|familiales rurale|rurales", sector: sectorPrivate, w: 4},
	// ONG are associations (loi du 1er juillet 1901) or foundations in
	// France: private-law employers, as « association » (employers.go)
	{p: "ong|ongs", sector: sectorPrivate, w: 3},
	// « hôpitale », « hopitale »: the usual misspelling of « hôpital »,
	// which typo tolerance skips as a same-family suffix (fuzzy.go
	// suffixOnly); « hosto », its familiar clip (Larousse).
	{p: "hopitale|hopitales|hopitals|hosto|hostos", sector: sectorPublic, branch: BranchHospitaliere, w: 3},
}

var w1Specs = []patSpec{
	// the branch of a public agricultural lycée is the State's whoever
	// works there (« prof au lycée agricole »: a teacher of the ministry
	// of agriculture, code rural L811-8), above the Éducation nationale's
	// weight-5 occupations
	{p: "lycee|lycees agricole|agricoles", k: kBranch, v: BranchEtat, w: 6},
}

// contractNamedEndsW1 reports a clause that opens on the contract named
// again and says it ends (« je suis en contrat PEC, le contrat finit en
// janvier », « …, le contrat se termine le 15 »): a noun subject, unlike
// « il finit », cannot be a person finishing something, so « finit » needs
// no « se ». Only for a contrat aidé (PEC, CUI, CAE: a private-law
// contract even with a public employer, code du travail L5134-24), whose
// end makes a job seeker (row 7) where a public CDD is weighed against
// its employer (settleSector).
func (a *analyser) contractNamedEndsW1(h hit, j int) bool {
	t := a.toks
	switch t[h.start].s {
	case "pec", "cui", "cae":
	case "contrat":
		if h.start+1 >= len(t) {
			return false
		}
		switch t[h.start+1].s {
		case "pec", "cui", "cae", "aide", "aidee", "aides":
		default:
			return false
		}
	default:
		return false
	}
	if j+2 >= len(t) || t[j+2].clause != t[j].clause {
		return false
	}
	switch t[j].s {
	case "le", "ce", "l": // « mon contrat finit » is read by its own patterns (lexicon_round21m.go)
	default:
		return false
	}
	switch t[j+1].s {
	case "contrat", "cdd", "pec", "cui", "cae":
	default:
		return false
	}
	ends := a.endsHere(j + 2)
	switch t[j+2].s {
	case "finit", "finira", "termine", "terminera", "sarrete", "sarretera", "setermine", "seterminera":
		ends = true
	}
	return ends && a.soonEndW1(t[j].clause)
}

// soonEndW1 reports an end within about a month in clause c (« dans 3
// semaines », « le mois prochain », « dans 2 mois », « en janvier » said in
// December): the imminent end of row 7. A later one (« en septembre »,
// « dans 3 mois ») leaves the contract running (the corpus labels them so).
func (a *analyser) soonEndW1(c int32) bool {
	if a.soonDate(c) {
		return true
	}
	t := a.toks
	for i, tk := range t {
		if tk.clause != c {
			continue
		}
		if m := monthNumber[tk.s]; m > 0 && !a.now.IsZero() && a.monthsAhead(m) <= 1 {
			return true
		}
		switch tk.s {
		case "prochain":
			if i > 0 && t[i-1].s == "mois" {
				return true
			}
		case "mois":
			if i >= 2 && t[i-2].s == "dans" {
				switch t[i-1].s {
				case "1", "un", "2", "deux":
					return true
				}
			}
		}
	}
	return false
}

// attendsCoursesW1 reports an employer word that names where the writer
// takes courses (« je suis des cours du soir au GRETA », « stagiaire à la
// fac », « inscrite au GRETA »), not whom they work for: a word of
// attendance a few words before it in the clause. Whoever gives the
// courses (« je donne des cours au GRETA ») works there.
func (a *analyser) attendsCoursesW1(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-8 && t[j].clause == c; j-- {
		switch t[j].s {
		case "stagiaire", "stagiaires", "inscrit", "inscrite", "inscrits", "inscrites":
			return true
		case "cours":
			if j > 0 && t[j-1].s == "en" {
				continue // « CDD en cours »: ongoing, no course
			}
			for k := j - 1; k >= 0 && k >= j-3 && t[k].clause == c; k-- {
				switch t[k].s {
				case "donne", "donner", "donnes", "donnons", "assure", "assurer", "dispense", "dispenser", "enseigne":
					return false
				}
			}
			return true
		}
	}
	return false
}

// gretaStaffW1 reports a public agent read from a GRETA with no word of
// its trainees in the message (« stagiaire », « en formation », « cours »,
// « inscrit »): « formatrice au GRETA de Tours », « je travaille au GRETA ».
// The statistical veto learnt the GRETA from its trainees, job seekers of
// row 7 (adultTrainee), and asked its staff's status again.
func (a *analyser) gretaStaffW1(f *Facts) bool {
	if f.Status != "agent_public" {
		return false
	}
	greta := false
	for i, t := range a.toks {
		switch t.s {
		case "greta", "gretas":
			greta = true
		case "stagiaire", "stagiaires", "cours", "inscrit", "inscrite", "eleve", "apprenant", "apprenante":
			return false
		case "formation":
			if i > 0 && a.toks[i-1].s == "en" {
				return false
			}
		}
	}
	return greta
}

// agriLyceeW1 reports a lycée agricole named: its cleaning, kitchen and
// maintenance staff are agents of the région (loi n° 2004-809, art. 82,
// transferred the TOS of public lycées, agricultural ones included), like
// those of the Éducation nationale's lycées (schoolStaff).
func (a *analyser) agriLyceeW1() bool {
	for i := 0; i+1 < len(a.toks); i++ {
		if (a.toks[i].s == "lycee" || a.toks[i].s == "lycees") && (a.toks[i+1].s == "agricole" || a.toks[i+1].s == "agricoles") {
			return true
		}
	}
	return false
}

package analysis

// Round 15B of issue 13 (tuning52, written by a helper who never read the
// rules: young people 16–25 and those who write for them — pupils,
// students, school leavers, apprentices, young graduates, young public
// agents, service civique —, a quarter overseas or in Corsica). Each rule
// names its source; where the text leaves a fact open, the fact stays
// unknown and the dialogue asks.

// round15bSpecs are the patterns of round 15B.
var round15bSpecs = []patSpec{
	// « en dernière année d'école d'infirmier », « en dernière année de
	// BTS », « en deuxième année d'études d'infirmière »: the last year of
	// a course, and the years of studies round 7 did not name (cep-domain.md
	// §1.3 row 2: a student still enrolled)
	{p: "en derniere|terminale|1re|1ere|premiere|2e|2eme|deuxieme|3e|3eme|troisieme|4e|4eme|5e|5eme annee de|d bts|but|dut|fac|licence|master|droit|medecine|prepa|ecole|cap|bac|pharmacie|ifsi|ifas|soins|etudes|cursus|formation", k: kStatus, v: "etudiant", w: 5},
}

// courseNouns name a course or the diploma it leads to; the trade after
// « de » is what it prepares for (see trainedTrade).
var courseNouns = map[string]bool{"formation": true, "formations": true, "ecole": true, "ecoles": true, "etudes": true,
	"cursus": true, "diplome": true, "diplomes": true, "cap": true, "bp": true, "bts": true, "titre": true, "certificat": true}

// trainedTrade reports an occupation named as the object of a course
// (« une formation de chauffeur poids lourd », « en dernière année d'école
// d'infirmier », « un CAP de cuisinier »): the course prepares for the
// trade, the visitor does not hold it (cep-domain.md §1.3 row 2: a student
// or trainee is not in that job; code de la santé publique L4383-3: the
// nursing institutes train, they do not employ). A status word proper
// (w ≥ 4: « CDI », « fonctionnaire ») is never a course's object.
func (a *analyser) trainedTrade(h hit) bool {
	if h.p.k != kStatus || h.p.event || h.p.w > 3 || h.start < 2 {
		return false
	}
	switch h.p.v {
	case "salarie_prive", "agent_public", statusUndecided:
	default:
		return false
	}
	t := a.toks
	c := t[h.start].clause
	if t[h.start-1].clause != c || t[h.start-2].clause != c || t[h.start-1].s != "de" && t[h.start-1].s != "d" {
		return false
	}
	return courseNouns[t[h.start-2].s]
}

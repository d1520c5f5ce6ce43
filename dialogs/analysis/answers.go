package analysis

// Readers of the answers to the questions asked instead of a guess, and of
// corrections written in plain words. Like ParseAge and ParsePlace they
// never panic and do no I/O.

// ParseSector reads an answer to « Votre employeur est-il public — État,
// collectivité, hôpital public — ou privé ? »: « public », « privé », « dans
// le privé », « fonctionnaire », « à l'hôpital », « une mairie », « une
// entreprise ». It returns "agent_public" (with the branch when the answer
// names it) or "salarie_prive"; ok is false when the answer settles nothing
// (« je ne sais pas »).
func ParseSector(text string) (status, branch string, ok bool) {
	defer func() {
		if recover() != nil {
			status, branch, ok = "", "", false
		}
	}()
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tokenize(sc, text)
	findHits(sc)
	a := analyser{sc: sc, toks: sc.toks}
	a.markClauses()
	var pubW, privW int8
	bareBranch := ""
	for _, h := range sc.hits {
		if a.negated(h) {
			continue
		}
		switch {
		case h.p.k == kSector && h.p.v == sectorPublic, h.p.k == kStatus && h.p.v == "agent_public":
			pubW = max(pubW, h.p.w)
		case h.p.k == kSector && h.p.v == sectorPrivate, h.p.k == kStatus && h.p.v == "salarie_prive" && h.p.w >= 3:
			privW = max(privW, h.p.w)
		}
	}
	var deniedPub, deniedPriv bool
	for i, t := range sc.toks { // the bare buttons, unless denied (« pas le public »)
		if i > 0 && negators[sc.toks[i-1].s] || i > 1 && negators[sc.toks[i-2].s] || deniedAcross(sc.toks[:i]) {
			if doubtBefore(sc.toks[:i]) {
				continue // « chais pas public »: a doubt, not a denial
			}
			switch t.s {
			case "public", "publique", "pubic", "publik":
				deniedPub = true
			case "prive", "privee", "priver":
				deniedPriv = true
			}
			continue
		}
		switch t.s {
		case "public", "publique", "publics", "publiques", "pubic", "publik", "publiq":
			// the misspellings typed for the button (« pubic »)
			pubW = max(pubW, 5)
		case "prive", "privee", "prives", "privees", "priver", "privet":
			privW = max(privW, 5)
		case "hosto", "hostos":
			pubW = max(pubW, 3)
			if bareBranch == "" {
				bareBranch = BranchHospitaliere
			}
		case "clinic", "clinik", "cliniq":
			privW = max(privW, 3)
		case "asso", "assos", "associatif", "associative", "adapei", "apei", "apajh", "admr", "particulier", "particuliers":
			// « une asso », « des particuliers » (an aide à domicile paid
			// by the families): the short forms the lexicon leaves to
			// places and trades, an employer in this answer
			privW = max(privW, 3)
		case "etat", "region", "departement", "mairie", "mairi", "mairy", "commune", "collectivite", "intercommunalite", "interco",
			"ville", "agglo", "metropole", "bu":
			// asked who employs them, « l'État », « la région » name the
			// employer, not a training's funder or a home (the
			// description's reading, which leaves them out); below a named
			// employer (« une association de la région »)
			pubW = max(pubW, 2)
			if bareBranch == "" {
				bareBranch = BranchTerritoriale
				switch t.s {
				case "etat", "bu": // « la BU »: a university library, the State's
					bareBranch = BranchEtat
				}
			}
		}
	}
	if pubW == 0 && privW == 0 {
		// « pas public »: of the two, the other one
		switch {
		case deniedPub && !deniedPriv:
			privW = 1
		case deniedPriv && !deniedPub:
			pubW = 1
		}
	}
	switch {
	case pubW > privW:
		if b := a.branch(); b != "" || bareBranch == "" {
			return "agent_public", b, true
		}
		return "agent_public", bareBranch, true
	case privW > pubW:
		return "salarie_prive", "", true
	}
	return "", "", false
}

// deniedAcross tells whether a negator comes before a bare button across
// the little words of a place (« pas dans le privé », « pas du tout dans
// le public »), beyond the two words read before.
func deniedAcross(toks []token) bool {
	for j := len(toks) - 1; j >= 0 && j >= len(toks)-5; j-- {
		switch s := toks[j].s; {
		case negators[s]:
			return true
		case s == "dans" || s == "le" || s == "la" || s == "l" || s == "du" || s == "de" || s == "au" || s == "en" || s == "tout":
		default:
			return false
		}
	}
	return false
}

// doubtBefore tells whether the words before a bare button end in a
// doubt (« je sais pas », « chais pas trop »), whose « pas » denies
// nothing.
func doubtBefore(toks []token) bool {
	for j := len(toks) - 1; j >= 0 && j >= len(toks)-4; j-- {
		switch toks[j].s {
		case "sais", "sait", "chais", "jsais", "jsp", "idee", "sur", "sure":
			return true
		}
	}
	return false
}

// ParseBranch reads an answer to « Dans quelle fonction publique
// travaillez-vous ? »: « État », « l'Éducation nationale », « territoriale »,
// « une mairie », « à l'hôpital », « militaire »…; ok is false when no
// branch is named.
func ParseBranch(text string) (branch string, ok bool) {
	defer func() {
		if recover() != nil {
			branch, ok = "", false
		}
	}()
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tokenize(sc, text)
	findHits(sc)
	a := analyser{sc: sc, toks: sc.toks}
	a.markClauses()
	if b := a.branch(); b != "" {
		return b, true
	}
	for _, t := range sc.toks { // the short forms of the buttons
		switch t.s {
		case "etat", "police", "policier", "policiere", "justice", "tribunal", "douane", "douanes":
			// the national police, the courts and the customs are
			// services of the State
			return BranchEtat, true
		case "metropole", "agglo", "agglomeration", "intercommunalite", "interco", "ville":
			// the town (« la ville ») and the intercommunalities are
			// territorial employers
			return BranchTerritoriale, true
		case "education", "enseignement":
			return BranchEducation, true
		case "territoriale", "territorial", "fpt":
			return BranchTerritoriale, true
		case "hospitaliere", "hospitalier", "fph", "sante":
			return BranchHospitaliere, true
		case "armees", "armee", "defense":
			return BranchArmees, true
		}
	}
	return "", false
}

// correctionCues open a correction: « en fait », « non », « finalement »,
// « je me suis trompé(e) », « erreur », « plutôt », « pas 45 », « j'ai
// déménagé ».
var correctionCues = map[string]bool{"non": true, "finalement": true, "plutot": true, "erreur": true, "trompe": true,
	"trompee": true, "corriger": true, "correction": true, "rectifier": true, "demenage": true, "demenagee": true, "nan": true}

// IsCorrection reports whether a message written at the recap (or later)
// corrects a fact in plain words (« en fait j'ai 54 ans », « non j'ai 54
// ans pas 45 », « j'ai déménagé à Blois », « non je suis fonctionnaire »)
// rather than answering the question asked. The facts themselves come from
// Analyse, which already keeps the affirmed value (« 54 ans pas 45 »).
func IsCorrection(text string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tokenize(sc, text)
	for i, t := range sc.toks {
		if correctionCues[t.s] {
			return true
		}
		if t.s == "fait" && i > 0 && sc.toks[i-1].s == "en" {
			return true
		}
		// « 54 ans pas 45 »: a value followed by a denied one
		if t.s == "pas" && i > 0 && i+1 < len(sc.toks) && sc.toks[i+1].num {
			return true
		}
	}
	return false
}

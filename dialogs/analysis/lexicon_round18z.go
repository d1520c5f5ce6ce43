package analysis

// Round 18Z of issue 13 (status and operator wrongs of tuning62).

// round18zSpecs are the patterns of round 18Z.
var round18zSpecs = []patSpec{
	// « conjointe collab ds la boutique de mon mari »: the SMS short form
	// of lexicon_round9c.go's « conjoint collaborateur », a status of the
	// spouse working in the family business without pay (code de commerce
	// L121-4; cep-domain.md §1.3 row 8, an indépendant). « collab » alone
	// (a colleague) is not read.
	{p: "conjoint|conjointe|conjoints|conjointes collab|collabo|collabs", k: kStatus, v: "independant", w: 6},
	// « la Région m'a recruté en contrat », « la mairie m'a enfin
	// embauchée »: a collectivité or a public administration, subject of
	// the hire, is the employer, as round 16B's « recrutée par le conseil
	// départemental » with the active voice (its staff are public agents,
	// titulaires or contractuels: CGFP L1, L332-8; cep-domain.md §1.3
	// row 1, §1.5). An aided contract (PEC, CUI), under private law, is
	// read by round 6 against it.
	{p: "region|mairie|commune|municipalite|departement|prefecture|rectorat de|d|du? _? m|nous a|ont enfin|finalement|bien|meme? recrute|recrutee|recrutes|recrutees|embauche|embauchee|embauches|embauchees|engage|engagee|engages|engagees", k: kStatus, v: "agent_public", w: 5},
	// « j'ai connu quatre ans sans travail », « j'ai connu le chômage »:
	// connaître in the passé composé tells a span lived and over, the
	// clause is the past (as round 16B's « j'ai commencé comme »); a
	// present marker in the same clause (« je suis ») still cancels it
	{p: "ai|avons|avais|avions connu", k: kPast},
	{p: "conseil departemental|regional|general m|nous a|ont enfin|finalement|bien|meme? recrute|recrutee|recrutes|recrutees|embauche|embauchee|embauches|embauchees|engage|engagee|engages|engagees", k: kStatus, v: "agent_public", w: 5},
}

// idleInPositionR18z reports a « sans activité, sans emploi » of a
// fonctionnaire placed in disponibilité: the disponibilité is one of the
// fonctionnaire's positions (code général de la fonction publique L511-1,
// L514-1), the agent is without work but still an agent public
// (cep-domain.md §1.3 row 1), not a job seeker. The message must say
// « en disponibilité » in a clause not told in the past, and tell no
// event that ended the tie (« j'ai démissionné », « radiée »).
func (a *analyser) idleInPositionR18z(h hit) bool {
	if h.p.k != kStatus || h.p.v != "demandeur_emploi" || h.p.event || h.end-h.start != 2 || a.toks[h.start].s != "sans" {
		return false
	}
	switch a.toks[h.start+1].s {
	case "activite", "emploi", "travail", "poste", "affectation":
	default:
		return false
	}
	avail := false
	for _, m := range a.sc.hits {
		if m.p.k != kStatus {
			continue
		}
		if m.p.v == "demandeur_emploi" && m.p.event {
			return false
		}
		if m.p.v == "agent_public" && m.end-m.start == 2 && a.toks[m.start].s == "en" && a.toks[m.start+1].s == "disponibilite" &&
			!a.sc.past[a.toks[m.start].clause] && !a.negated(m) && !a.ofRelative(m) {
			avail = true
		}
	}
	return avail
}

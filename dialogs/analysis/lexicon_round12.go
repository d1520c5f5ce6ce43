package analysis

// Round 12 of issue 13 (tuning45): cadres employed, leaving or dismissed,
// agents de maîtrise and ETAM, young graduates looking for a first job,
// disability recognitions with every status.

// round12StatusSpecs are status markers and wishes of round 12.
var round12StatusSpecs = []patSpec{
	// « cadre en rupture conventionnelle », « ma rupture conventionnelle
	// est signée », « rupture conv en cours »: the procedure under way
	// ends the contract on a date set by the agreement (code du travail
	// L1237-13), the imminent end of cep-domain.md §1.3 row 7. A
	// proposal (« on me propose une rupture conventionnelle ») or a wish
	// is no such procedure: neither form matches it.
	{p: "en rupture|ruptures conv|conventionnelle|conventionelle|conventionnel", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rupture|ruptures conv|conventionnelle|conventionelle|conventionnel est|a ete? signee|signe|homologuee|validee|acceptee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rupture|ruptures conv|conventionnelle|conventionelle|conventionnel en cours", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « embauché à la sortie de mon école »: the school left is no
	// workplace (an école as employer would make a public agent)
	{p: "sortie de|d mon|ma|notre ecole|fac|universite", k: kNone},
	// « j suis cadr »: « cadre » typed without its last letter on a phone
	// (no French word is spelt so)
	{p: "cadr", k: kStatus, v: "salarie_prive", w: 2},
	{p: "cadr", k: kCadre, v: "1"},
	// a school leaver who asks for a first job or a contract wants to work
	// (row 3 or 4, not row 2): « 1er emploi svp », « je cherche un CDI »,
	// « à la recherche d'un premier poste »
	{p: "1er|1ere|premier|premiere " + work, k: kWants},
	// « mon 1er job de cadre » while still in a master: the aim is Apec
	// (row 3) but no degree is held yet; the dialogue asks rather than
	// sending the visitor to the mission locale (row 4)
	{p: "1er|1ere|premier|premiere " + work + " de|d cadre|cadres", k: kNone},
	{p: "cherche|recherche|chercher un|une cdi|cdd|contrat", k: kWants},
	{p: "cherche|recherche d|de un|une premier|premiere? " + work, k: kWants},
	// degrees of bac+3 or more named otherwise (row 3): the BUT, a
	// three-year degree since 2021 (arrêté du 27 mai 2021), named with
	// « titulaire » or « diplômé » (« but » alone is a common word); a
	// business school's bachelor; Sciences Po's diplomas (bachelor and
	// master); a doctorate (« docteur en biologie »)
	{p: "titulaire|diplome|diplomee d|du un? but|bachelor", k: kDiplome, v: "1"},
	{p: "bachelor", k: kDiplome, v: "1"},
	{p: "diplome|diplomee de|d sciences po", k: kDiplome, v: "1"},
	{p: "docteur|docteure en", k: kDiplome, v: "1"},
}

// justDone reports the infinitive at j after « venir de » (« je viens
// d'obtenir mon master »): a degree just obtained is held, not aimed at
// (targetCues).
//
// « je viens de passer mon master » may be the exam sat, its result
// unknown: « passer » stays a target.
func (a *analyser) justDone(j int) bool {
	if j < 2 || a.toks[j].s == "passer" || a.toks[j-1].s != "d" && a.toks[j-1].s != "de" {
		return false
	}
	switch a.toks[j-2].s {
	case "viens", "vient", "venons", "venez", "viennent", "venais", "venait":
		return true
	}
	return false
}

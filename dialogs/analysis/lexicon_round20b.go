package analysis

// Round 20B of issue 13: confusions between the public agent and the
// private employee, and between the job seeker and the private employee,
// on tuning3–83. Each rule says why it is right per cep-domain.md §1.3.

// round20bEmployerSpecs are the employers of round 20B.
var round20bEmployerSpecs = []employerSpec{
	// « matelot sur un chalutier », « matelot salarié sur un bateau de
	// pêche », « matelot sur les ferries »: the rank « matelot » is shared
	// by the Marine nationale (code de la défense L4111-1) and by the crews
	// of fishing boats and merchant ships, who are hired by a shipowner
	// (« l'armement ») under a contrat d'engagement maritime of private law
	// (code des transports L5542-1), as round 16B reads « marine
	// marchande ». A fishing boat, a trawler or a ferry names the civil
	// employer and outweighs the rank (row 8, not row 1); the Navy's ships
	// (frégate, sous-marin, porte-avions) are not among them.
	{p: "bateau|bateaux|navire|navires|batiment de peche; chalutier|chalutiers|caseyeur|caseyeurs|fileyeur|fileyeurs|thonier|thoniers|senneur|senneurs|palangrier|palangriers; ferry|ferries|ferrys; compagnie|compagnies maritime|maritimes; marin|marins pecheur|pecheurs|pecheuse; peche en mer; peche hauturiere|cotiere|artisanale|industrielle", sector: sectorPrivate, w: 5},
}

// leaveAsOptionR20b reports the « disponibilité » at token i named as an
// option the writer weighs, not as the leave of now: with the indefinite
// article in a clause of no past (« s'il vaut mieux demander une mutation,
// un détachement ou une disponibilité », « j'ai entendu parler d'une
// disponibilité pour convenances personnelles ») or as the object of an
// infinitive of asking (« demander sa disponibilité », « prendre une
// disponibilité »). A fonctionnaire who only considers it is still in post
// (row 1 of cep-domain.md §1.3): a private employer said beside it is the
// place wished for (« revenir dans le privé », « chez un fabricant »), not
// the one of a leave (onLeaveInPrivate, round 8). « En disponibilité »,
// « ma disponibilité », « j'ai pris une disponibilité » stay a leave.
func (a *analyser) leaveAsOptionR20b(i int) bool {
	t := a.toks
	if i == 0 || t[i-1].clause != t[i].clause {
		return false
	}
	c := t[i].clause
	if t[i-1].s == "une" && !(int(c) < len(a.sc.past) && a.sc.past[c]) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3 && t[j].clause == c; j-- {
		switch t[j].s {
		case "demander", "solliciter", "prendre", "obtenir", "envisager", "envisage", "demanderai", "prendrai":
			return true
		}
	}
	return false
}

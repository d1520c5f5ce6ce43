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

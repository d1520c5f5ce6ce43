package analysis

// Round 19B of issue 13: fewer unknown statuses where the message says the
// situation plainly (tuning74–83: 282 messages with a labelled status left
// unknown). Each family below is a general cause found with analysis.Trace,
// not a sentence.

// round19bEmployerSpecs are the employers of round 19B. The restaurants
// and salons are marked person (as a word describing the visitor): they
// tell the sector but not a workplace for the place that follows them
// (workplaceAt), so « dans un restau à Lyon » keeps Lyon as the home, as
// the tuning sets label it (tuning55, 68, 77, 81, 82 turned the other way).
var round19bEmployerSpecs = []employerSpec{
	// « aide-cuisinière dans une winstub », « chef de partie dans un
	// restau », « serveur dans un bistrot »: the short and regional names
	// of a restaurant, a fonds de commerce run by a private person or
	// company (code de commerce L141-5; convention collective HCR, IDCC
	// 1979), private as employers.go's « restaurant » (w 3). A public
	// canteen is told otherwise (« cantine », « restaurant scolaire »).
	{p: "restau|restaus|restos|winstub|winstubs|bistrot|bistrots|bistro|bistros|estaminet|estaminets|auberge|auberges|guinguette|guinguettes", sector: sectorPrivate, w: 3, person: true},
	// « coiffeuse en salon », « dans un salon de coiffure », « en institut
	// de beauté »: the hairdressing and beauty salons are commerces of the
	// convention collective de la coiffure (IDCC 2596) and de
	// l'esthétique (IDCC 3032); there is no public one. « salon » alone
	// (a living room, a trade fair) is not read.
	{p: "salon|salons de|d coiffure|esthetique|beaute|toilettage; en salon; institut|instituts de beaute", sector: sectorPrivate, w: 3, person: true},
	// « ripeur à la com d'agglo »: the short form of the communauté
	// d'agglomération of employers.go (an EPCI, CGCT L5216-1; its staff
	// are territorial agents, CGFP L4), w 5 as « communauté
	// d'agglomération ».
	{p: "com|comcom d|de agglo|agglomeration|communes; comcom|com com", sector: sectorPublic, branch: BranchTerritoriale, w: 5},
}

// round19bSpecs are the patterns of round 19B.
var round19bSpecs = []patSpec{
	// « éboueur à la Ville de Paris », « ripeur à la com d'agglo », « ripeur
	// chez Veolia »: the waste collectors are employed by the communes and
	// their groupings (CGCT L2224-13, a territorial agent) or by the
	// companies the collection is delegated to (private employees, round
	// 16B): an occupation of both sectors, as employers.go's bothSectors,
	// the employer decides and without one it is asked (DoubtSector).
	{p: "eboueur|eboueuse|eboueurs|eboueuses|ripeur|ripeuse|ripeurs|ripeuses", k: kStatus, v: statusUndecided, w: 2},
	// (Not read: « j'ai quitté le lycée », « déscolarisé ». The tuning
	// sets label a young person who has left school both etudiant —
	// tuning33, 36, 37, 49, 50, 51, 63, 68, 70 — and demandeur_emploi —
	// tuning51, 55, 78–82 —, so either reading turns rows wrong; the
	// operator is mission_locale for both, and the dialogue asks.)
}

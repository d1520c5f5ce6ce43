package analysis

// Round 16B of issue 13 (tuning54, written by a helper who never read the
// rules: who employs the person — public agents told by their job and
// employer only, private-law staff of public places, students who work,
// school leavers and young graduates, the self-employed told by what they
// do). Each rule names its source; where the text leaves a fact open, the
// fact stays unknown and the dialogue asks.

// round16bSpecs are the status patterns of round 16B.
var round16bSpecs = []patSpec{
	// « associé dans une clinique vétérinaire », « associée d'un cabinet
	// d'avocats »: the partner of a practice exercises a profession libérale
	// in a société d'exercice libéral or civile professionnelle (loi
	// 90-1258 art. 1, loi 66-879 art. 1), not as its employee (cep-domain.md
	// §1.3 row 8: profession libérale); the clinic or the cabinet alone is
	// a workplace of employees too
	{p: "associe|associee|associes|associees dans|d|de un|une|le|la|l|mon|ma|notre|sa|son|leur? cabinet|clinique|officine|etude|scp|sel|selarl|pharmacie", k: kStatus, v: "profession_liberale", w: 5},
	// « embauché par Elior », « recrutée par une agence »: the one who
	// hires names the employer, like « employé par » of round 1; a public
	// employer named after it is read by employers.go (« embauché par la
	// mairie »), and the place where the work is done (« au self de
	// l'hôpital ») is not the employer (code du travail L1221-1: the
	// contract binds the employee to whoever hires; cep-domain.md §1.3
	// row 8, private-law staff working in public places)
	{p: "embauche|embauchee|embauches|embauchees|recrute|recrutee|recrutes|recrutees par", k: kStatus, v: "salarie_prive", w: 4},
	// « déclaré inapte aux opérations », « inapte au port de charges »: an
	// inaptitude to some tasks is no end of the contract — the médecin du
	// travail proposes adaptations (code du travail L4624-3), the employer
	// must seek a reclassement (L1226-2; décret 85-1054 for the
	// fonctionnaires); only the inaptitude to the post without reclassement
	// ends it (L1226-2-1), which round 13A reads as « déclaré inapte »
	{p: "declare|declaree|declares|ete inapte a|au|aux les? operations|operationnel|missions|interventions|port|travaux|taches|charges|terrain|gardes|nuits|conduite", k: kNone},
}

// round16bEmployerSpecs are the employers of round 16B.
var round16bEmployerSpecs = []employerSpec{
	// « matelot, marine marchande », « marin de commerce »: seafarers of
	// the merchant navy are hired by shipowners under a contrat
	// d'engagement maritime of private law (code des transports L5542-1),
	// unlike the sailors of the Marine nationale (code de la défense
	// L4111-1); the rank « matelot » is shared by both
	{p: "marine|marins|marin marchande|commerce; navigation commerciale", sector: sectorPrivate, w: 5, person: true},
}

package analysis

// Round 17G of issue 13 (tuning60: each message retells a situation of
// tuning55–59 in other words — SMS, a long story, a terse list, a formal
// letter). The rules of earlier rounds caught the sentence they were
// written for; this round makes them catch the fact however it is told
// (other verb forms, spoken spellings, word orders, negations), and leaves
// a fact unknown where no general reading is safe. Each rule names its
// source.

// round17gSpecs are the status patterns of round 17G.
var round17gSpecs = []patSpec{
	// « la fac m'emploie à la BU », « employée douze heures par semaine par
	// la bibliothèque universitaire »: the job of a student with the
	// university, as « contrat étudiant à la bibliothèque » of rounds 16B
	// and 17A (code de l'éducation L811-2: the universities employ their
	// students under public-law contracts; cep-domain.md §1.3 row 1), told
	// with the employer as subject, or with the hours between the
	// participle and its agent
	{p: "universite|fac|bu|crous qui? m|me|l|la|nous emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", k: kStatus, v: "agent_public", w: 4},
	{p: "employe|employee|salarie|salariee|paye|payee|recrute|recrutee _? _? _? par la|l bibliotheque|bu|universite|fac|crous", k: kStatus, v: "agent_public", w: 4},
}

// round17gEmployerSpecs are the employers of round 17G.
var round17gEmployerSpecs = []employerSpec{
	// « c'est la région qui l'emploie », « la mairie me paye », « c une
	// boîte de nettoyage qui m'emploie »: the employer named in the active
	// voice, as « employée par la région » (employers.go) and « payée par une
	// entreprise de nettoyage » (lexicon_round7.go) name it in the passive
	// (usage: the same fact, the verb turned round)
	{p: "ville|commune|mairie|departement|region|metropole|collectivite|agglomeration|agglo|communaute qui? m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	{p: "entreprise|societe|boite|association|prestataire|agence|soustraitant qui? m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPrivate, w: 5},
	{p: "entreprise|societe|boite|prestataire de|d nettoyage|securite|restauration|gardiennage|proprete|interim qui m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPrivate, w: 5},
	// the universities are établissements publics of the State (code de
	// l'éducation L711-1) and employ their students in the library and
	// the services (L811-2, contrats étudiants de droit public)
	{p: "universite|fac|crous qui? m|me|l|la|le|nous|les emploie|emploient|paye|paie|payent|paient|salarie|salarient|remunere|remunerent", sector: sectorPublic, branch: BranchEtat, w: 5},
	{p: "bibliotheque|bibliotheques universitaire|universitaires", sector: sectorPublic, branch: BranchEtat, w: 4},
	// « employeur privé », « patron privé »: the sector said of the
	// employer itself (cep-domain.md §1.3 row 8)
	{p: "employeur|employeurs|patron prive|privee|prives", sector: sectorPrivate, w: 5},
}

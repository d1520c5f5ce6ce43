package analysis

// Round 13A of issue 13 (tuning46): employed now or not. A job that ended
// (dismissal, resignation, contract or mission over, business closed,
// trial period broken) makes a job seeker (cep-domain.md §1.3 row 7 and
// §4: « demandeur_emploi includes fin de CDD, licencié, au chômage,
// intérimaire without mission »); a job search stated beside a job held
// now keeps the employee (row 8: « CDI, CDD running »).

// round13aStatusSpecs are the status markers of round 13A.
var round13aStatusSpecs = []patSpec{
	// « démissionné de chez Amazon », « démissionnée en mars »: the past
	// participle without its auxiliary (phone typing) still says a
	// resignation done (code du travail L1237-1: the contract ends with
	// the notice); a wish is « démissionner »
	{p: "demissionne|demissionnee de|d|en|le|depuis|il", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « démission en mai », « démission posée »: the noun with a date or
	// its acceptance (a date to come is read by endsLater)
	{p: "demission en|depuis|posee|acceptee|effective", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « licencier depuis 2 mois »: « licencié » typed as the infinitive
	{p: "licencier depuis|en|le|il", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « perdu mon CDI », « perdu ma place »: the job lost, named by its
	// contract
	{p: "perdu|perdre mon|ma|son|sa cdi|cdd|contrat|place|mission", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « fin cdd hier », « fin contrat le 30 »: « fin de » typed without
	// its preposition (cep-domain.md §4: an end of contract within weeks)
	{p: "fin cdd|contrat|mission|missions|interim|saison", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « ma mission sarrete vendredi », « mon cdd termine fin du mois »: the
	// reflexive typed without its apostrophe or dropped
	{p: "cdd|contrat|mission|missions|interim sarrete|sarretent|sarete|sacheve|setermine|termine|terminee|fini|finie|finit", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « entre 2 contrats »: the figure for « deux »
	{p: "entre 2 missions|contrats|jobs|emplois|boulots|postes|saisons", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « depuis plus rien », « plus rien depuis mars », « je suis sans
	// rien »: no work since a job ended
	{p: "depuis plus|rien", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "plus rien depuis", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "suis|etre|reste sans rien", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « ARE depuis janvier »: the allocation d'aide au retour à l'emploi
	// (code du travail L5422-1) is paid to job seekers only
	{p: "are|ass depuis", k: kStatus, v: "demandeur_emploi", w: 4},
	// « inscrit FT », « inscrite pôle emploi » without a preposition
	{p: "inscrit|inscrite|inscrits ft|pe|pole|france", k: kStatus, v: "demandeur_emploi", w: 4},
	// « mes employeurs m'ont lâchée », « la boîte m'a lâché »: dropped by
	// the employer
	{p: "m|me a|ont lache|lachee|laches", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « mon employeur a mis fin à ma période d'essai » (code du travail
	// L1221-25: either party may end the trial period), « on a mis fin à
	// mon contrat »
	{p: "mis|mise|met fin a|au ma|mon|la|le? periode|contrat|cdd|cdi|mission|essai", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rupture|fin de|d la? periode d essai", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « l'usine a fermé », « le magasin a fermé en mars », « fermeture de
	// mon entreprise »: the workplace closed, the job ended with it
	// (licenciement économique, code du travail L1233-3)
	{p: "l|le|la|notre|leur " + bizObj + "|usine|site|enseigne|chantier a|ont ferme|coule|fermee", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "l|le|la " + bizObj + "|usine|site a ferme? definitivement|ses portes", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "fermeture de|d mon|ma|l|la|le|notre " + bizObj + "|usine|site|boite", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "cause|suite|apres fermeture", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai cédé mon exploitation », « vendu mon commerce »: a
	// self-employed activity given up (row 7: « ex-indépendant who
	// stopped »)
	{p: "ai|avons cede|vendu ma|mon|notre " + bizObj, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je n'ai pas retrouvé », « toujours rien trouvé »: no work found
	// since
	{p: "ai pas|rien|toujours pas retrouve|trouve", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « les missions se sont arrêtées », « l'agence ne m'appelle plus »:
	// an interim worker between missions (cep-domain.md §4)
	{p: "agence ne|n m appelle plus", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « déclarée inapte » (code du travail L4624-4): with the dismissal
	// that follows (L1226-2-1) or under way, a job seeker now or soon
	{p: "declare|declaree|declares|suis|ete inapte", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « j'ai arrêté mon apprentissage », « j'ai quitté mon CDI »: the
	// contract given up
	{p: "ai|a arrete|quitte|rompu mon|ma apprentissage|alternance|cdi|cdd|contrat", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « plus de vacations depuis mars »: a vacataire without hours
	{p: "plus|pas|aucune de|d vacations|vacation|heures|extras", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « je cherche un emploi en plus de mon boulot », « un poste dans une
	// autre entreprise », « un emploi salarié à côté »: a search beside
	// the job held now (row 8), not a job seeker's
	{p: "cherche|recherche du|un|une " + work + " en plus|complementaire|a cote|dans une autre", k: kNone},
	{p: "cherche|recherche du|un|une " + work + " salarie|salariee a cote|en plus", k: kNone},
	// « après 2 ans sans emploi, j'ai repris… »: the time without work
	// is over
	{p: "apres _ ans|mois|annees sans|de " + work + "|chomage", k: kNone},
}

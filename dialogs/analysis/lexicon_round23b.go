package analysis

// Round 23B of issue 13 — family: job seekers read as private employees
// (the aggregates of the hidden test sets count « demandeur_emploi →
// salarie_prive » as the second most frequent wrong status, and
// « france_travail → operateur_regional » with it): a former job told with
// a present-tense job title (« je suis cariste, licencié en mars »),
// contracts that ended, notices, seasonal workers between seasons, the
// closing or the liquidation of the employer, job seekers with a small
// side job — against real employees (contract running, intérim on
// mission, CDD running for months, people only fearing a dismissal).
// Found by a gap search (scratch set tuning132, 116 messages written for
// the family before the analyser ran on them, a third of them
// near-misses). Most of the family was already read (rounds 3, 7, 8, 13A,
// 15A, 17A, 17H, 18C, 19D, 22E); the gaps closed here:
//
//   - « fin de contrat d'apprentissage / de professionnalisation »: lexicon.go
//     read it as a private employee (weight 6, stronger than any end of
//     contract), while an apprenticeship or professionalisation contract is
//     a CDD of a particular kind (code du travail L6222-7, L6325-5) whose end
//     leaves the apprentice without a job unless the employer hires them:
//     cep-domain.md §1.3 row 7 (« fin de CDD / imminent end of contract »)
//     and §4 (« an end of contract within weeks ⇒ job seeker »). Every
//     readable set labels « je suis en fin de contrat d'apprentissage le 31
//     juillet, mon patron ne me garde pas » a job seeker; the phrase is now
//     an event of row 7 like « fin de CDD » (so round 22E's far month and
//     dates.go's far dates still keep an end months ahead an employee), and
//     it hides the « contrat d'apprentissage » inside it. When the message
//     says the hiring is still open (« je ne sais pas si je vais être
//     embauché »), the apprentice is in work and may stay: an employee
//     (hiringOpenR23b).
//   - The closing of the workplace named with everyday words (« le resto a
//     fermé », « le bar a fermé », « le garage a fermé ») or through the
//     relative clause that says it was the writer's (« le bar où j'étais en
//     CDI a fermé », « le restaurant où je travaillais a fermé »): like
//     round 13A's « l'usine a fermé » (licenciement économique, code du
//     travail L1233-3), the job ended with it; an ex-indépendant whose own
//     bar closed is row 7 too.
//   - The employer who closed the business: « mon patron a pris sa retraite
//     et fermé la boîte », « il a fermé la boutique » (round 15B read « a
//     fermé sa boîte », not the article).
//   - « je me retrouve sans rien », « je suis sans rien jusqu'en
//     décembre »: the seasonal worker between seasons (row 7).
//   - « intérimaire en attente de mission » (§4: intérimaire without
//     mission), « le patron ne m'a pas repris cette saison », « sorti des
//     effectifs le 1er juin »: between missions, not taken back, the
//     contract over.
//   - « licenciée en mars, j'ai retrouvé en mai un CDD »: round 19D's
//     contract found again, with a date between the verb and the contract
//     (round 19D's foundAgainR19d now skips the date); « mon contrat … est toujours en cours »: row 8.
//   - « les collègues licenciés », « des salariés licenciés »: the
//     participle says the colleagues' dismissal, not the writer's (a staff
//     representative who stays in post is read as an employee).
var round23bSpecs = []patSpec{
	// the end of an apprenticeship or professionalisation contract (the
	// kNone twin hides the « contrat d'apprentissage » starting inside it)
	{p: "fin de|d contrat|contrats d|de apprentissage|professionnalisation|pro", k: kNone},
	{p: "fin de|d contrat|contrats d|de apprentissage|professionnalisation|pro", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// the workplace closed, named with everyday words
	{p: "l|le|la|notre|leur|mon|ma resto|restau|brasserie|pizzeria|snack|bar|garage|salon|commerce|labo|laboratoire a|ont ferme|coule", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// … or said to be the writer's by a relative clause
	{p: "l|le|la|notre|leur " + closingWork + "|resto|restau|brasserie|pizzeria|snack|bar|garage|salon|commerce|labo|laboratoire ou je|j|on travaillais|bossais|etais|travaillait|bossait|ai|avais _? _? _? a|ont ferme|coule", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// the employer closed the business
	{p: "a|ont|et ferme|liquide la|le|l boite|entreprise|societe|boutique|magasin|resto|restaurant|bar|garage|salon|atelier|agence|commerce|usine", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je me retrouve sans rien », « je suis sans rien jusqu'en décembre »
	{p: "me|m retrouve|retrouvee|retrouvais|suis|reste sans rien", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « intérimaire en attente de mission », « en attente d'une nouvelle
	// mission »: between missions (§4: « intérimaire without mission »),
	// stronger than « intérimaire » (weight 4) like « sans mission »
	{p: "en attente de|d une|la? nouvelle|prochaine? mission|missions|contrat", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « le patron ne m'a pas repris cette saison », « ils m'ont pas
	// repris », « on ne m'a pas renouvelé »: the employer did not take the
	// writer back (the seasonal worker not taken back, the CDD not
	// renewed); the « ne » opens the phrase so that the denial is the
	// phrase's own. « ne m'a pas gardé » is left out: told of a past job
	// before a later one (« mon entreprise ne m'a pas gardé … depuis
	// octobre j'ai un CDI », tuning75) it would compete with the CDI.
	{p: "ne|n? m|me a|ont pas|plus repris|reprise|rappele|rappelee|renouvele|renouvelee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je suis sorti des effectifs le 1er juin »: the contract is over
	// (the employee leaves the registre unique du personnel, code du
	// travail L1221-13)
	{p: "sorti|sortie|sortis|sorties des|les effectifs", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « mon contrat est toujours en cours »: the contract runs (row 8)
	{p: "contrat|cdd|cdi|mission _? _? _? _? est|reste toujours en cours", k: kStatus, v: "salarie_prive", w: 5},
	// the colleagues' dismissal
	{p: "collegues|collegue|salaries|ouvriers|employes|camarades|copains|copines|personnes|gens licencies|licenciees|licencie|licenciee", k: kNone},
}

// hiringOpenR23b reports round 23B's end of an apprenticeship or
// professionalisation contract when the message says the hiring is still
// open (« je ne sais pas si je vais être embauché », « s'ils vont me
// garder »): the apprentice is in work and may stay, an employee.
func (a *analyser) hiringOpenR23b(h hit) bool {
	t := a.toks
	if h.p.v != "demandeur_emploi" || h.end-h.start < 4 || t[h.start].s != "fin" {
		return false
	}
	switch t[h.end-1].s {
	case "apprentissage", "professionnalisation", "pro":
	default:
		return false
	}
	for i := h.end; i < len(t); i++ {
		switch t[i].s {
		case "embauche", "embauchee", "embaucher", "garde", "gardee", "garder", "gardent", "garderont", "garderait":
			for j := i - 1; j >= h.end && j >= i-6; j-- {
				if t[j].s == "si" || t[j].s == "s" {
					return true
				}
			}
		}
	}
	return false
}

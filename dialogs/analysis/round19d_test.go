package analysis_test

import "testing"

// TestRound19dEndsLater checks round 19D on sentences of its own, not
// taken from a tuning set (today is 15 June 2026, testNow): an end told
// three to six months ahead, a dismissal only announced, or a dismissal
// followed by a contract found again leave the job held now; an end
// within weeks, or an end gone by, stays a job seeker.
func TestRound19dEndsLater(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// still in the job: the end is months away or not yet effective
		{"Je suis vendeuse en CDD chez Kiabi jusqu'au 30 novembre et on m'a dit qu'il ne serait pas renouvelé. 33 ans, Lille.", "salarie_prive"},
		{"Magasinier dans une PME de Rodez, mon licenciement est prévu à la rentrée. 52 ans.", "salarie_prive"},
		{"Comptable dans une PME à Laval, on va me licencier en octobre, 47 ans.", "salarie_prive"},
		{"Je suis technicien chez un sous-traitant auto, en arrêt depuis l'annonce de mon licenciement, 50 ans, Douai.", "salarie_prive"},
		{"licencié en avril, j'ai retrouvé un CDD de 8 mois chez Decathlon qui finit en décembre, 34 ans, Pau", "salarie_prive"},
		// job seekers: an end within weeks, or already over
		{"Je suis en CDD chez Lidl, mon CDD finit le 30 juin. 28 ans, Reims.", "demandeur_emploi"},
		{"Préparateur de commandes en intérim, fin de contrat dans 10 jours, 31 ans, Orléans.", "demandeur_emploi"},
		{"J'ai été licencié la semaine dernière, 45 ans, Tours.", "demandeur_emploi"},
		{"Vendeuse chez Zara, mon contrat s'est terminé en mai, 26 ans, Nantes.", "demandeur_emploi"},
		{"J'ai fermé ma micro-entreprise en septembre, je cherche un emploi, 39 ans, Brest.", "demandeur_emploi"},
		{"licencié en avril, j'ai retrouvé un CDD qui finit dans deux semaines, 34 ans, Pau", "demandeur_emploi"},
	})
}

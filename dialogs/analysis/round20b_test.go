package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound20bSeafarers checks round 20B on sentences of its own: a
// matelot on a fishing boat, a trawler or a ferry is a private employee
// (contrat d'engagement maritime); the Navy's matelot stays a public agent.
func TestRound20bSeafarers(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// private: the civil boat names the employer
		{"Je suis matelot sur un chalutier à Lorient depuis 6 ans, 29 ans, je veux passer à terre.", "salarie_prive"},
		{"matelot sur un bateau de pêche au Croisic, 38 ans, je voudrais me reconvertir", "salarie_prive"},
		{"je suis marin pêcheur au Guilvinec, 40 ans, je veux changer de métier", "salarie_prive"},
		// public: the Navy, or the rank alone
		{"matelot dans la marine nationale à Brest, 28 ans, je veux me reconvertir", "agent_public"},
		{"Je suis matelot à la base navale de Toulon, 23 ans, mon contrat se termine l'an prochain.", "agent_public"},
	})
}

// TestRound20bLeaveAsOption checks that a disponibilité only weighed
// (« faut-il demander une disponibilité ») leaves a fonctionnaire in post,
// while a leave taken (« en disponibilité », « j'ai pris une
// disponibilité ») with a private job beside it is that job.
func TestRound20bLeaveAsOption(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// an option: still a public agent
		{"Aide-soignante au centre hospitalier de Niort, fonctionnaire, 44 ans. Je m'intéresse à un poste de conseillère chez un fabricant de matériel médical. J'ai entendu parler d'une disponibilité.", "agent_public"},
		{"Fonctionnaire à la mairie de Rennes, 38 ans. Je m'intéresse à un poste de technicienne chez un éditeur de logiciels, faut-il demander sa disponibilité ?", "agent_public"},
		// a leave taken: the private job is the one of now
		{"Fonctionnaire territoriale en disponibilité, je suis salariée d'une association depuis un an, 41 ans, Angers.", "salarie_prive"},
		{"J'ai pris une disponibilité il y a deux ans, je suis salariée d'une entreprise de transport, 45 ans, Tours.", "salarie_prive"},
	})
}

// TestRound20bSeasonRuns checks that a seasonal contract said to run for
// months (today is 15 June 2026) is a job of now, while a gap until the
// next season, or a season ending within weeks, stays a job seeker.
func TestRound20bSeasonRuns(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// the season runs for months
		{"Je suis saisonnière dans une conserverie, contrat jusqu'en octobre, 44 ans, je voudrais trouver un emploi stable. Concarneau.", "salarie_prive"},
		{"Je suis serveur saisonnier, en saison à Biarritz jusqu'au 30 septembre. 29 ans, entre deux saisons je vis chez mes parents à Pau.", "salarie_prive"},
		// a gap until the next season, or an end within weeks
		{"saisonnier dans les vignes, là j'ai rien jusqu'en septembre, 40 ans, Beaune, je cherche un emploi", "demandeur_emploi"},
		{"Saisonnière dans un camping, contrat jusqu'à fin juillet, 30 ans, je cherche un emploi à l'année, Agde", "demandeur_emploi"},
		{"Saisonnier en station, la saison finit dans 10 jours, 25 ans, je cherche un emploi à l'année, Briançon", "demandeur_emploi"},
	})
}

// TestRound20bBareEndLater checks that a contract typed as a list, then
// its end within weeks in a verbless clause of its own (« …, 21 ans, fin
// dans 2 semaines »), makes a job seeker; an end months away, an end told
// in another sentence with an event of its own, or a site contract ending
// « vers la fin de l'année » leave the job held.
func TestRound20bBareEndLater(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// an end within weeks, told after the place and the age
		{"en contrat aidé à la mairie de Lens, entretien des écoles, 35 ans, fin dans 3 semaines, je fais quoi après", "demandeur_emploi"},
		{"je suis en CDI de chantier dans les travaux publics, fin du chantier dans 10 jours, 44 ans, Metz", "demandeur_emploi"},
		// the job runs
		{"en CDD chez Lidl, 30 ans, Reims, fin dans 6 mois", "salarie_prive"},
		{"Mon CDI de chantier prendra fin avec le chantier, vers la fin de l'année d'après le chef. Je suis coffreur, 48 ans, à Rezé.", "salarie_prive"},
		{"je suis en CDI dans le BTP, 39 ans, j'habite Colmar", "salarie_prive"},
	})
}

// TestRound20bFiredMe checks that « mon patron m'a virée » is the
// writer's dismissal (not the employer's), that it ends an apprenticeship
// told before it, and that the employer's own dismissal, a new
// apprenticeship told after, or an offer of the employer change nothing.
func TestRound20bFiredMe(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// the writer is dismissed
		{"Je suis apprenti boulanger, 17 ans, mon patron m'a viré la semaine dernière, Rouen", "demandeur_emploi"},
		{"Je suis vendeuse, 30 ans, mon chef m'a licenciée hier, Lille", "demandeur_emploi"},
		// the apprenticeship runs
		{"Je suis apprenti boulanger, 17 ans, mon patron m'a proposé un CDI, Rouen", "salarie_prive"},
	})
	// a new apprenticeship after the dismissal: not a job seeker any more
	// (the rules leave it to the dialogue)
	for _, in := range []string{"apprenti cuisinier, 17 ans, licencié en mars, j'ai retrouvé un patron et je suis de nouveau en apprentissage depuis avril, Caen"} {
		if f, key, doubt, _ := analysis.Trace(in, testNow); f.Status == "demandeur_emploi" {
			t.Errorf("%q: status %q (key %s, doubt %q), want no job seeker", in, f.Status, key, doubt)
		}
	}
}

// TestRound20bTempSince checks that a temp worker's schooling ended
// (« depuis que j'ai arrêté le lycée ») or a dismissal named as the start
// of the job (« de l'intérim depuis mon licenciement ») is no end of the
// job of now; a job seeker's word before « depuis », or a mission that
// ends within weeks, stays a job seeker.
func TestRound20bTempSince(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// the job of now
		{"j'ai 30 ans, je fais de l'intérim en usine à Vierzon depuis que j'ai arrêté le lycée, là je suis en mission", "salarie_prive"},
		{"J'ai 48 ans et je fais de l'intérim depuis mon licenciement en 2015, en ce moment chez un transporteur à Rungis.", "salarie_prive"},
		{"je suis en CDD chez Auchan depuis mon licenciement en 2023, 45 ans, Lyon", "salarie_prive"},
		// job seekers
		{"je suis au chômage depuis mon licenciement en 2024, 45 ans, Lyon", "demandeur_emploi"},
		{"je fais de l'intérim, ma mission finit dans 5 jours, 30 ans, Vierzon", "demandeur_emploi"},
	})
}

// TestRound20bWishGoesOn checks that the employer after « quitter … pour
// prendre|passer|revenir » is the destination wished for, while the
// employer of now keeps the sector.
func TestRound20bWishGoesOn(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// the hospital of now
		{"Je suis cadre de santé au centre hospitalier de Niort, 50 ans, en poste depuis 2010. Je veux quitter l'hôpital pour prendre la direction d'un EHPAD associatif.", "agent_public"},
		// the clinic of now
		{"Je suis infirmière dans une clinique privée à Nantes, je veux quitter mon poste pour prendre un poste au CHU, 45 ans", "salarie_prive"},
	})
}

// TestRound20bAskedPossibility checks that a contract asked about
// (« est-ce que je peux … un BTS en alternance ? ») is no situation of
// now, while a status stated in the question (« quand on est infirmière
// libérale ») or before it stays.
func TestRound20bAskedPossibility(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		{"Je suis militaire de l'armée de terre à Angers, 30 ans. Je ne suis pas cadre, je suis caporal-chef. Est-ce que je peux utiliser mon CPF pour un BTS en alternance ?", "agent_public"},
		{"Je suis en alternance chez Orange, 22 ans, est-ce que je peux changer d'entreprise ?", "salarie_prive"},
		{"Est-ce qu'on peut faire un bilan de compétences quand on est infirmière libérale ? J'exerce à Albi depuis six ans.", "profession_liberale"},
	})
}

// TestRound20bPastAside checks that a rank in parentheses after a service
// left (« retraité de l'armée de l'air (adjudant-chef) ») is past, while a
// rank after a service of now stays.
func TestRound20bPastAside(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		{"Retraité de la gendarmerie (adjudant), 52 ans, j'habite Dax. Je travaille depuis un an comme agent de sécurité dans un centre commercial, en CDI.", "salarie_prive"},
		{"Militaire de l'armée de terre (sergent), 30 ans, je veux me reconvertir", "agent_public"},
	})
}

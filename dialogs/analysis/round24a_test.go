package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 24A: a pupil or a student whose course is named without « je
// suis » (lexicon_round24a.go says why) is a student, and one neither
// working nor seeking a job is routed to no operator (cep-domain.md §1.3
// row 2) instead of the mission locale by age. Near misses keep their
// answer: a graduate who seeks a job, a course told as a step of a story,
// a course to come, an apprentice, a student with a job beside, Spanish
// « en las ».
func TestRound24AStudents(t *testing.T) {
	for _, c := range []struct{ text, status, operator string }{
		// what changes
		{"en licence de socio a nanterre, 20 ans, jsais pa si je continue en master", "etudiant", ""},
		{"en fac de psycho a montpellier, 19a, jcroi que je me suis trompé de filiere", "etudiant", ""},
		{"En PASS à Strasbourg, 18 ans, je pense que je ne serai pas classée. Quelles options ?", "etudiant", ""},
		{"Je suis en LAS à Angers, 19 ans, je veux savoir si je peux tenter kiné l'an prochain.", "etudiant", ""},
		{"Je fais une licence de droit à Rennes, 19 ans, mais je pense me réorienter en LEA.", "etudiant", ""},
		{"Je fais un BTS commerce à Arras, j'ai 19 ans, je me demande si je peux enchaîner sur une licence pro.", "etudiant", ""},
		{"je fais médecine à Nancy, 2e année, 20 ans, je veux arrêter pour faire infirmier", "etudiant", ""},
		{"Je prépare un DUT informatique à Lannion, 19 ans, et je doute de mon choix.", "etudiant", ""},
		{"Je redouble ma terminale à Roubaix, 19 ans, je ne sais pas si je dois aller en BTS ou en fac.", "etudiant", ""},
		{"Mon fils, 19 ans, est en fac de sport (STAPS) à Orléans et il s'ennuie, il voudrait autre chose.", "etudiant", ""},
		{"en L3 d'anglais a poitiers, 21 ans, jveux passer le capes ou partir a l'etranger", "etudiant", ""},
		// no longer a job seeker: the dialogue asks (the model vetoes the weak « doctorant »)
		{"Je suis doctorant en histoire, sans contrat, 28 ans, Paris. Je me demande si je finis ma thèse.", "", ""},
		{"Doctorante en sociologie sans financement, 27 ans, je ne travaille pas, je me demande s'il faut finir la thèse. Strasbourg.", "etudiant", ""},
		// near misses that keep their answer
		{"Jeune diplômée en master de chimie, 24 ans, je suis au chômage, j'habite à Pau.", "demandeur_emploi", "apec"},
		{"J'ai redoublé ma L1 à Tours et je me demande si je ne devrais pas changer de filière. 20 ans.", "", "mission_locale"},
		{"J'ai 31 ans et je reprends des études en licence pro à la rentrée. En ce moment je suis salarié en CDI dans une PME.", "salarie_prive", "operateur_regional"},
		{"je fais un bts en alternance, 20 ans, Lens", "salarie_prive", "mission_locale"},
		{"doctorante contractuelle à l'université, 27 ans, Grenoble", "agent_public", "employeur_public"},
		{"doctorant en CIFRE chez Thales, 26 ans, Rennes", "salarie_prive", "operateur_regional"},
		{"Je suis sans contrat depuis mars, j'étais vendeuse, 28 ans, Paris.", "demandeur_emploi", "france_travail"},
		{"je fais une licence pro en apprentissage chez Leroy Merlin, 21 ans", "salarie_prive", "mission_locale"},
		{"Je suis en L2 d'anglais à Toulouse et je bosse 15h par semaine chez un fast-food, 20 ans.", "", "mission_locale"},
		{"Je suis aide-soignante en CDI et je fais une licence de psycho à distance, 40 ans, Rouen", "salarie_prive", "operateur_regional"},
		{"Trabajo de temporero en las fresas en el Lot-et-Garonne con contrato OFII hasta junio.", "", ""},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
		if op := routing.Route(f).Operator; op != c.operator {
			t.Errorf("%q: operator %q; want %q", c.text, op, c.operator)
		}
	}
}

// Round 24A, second family: a job lost said as « j'ai été remercié », « a
// fermé le cabinet », « liquidée en 2020 », « démission en avril », « mon
// CDI s'est arrêté », « rupture conventionnelle prend effet vendredi »,
// « j'ai quitté mon institut en mai » beside
// the job title and the employer is a job seeker's; near misses keep the
// employee: thanks, a resignation months ahead, a resignation with its
// notice, an evening's closing, a closing for works.
func TestRound24AJobLost(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je suis cariste chez Geodis, j'ai été remercié en avril, 40 ans", "demandeur_emploi"},
		{"Je suis secrétaire médicale, mon médecin a fermé le cabinet en mars, 56 ans", "demandeur_emploi"},
		{"Je suis vendeuse chez Camaïeu, liquidée en 2020, depuis je cherche, 44 ans", "demandeur_emploi"},
		{"Mon CDI de vendeur chez Darty s'est arrêté en avril (rupture conventionnelle), 34 ans, Nancy. Je cherche dans l'immobilier.", "demandeur_emploi"},
		{"Je suis assistante administrative, ma rupture conventionnelle prend effet vendredi, 45 ans, Tours.", "demandeur_emploi"},
		{"Esthéticienne, j'ai quitté mon institut en mai (démission), je cherche un poste ailleurs. 30 ans, Toulon.", "demandeur_emploi"},
		{"Chauffeur de bus chez Transdev jusqu'en mars, démission pour raisons familiales, je cherche maintenant. 44 ans, Pointe-à-Pitre.", "demandeur_emploi"},
		// near misses that keep their answer
		{"Je suis cariste en CDI chez Geodis, j'ai été remercié par mon chef pour mes dix ans de maison, 40 ans", "salarie_prive"},
		{"Je suis vendeuse en CDI chez Zara, ma démission prendra effet en décembre, 35 ans", "salarie_prive"},
		{"Vendeuse en CDI, j'ai posé ma démission, préavis de trois mois, 37 ans", "salarie_prive"},
		{"Je suis vendeuse en CDI, mon patron a fermé le magasin pour travaux pendant une semaine, 35 ans", "salarie_prive"},
		{"Je suis vendeuse en CDI, je vous remercie pour votre aide, 35 ans", "salarie_prive"},
		{"Je suis vendeuse en CDI chez Zara, je voudrais poser ma démission pour raisons familiales, 35 ans", "salarie_prive"},
		{"Je suis assistante de direction en CDI, ma rupture conventionnelle prendra effet en décembre, 48 ans, Lille.", "salarie_prive"},
		{"J'ai quitté mon entreprise en mars pour un CDI chez Leroy Merlin où je suis vendeur, 34 ans.", "salarie_prive"},
		{"Je suis vendeuse en CDI chez Darty depuis 2015, mon CDI se passe bien, 34 ans.", "salarie_prive"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

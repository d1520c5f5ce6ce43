package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound16BRules checks the rules of round 16B (lexicon_round16b.go) on
// sentences of their own, not taken from tuning54 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound16BRules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the partner of a practice is a profession libérale
		{"je suis associé dans un cabinet d'avocats à Nantes, 45 ans", "profession_liberale"},
		{"kiné associée ds un cabinet a Dax, 38a", "profession_liberale"},
		{"associée d'une clinique vétérinaire depuis 2015, je sature", "profession_liberale"},
		{"je suis assistante dans un cabinet d'avocats", "salarie_prive"},
		// the one who hires names the employer
		{"agent d'entretien à l'hôpital, recrutée par une société de nettoyage", "salarie_prive"},
		{"embauchée par une agence de sécurité, je garde un musée", "salarie_prive"},
		{"embauché par la mairie comme jardinier", "agent_public"},
		{"embauché par le CHU de Nantes en 2018, brancardier", "agent_public"},
		// an inaptitude to some tasks does not end the contract
		{"cariste déclaré inapte au port de charges, toujours en poste", "salarie_prive"},
		{"infirmière, déclarée inapte aux gardes de nuit, je reste dans mon service à la clinique", "salarie_prive"},
		{"j'ai été déclarée inapte et licenciée en mars", "demandeur_emploi"},
		// the merchant navy hires under private law
		{"matelot dans la marine marchande, 34 ans", "salarie_prive"},
		{"officier de la marine marchande, je veux me poser à terre", "salarie_prive"},
		{"je suis matelot dans la marine nationale à Brest", "agent_public"},
		// the relative of someone else: « son père », « sa sœur »
		{"je vous écris pour ma fille de 17 ans, sa mère est infirmière libérale, elle a quitté le lycée", ""},
		{"son frère est policier, moi je suis caissier en CDI chez Auchan", "salarie_prive"},
		{"je suis son père, je suis policier", "agent_public"},
		// a retirement told as a departure: « je ne travaille plus » is the retirement
		{"j'étais comptable, j'ai pris ma retraite en 2024 et je ne travaille plus", ""},
		{"parti en retraite anticipée, je ne travaille plus depuis six mois", ""},
		{"magasinier licencié, je ne travaille plus depuis mars", "demandeur_emploi"},
		// a sitter declared is employed by a family
		{"étudiant en BTS, je fais de la garde d'enfants déclarée le soir", "" /* a student with a private job: asked (round 20J) */},
		{"en master de psycho, je fais du babysitting en CESU, 23 ans", "salarie_prive"},
		{"étudiante en licence, je fais un peu de baby-sitting", "etudiant"},
		// a student hired by the university holds a public contract
		{"étudiante en BTS, je fais du baby-sitting payé en CESU", "" /* a student with a private job: asked (round 20J) */},
		// the public service left is the past
		{"aide-soignant, j'ai quitté la fonction publique hospitalière en 2021, je suis en CDI dans une clinique", "salarie_prive"},
		{"j'ai quitté l'Éducation nationale il y a deux ans, maintenant formateur en CDI chez un organisme privé", "salarie_prive"},
		{"professeure des écoles, je voudrais quitter l'Éducation nationale", "agent_public"},
		// the start of a career told is its past
		{"j'ai commencé comme agent d'accueil à la mairie en 2005, aujourd'hui je suis commercial en CDI chez Orange", "salarie_prive"},
		{"j'ai débuté en tant que surveillant au collège, maintenant je suis vendeur en CDI", "salarie_prive"},
		{"je suis agent d'accueil à la mairie depuis 2005", "agent_public"},
		// « embauché par » with a workplace before it
		{"plongeur à la cantine du collège, mais embauché par Sodexo", "salarie_prive"},
		{"je voudrais être embauchée par la mairie", ""},
		// the search of a first job with a possessive
		{"j'ai 30 ans, après des années au foyer je cherche mon premier emploi", "demandeur_emploi"},
		{"je recherche mon premier poste de comptable, 28 ans, Tours", "demandeur_emploi"},
		{"mon fils cherche son premier emploi, moi je suis boulanger salarié", "salarie_prive"},
		// who keeps a shop runs it
		{"je tiens un petit bar-tabac à Figeac depuis 2012", "independant"},
		{"on tient une crêperie à Quimper avec mon mari, 45 ans", "independant"},
		{"vendeuse, je tiens la caisse chez Carrefour, en CDI", "salarie_prive"},
		// public employers named by their initials or directorate
		{"technicien à la DGAC à Toulouse, 39 ans", "agent_public"},
		{"brigadier à la police aux frontières à Orly", "agent_public"},
		{"je suis à la PAF de Roissy depuis 2019", "agent_public"},
		{"et paf fin de contrat, je suis au chômage", "demandeur_emploi"},
		{"je veux entrer à la DGAC, je suis vendeur en CDI chez Fnac", "salarie_prive"},
		// waste collection companies employ under private law
		{"éboueur chez Suez, on collecte pour la métropole", "salarie_prive"},
		{"chauffeur de benne chez Nicollin à Montpellier, 41 ans", "salarie_prive"},
		{"éboueur à la mairie de Lyon, titulaire", "agent_public"},
		// a council's staff are territorial agents
		{"secrétaire, salariée du conseil régional à Rouen, 48 ans", "agent_public"},
		{"employé par le conseil départemental comme agent des routes", "agent_public"},
		{"employé dans une usine de chaussures, 44 ans", "salarie_prive"},
		// undeclared work beside a job is no rival status
		{"aide-soignante titulaire au CHU, je fais aussi des ménages au noir le week-end", "agent_public"},
		{"vendeur en CDI chez Darty, et en plus quelques heures non déclarées en bricolage", "salarie_prive"},
		{"je travaille au noir sur les chantiers depuis deux ans", "demandeur_emploi"},
		// a sentence opening on « avant » tells what came before the job of now
		{"Je suis agent de sécurité en CDI chez Seris. Avant, j'étais cariste, puis l'entrepôt a fermé.", "salarie_prive"},
		{"Technicien titulaire à la mairie de Niort. Auparavant j'ai été licencié d'une imprimerie.", "agent_public"},
		{"Avant, j'étais cariste. L'entrepôt a fermé en mars et je cherche du travail.", "demandeur_emploi"},
		// « rédacteur » is an occupation of both sectors: the employer settles it
		{"rédactrice à la mairie de Brest, 40 ans", "agent_public"},
		{"je suis rédacteur web chez Cdiscount", "salarie_prive"},
		{"je suis rédacteur, 35 ans, je veux changer", ""},
		// an event dated in the past, then a job worked in now
		{"licenciée d'une imprimerie en 2021 et je travaille en CDI chez Leclerc depuis", "salarie_prive"},
		{"j'ai quitté mon CDI il y a un an et je bosse en intérim chez Adecco", "salarie_prive"},
		{"licencié il y a un an, je cherche du travail comme chauffeur", "demandeur_emploi"},
		// an everyday word is not corrected into a rank
		{"avocat, j'ai prêté serment en 2015, installé seul à Nîmes", "profession_liberale"},
		{"je suis sergent dans l'armée de terre à Nîmes", "agent_public"},
		// a wish goes on with a coordinated infinitive
		{"infirmière libérale, je voudrais quitter le libéral et entrer dans une clinique", "profession_liberale"},
		{"je suis kiné libérale et je voudrais partir puis rejoindre un hôpital", "profession_liberale"},
		{"je voudrais quitter l'hôpital, je suis infirmière dans une clinique privée depuis un an", "salarie_prive"},
		// a past sentence that ends with the end of the contract
		{"J'étais ingénieure au CNRS, contractuelle, mon contrat s'est terminé le mois dernier, 35 ans", "demandeur_emploi"},
		{"J'étais technicienne à l'ONF, contractuelle sur projet, mon contrat s'est terminé en janvier", "demandeur_emploi"},
		{"Je suis contractuelle à la mairie depuis mai, mon CDD chez Lidl s'est terminé en avril", ""}, // asked, not made a job seeker
		// what other people believe of the writer is no statement of the writer's
		{"agent d'accueil en CDI chez Seris, au musée du Louvre, mes amis croient que je suis fonctionnaire", "salarie_prive"},
		{"les gens pensent que je suis au chômage, mais je suis vendeuse en CDI chez Zara", "salarie_prive"},
		{"je crois que je suis fonctionnaire territoriale, je travaille à la mairie", "agent_public"},
		{"monitrice étudiante à la bibliothèque de la fac, en M1", "agent_public"},
		{"en L2, j'ai un contrat étudiant avec l'université pour l'accueil", "agent_public"},
		{"étudiant en L3, je suis inscrit à l'université de Rennes", "etudiant"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound16BDegree checks that a degree followed or planned with
// « je fais » is no degree held (round 16B), while « j'ai fait » is.
func TestRound16BDegree(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"je fais un master de droit à Lyon, 22 ans, je bosse chez Lidl le samedi", "null"},
		{"en L3, je sais pas si je fais un master ou si je travaille, 21 ans", "null"},
		{"j'ai fait un master de droit, 24 ans, je cherche un emploi", "true"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := boolStr(f.JeuneDiplome)
		if got != tc.want {
			t.Errorf("Analyse(%q).JeuneDiplome = %s, want %s", tc.in, got, tc.want)
		}
	}
}

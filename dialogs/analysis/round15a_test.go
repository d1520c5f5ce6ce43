package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound15ARules checks the rules of round 15A (lexicon_round15a.go) on
// sentences of their own, not taken from tuning51 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound15ARules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a business closed, told of the relative the message is for
		{"c'est pour ma mère, 58 ans, elle a vendu sa boutique de fleurs l'hiver dernier", "demandeur_emploi"},
		{"j'écris pour mon oncle, qui a liquidé son garage en avril, 54 ans", "demandeur_emploi"},
		{"je suis boulanger à mon compte, mon voisin a vendu sa maison", "artisan"},
		// a business closed, named by « l' »; « l'usine a fermé » is the employer's
		{"j'avais un food truck en micro-entreprise, je l'ai revendu en mars, je cherche un emploi", "demandeur_emploi"},
		{"nous tenions une crêperie depuis 2015, nous l'avons cédée cet hiver, j'ai 55 ans", "demandeur_emploi"},
		{"je suis magasinier en CDI, la porte du dépôt je l'ai fermée à clé", "salarie_prive"},
		{"je suis commerçante depuis 2015, ma boutique je l'ai fermée pour les vacances", "independant"},
		{"c'est pour mon père, plombier à son compte, il a fermé son entreprise deux semaines pour travaux", "artisan"},
		{"j'étais cariste en CDI, l'usine a fermé en mars, je cherche", "demandeur_emploi"},
		// the trainee of vocational training is a job seeker
		{"je suis stagiaire de la formation professionnelle en électricité jusqu'en décembre, 41 ans", "demandeur_emploi"},
		{"stagiaire formation pro à l'AFPA, 33 ans, ancien cuisinier", "demandeur_emploi"},
		{"je suis stagiaire dans un cabinet d'architectes pour mon master", "etudiant"},
		// the micro-business created after a resignation
		{"il y a un an j'ai démissionné pour créer ma micro-entreprise de graphisme", "auto_entrepreneur"},
		{"j'ai quitté mon CDI pour lancer mon auto-entreprise de couture", "auto_entrepreneur"},
		{"j'ai démissionné en mars, je cherche un poste de vendeuse", "demandeur_emploi"},
		// a side job held now, named with its times: a student who works
		{"je suis en master de chimie et je travaille le samedi comme caissier", "" /* a student with a private job: asked (round 20J) */},
		{"étudiante en BTS, je bosse les soirs comme plongeuse", "" /* a student with a private job: asked (round 20J) */},
		{"je suis en licence d'histoire, je ne travaille pas", "etudiant"},
		{"je suis retraitée et je travaille le samedi comme bénévole aux Restos du cœur", ""},
		{"je suis au chômage, je bosse le samedi en bénévolat", "demandeur_emploi"},
		// a military retirement or a former soldier: the army left
		{"depuis ma retraite militaire je suis cariste en CDI chez un transporteur", "salarie_prive"},
		{"ancien militaire, aujourd'hui je suis technicien en CDI dans une PME", "salarie_prive"},
		{"je suis militaire dans l'armée de terre depuis 12 ans", "agent_public"},
		// the children's school is no employer of the writer
		{"je suis préparateur de commandes en CDI, trois enfants au collège, je veux évoluer", "salarie_prive"},
		{"je suis vendeuse en CDI chez Kiabi, mes enfants à l'école primaire", "salarie_prive"},
		{"je suis surveillante au collège, 28 ans", "agent_public"},
		// a retiree who stopped working: outside the CEP unless looking for work
		{"je suis retraité de la SNCF et je ne travaille plus, je voudrais faire du bénévolat", ""},
		{"retraitée de l'hôpital depuis 2023, je suis retraitée et je ne travaille plus", ""},
		{"ma mère est retraitée, moi je ne travaille plus depuis mars", "demandeur_emploi"},
		{"j'étais aide-soignante, je ne travaille plus depuis mon licenciement", "demandeur_emploi"},
		// a public vacation beside a business of one's own: the dialogue asks
		{"je suis vacataire au conservatoire et photographe en auto-entreprise", ""},
		{"auto-entrepreneur en informatique, et vacataire à l'IUT quelques heures", ""},
		{"je suis fonctionnaire territorial et j'ai une micro-entreprise de photos à côté", "agent_public"},
		// a purpose after « quitter »: the place named is wished too
		{"je suis adjoint administratif à la mairie, j'aimerais quitter la fonction publique pour travailler dans une entreprise", "agent_public"},
		{"je suis aide-soignante au CHU, je voudrais quitter l'hôpital pour rejoindre une clinique privée", "agent_public"},
		{"je voudrais quitter mon poste, je travaille chez Renault comme technicien", "salarie_prive"},
		// work without a declared contract: the dialogue asks
		{"je fais de la maçonnerie au black pour un patron, 35 ans", ""},
		{"je suis serveuse dans un bar mais non déclarée", ""},
		{"je suis en CDI chez Lidl depuis 2019", "salarie_prive"},
		// a CDD said to end within weeks: a private one ends in a job seeker, a public one stays row 1
		{"j'ai retrouvé un poste de comptable en CDD dans une PME qui finit dans deux semaines", "demandeur_emploi"},
		{"assistante de gestion en CDD dans une association qui se termine dans 10 jours", "demandeur_emploi"},
		{"comptable en CDD à la mairie qui finit dans deux semaines", "agent_public"},
		{"comptable en CDD dans une PME jusqu'en décembre", "salarie_prive"},
		// a contract that ends within days
		{"je suis en intérim chez Adecco, mission qui se termine jeudi", "demandeur_emploi"},
		{"magasinier, mon contrat finit la semaine prochaine, 38 ans", "demandeur_emploi"},
		{"je suis en CDI chez Leroy Merlin, ma formation se termine vendredi", "salarie_prive"},
		// the departure date after a break of the contract; a trip is no break
		{"rupture conventionnelle signée avec mon employeur, je pars à la fin du mois", "demandeur_emploi"},
		{"j'ai posé ma démission, je quitte l'entreprise à la fin du mois", "demandeur_emploi"},
		{"je suis cariste en CDI chez Geodis, je pars à la fin du mois en vacances", "salarie_prive"},
		// a stay told with its length after the fact is over
		{"à 20 ans je suis entré à la SNCF, j'y suis resté 15 ans. Maintenant je cherche un emploi", "demandeur_emploi"},
		{"je suis entrée à la mairie en 2010, j'y ai passé 12 ans, je voudrais changer", ""},
		{"je suis agent d'accueil à la mairie, j'y travaille depuis 12 ans", "agent_public"},
		// « libéral » closing a workplace's name: its employee
		{"je suis assistante dans un cabinet d'avocats libéral depuis 2015", "salarie_prive"},
		{"secrétaire dans une clinique libérale à Lyon, 40 ans", "salarie_prive"},
		{"je suis kinésithérapeute libéral dans un cabinet de groupe", "profession_liberale"},
		// a business at the registre du commerce is a commerçant's
		{"je suis boulangère, j'ai ma boutique inscrite au registre du commerce", "independant"},
		{"je suis fleuriste, j'ai ma boutique immatriculée au RCS", "independant"},
		{"je suis boulanger, j'ai ma boutique depuis 2012", "artisan"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound15AFacts checks the age, disability and cadre readings of round
// 15A on sentences of their own.
func TestRound15AFacts(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		// « N ans et demi » alone in its clause is the age N
		{"apprentie coiffeuse, 16 ans et demi, je veux changer", 16},
		{"élève en seconde, 15 ans et demie, je cherche un job d'été", 15},
		{"j'ai 32 ans et demi", 32},
		{"mon CDD dure 2 ans et demi", 0},
		// an age to come, as the horizon of the project
		{"fonctionnaire à La Poste, je voudrais changer de métier avant 50 ans", 0},
		{"je voudrais travailler jusqu'à 62 ans, j'ai 58 ans", 58},
		{"j'ai 45 ans, avant j'étais maçon", 45},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Age != tc.age {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, f.Age, tc.age)
		}
	}
	for _, tc := range []struct {
		in       string
		handicap *bool
	}{
		// a relative's rente of a work accident counts when the message is about him or her
		{"ma femme a eu un accident du travail, elle touche une rente de 20 %, elle est au chômage", ptr(true)},
		{"mon frère a eu un accident du travail l'an dernier, il a une rente, il cherche un emploi", ptr(true)},
		{"je suis vendeuse en CDI, mon mari a une rente après un accident du travail", nil},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if (f.Handicap == nil) != (tc.handicap == nil) || f.Handicap != nil && *f.Handicap != *tc.handicap {
			t.Errorf("Analyse(%q).Handicap = %v, want %v", tc.in, f.Handicap, tc.handicap)
		}
	}
	for _, tc := range []struct {
		in    string
		cadre *bool
	}{
		// a cadre post offered is not held
		{"je suis technicien en CDI, on me propose un poste de cadre", nil},
		{"je suis comptable en CDI, mon patron m'offre une promotion cadre", nil},
		{"je suis cadre commercial en CDI depuis 2015", ptr(true)},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if (f.Cadre == nil) != (tc.cadre == nil) || f.Cadre != nil && *f.Cadre != *tc.cadre {
			t.Errorf("Analyse(%q).Cadre = %v, want %v", tc.in, f.Cadre, tc.cadre)
		}
	}
	for _, tc := range []struct{ in, status string }{
		// no employer found, in the passé composé
		{"il a eu son CAP de boulanger et il n'a pas trouvé de patron, c'est pour mon fils", "demandeur_emploi"},
		{"je n'ai toujours pas trouvé d'employeur depuis mon diplôme, 30 ans", "demandeur_emploi"},
		{"je suis apprenti en boulangerie, j'ai trouvé un patron génial", "salarie_prive"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

func ptr(b bool) *bool { return &b }

// TestRound15AStories checks the readings of round 15A that tell the
// status of now from the story before it, on sentences of their own.
func TestRound15AStories(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a business closed under constraint
		{"mon frère tenait un garage, il a dû fermer en 2025, il cherche un emploi de mécanicien", "demandeur_emploi"},
		{"nous avons dû vendre notre restaurant l'an dernier, j'ai 58 ans", "demandeur_emploi"},
		{"je suis vendeur en CDI, j'ai dû fermer le magasin seul hier soir", "salarie_prive"},
		// a partner of a liberal practice
		{"je suis avocate associée dans un cabinet à Rennes", "profession_liberale"},
		{"kiné associé dans une maison de santé, 44 ans", "profession_liberale"},
		{"je suis comptable en CDI dans une PME", "salarie_prive"},
		// « Avant, » alone before a past clause
		{"Graphiste en auto-entreprise depuis 2021. Avant, salarié d'une agence pendant 8 ans.", "auto_entrepreneur"},
		{"je suis artisan plombier depuis 2018. Auparavant, employé chez un chauffagiste.", "artisan"},
		{"Avant, je voudrais savoir une chose. Je suis salariée en CDI", "salarie_prive"},
		// a list opened by « ancienne » goes on after « puis »
		{"en fin de droits, ancienne caissière puis employée de rayon", "demandeur_emploi"},
		{"en fin de droits, ex-vendeur puis employé de commerce", "demandeur_emploi"},
		{"je suis employée de rayon en CDI, ancienne caissière", "salarie_prive"},
		// a wish going on after a comma
		{"j'ai vendu mon bar, je voudrais retravailler, peut-être comme salarié", "demandeur_emploi"},
		{"je voudrais me reconvertir, plutôt comme salariée dans le social, j'ai fermé ma boutique", "demandeur_emploi"},
		{"je voudrais changer. Peut-être que je suis salarié pour rien", "salarie_prive"},
		{"au chômage, je voudrais soit reprendre mes études, soit travailler dans une entreprise privée", "demandeur_emploi"},
		{"il ne travaille plus, il voudrait un emploi comme salarié, magasinier ou cariste", "demandeur_emploi"},
		{"je voudrais évoluer, je suis magasinier ou presque cariste en CDI", "salarie_prive"},
		// the contract that ended beside a job seeker's status word
		{"je suis au chômage, fin de contrat d'apprentissage en mai", "demandeur_emploi"},
		{"au chômage depuis mars, fin de contrat d'apprentissage chez un fleuriste", "demandeur_emploi"},
		{"je suis en contrat d'apprentissage chez un fleuriste, 19 ans", "salarie_prive"},
		// « employée par » a public employer
		{"je suis employée par la mairie comme agent d'accueil (contractuelle)", "agent_public"},
		{"salarié du conseil départemental en CDD, contractuel", "agent_public"},
		{"je suis employée par une entreprise de nettoyage", "salarie_prive"},
		// the benefit handled at work
		{"je suis contractuelle au département, gestionnaire RSA depuis 2022", "agent_public"},
		{"référente RSA au conseil départemental, titulaire", "agent_public"},
		{"je touche le RSA depuis deux ans, 45 ans", "demandeur_emploi"},
		// an event dated before the status held « depuis » a later year
		{"je suis en CDI depuis 2024 chez Lidl, après un licenciement en 2023", "salarie_prive"},
		{"auto-entrepreneur depuis 2022, après une rupture conventionnelle en 2021", "auto_entrepreneur"},
		{"j'ai été licenciée en mars 2026, j'étais en CDI depuis 2015", "demandeur_emploi"},
		// « comme moi » is a likeness, no status of the writer's
		{"j'écris pour ma sœur, elle est au chômage depuis mai, elle vit à Dijon comme moi", "demandeur_emploi"},
		{"mon cousin est en CDI chez Airbus, il habite Toulouse comme moi", "salarie_prive"},
		{"mon mari est au chômage, moi je suis en CDI chez Lidl", "salarie_prive"},
		// a CDI named before a dismissal told within its notice
		{"Chef de rayon, CDI, 45 ans. J'ai été licencié il y a deux semaines, je suis en préavis", "demandeur_emploi"},
		{"Comptable, CDI. Licenciement il y a 10 jours, mon préavis finit en juillet", "demandeur_emploi"},
		{"je suis en CDI depuis 2020 chez Lidl, licenciée en 2015 par Aldi", "salarie_prive"},
		// « Depuis, j'ai été … »: what one has been since then, one still is
		{"J'ai quitté la gendarmerie en 2021. Depuis, j'ai été cariste en intérim puis en CDI chez Geodis.", "salarie_prive"},
		{"Licenciée en 2020. Depuis j'ai été vendeuse en CDI chez Kiabi.", "salarie_prive"},
		{"J'ai été vendeuse en CDI chez Kiabi. Je cherche un emploi depuis mars.", "demandeur_emploi"},
		// a public site of a private employer named in the same sentence
		{"je suis en CDI dans une société de sécurité, je surveille l'entrée de la préfecture", "salarie_prive"},
		{"agent de propreté en CDI pour une entreprise de nettoyage, je nettoie la mairie le matin", "salarie_prive"},
		{"je suis agent d'accueil à la préfecture depuis 2019", "agent_public"},
		// a CESU job beside a tenure of the public service
		{"adjointe technique titulaire à la mairie, et du repassage chez des particuliers en CESU", "agent_public"},
		{"fonctionnaire titulaire à l'hôpital, je garde des enfants le soir en CESU", "agent_public"},
		{"je fais du ménage chez des particuliers en CESU, 50 ans", "salarie_prive"},
		// a fonctionnaire en disponibilité without work stays an agent public
		{"professeure des écoles en disponibilité depuis septembre, je n'ai pas de travail et j'en cherche un", "agent_public"},
		{"titulaire de la fonction publique territoriale, en disponibilité, je cherche un emploi dans le privé", "agent_public"},
		{"je n'ai pas de travail, ma femme est en disponibilité de l'hôpital", "demandeur_emploi"},
		// a public institution as the site of the service done
		{"agent de sécurité chez Securitas, je surveille un hôpital public la nuit", "salarie_prive"},
		{"je nettoie la mairie tous les matins pour une société de propreté, en CDI", "salarie_prive"},
		{"je suis agent de sécurité à l'hôpital public de Lens, titulaire", "agent_public"},
		// a spell of unemployment over
		{"j'ai retrouvé un CDI de cariste il y a un mois après deux ans de chômage", "salarie_prive"},
		{"après six mois de chômage, je suis en CDD chez Lidl", "salarie_prive"},
		{"je suis au chômage depuis deux ans", "demandeur_emploi"},
		// a self-employed status followed by its closing
		{"Fleuriste depuis 2010. J'ai fermé la boutique en mai. 50 ans", "demandeur_emploi"},
		{"c'est pour mon père, plombier à son compte, il a vendu son entreprise cet hiver", "demandeur_emploi"},
		{"je suis commerçante depuis 2012, ma voisine a fermé sa porte", "independant"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

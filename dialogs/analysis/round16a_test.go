package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound16ARules checks the rules of round 16A (lexicon_round16a.go) on
// sentences of their own, not taken from tuning53 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound16ARules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a temp worker between missions has no contract now
		{"intérimaire chez Manpower, je n'ai plus de mission depuis avril, 41 ans", "demandeur_emploi"},
		{"cariste en intérim, plus aucune mission depuis l'hiver", "demandeur_emploi"},
		{"je suis en intérim, en mission chez Airbus jusqu'en décembre", "salarie_prive"},
		// no work now, until a date to come
		{"saisonnière en station, là j'ai rien jusqu'en décembre, 33 ans", "demandeur_emploi"},
		{"ouvrier agricole, je n'ai plus rien avant la récolte des pommes", "demandeur_emploi"},
		{"serveur en saison à Biarritz, l'hiver je fais plus rien", ""},
		// the stop of one's activity, dated, without object
		{"VTC en micro-entreprise, j'ai arrêté il y a deux mois, je cherche un poste salarié", "demandeur_emploi"},
		{"photographe auto-entrepreneur, j'arrête à la fin du mois, je cherche un emploi salarié", "demandeur_emploi"},
		{"je suis auto-entrepreneur en plomberie depuis 2021 et ça marche bien", "auto_entrepreneur"},
		// a rupture conventionnelle had, in either sector
		{"j'ai obtenu ma rupture conventionnelle en mars, j'étais comptable dans une PME", "demandeur_emploi"},
		{"elle a eu sa rupture conventionnelle de la fonction publique hospitalière, elle était aide-soignante", "demandeur_emploi"},
		{"je suis fonctionnaire et on m'a refusé une rupture conventionnelle", "agent_public"},
		// a job left in order to set up a business: the business is now
		{"j'ai quitté la banque en 2022 pour monter ma société de conseil, 45 ans", "independant"},
		{"elle a démissionné de la crèche pour devenir auto-entrepreneuse en couture", "auto_entrepreneur"},
		{"je voudrais démissionner pour créer ma micro-entreprise, je suis vendeuse chez Zara", "salarie_prive"},
		{"je fais le ménage dans une école pour une entreprise de nettoyage", "salarie_prive"},
		// undeclared work in the feminine plural: no contract, asked
		{"je fais des heures de repassage chez des voisines, non déclarées", ""},
		{"depuis mars je fais des livraisons pour un restaurant, pas déclarées", ""},
		{"je fais des gardes de nuit chez des particuliers en CESU, déclarées", "salarie_prive"},
		// a part-timer registered at France Travail to work more
		{"caissière en CDI à mi-temps chez Lidl, inscrite à France Travail pour trouver un temps plein", "salarie_prive"},
		{"je suis inscrit à Pôle emploi pour faire plus d'heures, je fais 10 h par semaine", ""},
		{"je suis inscrit à France Travail pour trouver un temps plein, je n'ai plus rien depuis mars", "demandeur_emploi"},
		{"inscrite à France Travail depuis janvier, j'étais vendeuse", "demandeur_emploi"},
		// « pion », the assistant d'éducation
		{"étudiante en master, je bosse comme pionne dans un collège, 23 ans", "agent_public"},
		{"je suis pion dans un lycée de Nantes depuis deux ans", "agent_public"},
		{"je ne suis qu'un pion dans cette boîte, je suis magasinier en CDI", "salarie_prive"},
		// the season without work told as a habit, beside a wish of a job
		{"moniteur de ski en station, l'été je n'ai rien, je voudrais un emploi à l'année", ""},
		{"serveuse saisonnière au Cap d'Agde, l'hiver j'ai rien, je cherche du travail toute l'année", ""},
		{"l'été dernier j'étais serveuse, depuis je suis au chômage", "demandeur_emploi"},
		// the search without its object, dated
		{"titulaire d'un BTS compta, 31 ans, je cherche depuis janvier", "demandeur_emploi"},
		{"j'ai quitté Decathlon l'an dernier et depuis je cherche, 40 ans", "demandeur_emploi"},
		{"ancien routier, je recherche n'importe quoi à Vierzon", "demandeur_emploi"},
		{"je suis comptable en CDI et je cherche depuis peu une formation", "salarie_prive"},
		// a business struck off or wound up
		{"plombier à mon compte 10 ans, j'ai radié mon entreprise cet hiver", "demandeur_emploi"},
		{"ancienne fleuriste, liquidation en février, 44 ans", "demandeur_emploi"},
		{"la liquidation du stock en juin, je suis vendeuse en CDI chez Gifi", "salarie_prive"},
		// paid by CESU: an employee of private individuals
		{"je garde des enfants chez des familles, payée en CESU, 48 ans", "salarie_prive"},
		{"je fais du jardinage chez des particuliers avec CESU depuis 2020", "salarie_prive"},
		{"je voudrais embaucher une aide à domicile en CESU pour ma mère, je suis fonctionnaire", "agent_public"},
		// a dismissal procedure under way says nothing; the job does
		{"toujours en CDI chez un équipementier, procédure de licenciement en cours", "salarie_prive"},
		{"je suis en procédure de licenciement pour inaptitude, 53 ans", ""},
		{"licencié en mars après la procédure de licenciement, je cherche du travail", "demandeur_emploi"},
		// part-time on medical advice within the contract
		{"en mi-temps thérapeutique dans mon entreprise de transport depuis janvier", "salarie_prive"},
		{"infirmière au CHU, en mi-temps thérapeutique depuis mon cancer", "agent_public"},
		{"je voudrais un mi-temps thérapeutique mais je suis au chômage", "demandeur_emploi"},
		// a shop owned, with « une »
		{"j'ai une petite librairie à Dole depuis 2015, je pense arrêter", "independant"},
		{"nous avons une boulangerie à Sète, je voudrais changer de métier", "artisan"},
		{"j'ai une boulangerie en bas de chez moi et je suis caissière chez Leclerc", ""}, // asked: the weak shop word competes,
		// the failed search told with its negation
		{"j'étais vendeuse chez Kiabi, je ne trouve plus rien depuis l'automne", "demandeur_emploi"},
		{"ancien maçon, je ne trouve pas de travail à Guéret, 50 ans", "demandeur_emploi"},
		{"je suis caissière en CDI, je ne trouve rien d'intéressant dans mon poste", "salarie_prive"},
		// the employers of a home worker lost
		{"aide à domicile, j'ai perdu mes trois derniers employeurs l'an dernier", "demandeur_emploi"},
		{"il a perdu son emploi de chauffeur en mars, 45 ans", "demandeur_emploi"},
		{"je suis coiffeuse à mon compte, j'ai perdu des clients avec le Covid", "artisan"},
		// « en attendant »: the state of now before a job to come
		{"j'ai signé un CDD qui démarre en septembre, en attendant je suis au chômage", "demandeur_emploi"},
		{"embauchée à La Poste à partir du 1er août, en attendant je reste sans emploi", "demandeur_emploi"},
		{"je suis en CDI chez Bosch, en attendant une promotion je me forme", "salarie_prive"},
		// the end of a public contract told as the start of the time since
		{"depuis la fin de mon contrat au conseil départemental, je n'ai rien, 45 ans", "demandeur_emploi"},
		{"depuis ma fin de CDD à l'hôpital en mars je cherche du travail, 38 ans", "demandeur_emploi"},
		{"ma fin de contrat à la mairie est prévue dans 6 mois, je suis agent d'accueil", "agent_public"},
		// an employer added by a participle to a job told in the past
		{"j'ai été agent d'entretien 12 ans, employé par la commune. Je suis au chômage depuis mars", "demandeur_emploi"},
		{"j'ai travaillé dix ans comme ATSEM, payée par la mairie. Aujourd'hui je suis vendeuse chez Kiabi", "salarie_prive"},
		{"je suis cuisinier dans un collège, employé par le département, 45 ans", "agent_public"},
		// a retirement imposed is a state of now
		{"j'ai été mis à la retraite d'office l'an dernier, j'étais facteur", ""},
		{"ma mère a été mise à la retraite, je suis infirmier au CHU", "agent_public"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound16ASecondYearMaster checks that a master's second year under
// way counts as a bac+3 or more held, and the first year or « master »
// alone does not.
func TestRound16ASecondYearMaster(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"je suis en master 2 de chimie et je bosse le week-end chez Lidl, 24 ans", true},
		{"en M2 d'histoire, serveur le soir dans une brasserie, 23 ans", true},
		{"je prépare un master de gestion en alternance dans une PME, 22 ans", false},
		{"je veux faire un master 1 de droit l'an prochain, je suis caissière, 21 ans", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := f.JeuneDiplome != nil && *f.JeuneDiplome
		if got != tc.want {
			t.Errorf("Analyse(%q).JeuneDiplome = %v, want %v", tc.in, got, tc.want)
		}
	}
}

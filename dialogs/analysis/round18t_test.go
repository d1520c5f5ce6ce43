package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

func TestRound18tStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a dated loss of work, then the job of now after « depuis <mois> »
		{"En 2019 j'ai perdu mon emploi. Depuis mars je suis en CDD de deux ans dans une fromagerie, 51 ans", "salarie_prive"},
		{"en 2021, licenciement. depuis septembre j'ai un CDD chez un paysagiste", "salarie_prive"},
		{"En 2018, j'ai été licencié. Depuis cet automne je suis en CDD dans un garage", "salarie_prive"},
		// (the loss of work after the date stays the present)
		{"je suis au chômage depuis janvier je cherche dans la logistique", "demandeur_emploi"},
		{"licencié il y a trois semaines, je suis au chômage depuis", "demandeur_emploi"},
		// a trainee teacher is a fonctionnaire stagiaire
		{"je suis professeure stagiaire dans un lycée de Rouen, 24 ans", "agent_public"},
		{"Prof stagiaire, 23 ans, je doute de ma vocation", "agent_public"},
		{"instituteur stagiaire depuis septembre, je veux arrêter", "agent_public"},
		// a soldier's contract that is over: a job seeker
		{"contrat d'engagé volontaire fini depuis avril, 27 ans, je cherche", "demandeur_emploi"},
		{"Mon engagement d'engagé volontaire a pris fin en février, 25 ans", "demandeur_emploi"},
		// (one that ends within weeks, or runs, stays military, §1.5)
		{"mon contrat d'engagé volontaire se termine dans trois semaines, 31 ans", "agent_public"},
		{"engagé volontaire dans la marine nationale, 21 ans, je veux me reconvertir", "agent_public"},
		// a partner named without a possessive: the partner's job is not
		// the writer's
		{"Compagnon dans l'armée de l'air, moi vendeuse en CDI chez un opticien, 35 ans", "salarie_prive"},
		{"mari gendarme. moi je suis au chômage depuis mars", "demandeur_emploi"},
		{"Mari policier, moi, aucune idée de quoi faire", ""},
		// (the writer's own words are still read)
		{"Gendarme depuis 12 ans, mari au chômage, je veux changer", "agent_public"},
		// « AE », the short form of auto-entrepreneur
		{"AE en graphisme / 41a / 69", "auto_entrepreneur"},
		{"coiffeuse à domicile en ae depuis 2021, 36 ans", "auto_entrepreneur"},
		// (a teaching assistant, AED, is not one)
		{"AED dans un collège public, 27 ans", "agent_public"},
		// a story told by dated steps, then the present
		{"En 2018 : CDI dans une imprimerie. En 2023 : licenciement. Aujourd'hui : sans emploi. 50 ans", "demandeur_emploi"},
		{"2015-2022 : vendeuse en CDI. Depuis avril : chômage. 39 ans", "demandeur_emploi"},
		{"CDD 2022, intérim 2024, au chômage depuis mars, 30 ans", "demandeur_emploi"},
		{"2014-2021 : magasinier salarié. 2022 : création de ma boîte. 2024 : fermeture. Depuis : au chômage. 41 ans", "demandeur_emploi"},
		{"2019 : licenciement. Depuis février : vendeur en CDI dans une jardinerie. 45 ans", "salarie_prive"},
		// (steps with no present told are not settled: the bot asks)
		{"2019 : CDI dans une jardinerie. 2025 : licenciement. 45 ans", ""},
		// (a year that dates a state going on, or a birth, is not a step)
		{"en CDI depuis 2019 dans une banque, je cherche à évoluer", "salarie_prive"},
		{"En 2016, une PME m'a embauchée en CDI ; depuis, je gère la paie", "salarie_prive"},
		{"née en 1999, au chômage depuis mars", "demandeur_emploi"},
		// the contract taken up after the age told as an aside
		{"je suis en CDD dans une crèche associative, 29 ans, et il se termine dans deux semaines", "demandeur_emploi"},
		{"en contrat aidé dans une association, 51a, il s'arrête dans dix jours", "demandeur_emploi"},
		// (an end months ahead, or no end, is still in work)
		{"je suis en CDD dans une crèche associative, 29 ans, et il se termine en décembre", "salarie_prive"},
		{"je suis en CDI dans une crèche associative, 29 ans, et il me plaît", "salarie_prive"},
		// a public agent found unfit is reclassified, not dismissed
		{"agente territoriale à la cantine, déclarée inapte à mon poste par le médecin, 52 ans", "agent_public"},
		{"caporal-chef, j'ai été déclaré inapte, je veux préparer la suite", "agent_public"},
		// (a private employee so declared, or beside a relative's public job, is not)
		{"mon mari est gendarme, moi vendeuse en CDI, j'ai été déclarée inapte", ""},
		// a student on a gap year stays enrolled
		{"je suis en césure après ma L3, 21 ans, je voudrais partir en Australie", "etudiant"},
		{"elle est en semestre de césure, moi je suis infirmier libéral", "profession_liberale"},
		// (a past gap year is not the status of now)
		{"j'ai fait une année de césure en 2022, maintenant je suis au chômage", "demandeur_emploi"},
		// a micro-enterprise created
		{"en 2024 j'ai lancé ma micro-entreprise de couture, depuis c'est mon seul revenu", "auto_entrepreneur"},
		// (a company, or a micro-enterprise closed since, is not)
		{"j'ai monté ma boîte de couture en 2024", "independant"},
		{"j'avais créé mon auto-entreprise en 2019 mais je l'ai fermée, je suis au chômage", "demandeur_emploi"},
		// (a student who looks for an internship is not one)
		{"étudiant en master, je cherche un stage de fin d'études", "etudiant"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

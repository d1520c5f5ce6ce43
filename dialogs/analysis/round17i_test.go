package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17iStatus checks the status rules generalised in round 17i (a
// fact told in other words than the sentence its rule was written for) on
// sentences of their own, not taken from tuning62 (testNow is 15 June 2026).
// Each phenomenon has a case the rule must not catch.
func TestRound17iStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the registration told with other verbs and prepositions
		{"fin de saison au camping, je me suis inscrite chez FT, 31 ans", "demandeur_emploi"},
		{"elle s'est enregistrée auprès de France Travail en mars, 40 ans", "demandeur_emploi"},
		// no job, with the negative determiner
		{"serveur l'été, là plus aucun contrat, 29 ans", "demandeur_emploi"},
		{"maçon en CDI, plus aucun travail en hauteur possible depuis mon opération", "salarie_prive"},
		// the employer's euphemism for a dismissal; a partner's separation is none
		{"cariste pendant 10 ans, mon employeur s'est séparé de moi en avril", "demandeur_emploi"},
		{"mon mari s'est séparé de moi l'an dernier, je suis vendeuse en CDI", "salarie_prive"},
		// the resignation told with the noun
		{"j'ai donné ma démission à mon patron, je cherche dans la vente", "demandeur_emploi"},
		{"aide-soignante, j'ai quitté l'hôpital par démission l'an dernier", "demandeur_emploi"},
		{"démission l'an dernier, depuis je suis en CDI dans une banque", "salarie_prive"},
		// an adverb of now between the wish and its infinitive
		{"ancienne vendeuse au chômage, je voudrais maintenant travailler dans une banque", "demandeur_emploi"},
		{"je voudrais devenir comptable, maintenant je suis serveuse en CDI", "salarie_prive"},
		// the aside of a former title is former too
		{"ancien fonctionnaire territorial (agent de voirie), je cherche un emploi dans le privé", "demandeur_emploi"},
		{"ex-vendeur, aujourd'hui fonctionnaire territorial (agent de voirie)", "agent_public"},
		// a public contract that ends within weeks: a job seeker soon
		{"contractuelle à la mairie, mon contrat s'arrête le 3 juillet", "demandeur_emploi"},
		{"agent contractuel au département, mon contrat prend fin début juillet", "demandeur_emploi"},
		{"agent contractuel au département, mon contrat prend fin en décembre", "agent_public"},
		// (a dated end months ahead is asked, as before the round)
		{"agent contractuel au département, mon contrat prend fin le 3 décembre", ""},
		{"fonctionnaire titulaire à la mairie, mon contrat de location prend fin le 3 juillet", "agent_public"},
		// the contract not renewed in other verb forms
		{"vendeuse en CDD, mon contrat ne sera pas prolongé, je finis dans dix jours", "demandeur_emploi"},
		{"agent contractuel au rectorat, mon engagement ne sera pas renouvelé : il prend fin dans 10 jours", "demandeur_emploi"},
		{"secrétaire en CDD chez un notaire, on le renouvelle pas, fini vendredi", "demandeur_emploi"},
		{"vendeuse en CDI, mon contrat sera prolongé", "salarie_prive"},
		// the status announced
		{"caissière, je serai donc demandeuse d'emploi dans trois semaines", "demandeur_emploi"},
		// the apprenticeship told « par apprentissage »
		{"je prépare un BTS par apprentissage au service RH de la mairie, 20 ans", "salarie_prive"},
		{"je prépare un CAP par la voie de l'apprentissage dans une boulangerie", "salarie_prive"},
		{"je prépare un BTS en lycée, 18 ans", "etudiant"},
		// the post given up
		{"j'ai renoncé à mon poste de titulaire à l'hôpital par une démission, je cherche un emploi", "demandeur_emploi"},
		// a workplace denied as employer
		{"serveuse en CDI dans une boîte de restauration, on sert les repas de la mairie mais c'est pas la mairie qui me paie", "salarie_prive"},
		{"je nettoie les bureaux de la mairie, c'est la mairie qui me paie", "agent_public"},
		// a span without a job before the job of now
		{"après deux ans sans emploi, j'ai été embauché en CDI comme vendeur", "salarie_prive"},
		{"après une longue période de chômage, je suis serveuse en CDI", "salarie_prive"},
		{"sans emploi depuis deux ans, je cherche dans la vente", "demandeur_emploi"},
		// a job found whose start is ahead
		{"j'ai décroché un CDI de vendeur après un an sans travail, je commence lundi", "demandeur_emploi"},
		{"j'ai décroché un CDI de vendeur il y a un mois", "salarie_prive"},
		// a place there is none of is no employer
		{"j'ai arrêté la licence, j'ai plus de fac, là je suis serveur en CDD dans une brasserie", "salarie_prive"},
		{"je suis agent d'accueil en CDD à la fac", "agent_public"},
		// the salaried job denied; the search not begun
		{"je suis étudiante en master, je n'exerce aucune activité salariée", "etudiant"},
		{"en master à la fac, j'ai une activité salariée le week-end dans un magasin", "salarie_prive"},
		{"je viens d'avoir mon bac, je ne me suis pas encore mise à chercher un emploi, 18 ans", "etudiant"},
		{"bac pro en poche, je cherche un emploi dans la vente, 19 ans", "demandeur_emploi"},
		// what is sought under a heading
		{"Ancien livreur indépendant\nActivité cessée en mars\nRecherche : un poste salarié en entrepôt", "demandeur_emploi"},
		{"Situation : salarié en entrepôt\nRecherche : une formation de cariste", "salarie_prive"},
		// a business closed or struck off, told of a relative
		{"c'est pour papa, il était plombier à son compte, il a fermé sa boîte en mars, 58 ans", "demandeur_emploi"},
		{"mon père est plombier à son compte, il a ouvert sa boîte en mars", "artisan"},
		// « comme … » after a clause in the past of the same sentence
		{"Pendant douze ans, j'ai entretenu les espaces verts de la ville, comme fonctionnaire. Depuis 2024 je suis artisan paysagiste.", "artisan"},
		{"Je travaille à l'entretien des espaces verts de la ville, comme fonctionnaire.", "agent_public"},
		{"J'ai dirigé deux magasins avant de rejoindre le siège du groupe, comme cadre acheteur.", "salarie_prive"},
		// « Puis-je … ? » is no step of a story; « puis je suis … » is one
		{"Je reste demandeur d'emploi inscrit. Puis-je solliciter un conseil dès maintenant ?", "demandeur_emploi"},
		{"J'étais au chômage. Puis je suis devenu vendeur en CDI.", "salarie_prive"},
		// a message written on behalf of a relative
		{"Je vous écris à la place de mon mari. Il a été licencié en avril, 50 ans.", "demandeur_emploi"},
		// the formal CDI, and a status longed for
		{"Je suis employée administrative en contrat à durée indéterminée dans une société de transport.", "salarie_prive"},
		{"vendeuse en CDI dans une enseigne de sport, la fonction publique me manque", "salarie_prive"},
		{"je suis dans la fonction publique depuis dix ans", "agent_public"},
		// the post given up, the adverbial before the complement
		{"j'ai renoncé par démission à mon poste de titulaire, je cherche un emploi dans le privé", "demandeur_emploi"},
		// the contract ended « à échéance »; a pregnancy « à terme » is none
		{"mon contrat de vendeuse est arrivé à échéance, je cherche un emploi", "demandeur_emploi"},
		{"vendeuse en CDI, ma grossesse est arrivée à terme en mai", "salarie_prive"},
		// no work offered by the agency
		{"intérimaire en usine depuis un an, l'agence n'a rien pour moi après vendredi", "demandeur_emploi"},
		{"intérimaire en mission dans une usine, l'agence a toujours du travail pour moi", "salarie_prive"},
		// the micro-entrepreneur regime told as a regime
		{"j'exerce comme coiffeuse à domicile sous le régime de la micro-entreprise", "auto_entrepreneur"},
		{"photographe, je travaille sous le régime micro depuis 2022", "auto_entrepreneur"},
		{"vendeuse en CDI, le gérant de la micro-entreprise veut me licencier", "salarie_prive"},
		// the sector said of the home for the elderly; the nurse's acronym
		{"IDE en CDD à la maison de retraite publique de Lannion", "agent_public"},
		{"IDE en CDD à la maison de retraite privée de Lannion", "salarie_prive"},
		{"IDE en CDD à la maison de retraite de Lannion", ""},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound17iAge checks that an age alone in its clause (« 46a, … ») beats
// a number of years said before a job title, with cases the rule must not
// change.
func TestRound17iAge(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		{"12 ans vendeuse chez Zara, j'ai démissionné l'an dernier. 38a, je cherche dans la vente", 38},
		{"20 ans cariste chez le même patron, licencié en mars. 51 ans, Tours", 51},
		{"25 ans, agent de voirie à la mairie", 25},
		{"agent de voirie à la mairie depuis 20 ans, 52a", 52},
		{"j'ai 44 ans, vendeuse en CDI", 44},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.age {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, got, tc.age)
		}
	}
}

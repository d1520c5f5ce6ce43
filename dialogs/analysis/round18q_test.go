package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18qStatus checks the status rules of round 18Q on sentences of
// their own, not taken from tuning68 (testNow is 15 June 2026). Each
// phenomenon has a case the rule must not catch.
func TestRound18qStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the loss of work spelt by ear
		{"je vous ecri pour ma fille elle a perdu son travaille au super marché en avril, elle a 38 an", "demandeur_emploi"},
		{"j'ai trouvé du travaille comme vendeuse en CDI, 38 ans", "salarie_prive"},
		// « il travail plus depui », the verb spelt as the noun
		{"mon frère a 45 ans, il travail plus depui son opération du dos", "demandeur_emploi"},
		{"il travail plus vite que moi, je suis caissière en CDI", "salarie_prive"},
		// dismissal told by the participle and the contract left
		{"viré de mon taf la semaine dernière, 29 ans", "demandeur_emploi"},
		{"elle a été renvoyée de son alternance en mai, 28 ans", "demandeur_emploi"},
		{"j'ai viré de l'argent à mon fils, je suis vendeuse en CDI", "salarie_prive"},
		// a resignation for the end of the month
		{"cariste en CDI, je démissionne fin du mois, 35 ans", "demandeur_emploi"},
		{"cariste en CDI, je démissionne pas, 35 ans", "salarie_prive"},
		// a rupture conventionnelle agreed and dated
		{"comptable, rupture conventionnelle homologuée la semaine dernière, 45 ans", "demandeur_emploi"},
		{"comptable, je pense à une rupture conventionnelle, 45 ans", ""},
		// the workplace closed, told by the feminine participle
		{"ouvrière 20 ans, l'usine fermée depuis mars, je cherche", "demandeur_emploi"},
		{"caissier chez Casino, le magasin ferme en janvier, 40 ans", "salarie_prive"},
		// the abbreviations of a form for a civil servant
		{"fonct territ, cat B, 51 ans", "agent_public"},
		// the private sector said in a list
		{"CDD privé jusqu'en 2027, 36 ans, projet compta", "salarie_prive"},
		{"salariée du privé, 44 ans, projet VAE", "salarie_prive"},
		// the owner who runs a shop; the staff who keeps the till does not
		{"mon mari tient un petit bar-tabac à Lens depuis 2015, il a 50 ans", "independant"},
		{"je tiens la caisse le samedi, vendeuse en CDI, 24 ans", "salarie_prive"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Status != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound18qWish checks the job sought told without articles or spelt by
// ear (round 18Q), on sentences of its own; each with a case not caught.
func TestRound18qWish(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a learner drops the article; the SMS « j » glued to the verb
		{"moi 39 ans, cherche emploi magasinier, habite Reims", "demandeur_emploi"},
		{"jcherche un taf dans la logistique, 27 ans", "demandeur_emploi"},
		{"je cherche n'importe quoi comme boulot, 45 ans", "demandeur_emploi"},
		{"je cherche formation de soudeur, vendeur en CDI, 45 ans", "salarie_prive"},
		// no work since a date
		{"aucun emploi depuis mon licence, 31 ans", "demandeur_emploi"},
		{"aucun arrêt maladie depuis 2020, vendeur en CDI, 31 ans", "salarie_prive"},
		// the infinitive spelt as the participle, after a wish only
		{"je voudrai retravaillé dans la vente, j'ai 52 an", "demandeur_emploi"},
		{"elle voudrait trouvé un travaille pres de chez elle, elle a 47 an, c'est pour ma fille", "demandeur_emploi"},
		{"j'ai trouvé un travail de vendeuse en CDI, 47 ans", "salarie_prive"},
		// a business owned and named by its trade
		{"j'ai ma société de transport depuis 2010, 55 ans", "independant"},
		{"j'ai mon entreprise qui me paie mal, ouvrier en CDI", "salarie_prive"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Status != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18cStatus checks the status rules of round 18C on sentences of
// their own, not taken from tuning64 (testNow is 15 June 2026). Each
// phenomenon has a case the rule must not catch.
func TestRound18cStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the CDD written out, its end within weeks
		{"magasinier, mon contrat à durée déterminée se termine le 4 juillet, 38 ans", "demandeur_emploi"},
		{"Mon contrat à durée déterminée prend fin dans trois semaines. J'ai 41 ans.", "demandeur_emploi"},
		{"vendeur en contrat à durée déterminée chez un fleuriste, 30 ans", "salarie_prive"},
		{"mon contrat à durée déterminée court jusqu'en 2028, 40 ans", "salarie_prive"},
		// the end told by a relative pronoun or « ça » in the next clause
		{"CDD de vendeuse dans une jardinerie, qui s'achève dans dix jours, 36 ans", "demandeur_emploi"},
		{"contrat à durée déterminée à la commune de Rodez, qui prend fin dans trois semaines, 44 ans", "demandeur_emploi"},
		{"chui en cdd ds un garage, ça s'arrête vendredi, 29a", "demandeur_emploi"},
		{"chui en cdd ds un garage, ca finit ds 10 jours, 29a", "demandeur_emploi"},
		{"en CDD dans une crèche, qui ferme ses portes en août, 40 ans", "salarie_prive"},
		{"en CDD dans une boulangerie, ça se passe bien, 33 ans", "salarie_prive"},
		// the SMS end verb further from the contract
		{"mon cdd de 6 mois sarrete ds 2 semaines, 35a", "demandeur_emploi"},
		// the announced status with an adverb of sequence
		{"agent d'accueil en CDD jusqu'au 30 juin, je serai ensuite au chômage, 45 ans", "demandeur_emploi"},
		{"vendeuse en CDI, je serai ensuite au rayon frais, 30 ans", "salarie_prive"},
		// the temp worker whom no mission is offered
		{"intérimaire dans le BTP, aucune proposition de mission depuis six semaines, 39 ans", "demandeur_emploi"},
		{"en intérim, l'agence ne m'a fait aucune offre de mission depuis mars, 50 ans", "demandeur_emploi"},
		{"intérimaire, l'agence m'a fait une proposition de mission longue, 34 ans", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18cCadre checks the cadre denied through « être » (« sans être
// cadre », « ne pas être cadre »); the status said alone stays true.
func TestRound18cCadre(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"j'encadre une équipe de livreurs en CDI, sans être cadre, 45 ans", false},
		{"chef d'atelier en CDI, j'ai la chance de ne pas être cadre, 50 ans", false},
		{"responsable logistique en CDI, cadre depuis 2019, 45 ans", true},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Cadre
		if got == nil || *got != tc.want {
			t.Errorf("%q: cadre %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRound18cLeaving checks a departure within weeks after a rupture
// conventionnelle told in other words (« rupture conv », « mon départ est
// fixé à … », « d'ici deux semaines »); a proposal alone, or a departure
// on leave, is no end of contract.
func TestRound18cLeaving(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"chef de rayon chez Auchan, rupture conv acceptée, jpars ds 10 jours, 47a", "demandeur_emploi"},
		{"magasinière, ma rupture conventionnelle est signée, mon départ est fixé dans trois semaines, 52 ans", "demandeur_emploi"},
		{"comptable chez un notaire, rupture conventionnelle signée, je quitte l'étude d'ici quinze jours, 44 ans", "demandeur_emploi"},
		{"vendeuse en CDI, on me propose une rupture conv, j'hésite, 40 ans", "salarie_prive"},
		// the agreement signed, told by a relative clause
		{"technicien de maintenance jusqu'à la rupture conventionnelle que j'ai signée en mars, 52 ans", "demandeur_emploi"},
		{"comptable en CDI, mon collègue parle de la rupture conventionnelle qu'il a signée, 40 ans", "salarie_prive"},
		{"comptable en CDI, mon départ en congé maternité est prévu dans deux semaines, 33 ans", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18cSportSchool checks a school of a sport read as a private
// employer, while « école » alone and a municipal one stay public.
func TestRound18cSportSchool(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"je bosse pour une école de parapente comme moniteur, 31 ans", "salarie_prive"},
		{"embauchée par l'école de voile de Quiberon pour l'été, 28 ans", "salarie_prive"},
		{"moniteur à l'école municipale de voile, 30 ans", "agent_public"},
		{"je travaille à l'école maternelle de ma commune, 30 ans", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18cContractor checks a public place served by the private
// company that employs the writer: the company decides; without a company
// named as employer, the public place still does.
func TestRound18cContractor(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"je fais le ménage d'un hôpital public pour le compte d'une entreprise de nettoyage qui me paie, 45 ans", "salarie_prive"},
		{"chef de cuisine salarié d'un grand prestataire, je gère le self d'un collège public, 38 ans", "salarie_prive"},
		{"cuisinier dans un hôpital public, 40 ans", "agent_public"},
		{"aide-cuisinière dans un collège public, je fais en plus des heures pour une entreprise de ménage, 41 ans", "agent_public"},
		{"agent d'accueil dans un établissement public, je veux partir dans une entreprise privée, 40 ans", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
	// « un presta » is a contractor, « une presta » a gig
	if got := analysis.AnalyseRules("gardien chez un presta, je surveille un lycée public, 45 ans", testNow).Status; got == "agent_public" {
		t.Errorf("contractor in SMS: status %q", got)
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18fStatus checks the rules of round 18F (a job seeker read as an
// employee: an end of contract within weeks told in a relative clause or
// after « ça », a departure fixed after a rupture conventionnelle, no
// mission offered to an intérimaire) on sentences of their own, not taken
// from the tuning sets (testNow is 15 June 2026). Each phenomenon has cases
// the rule must not catch.
func TestRound18fStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the end within weeks, in every tense and wording
		{"magasinier en CDD dans une jardinerie, qui prend fin dans trois semaines", "demandeur_emploi"},
		{"contrat à durée déterminée chez un grossiste, qui expirera dans 10 jours, 40 ans", "demandeur_emploi"},
		{"en cdd chez un paysagiste, ca se termine ds 3 semaines, 31a", "demandeur_emploi"},
		{"en cdd chez un paysagiste, ça finit dans quinze jours", "demandeur_emploi"},
		{"vendeur en CDD, mon contrat il finira dans deux semaines, 38 ans", "demandeur_emploi"},
		{"employée de cantine à la commune, en contrat, ça s'arrête le 3 juillet", "demandeur_emploi"},
		{"je suis en CDD chez un traiteur jusqu'à fin juin, 35 ans", "demandeur_emploi"},
		{"caissier dans une supérette, mon CDD expire dans 15 jours", "demandeur_emploi"},
		{"caissier dans une supérette en CDD, il s'arrêtera dans trois semaines", "demandeur_emploi"},
		{"caissier dans une supérette, peut-être que mon contrat finit dans 2 semaines", "salarie_prive"},
		// a relative's facts are the relative's (cep-domain.md §4): her CDD
		// that ends within weeks makes her a job seeker to be, as round
		// 18C's « qui » taking the contract up reads it
		{"ma fille est en CDD dans une supérette, qui se termine dans deux semaines", "demandeur_emploi"},
		{"agente d'accueil à la communauté de communes, en contrat, qui s'arrête dans 15 jours, sans suite", "demandeur_emploi"},
		{"aide-soignante en CDD au centre hospitalier, qui expire dans trois semaines, je serai au chômage", "demandeur_emploi"},
		// (a public contract said to end alone stays row 1, rounds 8 and 15A)
		{"agente d'accueil à la communauté de communes, en contrat, qui s'arrête dans 15 jours", "agent_public"},
		{"adjoint administratif contractuel à la préfecture, mon contrat i prend fin dans 3 semaines", "demandeur_emploi"},
		// (an end months ahead stays in work)
		{"en cdd chez un paysagiste, ça finit dans six mois, 31a", "salarie_prive"},
		{"magasinier en CDD dans une jardinerie, qui prend fin en décembre", "salarie_prive"},
		{"réceptionniste dans un camping, mon contrat court jusqu'à la fin du mois de novembre", "salarie_prive"},
		// (a hedge, a negation, a relative's contract, a lease: not caught)
		{"en cdd chez un paysagiste, je pense que ça finit dans deux semaines mais peut-être pas", "salarie_prive"},
		{"en cdd chez un paysagiste, ça ne se termine pas dans deux semaines", "salarie_prive"},
		{"en cdd chez un paysagiste, je ne sais pas quand ça finit", "salarie_prive"},
		{"fonctionnaire titulaire à la mairie, en contrat de location qui se termine dans trois semaines", "agent_public"},
		{"je suis comptable en CDI, mon contrat de location se termine dans deux semaines", "salarie_prive"},
		// (an intérimaire on mission until a date stays employed)
		{"intérimaire chez un logisticien, mission jusqu'à fin juin", "salarie_prive"},
		// (the military keep Défense mobilité, cep-domain.md §1.5)
		{"matelot dans la marine nationale, mon engagement, qui se termine dans trois semaines", "agent_public"},
		// a departure fixed after a break
		{"chef de rayon, rupture conv signée, je pars dans trois semaines, 45 ans", "demandeur_emploi"},
		{"comptable dans une PME, nous avons signé une rupture conventionnelle et mon départ est prévu à trois semaines d'ici", "demandeur_emploi"},
		// (a departure months ahead, or with no break, is no end)
		{"comptable en CDI dans une PME, mon départ en vacances est à deux semaines d'ici", "salarie_prive"},
		// no mission offered to an intérimaire
		{"intérimaire dans le BTP, pas de proposition de mission depuis trois semaines", "demandeur_emploi"},
		{"je fais des missions d'intérim en usine mais on ne m'en propose plus depuis avril", "demandeur_emploi"},
		// (a training not offered is no mission)
		{"je suis cariste en intérim, j'ai demandé une formation et on ne m'en a proposé aucune", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

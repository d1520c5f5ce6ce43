package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18pStatus checks the status words of round 18P (public
// servants' positions and grades, the self-employed's regimes, creole and
// fragments of a job search), on sentences of its own, with sentences the
// rules must not catch.
func TestRound18pStatus(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"fonctionnaire territorial en détachement à l'office HLM, on me propose de passer en CDI là-bas. 45 ans", "agent_public"},
		{"je suis sur un emploi fonctionnel de directeur général adjoint, 52 ans", "agent_public"},
		{"attaché principal d'administration, 47 ans, je veux changer de ministère", "agent_public"},
		{"attachée commerciale chez un grossiste, 33 ans", "salarie_prive"}, // not a grade
		{"je cotise à la CNRACL depuis 15 ans, aide-soignante, 44 ans", "agent_public"},
		{"ma micro-entreprise de couture ne décolle pas, mon statut de micro me suffit plus, 37 ans", "auto_entrepreneur"},
		{"je suis artisant macon depuis 10 ans, 50 ans", "artisan"},
		{"électricien, a mon conte depuis 2018, 39 ans", "artisan"}, // a trade on one's own
		{"Bac+5 finance. Recherche emploi. 27 ans. Nantes.", "demandeur_emploi"},
		{"licenciée en mars, je recherche activement un travail dans la logistique, 36 ans", "demandeur_emploi"},
		{"mi rode in travay dans la mécanique, 31 ans, Saint-Pierre", "demandeur_emploi"},
		{"serveuse en CDD saisonnier dans un camping, 29 ans", "salarie_prive"},
		// portage salarial: the ported worker is the portage company's
		// employee; a plan social under way leaves the job held — but not
		// against a dismissal already told (asked), nor a past portage
		{"je suis en portage salarial depuis 2 ans comme consultant", "salarie_prive"},
		{"j'étais en portage salarial, fini depuis janvier, je cherche un emploi", "demandeur_emploi"},
		{"plan social en cours dans mon usine, je suis opérateur", "salarie_prive"},
		{"plan social en cours, j'ai été licencié le mois dernier, 50 ans", ""},
		// an offer is no status, nor a status asked about
		{"auto-entrepreneur en plomberie, est-ce que je peux redevenir salarié ? 42 ans", "auto_entrepreneur"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18pPrison checks that a writer out of prison, told with the
// article or in creole, is no agent of the prison (round 18P).
func TestRound18pPrison(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"je suis sorti de la prison de Nantes en mai et je cherche un travail, 33 ans", "demandeur_emploi"},
		{"mi sorte la prison, mi rode in job, 28 ans", "demandeur_emploi"},
		// staff keep their workplace
		{"je suis surveillant à la prison de Nantes, 33 ans", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18pHandicap checks the recognition denied with a verb of
// holding and the swapped letters of the acronym (round 18P).
func TestRound18pHandicap(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want *bool
	}{
		{"vendeuse en CDI, 48 ans, je signale ne pas disposer de la RQTH malgré mon mal de dos", boolp(false)},
		{"magasinier, 40 ans, je tiens à préciser ne pas bénéficier de la reconnaissance de travailleur handicapé", boolp(false)},
		{"j'ai la RQHT depuis 2021 et je cherche un poste de bureau, 38 ans", boolp(true)},
		// the recognition held: no denial
		{"je bénéficie d'une reconnaissance de travailleur handicapé, 45 ans", boolp(true)},
	} {
		got := analysis.AnalyseRules(tc.in, testNow).Handicap
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("Analyse(%q).Handicap = %v, want %v", tc.in, got, *tc.want)
		}
	}
}

func boolp(b bool) *bool { return &b }

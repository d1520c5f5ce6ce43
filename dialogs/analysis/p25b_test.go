package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Persona round p25b: « un de mes vendeurs », « l'un de nos collaborateurs »
// (round 18R's staff nouns) name one of the writer's employees; the
// statistical veto no longer asks the status the rules read. Near-misses
// keep theirs: a public employer's agent, a former employee, a colleague,
// a general question about staff in the plural (round 21K).
func TestP25bStaffMemberSpared(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"un de mes vendeurs voudrait se reconvertir, il a 30 ans", "salarie_prive"},
		{"l'un de mes vendeurs voudrait se reconvertir, il a 30 ans", "salarie_prive"},
		{"l'un de nos collaborateurs souhaite faire un bilan de compétences, il a 48 ans", "salarie_prive"},
		{"un de mes collaborateurs voudrait se reconvertir", "salarie_prive"},
		{"une de nos collaboratrices veut faire une VAE", "salarie_prive"},
		// near-misses that must not change
		{"un de nos vendeurs voudrait se reconvertir, il a 30 ans", "salarie_prive"},
		{"une de mes collègues m'a parlé du CEP, je voudrais me reconvertir", ""},
		{"un de mes agents, adjoint technique à la mairie, veut se reconvertir", "agent_public"},
		{"je suis au chômage, un de mes anciens employeurs m'a parlé du CEP", "demandeur_emploi"},
		{"DRH d'une PME, puis-je orienter mes salariés vers vous ?", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

// Persona round p25b: leaving the army ahead is a reconversion project;
// a stated project wins, and a past or negated departure is not read.
func TestP25bLeavingTheArmy(t *testing.T) {
	for _, c := range []struct{ text, project string }{
		// what changes
		{"je quitte l'armée dans 6 mois", "reconversion"},
		{"militaire du rang, je quitte l armée en juin, 27 ans, Angoulême", "reconversion"},
		{"mon mari est sous-officier de marine et il quitte l'armée l'an prochain", "reconversion"},
		{"Je veux quitter la gendarmerie, 34 ans", "reconversion"},
		{"44a, officier ds l'armee de terre, jquitte l'armee ds 1 an, besancon", "reconversion"},
		// near-misses that must not change
		{"je quitte l'armée dans deux ans et je veux créer une entreprise de sécurité", "creation_activite"},
		{"je ne veux pas quitter l'armée, je voudrais juste des infos sur le CPF", "information"},
		{"je ne veux pas quitter l'armée, 35 ans, Toulon", ""},
		{"j'ai quitté l'armée il y a 4 mois, 27 ans", ""},
		{"je viens de quitter l'armée, je cherche un emploi dans la sécurité", "reprise_activite"},
		{"je suis militaire, 35 ans, Toulon", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Project != c.project {
			t.Errorf("%q: project %q; want %q", c.text, f.Project, c.project)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21Z: a status only planned (« bientôt auto-entrepreneuse », « je
// vais être auto-entrepreneur », « je prévois de demander une rupture
// conventionnelle ») is not the writer's present one (lexicon_round21z.go
// says why). Near-misses keep their status: a job seeker soon (« bientôt
// au chômage », « je vais être licencié le mois prochain »), a present fact
// told beside the plan, a rupture conventionnelle signed or under way.
func TestRound21ZPlanned(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Bientôt auto-entrepreneur dans le jardinage, quelles aides pour me former ? 41 ans, Angers.", ""},
		{"bientot auto entrepreneuse en esthetique, je voudrais un accompagnement, 33 ans, Nantes", ""},
		{"Bientôt à mon compte, je cherche de l'aide pour monter mon dossier, 50 ans, Quimper.", ""},
		{"Prochainement auto-entrepreneur en rénovation, 43 ans, Bourges.", ""},
		{"Bientôt fonctionnaire (je viens de réussir le concours d'attaché), je voudrais un bilan de compétences, 35 ans, Lille.", ""},
		{"Je vais être auto-entrepreneur à partir de septembre, je voudrais me former en comptabilité. 36 ans, Tours.", ""},
		{"Je prévois de demander une rupture conventionnelle en septembre, je voudrais me faire accompagner avant. 44 ans, Tours.", ""},
		{"J'envisage de demander une rupture conventionnelle, 41 ans, Perpignan.", ""},
		// near-misses that must not change
		{"bientot au chomage, 44 ans, Calais, je voudrais me former", "demandeur_emploi"},
		{"Je vais être licencié le mois prochain, mon entreprise ferme. 51 ans, Roubaix.", "demandeur_emploi"},
		{"Je prévois de demander une rupture conventionnelle, je suis aide-soignante en CDI dans une clinique privée. 47 ans, Pau.", "salarie_prive"},
		{"je vais passer auto entrepreneur en janvier, pour l'instant je suis salarié dans une boulangerie, 36 ans, Caen", "salarie_prive"},
		{"Ma rupture conventionnelle est signée, je pars fin juin, 45 ans, Lyon.", "demandeur_emploi"},
		{"Ça fait bientôt dix ans que je suis auto-entrepreneur en plomberie, 48 ans, Toulon.", "auto_entrepreneur"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

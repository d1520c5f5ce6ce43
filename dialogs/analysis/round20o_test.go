package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 20O: the job seeker said in words the lexicons missed (benefits by
// their full names, « privée d'emploi », « fin de droit », « on vient de me
// licencier », a firm « liquidée », « remercié par mon employeur », a
// contract « fini depuis », Creole « pa ka travay dépi », « je ne travaille
// pas actuellement et je cherche »), and the near-misses that must stay as
// they were: a question about a benefit, a pension « liquidée », thanks, a
// firm just « mise en liquidation », « je ne travaille pas » alone or with
// « je cherche à », a student, a job found again.
func TestRound20OJobSeeker(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je perçois l'allocation de retour à l'emploi, 48 ans, Quimper.", "demandeur_emploi"},
		{"je touche l'allocation chômage depuis mars, 51 ans, Reims", "demandeur_emploi"},
		{"Je bénéficie de l'allocation de solidarité spécifique, 58 ans, Lens.", "demandeur_emploi"},
		{"Madame, Monsieur, privée d'emploi depuis le mois de janvier, je me permets de vous solliciter. 47 ans, Auxerre.", "demandeur_emploi"},
		{"je suis en fin de droit le mois prochain, 56 ans, Montluçon", "demandeur_emploi"},
		{"On vient de me licencier, 47 ans, Lorient.", "demandeur_emploi"},
		{"Ma société a été liquidée l'an dernier, 50 ans, Sète.", "demandeur_emploi"},
		{"J'ai été remercié par mon employeur le mois dernier, 49 ans, Mâcon.", "demandeur_emploi"},
		{"j'avais un cdd chez leclerc fini depuis 2 semaines 33a brive", "demandeur_emploi"},
		{"an pa ka travay dépi 2 lanné, 44 ans, Le Lamentin", "demandeur_emploi"},
		{"je ne travaille pas actuellement et je cherche, 45 ans, Rodez", "demandeur_emploi"},
		// near-misses that must not change
		{"Comment est calculée l'allocation de retour à l'emploi ? 45 ans, Tours", ""},
		{"Ma retraite a été liquidée l'an dernier, 63 ans, Agen", ""},
		{"J'ai été remerciée par ma direction pour mon travail, je suis vendeuse en CDI, 40 ans, Lyon", "salarie_prive"},
		{"Je ne travaille pas actuellement et je cherche à savoir quoi faire, 45 ans, Rodez", ""},
		{"je ne travaille pas, 45 ans, Rodez", ""},
		{"Je suis étudiant en L3, je ne travaille pas et je cherche un master, 21 ans", "etudiant"},
		{"J'ai été licencié en 2009, depuis je suis en CDI chez Lidl, 45 ans, Lille", "salarie_prive"},
		{"Je suis en CDI et je cherche un autre travail, 42 ans, Metz.", "salarie_prive"},
		{"an pa ka travay, 44 ans, Le Lamentin", ""},
	} {
		if got := analysis.Analyse(c.text, testNow).Status; got != c.status {
			t.Errorf("%q: status %q, want %q", c.text, got, c.status)
		}
	}
}

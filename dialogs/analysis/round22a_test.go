package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22A: a teacher of a private school under contract who names its
// denomination (« école privée catholique sous contrat ») is an agent
// public of the State (code de l'éducation L914-1), and the staff of a
// chambre d'agriculture or de métiers are public-law agents whose status
// the statistical veto no longer asks (lexicon_round22a.go says why).
// Near-misses keep their status: the OGEC's surveillants and secretaries
// (private law), the artisan « inscrit à la chambre de métiers », a
// farmer who works « avec » the chambre d'agriculture, the CCI (asked).
func TestRound22AContractsInPublicBodies(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Enseignante en école privée catholique sous contrat, 33 ans, Vannes.", "agent_public"},
		{"Je suis professeur dans un collège privé confessionnel sous contrat, 45 ans, Rennes.", "agent_public"},
		{"Je travaille à la chambre d'agriculture, 37 ans, Rennes.", "agent_public"},
		{"Je suis conseillère à la chambre d'agriculture du Gers, 37 ans.", "agent_public"},
		{"Je suis chargée de mission à la chambre de métiers, 37 ans, Rennes.", "agent_public"},
		// near-misses that must not change
		{"Enseignante en école privée sous contrat, 33 ans, Vannes.", "agent_public"},
		{"Je suis surveillante dans un lycée privé catholique sous contrat, 34 ans, Nantes.", "salarie_prive"},
		{"Je suis secrétaire dans un collège privé catholique sous contrat, 50 ans, Laval.", "salarie_prive"},
		{"Je suis aide-soignante dans une clinique catholique, 40 ans.", "salarie_prive"},
		{"Je suis inscrit à la chambre de métiers comme plombier à mon compte, 45 ans, Beauvais.", "artisan"},
		{"Je suis agricultrice, je travaille avec la chambre d'agriculture, 45 ans.", "independant"},
		{"Je suis en formation à la chambre de métiers pour créer mon entreprise, au chômage, 38 ans.", "demandeur_emploi"},
		{"Je suis conseiller à la CCI, 45 ans.", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22Z: local public bodies and the companies around them
// (lexicon_round22z.go says why): syndicats de communes and syndicats
// mixtes are territorial employers, SEMOP and SA HLM private ones, a GIP's
// « salarié » is asked, « résidence étudiante » and « intérêt / utilité
// publique » name no status. Near-misses keep theirs: a trade union, a
// syndicat professionnel, a SEM or SPL of round 13B, the office public de
// l'habitat, a student living in a résidence étudiante who says so.
func TestRound22ZLocalBodies(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Je suis agent technique dans un syndicat mixte de traitement des déchets, je veux me reconvertir.", "agent_public"},
		{"Je travaille au SIVOM de la vallée comme agent d'entretien des espaces verts depuis 6 ans.", "agent_public"},
		{"Je bosse au SIVU de la vallée comme animateur depuis 4 ans, 38 ans, Gap.", "agent_public"},
		{"Je travaille pour une SEMOP qui gère l'eau potable, technicien, je souhaite évoluer.", "salarie_prive"},
		{"Je suis gardienne d'immeuble dans une SA HLM, je veux changer de métier.", "salarie_prive"},
		{"Je suis salarié d'un groupement d'intérêt public, je voudrais me reconvertir.", ""},
		{"Je suis salariée d'un GIP depuis trois ans, 44 ans, Rennes.", ""},
		{"Je travaille dans un groupement d'intérêt public, je voudrais me reconvertir.", ""},
		{"agente de service au crous dans une résidence étudiante, je veux passer un concours", "agent_public"},
		// near-misses that must not change
		{"Je suis délégué syndical CGT dans une entreprise de transport, je veux me reconvertir dans le juridique.", "salarie_prive"},
		{"Je suis adjointe administrative au SIVU scolaire de trois communes, je souhaite passer un concours.", "agent_public"},
		{"Je suis salarié d'une société d'économie mixte de transport urbain, conducteur de bus depuis 10 ans.", "salarie_prive"},
		{"Je suis salarié de droit privé d'un GIP, je voudrais me reconvertir.", "salarie_prive"},
		{"Je suis contractuelle de droit public dans un GIP emploi-formation, chargée de projet.", "agent_public"},
		{"Je suis étudiante en licence, je loge en résidence étudiante, je veux changer de filière.", "etudiant"},
		{"Je travaille dans le secteur public depuis 15 ans, 47 ans, Lyon.", "agent_public"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

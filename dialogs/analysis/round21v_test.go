package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21V: the contract of a former public job told as an aside between
// commas (« …, contractuel, pendant cinq ans ») is that job's, in the past:
// the job of now decides (lexicon_round21v.go says why). Near-misses keep
// their status: the aside after a job of now, an aside with a marker of now
// (« contractuelle depuis 2021 »), a job told as a hire that may still be
// held, and « titulaire », the person's status kept from post to post.
func TestRound21VPastContractAside(t *testing.T) {
	for _, c := range []struct {
		text, status string
	}{
		// what changes
		{"Je suis à mon compte comme graphiste depuis 2017. Auparavant j'ai été chargée de communication à la mairie de Villeurbanne, contractuelle, pendant trois ans. J'ai 40 ans.", "independant"},
		{"Je suis en CDI comme agent de restauration dans une cuisine centrale privée à Tours. Encore avant, j'avais été agent technique dans un lycée, contractuel de la région. J'ai 44 ans.", "salarie_prive"},
		{"Je suis vendeur en CDI chez Boulanger à Metz. Avant, j'étais surveillant dans un collège, vacataire, pendant deux ans. J'ai 33 ans.", "salarie_prive"},
		// near-misses that must not change
		{"Je suis agent d'entretien à la mairie de Tours, contractuel, depuis 2022. J'ai 44 ans.", "agent_public"},
		{"J'ai été vendeuse dix ans. Je travaille à la mairie de Tours, contractuelle depuis 2021. J'ai 44 ans.", "agent_public"},
		{"J'ai été boulanger à mon compte pendant quinze ans. En 2022, j'ai été embauché comme agent technique au lycée agricole de Saint-Lô, contractuel de la région. J'ai 48 ans.", "agent_public"},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q, doubts %b; want %q", c.text, f.Status, f.Doubts, c.status)
		}
	}
}

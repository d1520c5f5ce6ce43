package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21Q: short SMS-style messages in clipped spellings not read before
// (lexicon_round21q.go says why): the phone's « pu » for « plus »,
// « jveu » and the other wish verbs glued to « je », « fonction pub »,
// « stagiaire fonction publique ». Near-misses keep their reading:
// pouvoir's participle after avoir (« j'ai pu trouver un CDI »), « la
// pub » (advertising) alone, a public service left, a wish beside a job
// held, the plain forms of earlier rounds.
func TestRound21QSms(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
	}{
		// what changes
		{"interim pu de mission", "demandeur_emploi", false},
		{"jsuis pu au chomage", "", false}, // no longer a job seeker, as « jsuis plus au chomage »
		{"jsuis pu fonctionnaire", "", false},
		{"jveu etre fonctionnaire", "", false},
		{"jvx etre fonctionnaire", "", false},
		{"jsuis ds la fonction pub", "agent_public", false},
		{"fonction pub hospit 40a", "agent_public", false},
		{"titulaire fonction pub territoriale", "agent_public", false},
		{"stagiaire fonction publique", "agent_public", false},
		// near-misses that must not change
		{"jai pu de taf depuis mars", "demandeur_emploi", false},
		{"jai pu garder mon cdi", "salarie_prive", false}, // pouvoir's participle
		{"jai pu avoir la rqth", "", false},
		{"interim plus de mission", "demandeur_emploi", false},
		{"jsuis au chomage", "demandeur_emploi", false},
		{"fonctionnaire cat C", "agent_public", false},
		{"g quitte la fonction pub", "", false},
		{"jbosse ds la pub en cdi", "salarie_prive", false},
		{"jveux devenir fonctionnaire, je suis en cdi dans le privé", "salarie_prive", false},
		{"stagiaire de la formation pro", "demandeur_emploi", false},
		{"jetais fonctionnaire", "", false},
		{"jaimerais etre fonctionnaire", "", false},
		{"jvoudrai etre fonctionnaire territoriale", "", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked {
			t.Errorf("%q: status %q, doubts %b; want %q, asked %v", c.text, f.Status, f.Doubts, c.status, c.asked)
		}
	}
}

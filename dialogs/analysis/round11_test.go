package analysis_test

import (
	"path/filepath"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound11Rules checks the rules of round 11 (lexicon_round11.go) on
// sentences of their own, not taken from tuning44.
func TestRound11Rules(t *testing.T) {
	for _, tc := range []struct {
		in, status string
	}{
		// a two-word title after « ancienne »: its workplace is former too
		{"ancienne aide-soignante à l'hôpital, je suis au chômage depuis mai", "demandeur_emploi"},
		{"ex agent d'entretien à la mairie, aujourd'hui je cherche du travail", "demandeur_emploi"},
		{"ancien éducateur spécialisé au conseil départemental, maintenant je suis à mon compte", "independant"},
		// the workplace of the job of now is still weighed
		{"aide-soignante à l'hôpital, 44 ans", "agent_public"},
		// a resignation told in the past for a practice of one's own
		{"j'ai démissionné de l'hôpital l'an dernier pour m'installer en libéral", "profession_liberale"},
		{"je suis partie de la clinique en 2021 pour m'installer en libéral comme kiné", "profession_liberale"},
		// the same words after a wish are no fact
		{"je voudrais démissionner pour m'installer en libéral", ""},
		// a student's job in a school, told with « je travaille comme »
		{"étudiante en licence, je travaille comme surveillante dans un lycée", "agent_public"},
		{"je suis étudiant et je travaille comme surveillant au collège le soir", "agent_public"},
		// a clipped title is the title: a cook at the collège, no pupil
		{"jsuis cuisto au college depuis 5 ans", "agent_public"},
		{"cuistot dans un resto en cdi", "salarie_prive"},
		// a job left for another job is no search (the new one is asked)
		{"j'ai quitté mon CDI pour un poste à la mairie", ""},
		{"j'ai démissionné de la clinique pour un emploi au CHU", ""},
		// a job left for training or for nothing is still a search
		{"j'ai démissionné pour une formation", "demandeur_emploi"},
		{"j'ai quitté mon poste et je cherche un emploi", "demandeur_emploi"},
		// a story typed on a phone keeps its past and its present
		{"jtais au chomage, now jsuis agent d accueil a la mairie", "agent_public"},
		{"avt jtais fonctionnaire, mtn jsuis a mon compte", "independant"},
		{"jetais en interim, now jsuis au chomage", "demandeur_emploi"},
		// « agent administratif »: the employer decides, or the dialogue asks
		{"je suis agent administratif, 47 ans", ""},
		{"agente administrative dans une entreprise de transport", "salarie_prive"},
		{"agent administratif à la mairie depuis 10 ans", "agent_public"},
		// the student's own school is no job
		{"étudiant en BTS au lycée Jean Moulin, je cherche une alternance", "etudiant"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestTuning44 is the tuning set of round 11 (128 messages: several people
// with the writer among them, past and present jobs in one story, jobs of
// both sectors with the employer given, implied or not, a third in SMS).
func TestTuning44(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning44.jsonl")), map[string]float64{"status.wrong": 1, "operator.wrong": 1})
}

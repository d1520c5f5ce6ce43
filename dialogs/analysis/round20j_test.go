package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 20J: a student who also holds a private job (« étudiante, je
// travaille chez Decathlon le week-end ») is in two situations at once.
// The labelled sets disagree on which one is the status (the older ones
// mostly the job's, every set written on 30 November the student's), the
// operator does not depend on it before 26 (rows 3–4), and after 26 it
// does (row 8 or outside the CEP): the status is asked. A student with a
// public job (AED, contrat étudiant at the university) stays a public
// agent (row 1 comes first, and the sets agree); a student without a job,
// or whose job is only wished, stays a student.
func TestRound20JStudentWithPrivateJob(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
	}{
		{"Je suis étudiante en L2 de droit à Lille et je travaille chez Decathlon le week-end, 20 ans", "", true},
		{"étudiant en BTS, je bosse chez McDo 15h par semaine, 19 ans, Reims", "", true},
		{"Je suis étudiant en licence d'histoire et je travaille comme assistant d'éducation dans un collège, 22 ans", "agent_public", false},
		{"Je suis étudiante en master à Rennes, 23 ans, je voudrais trouver un job à côté", "etudiant", false},
		{"je suis étudiant en L3 à Nantes, 21 ans, je ne sais pas quoi faire après", "etudiant", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked {
			t.Errorf("%q: status %q, doubts %b; want %q, asked %v", c.text, f.Status, f.Doubts, c.status, c.asked)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 20R: pupils and students in forms not read before (classes
// préparatoires, « à la fac », « à l'IUT », « j'étudie à … », « élève
// ingénieur », « je passe le bac », a student's internship, English and
// creole), and a school leaver who seeks a job, on whom the labelled sets
// disagree, asked (lexicon_round20r.go says why). Near-misses keep their
// status: the AFPA's « prépa apprentissage », a soldier's « élève
// officier », « j'étudie la possibilité … », a stagiaire de la formation
// professionnelle, a student with a private job (round 20J), an
// apprentice, a school leaver without a job search, service civique.
func TestRound20RStudents(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
	}{
		// what changes
		{"Je suis en classe préparatoire littéraire à Paris, 18 ans.", "etudiant", false},
		{"Je suis en CPGE à Lille, 19 ans.", "etudiant", false},
		{"je suis en khâgne, 19 ans, je veux arrêter", "etudiant", false},
		{"Je suis en IUT à Annecy, 19 ans.", "etudiant", false},
		{"je suis à l'IUT de Nantes, 19 ans", "etudiant", false},
		{"jsuis a la fac, 19 ans", "etudiant", false},
		{"J'étudie à l'université de Lille, 20 ans.", "etudiant", false},
		{"Je suis élève ingénieur à l'INSA de Rennes, 21 ans.", "etudiant", false},
		{"Élève en bac pro ASSP, 18 ans, je veux devenir infirmière, Nancy", "etudiant", false},
		{"je passe mon bac en juin, 18 ans, jsais pas quoi faire apres", "etudiant", false},
		{"je suis en stage pour mon BTS, 20 ans, Caen", "etudiant", false},
		{"mwen sé étidyan, 19 lanné, Pointe-à-Pitre, an pa sav sa an vlé fè", "etudiant", false},
		{"Je sors du lycée avec mon bac et je cherche un job, 18 ans, Rennes.", "", true},
		{"Je viens d'obtenir mon bac et je souhaite trouver un emploi, 18 ans, Limoges.", "", true},
		// near-misses that must not change
		{"je suis en prépa apprentissage à l'AFPA de Stains, suivi par la mission locale, j'ai 19 ans, je veux devenir plombier", "", true}, // asked as before, never a student
		{"J'étudie la possibilité d'une reconversion, je suis comptable en CDI dans une PME, 40 ans.", "salarie_prive", false},
		{"stagiaire de la formation professionnelle, 44 ans, Rouen", "demandeur_emploi", false},
		{"Étudiante en L3, je travaille chez Zara le samedi, 20 ans, Lyon.", "", true},
		{"Je suis en alternance chez Orange en BTS NDRC, 20 ans, Rennes.", "salarie_prive", false},
		{"J'ai arrêté la fac et je cherche du travail, 20 ans, Poitiers.", "demandeur_emploi", false},
		{"Je suis en service civique à la mairie de Tours, 20 ans.", "", false},
		{"J'étais étudiant en droit, maintenant je suis vendeur en CDI chez Darty, 28 ans, Lille.", "salarie_prive", false},
		{"Je travaille à la fac de Nantes comme secrétaire, titulaire, 45 ans.", "agent_public", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked {
			t.Errorf("%q: status %q, doubts %b; want %q, asked %v", c.text, f.Status, f.Doubts, c.status, c.asked)
		}
	}
}

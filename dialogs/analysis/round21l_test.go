package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21L: a pupil or a student still enrolled who seeks a stage, an
// alternance, a summer or student job or a first job after the degree
// under way stays a student (lexicon_round21l.go says why), and present
// forms of an enrolment read now (« toujours en BTS », « en fin de BTS »,
// « je termine ma licence », « en formation initiale », « je fais des
// études de droit »). Near-misses keep their status: a student who left
// school (« j'ai arrêté la fac »), the school leaver who seeks a job (round
// 20R, asked), a student with a private job (round 20J, asked), the
// stagiaire de la formation professionnelle, an apprentice, a contract
// « toujours en cours », a registration with France Travail, a past
// enrolment of a dropout, an adult back in studies with a job.
func TestRound21LStudentsWhoSeek(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
	}{
		// what changes
		{"jsuis au lycée jai 17 ans je cherche un job d ete a la plage vers la rochelle", "etudiant", false},
		{"Étudiante boursière en L1 à Besançon, 18 ans, sans emploi, je cherche un job étudiant de 10 heures par semaine.", "etudiant", false},
		{"jsui étudiant en sport (staps) a rouen, 20a, pas de taf, jcherche un job pr l été", "etudiant", false},
		{"Je n'ai pas arrêté mes études, je suis toujours en BTS, mais je cherche un job le week-end, 19 ans, Orléans.", "etudiant", false},
		{"Bonjour, je fais des études de droit à Aix, 21 ans, et je recherche un emploi étudiant compatible avec mes cours.", "etudiant", false},
		{"Je suis encore en formation initiale (BTS NDRC), j'ai 20 ans, j'habite Mulhouse, je cherche un CDI pour après l'examen.", "etudiant", false},
		{"Bonjour, je termine mon master 2 de biologie à Montpellier et je cherche un premier emploi d'ingénieure d'études à partir de septembre. J'ai 23 ans.", "etudiant", false},
		{"Je suis en reprise d'études en master à Lille, 29 ans, sans emploi, je cherche un stage de fin de master.", "", true}, // was a job seeker; a weak enrolment word, the veto asks
		{"Je suis en fin de BTS à Ajaccio, 20 ans, je cherche un travail pour la saison et après.", "", true},                   // was a job seeker; the statistical veto asks
		// near-misses that must not change
		{"J'ai arrêté la fac et je cherche du travail, 20 ans, Poitiers.", "demandeur_emploi", false},
		{"J'ai abandonné mes études l'an dernier et je cherche du travail depuis, 21 ans, Amiens.", "demandeur_emploi", false},
		{"Je sors du lycée avec mon bac et je cherche un job, 18 ans, Rennes.", "", true},
		{"Étudiante en L2, je travaille en CDI chez Décathlon 15 heures par semaine, 20 ans, Lille.", "", true},
		{"Je suis stagiaire de la formation professionnelle à l'AFPA de Rouen, 35 ans, je cherche un stage en entreprise.", "demandeur_emploi", false},
		{"Je suis en alternance en BTS chez Leclerc, 19 ans, je cherche une autre entreprise, Quimper.", "salarie_prive", false},
		{"Je suis manipulatrice radio dans une clinique, 34 ans, en arrêt maladie. Mon contrat est toujours en cours (CDI).", "salarie_prive", false},
		{"Elle a 28 ans, après un BTS elle a enchaîné des contrats courts. Elle s'est inscrite à France Travail.", "demandeur_emploi", false},
		{"Il a eu son bac l'an dernier, il s'est inscrit en fac de sciences mais il n'y va plus depuis novembre et il ne travaille pas, 18 ans.", "", false},
		{"J'ai 34 ans et je reprends des études en licence professionnelle à Caen tout en travaillant comme agent de sécurité dans une société privée.", "salarie_prive", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked {
			t.Errorf("%q: status %q, doubts %b; want %q, asked %v", c.text, f.Status, f.Doubts, c.status, c.asked)
		}
	}
}

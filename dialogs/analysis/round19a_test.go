package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound19aTwoActivities checks round 19A on sentences of its own, not
// taken from a tuning set: two present activities of different statuses
// told as such are asked (status ""); one job told at length, a past job
// beside a present one, a wish, a partner's job, a job beside a training
// and two private jobs are not.
func TestRound19aTwoActivities(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// two activities at once: asked
		{"Je suis magasinier en CDI dans une PME et en même temps je fais du graphisme en micro-entreprise. 33 ans.", ""},
		{"Je cumule un CDI de 20 heures chez un opticien et une auto-entreprise de photographie. Lyon.", ""},
		{"Adjoint technique titulaire à mi-temps et auto-entrepreneur en jardinage, 48 ans, Tours", ""},
		{"Je suis agent d'accueil à la mairie le matin et vendeur dans une boulangerie l'après-midi. 40 ans.", ""},
		{"jsuis atsem a l'ecole le matin et caissiere chez leclerc l'aprem, 35a", ""},
		{"Je suis serveur dans un restaurant et j'ai aussi une micro-entreprise de cours de guitare en parallèle.", ""},
		{"Je travaille dans une usine de nuit et en parallèle je suis auto-entrepreneur en livraison.", ""},
		// one job told at length: kept
		{"Je suis auto-entrepreneuse en ménage à domicile depuis trois ans, je travaille le matin chez des clients. 45 ans.", "auto_entrepreneur"},
		// a past job and a present one: the present one
		{"J'étais vendeuse dans un magasin de chaussures, maintenant je suis auto-entrepreneuse en couture. 39 ans.", "auto_entrepreneur"},
		// a wish: the present job
		{"Je suis en CDI dans une banque et je voudrais créer ma micro-entreprise à côté. 36 ans.", "salarie_prive"},
		// a partner's job: the writer's own
		{"Mon mari est auto-entrepreneur dans le bâtiment et moi je suis aide-soignante titulaire au CHU de Lille le matin.", "agent_public"},
		// a job and a training: the job
		{"Je suis en CDI dans une entreprise de transport et en formation le soir au CNAM. 30 ans.", "salarie_prive"},
		// two private jobs: private
		{"Je suis caissière chez Lidl le matin et serveuse dans un restaurant le soir. 24 ans.", "salarie_prive"},
		// two public jobs: public
		{"Je suis agent d'entretien titulaire à la mairie le matin et agent public au collège du département l'après-midi, 50 ans", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound19aStudentAtWork checks that a student with a side job has the
// job's status (round 19A), and a student without one stays a student.
func TestRound19aStudentAtWork(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"Étudiant en licence d'histoire, je travaille 12 heures par semaine comme vendeur dans une jardinerie. 21 ans.", "" /* a student with a private job: asked (round 20J) */},
		{"etudiante en bts + serveuse en extra dans une brasserie, 20a", "" /* a student with a private job: asked (round 20J) */},
		{"Étudiant en IUT, job chez Decathlon le samedi.", "" /* a student with a private job: asked (round 20J) */},
		// (no job: a student; a job wished: still a student)
		{"Étudiante en licence de psychologie à Nantes, 20 ans.", "etudiant"},
		{"Étudiant en BTS, je voudrais devenir vendeur dans une jardinerie. 19 ans.", "etudiant"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

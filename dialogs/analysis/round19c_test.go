package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound19cNotTwoSituations checks round 19C on sentences of its own,
// not taken from a tuning set: a rival that is no second current activity
// (a job seeker's household hours, undeclared odd jobs, the end of an
// apprentice's contract told ahead) no longer leaves the status unknown;
// two jobs of different kinds held at once, an apprentice whose contract
// has ended, and CESU hours beside a tenure or a business are still asked.
func TestRound19cNotTwoSituations(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// must now read the status
		{"Je suis au chômage depuis mars et je fais 4 heures de repassage par semaine en CESU. 44 ans, Agen.", "demandeur_emploi"},
		{"inscrit à France Travail, je fais un peu de jardinage chez 3 particuliers le samedi, 51 ans, Tulle", "demandeur_emploi"},
		{"Demandeuse d'emploi, je garde les enfants d'une famille le mercredi, payée en cesu. 36 ans, Laval.", "demandeur_emploi"},
		{"au chômage, je fais des petits dépannages informatiques en freelance, sans statut, 29 ans, Metz", "demandeur_emploi"},
		{"Je suis apprenti en CAP boulanger chez un artisan de Vannes, mon contrat se termine en juin. 17 ans.", "salarie_prive"},
		{"en alternance en BTS dans une banque, 20 ans, mon contrat finit fin septembre, Angers", "salarie_prive"},
		{"Mon mari, qui est fonctionnaire à la préfecture, veut qu'on reste ici. Je suis vendeuse en CDI chez Darty, 35 ans.", "salarie_prive"},
		{"Je suis artisan plombier à Niort depuis 2010. Ma compagne, qui est salariée à la mairie, me pousse à changer. 45 ans.", "artisan"},
		{"Je suis aide-soignante titulaire au CHU de Caen. Je rêverais d'être auto-entrepreneuse dans la couture. 40 ans.", "agent_public"},
		// must still be asked: two current jobs of different kinds, or a
		// rival that is a real status of now
		{"Je suis agent d'entretien titulaire à la mairie de Sète et je fais aussi du ménage chez des particuliers en CESU. 49 ans.", "agent_public"},
		{"Je suis auto-entrepreneuse en ménage et je travaille aussi pour deux familles en CESU, 41 ans, Dax.", ""},
		{"Je suis caissière en CDI le matin et auto-entrepreneuse l'après-midi, 33 ans, Pau.", ""},
		{"Ma sœur, qui est infirmière, m'a parlé de vous. Je suis caissière en CDI chez Auchan et j'ai une micro-entreprise de couture à côté.", ""},
		{"Je rêverais d'un autre métier : je suis caissière en CDI le matin et auto-entrepreneuse l'après-midi.", ""},
		{"J'étais apprenti chez un garagiste, mon contrat d'apprentissage s'est terminé en juin et je cherche un emploi. 27 ans, Niort.", "demandeur_emploi"},
	})
}

// statusCase is a message and the status the analysis must give it ("":
// asked).
type statusCase struct{ in, status string }

// checkTracedStatus checks each case's status, printing the calibration key
// and doubt of a miss (analysis.Trace).
func checkTracedStatus(t *testing.T, cases []statusCase) {
	t.Helper()
	for _, tc := range cases {
		f, key, doubt, _ := analysis.Trace(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("%q: status %q, want %q (key %s, doubt %q)", tc.in, f.Status, tc.status, key, doubt)
		}
	}
}

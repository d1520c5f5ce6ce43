package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// A title usually a cadre's, the cadre status not said, raises DoubtCadre
// and the route waits for the cadre answer (no operator); a cadre status
// said either way, a rank below cadre, a title wished, a relative's or in
// a degree's name, a salarié porté and the young leave the route as it was.
func TestRound20ICadreTitle(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		doubt bool
		want  string // operator; "" = asked first
	}{
		{"Ingénieur R&D chez un équipementier à Toulouse, 41 ans, je veux me reconvertir.", true, ""},
		{"Je suis directrice d'agence dans une banque à Lyon, 47 ans, je voudrais changer de métier.", true, ""},
		{"Contrôleur de gestion en CDI dans une PME à Nantes, 38 ans, je veux faire un bilan de compétences.", true, ""},
		{"Juriste d'entreprise à Lille, 44 ans, je veux me reconvertir.", true, ""},
		{"J'ai été licencié en mars, j'étais directeur d'usine à Épinal, 58 ans.", false, "apec"}, // round 22T: a job seeker's cadre title is row 6
		{"Je suis chargée d'affaires dans une entreprise de BTP à Rennes, 36 ans.", true, ""},
		{"Notaire salarié à Rennes, 42 ans, je songe à changer de voie.", true, ""},
		// near misses: cadre said, a rank below, a wish, a course, a
		// determiner of another person, portage, the young
		{"Ingénieur cadre chez un équipementier à Toulouse, 41 ans.", false, routing.Apec},
		{"Ingénieur mais pas cadre, en CDI à Toulouse, 41 ans.", false, routing.OperateurRegional},
		{"Je suis technicien dans un bureau d'études, ingénieur de formation, 41 ans, Toulouse.", false, routing.OperateurRegional},
		{"Je suis secrétaire dans un cabinet d'avocats à Bastia, 37 ans, je voudrais devenir juriste.", false, routing.OperateurRegional},
		{"Intermittent à Marseille, 40 ans, je veux valider un titre d'ingénieur du son par VAE.", false, routing.OperateurRegional},
		{"Mon manager est ingénieur, moi je suis vendeuse en CDI à Lyon, 35 ans.", false, routing.OperateurRegional},
		{"Consultant en portage salarial, 52 ans, Nantes.", false, routing.OperateurRegional},
		{"Ingénieur en CDI à Nantes, 24 ans.", true, ""}, // round 22G: the young engineer is asked the cadre question (row 3 or 4)
		{"Je suis au chômage depuis juin, 45 ans, à Grenoble, je cherche un poste d'ingénieur.", false, routing.FranceTravail},
		{"I'm 33, unemployed since May, I'm not a consultant, I live in Annecy.", false, routing.FranceTravail},
	} {
		f := analysis.Analyse(c.text, now)
		if got := f.Doubts.Has(analysis.DoubtCadre); got != c.doubt {
			t.Errorf("%q: DoubtCadre %v (status %q, cadre %v); want %v", c.text, got, f.Status, f.Cadre, c.doubt)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, cadre %v); want %q", c.text, got, f.Status, f.Cadre, c.want)
		}
	}
}

// The cadre answer settles the doubt: « oui » routes to Apec, « non » to
// the regional operator (a job seeker: France Travail).
func TestRound20ICadreAnswerSettles(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	yes, no := true, false
	for _, c := range []struct {
		text  string
		cadre *bool
		want  string
	}{
		{"Ingénieur R&D chez un équipementier à Toulouse, 41 ans, je veux me reconvertir.", &yes, routing.Apec},
		{"Ingénieur R&D chez un équipementier à Toulouse, 41 ans, je veux me reconvertir.", &no, routing.OperateurRegional},
		{"Ingénieur qualité licencié en juin, 52 ans, Grenoble.", &yes, routing.Apec},
		{"Ingénieur qualité licencié en juin, 52 ans, Grenoble.", &no, routing.FranceTravail},
	} {
		f := analysis.Analyse(c.text, now).Merge(analysis.Facts{Cadre: c.cadre})
		if f.Doubts.Has(analysis.DoubtCadre) {
			t.Errorf("%q, cadre %v: DoubtCadre still set", c.text, *c.cadre)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q, cadre %v: operator %q; want %q", c.text, *c.cadre, got, c.want)
		}
	}
}

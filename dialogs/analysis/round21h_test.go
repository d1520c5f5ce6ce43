package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// « statut cadre », « statut non cadre », « sans statut cadre » name a
// private employee; a post looked for with that status, a past one beside
// a dismissal, a public employer, and « cadre » or « pas cadre » alone
// (the labelled sets disagree) do not.
func TestRound21HStatutCadre(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want string
	}{
		{"Bonjour, je suis responsable logistique, statut cadre, 29 ans, Strasbourg", "salarie_prive"},
		{"technicien de maintenance, statut non cadre, 45 ans, Grenoble", "salarie_prive"},
		{"Comptable, sans statut cadre, 40 ans, Tours, je voudrais faire une VAE", "salarie_prive"},
		{"Je n'ai pas le statut cadre malgré mes responsabilités, commerciale, 41 ans, Bayonne", "salarie_prive"},
		// near misses
		{"J'étais vacataire à l'université de Poitiers, je donnais des TD de sociologie. Mes vacations n'ont pas été reconduites à la rentrée et je n'ai pas d'autre emploi depuis. J'ai un doctorat et 33 ans, je vis à Poitiers. Je cherche un poste de chargée d'études, statut cadre, dans le privé ou en collectivité.", "demandeur_emploi"},
		{"Je suis cadre mais je sature, 52 ans, Strasbourg", ""},
		{"pas cadre, assistante de direction, 46 ans, Valence", ""},
		{"Je suis attachée d'administration à la fonction publique hospitalière, statut cadre, 45 ans, Cahors", "agent_public"},
		{"J'avais le statut cadre chez Renault, j'ai été licencié en mars, 50 ans, Rouen", "demandeur_emploi"},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.want {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.want)
		}
	}
}

// The English head of a function (« head of sales », « senior manager »,
// « country manager ») is asked the cadre question, as round 20I's
// titles are; a cadre status said, a title of somebody else's or wished,
// and « manager » alone are not.
func TestRound21HHeadOfFunction(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		doubt bool
		op    string
	}{
		{"Ex head of sales, laid off in March, 47 ans, Paris, je cherche un nouveau poste", false, routing.Apec}, // round 22T: a job seeker's cadre title is row 6
		{"Senior manager dans un cabinet d'audit à La Défense, 39 ans, en CDI", true, ""},
		{"Country manager France en CDI dans une PME, 45 ans, Lyon", true, ""},
		{"Je suis open to work depuis septembre, 45 ans, ex head of sales, Lille", false, routing.Apec}, // round 22T
		// near misses
		{"Head of marketing, statut cadre, en CDI, 50 ans, Lyon", false, routing.Apec},
		{"Mon directeur commercial me met la pression, je suis vendeuse en CDI, 35 ans, Lyon", false, routing.OperateurRegional},
		{"Je voudrais devenir directeur financier, je suis comptable en CDI, 38 ans, Lille", false, routing.OperateurRegional},
		{"Manager chez McDo en CDI, 29 ans, Nice", false, routing.OperateurRegional},
		{"Head of sales en CDI, non cadre, 33 ans, Nantes", false, routing.OperateurRegional},
	} {
		f := analysis.Analyse(c.text, now)
		got := f.Doubts.Has(analysis.DoubtCadre)
		if op := routing.Route(f).Operator; got != c.doubt || op != c.op {
			t.Errorf("%q: DoubtCadre %v, operator %q (status %q, cadre %v); want %v, %q", c.text, got, op, f.Status, f.Cadre, c.doubt, c.op)
		}
	}
}

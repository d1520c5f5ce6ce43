package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 26D: a contract « pas reconduit » without its auxiliary is a
// contract not renewed, as « pas renouvelé »: beside a public contract
// word the status is asked ("" = asked), not sent to the employer; alone
// or with a private contract it makes a job seeker. A renewal feared,
// doubted or told every year keeps the agent.
func TestRound26DNotReconducted(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
		want   string
	}{
		{"Prof contractuelle pas reconduite à la rentrée, 34 ans, Montpellier, je cherche autre chose", "", ""},
		{"vacataire a la fac de poitiers, pas reconduite a la rentree, g aucun autre job, 33a", "", ""},
		{"Contractuel au département, non reconduit, 44 ans, je cherche un emploi", "", ""},
		{"Mon CDD de vendeuse n'est pas reconduit, 38 ans, je cherche un emploi à Reims", "demandeur_emploi", routing.FranceTravail},
		{"Le département ne m'a pas reconduit cette année et je n'ai aucune autre activité, 40 ans", "demandeur_emploi", routing.FranceTravail},
		// kept: the renewal feared, doubted, or told every year
		{"Je suis contractuelle à la mairie et j'ai peur de ne pas être reconduite, 40 ans", "agent_public", routing.EmployeurPublic},
		{"Je suis contractuelle à la mairie, je ne sais pas si je serai reconduite, 40 ans", "agent_public", routing.EmployeurPublic},
		{"Je suis contractuelle à la mairie depuis 2020, toujours reconduite chaque année, 40 ans", "agent_public", routing.EmployeurPublic},
		{"AESH depuis trois ans, reconduite chaque année, 41 ans, je voudrais passer un concours", "agent_public", routing.EmployeurPublic},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q); want %q", c.text, got, f.Status, c.want)
		}
	}
}

// Round 26D: the medical and paramedical staff of an ESAT (« aide
// médico-psychologique », « AMP », « ergothérapeute ») state no disability
// by naming their workplace; the ESAT's workers and a staff member who
// states a recognition keep it.
func TestRound26DEsatStaff(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	yes := true
	for _, c := range []struct {
		text     string
		handicap *bool
		want     string
	}{
		{"Je suis aide médico-psychologique dans un ESAT, CDI, 44 ans, Toulon", nil, routing.OperateurRegional},
		{"AMP dans un ESAT depuis 8 ans, en CDI, 39 ans, je veux évoluer", nil, routing.OperateurRegional},
		{"Ergothérapeute salariée dans un ESAT, 35 ans, Nantes", nil, routing.OperateurRegional},
		// kept: the worker of an ESAT, staff with a recognition of their own
		{"Je travaille en ESAT depuis 10 ans, 40 ans, je voudrais aller en entreprise", &yes, routing.CapEmploi},
		{"Mon fils de 35 ans travaille en ESAT, il voudrait aller en milieu ordinaire", &yes, routing.CapEmploi},
		{"Aide médico-psychologique dans un ESAT, en CDI, et j'ai moi-même une RQTH, 47 ans", &yes, routing.CapEmploi},
	} {
		checkHandicapRoute(t, now, c.text, c.handicap, c.want)
	}
}

// Round 26D: an invalidity told as a prospect (« on parle de me mettre en
// invalidité », « je passerais bientôt en invalidité ») is not held; an
// invalidity granted, with a date or « depuis », keeps Cap emploi.
func TestRound26DInvalidityProspect(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	yes := true
	for _, c := range []struct {
		text     string
		handicap *bool
		want     string
	}{
		{"bonjour, je suis en arret maladie depuis 1 an et on parle de me mettre en invalidite, je suis magasinier chez Leroy Merlin a Orléans, 56 ans", nil, routing.OperateurRegional},
		{"Je suis agente de propreté en CDI dans une entreprise de nettoyage. On m'a dit que je passerais bientôt en invalidité. J'ai 51 ans.", nil, routing.OperateurRegional},
		{"Chauffeur en CDI, la CPAM m'a parlé d'une pension d'invalidité mais rien n'est fait, 56 ans", nil, routing.OperateurRegional},
		{"Vendeuse en CDI, je vais passer en invalidité, 52 ans", nil, routing.OperateurRegional},
		// kept: granted
		{"Je suis passée en invalidité catégorie 1 en 2020, vendeuse à mi-temps en CDI, 50 ans", &yes, routing.CapEmploi},
		{"Depuis ma mise en invalidité je travaille à mi-temps comme secrétaire en CDI, 49 ans", &yes, routing.CapEmploi},
		{"Employé libre-service en CDI, je viens d'être classé en invalidité de catégorie 1, 36 ans", &yes, routing.CapEmploi},
		{"Je touche une pension d'invalidité et je cherche un emploi, 45 ans", &yes, routing.CapEmploi},
		{"gestionnaire en CDI, la secu vient de me mettre en invalidite 1ere categorie, l'employeur evoque un reclassement, 50 ans", &yes, routing.CapEmploi},
	} {
		checkHandicapRoute(t, now, c.text, c.handicap, c.want)
	}
}

// checkHandicapRoute checks the disability read in text and the operator
// it routes to.
func checkHandicapRoute(t *testing.T, now time.Time, text string, handicap *bool, want string) {
	t.Helper()
	f := analysis.Analyse(text, now)
	if (f.Handicap == nil) != (handicap == nil) || f.Handicap != nil && *f.Handicap != *handicap {
		t.Errorf("%q: handicap %v; want %v", text, f.Handicap, handicap)
	}
	if got := routing.Route(f).Operator; got != want {
		t.Errorf("%q: operator %q (status %q); want %q", text, got, f.Status, want)
	}
}

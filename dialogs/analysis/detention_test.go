package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// A person held in prison is not the prison's staff: the status is asked
// (or read from other words), never agent public from the prison; staff
// keep their status.
func TestHeldInPrisonIsNotStaff(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, status string }{
		{"Je suis détenu à la maison d'arrêt de Fresnes, sortie prévue dans 3 mois, 28 ans", ""},
		{"je suis en prison, je sors dans 2 mois, 30 ans, Lyon", ""},
		{"incarcérée au centre pénitentiaire de Rennes, 41 ans", ""},
		{"je sors de prison, 30 ans, Lyon, je cherche du travail", "demandeur_emploi"},
		{"surveillant pénitentiaire à Fresnes, 40 ans", "agent_public"},
		{"je travaille en prison comme surveillante, 35 ans, Rennes", "agent_public"},
		{"infirmière à la maison d'arrêt de Nantes, les détenus me parlent", "agent_public"},
	} {
		if f := analysis.Analyse(c.text, now); f.Status != c.status {
			t.Errorf("%q: status %q, want %q", c.text, f.Status, c.status)
		}
	}
}

// A town of the list (5 000 inhabitants or more) typed without a capital
// after a place cue is the home; an everyday word that is also a town is
// not.
func TestLowerCaseTownAfterCue(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, dep string }{
		{"je suis au chomage depuis 1 an j ai 57 ans a guingamp", "22"},
		{"jhabite a pithiviers jai 44 ans", "45"},
		{"je suis au chomage 50 ans, je veux passer a autre chose", ""},
	} {
		if f := analysis.Analyse(c.text, now); f.Departement != c.dep {
			t.Errorf("%q: département %q, want %q", c.text, f.Departement, c.dep)
		}
	}
}

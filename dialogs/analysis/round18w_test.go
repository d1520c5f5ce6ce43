package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18wStatus checks the rules of round 18W (a soldier who left
// told without the auxiliary, an end of contract told in the third
// person, a fear of dismissal) on sentences of their own, not taken from
// a tuning set (testNow is 15 June 2026). Each phenomenon has a case the
// rule must not catch.
func TestRound18wStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a soldier who left, without the auxiliary: the job seeker's words say now
		{"sorti de la marine en janvier après 8 ans, je touche l'ARE, je cherche dans la maintenance. 31 ans", "demandeur_emploi"},
		// (still a soldier)
		{"caporal dans l'armée de terre depuis 6 ans, je veux préparer ma reconversion", "agent_public"},
		// an end of contract by the employer, in the third person
		{"mon neveu a 19 ans, son employeur a mis fin à sa période d'essai, il cherche autre chose", "demandeur_emploi"},
		{"ma fille a 24 ans, le garage a rompu son alternance en mai, elle cherche un autre patron", "demandeur_emploi"},
		// (one job for another)
		{"mon fils a 30 ans, il a quitté son CDI pour un CDI dans une autre enseigne, il veut évoluer", "salarie_prive"},
		// a fear of dismissal: still in work
		{"Un collègue de 50 ans, magasinier en CDI, redoute d'être licencié avec la fusion. Que lui conseiller ?", "salarie_prive"},
		// (a dismissal told as a fact)
		{"Un collègue de 50 ans, magasinier, a été licencié avec la fusion. Que lui conseiller ?", "demandeur_emploi"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18wRefused checks a recognition refused told with an
// infinitive or another participle: no handicap read from it.
func TestRound18wRefused(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool // handicap read as true
	}{
		{"la MDPH vient de refuser ma demande de RQTH, je suis magasinier en CDI, 48 ans", false},
		{"ma demande à la MDPH a été rejetée, vendeuse, 40 ans", false},
		// (a recognition granted)
		{"la MDPH m'a accordé la RQTH l'an dernier, magasinier en CDI, 48 ans", true},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := f.Handicap != nil && *f.Handicap
		if got != tc.want {
			t.Errorf("%q: handicap %v, want %v", tc.in, got, tc.want)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18xApposition checks round 18X's apposition opening a
// sentence (« Vendeuse jusqu'en mars, elle a été licenciée »): it tells
// the person of the « il » or « elle » after it, on sentences of its own
// (testNow is 15 June 2026). A clause with the writer's own words is not
// one.
func TestRound18xApposition(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"Notre association d'insertion reçoit Mme L., 49 ans. Comptable dans une PME jusqu'en avril, elle a été licenciée pour motif économique. Que lui proposer ?", "demandeur_emploi"},
		{"J'accompagne M. R., 51 ans. Chef de rayon pendant vingt ans, il a fait l'objet d'un licenciement en mars. Vers qui l'orienter ?", "demandeur_emploi"},
		// (the apposition's job is still held)
		{"Notre association d'insertion reçoit Mme L., 49 ans. Comptable dans une PME, elle a peur d'être licenciée. Que lui proposer ?", "salarie_prive"},
		// (the writer's own job before the other person's news)
		{"Je suis vendeuse en CDI chez Darty. Ma collègue, elle a été licenciée le mois dernier, j'ai peur pour moi.", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18xPupilsServed checks the pupils a school worker serves
// (« j'accompagne des élèves au collège comme AESH »): no pupil's course,
// the worker's job. A pupil's own course is not caught.
func TestRound18xPupilsServed(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"j'aide des élèves dyslexiques au collège comme AESH depuis 2022, 41 ans, je voudrais devenir éducatrice spécialisée", "agent_public"},
		{"je m'occupe des élèves autistes au lycée comme AESH depuis deux ans, 44 ans, je voudrais passer le concours de CPE", "agent_public"},
		// (the writer's own course at a public hospital: no employer)
		{"je suis élève infirmière au CHU de Lille, 20 ans, je doute de mon orientation", ""},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18xAvec checks an employer word in a clause of its own after
// « avec » (« Avec Amazon, c'est la galère »): a competitor or a cause, not
// the writer's employer. A contract « avec » a company is still its job.
func TestRound18xAvec(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"Mon frère tient une boutique de jouets à Lyon, il est gérant depuis 10 ans. Avec Amazon, c'est la galère. Il a 45 ans.", "independant"},
		// (a contract with the company)
		{"je suis préparateur en CDD avec Amazon à Brétigny, 30 ans, je veux évoluer", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound18xCreole checks « ni » after a creole subject pronoun, the
// verb « to have » (« man ni statut cadre »): no negation. The French
// « ni » still denies.
func TestRound18xCreole(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cadre bool
	}{
		{"Bonjou, man ni statut cadre an bank-la, kontra dwa privé, man ni 45 lanné, man ka rété Fort-de-France", true},
		// (the French negation)
		{"je ne suis ni cadre ni agent de maîtrise, technicien en CDI, 45 ans", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.Cadre != nil && *f.Cadre; got != tc.cadre {
			t.Errorf("%q: cadre %v, want %v", tc.in, got, tc.cadre)
		}
	}
}

// TestRound18xBareEnd checks a contract's end told by the noun alone with
// a date within weeks (« CDD au camping, fin le 28 de ce mois »): a job
// seeker soon. An end months ahead is not caught (testNow is 15 June).
func TestRound18xBareEnd(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"réceptionniste en CDD dans un camping, fin le 28 de ce mois. 29 ans, je veux me former en compta", "demandeur_emploi"},
		{"cariste en CDD dans un entrepôt, fin dans deux semaines, 35 ans, je cherche une formation", "demandeur_emploi"},
		// (an end far ahead: still in work)
		{"réceptionniste en CDD dans un camping, fin en décembre. 29 ans, je veux me former en compta", "salarie_prive"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, got, tc.status)
		}
	}
}

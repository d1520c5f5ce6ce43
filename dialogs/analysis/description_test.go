package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestDescriptionForRelative: in the description of a visitor who writes
// for a relative, what the writer says of themselves (status, employer,
// cadre, age, RQTH) is not the relative's; what the message does not say
// of the relative stays unknown. The dialogue has already rewritten the
// relative's third person in the first person (« il a 23 ans » is read
// « j'ai 23 ans ») after the words that say for whom (issue 13).
func TestDescriptionForRelative(t *testing.T) {
	for _, tc := range []struct {
		in, status string
		age        int
		cadre      bool // the cadre fact is set
		handicap   bool // the handicap fact is set
	}{
		{"je suis gendarme, je vous écris pour ma fille", "", 0, false, false},
		{"je suis agent territorial et je me renseigne pour mon neveu", "", 0, false, false},
		{"j'ai 52 ans et je suis fonctionnaire, j'écris pour mon fils", "", 0, false, false},
		{"je suis ingénieure cadre chez Thales, j'écris pour mon mari qui est en arrêt maladie", "", 0, false, false},
		{"j'ai une RQTH, je vous écris pour ma sœur", "", 0, false, false},
		{"je suis infirmière au CHU, je demande pour ma fille de 20 ans", "", 20, false, false},
		// the relative's facts stay hers
		{"moi je suis retraitée, c'est pour mon gendre qui est intérimaire", "salarie_prive", 0, false, false},
		{"je suis fonctionnaire, j'écris pour mon fils qui est au chômage, j'ai 23 ans", "demandeur_emploi", 23, false, false},
		{"je suis prof, c'est pour mon fils, je suis en CDI chez Decathlon", "salarie_prive", 0, false, false},
		// written for someone who is no relative (issue 13, proxypro): the
		// writer's own job, even firm, is theirs
		{"Bonjour, je suis DRH d'une mairie, un agent de mon service, 52 ans, voudrait se reconvertir, j'habite Nantes", "", 52, false, false},
		{"je suis conseillère en insertion, j'écris pour une personne que j'accompagne : 45 ans, au RSA, sans emploi depuis 3 ans, j'habite Lens.", "demandeur_emploi", 45, false, false},
		{"Je suis cadre RH, une de mes collaboratrices, 35 ans, en CDI, voudrait faire un bilan, j'habite Lyon", "salarie_prive", 35, false, false},
		{"Je suis assistante sociale à Lille, un usager, 30 ans, au chômage, habite Roubaix", "demandeur_emploi", 30, false, false},
		{"je suis infirmière, un patient, 50 ans, maçon en CDI, ne peut plus travailler", "salarie_prive", 50, false, false},
		// a description with no relative named after « pour »: all first person
		{"j'ai 19 ans, je suis au chômage", "demandeur_emploi", 19, false, false},
	} {
		f := analysis.AnalyseDescription(tc.in, testNow)
		if f.Status != tc.status || f.Age != tc.age || (f.Cadre != nil) != tc.cadre || (f.Handicap != nil) != tc.handicap {
			t.Errorf("AnalyseDescription(%q) = status %q, age %d, cadre %v, handicap %v; want %q, %d, %v, %v",
				tc.in, f.Status, f.Age, f.Cadre != nil, f.Handicap != nil, tc.status, tc.age, tc.cadre, tc.handicap)
		}
	}
}

// TestLaterAnswerForRelative: a later answer about the relative, typed in
// the first person for them, is read by Analyse as theirs.
func TestLaterAnswerForRelative(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"je suis au chômage", "demandeur_emploi"},
		{"au chômage", "demandeur_emploi"},
		{"c'est pour mon fils, je suis au chômage", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(tc.in, testNow); f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

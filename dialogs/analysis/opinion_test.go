package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestOpinionVetoFires: a status the rules read weakly and the model finds
// very unlikely is asked (DoubtStatus, Why.Status.How = HowOpinion), in
// Analyse and in AnalyseDescription; the rules' own reading is unchanged.
func TestOpinionVetoFires(t *testing.T) {
	const text = "j'envoie des CV pour un CDI dans la vente, 30 ans"
	if got := analysis.AnalyseRules(text, testNow).Status; got != "demandeur_emploi" {
		t.Fatalf("rules read %q", got)
	}
	for name, f := range map[string]analysis.Facts{
		"Analyse":            analysis.Analyse(text, testNow),
		"AnalyseDescription": analysis.AnalyseDescription(text, testNow),
	} {
		if f.Status != "" || !f.Doubts.Has(analysis.DoubtStatus) || f.Why.Status.How != analysis.HowOpinion {
			t.Errorf("%s: status %q, doubts %b, how %v", name, f.Status, f.Doubts, f.Why.Status.How)
		}
	}
	// a clear status is kept
	if f := analysis.Analyse("je suis au chômage depuis 8 mois, inscrit à France Travail", testNow); f.Status != "demandeur_emploi" {
		t.Errorf("clear job seeker: status %q", f.Status)
	}
}

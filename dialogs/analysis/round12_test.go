package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound12Rules checks the rules of round 12 (lexicon_round12.go) on
// sentences of their own, not taken from tuning45.
func TestRound12Rules(t *testing.T) {
	for _, tc := range []struct {
		in, status string
		wants      string // "", "true", "false"
		cadre      string // "" (not checked), "true", "false", "nil"
	}{
		// a rupture conventionnelle under way or signed: the contract ends
		{"responsable achats, je suis en rupture conventionnelle", "demandeur_emploi", "false", ""},
		{"ma rupture conv est homologuée depuis lundi", "demandeur_emploi", "false", ""},
		{"cadre commercial, ma rupture conventionnelle est validée", "demandeur_emploi", "false", ""},
		{"rupture conventionnelle en cours avec mon employeur", "demandeur_emploi", "false", ""},
		// a proposal or a wish is no procedure
		{"mon patron me propose une rupture conventionnelle", "salarie_prive", "", ""},
		// « cadr »: « cadre » typed on a phone
		{"jsuis cadr chez total", "salarie_prive", "", "true"},
		// the school left is no workplace
		{"embauchée comme cadre à la sortie de mon école", "", "", "true"},
		// a first job asked for, a contract searched: the leaver wants work
		{"jeune diplômée, 1er job svp", "etudiant", "true", ""},
		{"jeune diplômé, je cherche un CDI", "etudiant", "true", ""},
		{"jeune diplômé en recherche d'un poste", "", "true", ""},
		// a former cadre now on his or her own account is no cadre
		{"ancienne cadre chez Renault, je suis aujourd'hui fleuriste à mon compte", "artisan", "", "nil"},
		// a first job as a cadre while still studying: left to the dialogue
		{"étudiant en école de commerce, je vise mon premier poste de cadre", "etudiant", "false", ""},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
		if tc.wants != "" && f.WantsWork != (tc.wants == "true") {
			t.Errorf("Analyse(%q).WantsWork = %v, want %v", tc.in, f.WantsWork, tc.wants)
		}
		if tc.cadre == "nil" && f.Cadre != nil || tc.cadre != "" && tc.cadre != "nil" && (f.Cadre == nil || (*f.Cadre) != (tc.cadre == "true")) {
			t.Errorf("Analyse(%q).Cadre = %v, want %s", tc.in, f.Cadre, tc.cadre)
		}
	}
}

// TestRound12Degrees checks the degrees of bac+3 or more of round 12
// (lexicon_round12.go): "true" held, "" unknown.
func TestRound12Degrees(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"titulaire d'un BUT GEA, 22 ans", "true"},
		{"diplômée du BUT carrières sociales", "true"},
		{"mon but est de trouver un CDI", ""},
		{"bachelor en marketing obtenu l'an dernier", "true"},
		{"je suis diplômé de Sciences Po", "true"},
		{"docteure en chimie, 31 ans", "true"},
		// a degree just obtained is held; one aimed at is not
		{"je viens d'obtenir ma licence pro", "true"},
		{"je viens de valider mon master 2", "true"},
		{"je voudrais obtenir une licence", ""},
		// « passer » may be the exam sat, its result unknown
		{"je viens de passer mon master", ""},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := ""
		if f.JeuneDiplome != nil && *f.JeuneDiplome {
			got = "true"
		}
		if got != tc.want {
			t.Errorf("Analyse(%q).JeuneDiplome = %q, want %q", tc.in, got, tc.want)
		}
	}
}

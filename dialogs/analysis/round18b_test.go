package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18bDegree checks that a degree named as a course found, joined
// or prepared in work-study is not read as held (round 18B), on sentences
// of its own (testNow is 15 June 2026), with degrees that are held.
func TestRound18bDegree(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" nil, "1" true, "0" false
	}{
		{"j'ai trouvé un master en alternance dans une banque, 22 ans", ""},
		{"je suis inscrite dans une licence pro de logistique, 21 ans", ""},
		{"admis dans un master de chimie pour septembre, 22 ans", ""},
		{"apprenti (master RH) dans une PME, 23 ans", ""},
		{"en apprentissage (licence pro commerce) chez un grossiste, 21 ans", ""},
		// held degrees stay read
		{"j'ai trouvé un emploi grâce à mon master, 24 ans", "1"},
		{"j'ai un master de chimie, 24 ans", "1"},
		{"en alternance chez un grossiste, j'ai déjà une licence, 23 ans", "1"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := ""
		if f.JeuneDiplome != nil {
			got = "0"
			if *f.JeuneDiplome {
				got = "1"
			}
		}
		if got != tc.want {
			t.Errorf("Analyse(%q).JeuneDiplome = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound18bMDPH checks that an MDPH named in brackets after a refused or
// pending recognition is no disability held (round 18B), with a recognition
// granted that stays read.
func TestRound18bMDPH(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool // handicap read true
	}{
		{"aide-soignante en CDI, RQTH rejetée (MDPH 59, mars), 50 ans", false},
		{"vendeur en CDI, dossier en attente (MDPH du Nord), 47 ans", false},
		{"vendeur en CDI, RQTH accordée (MDPH du Nord, mars), 47 ans", true},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.Handicap != nil && *f.Handicap; got != tc.want {
			t.Errorf("Analyse(%q).Handicap true = %v, want %v", tc.in, got, tc.want)
		}
	}
}

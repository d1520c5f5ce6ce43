package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// TestRound18nRelativeDegree checks that a relative's degree is read when
// the whole message speaks of that relative, aged 16 to 25 (cep-domain.md
// §1.3 row 3), and sentences it must not catch.
func TestRound18nRelativeDegree(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"Notre fils a 22 ans. Il a décroché un master d'histoire l'an dernier. Le dernier contrat s'est arrêté en mai. On vit à Albi.", "apec"},
		{"Ma nièce de 24 ans a une licence de chimie. Depuis la fin de son CDD en mars, rien. Elle vit à Rennes.", "apec"},
		{"Ma nièce de 24 ans a une licence de chimie. En ce moment elle est entre deux missions d'intérim. Elle vit à Rennes.", "apec"},
		// must not catch: the writer speaks of their own situation
		{"Je suis au chômage depuis mars, 24 ans, Rennes. Ma sœur a un master de chimie.", "mission_locale"},
		// must not catch: a relative of 26 or more with a degree and no
		// cadre job sought (row 7)
		{"Notre fils a obtenu une licence de lettres. Son dernier contrat a pris fin en juin et il ne trouve rien. Il a 27 ans et vit chez nous à Albi.", "france_travail"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := routing.Route(f).Operator; got != tc.want {
			t.Errorf("%q: operator %q, want %q (status %q, age %d, degree %v)", tc.in, got, tc.want, f.Status, f.Age, f.JeuneDiplome)
		}
	}
}

// TestRound18nDegreeNotHeld checks that a year of a course (« L3 »,
// « M1 »), years spent in it (« 2 ans de licence ») and a degree an
// apprentice prepares are no degree held, and sentences they must not
// catch.
func TestRound18nDegreeNotHeld(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool // a degree of bac+3 or more held
	}{
		{"M1 de chimie à Lyon, je fais des extras au resto le soir, 23 ans", false},
		{"deux années de master d'anglais puis j'ai tout arrêté, vendeur en CDI, 24 ans", false},
		{"3 ans de licence de bio sans diplôme, serveuse en cdd, 22a", false},
		{"alternante en licence pro RH dans une banque, 21 ans", false},
		// must not catch: the year completed, a degree held
		{"L3 validée l'an dernier, je cherche un emploi, 22 ans", true},
		{"J'ai obtenu mon M1 de droit en juin et je cherche du travail, 23 ans", true},
		{"J'ai une licence de droit depuis 2 ans, je cherche un emploi, 25 ans", true},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := f.JeuneDiplome != nil && *f.JeuneDiplome
		if got != tc.want {
			t.Errorf("%q: degree held %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestRound18nAge checks a year of birth said « je suis de 2003 » and a
// birthday to come typed « jfeterai », and sentences they must not catch.
func TestRound18nAge(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"jsuis de 2003, au chomage, jvis a Sète", 23},
		{"Je suis de 1980. Licenciée en mars, j'habite Albi.", 46},
		{"jfeterai mes 26 ans en novembre, au chomage depuis juin, Agen", 25},
		// must not catch: a place, a span of years, a year not closing its clause
		{"je suis de Lyon, au chomage depuis mars", 0},
		{"je suis de 2010 à 2020 chez Airbus, au chômage maintenant", 0},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.want {
			t.Errorf("%q: age %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestRound18nRelativeOnly checks that a relative's disability and cadre
// status are read when the whole message speaks of that relative, and
// sentences they must not catch (the writer's own situation told).
func TestRound18nRelativeOnly(t *testing.T) {
	for _, tc := range []struct {
		in        string
		hand, cad string // "true", "false" or "nil"
	}{
		{"mon oncle, 52 ans, est au chômage depuis mars, il est reconnu travailleur handicapé. Il vit à Dole.", "true", "nil"},
		{"Ma sœur, 47 ans, a été licenciée en mai. Elle a une RQTH depuis 2022.", "true", "nil"},
		{"mon frere 55 ans etait cadre ds une banque, licencie en janvier, il vit a Tours", "nil", "true"},
		// must not catch: the writer speaks of their own situation
		{"Je suis au chômage depuis mars, 50 ans. Mon frère a une RQTH.", "nil", "nil"},
		{"Au chômage depuis juin, j'ai 44 ans, mon mari est cadre chez Thales.", "nil", "nil"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		s := func(b *bool) string {
			if b == nil {
				return "nil"
			}
			if *b {
				return "true"
			}
			return "false"
		}
		if s(f.Handicap) != tc.hand || s(f.Cadre) != tc.cad {
			t.Errorf("%q: handicap %s cadre %s, want %s %s", tc.in, s(f.Handicap), s(f.Cadre), tc.hand, tc.cad)
		}
	}
}

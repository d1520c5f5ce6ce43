package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21N: the age of a person written for by a professional or a
// volunteer (« un usager de 44 ans », « un jeune Soudanais de 19 ans »,
// « un jeune de 21 ans de notre entrepôt »), « N ans au chômage depuis … »
// under 26, and « <job> 19a à <employer> »; durations, years of service and
// other people's ages stay out.
func TestRound21NAge(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want int
	}{
		// rule 1
		{"Assistante sociale à Lens, j'accompagne un usager de 52 ans au RSA qui veut retravailler.", 52},
		{"CPE à Brest, une de mes élèves de 17 ans veut arrêter le lycée pour bosser.", 17},
		{"Conseillère CAF, une allocataire de 31 ans au RSA voudrait passer le permis, elle vit à Douai.", 31},
		{"Un de mes apprentis de 19 ans veut arrêter son contrat, garage à Dole.", 19},
		// rule 2
		{"Je suis bénévole à Emmaüs Pau, un jeune Guinéen de 20 ans, réfugié, cherche un travail.", 20},
		{"J'accompagne une jeune majeure de 18 ans sortie de l'ASE, à Montauban.", 18},
		// rule 3
		{"Un jeune de 20 ans de notre magasin, en CDD qui finit fin juin, n'a pas de diplôme. Il vit à Rodez.", 20},
		{"Un homme de 50 ans de notre village est au chômage, il vit à Figeac.", 50},
		// rule 4
		{"24 ans au chomage depuis mon CAP, Niort", 24},
		{"19 ans au chomage depuis juin, Metz", 19},
		// rule 5
		{"vendeuse 20a a Auchan jhabite a Roubaix", 20},
		{"caissier 21a chez Lidl a Vannes, en cdi", 21},
		// near misses
		{"20 ans de maison chez Michelin et licencié, Clermont-Ferrand", 0},
		{"15 ans de maison et licenciée, j'ai 38 ans, Angers", 38},
		{"Un jeune chiot de 3 ans de notre élevage, je suis au chômage à Tours", 0},
		{"22 ans au chômage, Laval", 22}, // round 22H: « N ans au chômage » listed is the age from 16 up
		{"J'ai passé 20 ans au chômage depuis la fermeture de l'usine, Lens", 0},
		{"Je suis caissière depuis 20a a Carrefour, Dreux", 0},
		{"Intérimaire depuis 24 ans, sans mission à Laon", 0},
		{"Il y a 18 ans j'ai eu mon CAP, aujourd'hui je suis au chômage à Tarbes.", 0},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Age != c.want {
			t.Errorf("%q: age %d; want %d", c.text, f.Age, c.want)
		}
	}
}

package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22H: ages still not read — « N ans au chômage / sans emploi » listed
// from 16 up, « Jeune maman de 22 ans, … » in apposition, occupations before
// « de N ans », « dans ma 25e année », a relative's « va avoir / aura / vient
// d'avoir », self-corrections; durations, counts and other people's ages
// stay out.
func TestRound22HAge(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want int
	}{
		// rule 1
		{"22 ans au chomage, Nîmes", 22},
		{"23ans sans taf ds le 93", 23},
		{"Intérimaire 24 ans sans mission depuis 3 semaines, Laon", 24},
		{"wesh 18 ans sans taf 91", 18},
		{"Pointe-à-Pitre, 21 ans sans emploi, j'ai un bac pro commerce", 21},
		// rule 2
		{"Jeune maman de 22 ans, je cherche un emploi à Lorient", 22},
		{"Maman solo de 23 ans, sans emploi à Amiens", 23},
		{"Jeune homme de 18 ans sans diplôme, je cherche du travail à Calais", 18},
		// rule 3
		{"Soudeur de 24 ans, en CDI à Saint-Nazaire", 24},
		// rule 4
		{"Je suis dans ma 25e année, au chômage à Limoges", 24},
		{"J'entre dans ma 23ème année et je cherche du travail à Dijon", 22},
		// rule 5
		{"Mon neveu va avoir 26 ans, il est au chômage à Avignon", 25},
		{"Mon fils aura 25 ans en juin, il cherche un emploi à Blois", 24},
		// rule 6
		{"J'ai 34 ans… pardon 24, je suis au chômage à Évreux", 24},
		{"j'ai 42 ans euh non 24 ans, sans emploi a Mulhouse", 24},
		{"J'ai 23 ans, pardon 32 ans, au chômage à Nevers", 32},
		// near misses
		{"22 ans sans arrêt maladie dans la même usine, et là je suis licencié", 0},
		{"3 ans au chômage, je veux reprendre une formation à Tours", 0},
		{"Ça fait 22 ans au chômage pour moi, Calais", 0},
		{"J'ai élevé mes 3 enfants pendant 20 ans sans emploi, je veux reprendre", 0},
		{"J'ai 45 ans dont 20 ans au chômage, à Lens", 45},
		{"18 ans sans accident, chauffeur routier en CDI à Rodez", 0},
		{"22 ans au chômage, ça use", 0},
		{"Électricien de 25 ans d'expérience, au chômage, Colmar", 0},
		{"Soudeur depuis 24 ans en CDI à Saint-Nazaire", 0},
		{"J'ai un fils de 22 ans au chômage, moi je suis en CDI à Valence", 0},
		{"Je suis dans ma 25e année de carrière à la SNCF en CDI", 0},
		{"C'est ma 20e année dans cette entreprise, en CDI à Lille", 0},
		{"Ma boîte vient d'avoir 25 ans, je suis salarié en CDI à Brest", 0},
		{"Mon fils va avoir 18 ans, moi je suis en CDI à Lens", 0},
		{"Ma fille a eu 20 ans hier, moi je suis sans emploi à Agen", 0},
		{"Je travaille chez Renault depuis 22 ans, pardon 24 ans, en CDI", 0},
		{"Je travaille dans une entreprise de 24 salariés à Laval, en CDI", 0},
		{"Je suis en CDD de 24 mois dans une usine à Besançon", 0},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Age != c.want {
			t.Errorf("%q: age %d; want %d", c.text, f.Age, c.want)
		}
	}
}

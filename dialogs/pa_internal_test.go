package dialogs

import "testing"

// worksAtFranceTravail reads France Travail as the visitor's employer, not
// as the service they are registered with or followed by.
func TestPaWorksAtFranceTravail(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"je suis conseillère à France Travail depuis 10 ans", true},
		{"je travaille chez Pôle emploi comme contractuelle", true},
		{"ma femme, elle est psychologue du travail à France Travail", true},
		{"je suis inscrite à France Travail depuis 6 mois", false},
		{"je suis suivi par Pôle emploi", false},
		{"mon conseiller France Travail m'a parlé du CEP", false},
		{"je suis fonctionnaire territoriale", false},
	} {
		if got := worksAtFranceTravail(tc.in); got != tc.want {
			t.Errorf("worksAtFranceTravail(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

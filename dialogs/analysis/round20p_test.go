package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 20P: the disability (HANDICAP field, row 5 of cep-domain.md §1.3)
// in forms the rules missed — the carte mobilité inclusion, « handicaper »
// typed for « handicapé », an English denial, a refusal told by its noun,
// « faire reconnaître », the verb « handicaper » of a disadvantage, an IPP
// under 10 %, a recognition gone, English words of other people, a
// relative's disability beside the writer's own situation, Cap emploi
// asked about — and the near-misses that must stay as they were.
func TestRound20PHandicap(t *testing.T) {
	yes, no := true, false
	for _, c := range []struct {
		text string
		want *bool
	}{
		// what changes
		{"Je suis titulaire de la carte mobilité inclusion, demandeuse d'emploi, 52 ans, Vierzon", &yes},
		{"CMI invalidité depuis 2022, magasinier en CDI, 44 ans", &yes},
		{"reconnue travailleuse handicaper, caissiere, 41 ans", &yes},
		{"No disability here, I'm looking for a job, 37, Bordeaux", &no},
		{"I haven't any disability, shop assistant, 29 years old", &no},
		{"I am not disabled, warehouse worker, 50", &no},
		{"Refus de la CDAPH pour ma RQTH en avril, au chômage, 46 ans", nil},
		{"j'aimerais faire reconnaître mon handicap, intérimaire, 39 ans", nil},
		{"mon accent me handicape pour trouver un poste, 47 ans, au chômage", nil},
		{"ce vieux diplôme m'a handicapé toute ma carrière, comptable, 55 ans", nil},
		{"taux d'IPP de 6 % après ma chute au travail, couvreur, 51 ans", nil},
		{"j'ai eu une RQTH en 2010 mais plus aujourd'hui, vendeur, 48 ans", nil},
		{"I volunteer with disabled children, I am a cashier, 33", nil},
		{"mon mari est en invalidité, je travaille comme secrétaire, 50 ans", nil},
		{"Cap emploi peut-il m'aider ? je suis cariste, 43 ans", nil},
		// near-misses that must not change
		{"J'ai la RQTH, demandeuse d'emploi, 52 ans, Vierzon", &yes},
		{"Je suis reconnue travailleuse handicapée, caissière, 41 ans", &yes},
		{"pas de handicap, au chômage, 37 ans, Bordeaux", &no},
		{"I have a disability pension, 52, Grenoble", &yes},
		{"ma RQTH a été refusée, au chômage, 46 ans", nil},
		{"taux d'IPP de 15 % avec une rente après un accident du travail, couvreur, 51 ans", &yes},
		{"j'ai la RQTH depuis 2010, vendeur, 48 ans", &yes},
		{"ma sœur, 45 ans, est en invalidité et cherche un emploi à mi-temps", &yes},
		{"Je suis sa tutrice : mon fils de 38 ans travaille en ESAT.", &yes},
		{"reconnu travailleur handicapé, je voudrais savoir si Cap emploi peut m'aider, 43 ans", &yes},
		{"je suis en situation de handicap, au chômage, 44 ans", &yes},
		{"je suis diabétique, au chômage, 45 ans", nil},
		{"ça va me handicaper de ne pas avoir le permis, 30 ans, au chômage", nil},
	} {
		got := analysis.Analyse(c.text, testNow).Handicap
		if (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("%q: handicap %v, want %v", c.text, show(got), show(c.want))
		}
	}
}

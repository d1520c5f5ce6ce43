package knowledge_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/knowledge"
)

// « j'ai arrêté mes études » is to stop, not the « arrêt » of a sick leave,
// which « je suis en arrêt maladie » still names.
func TestStoppedIsNoSickLeave(t *testing.T) {
	for _, tc := range []struct {
		q    string
		sick bool
	}{
		{"j'ai arrêté mes études, que faire ?", false},
		{"mon fils de 19 ans a arrêté le lycée, que peut-il faire", false},
		{"ils ont arrêté la formation, je fais quoi ?", false},
		{"je suis en arrêt maladie, est-ce que je peux faire un bilan", true},
		{"arrêt de travail depuis 3 mois, comment préparer mon retour ?", true},
	} {
		got := false
		for _, m := range knowledge.Answer(tc.q, "") {
			got = got || m.Card.ID == "arret_maladie"
		}
		if got != tc.sick {
			t.Errorf("%q: sick-leave card %v, want %v", tc.q, got, tc.sick)
		}
	}
}

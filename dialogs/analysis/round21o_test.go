package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21O: status words said in the Creoles of the Antilles, Guyane and La
// Réunion (« fonksyonè », « kontraktyèl », « komèsan », « kadre »…), the
// Creole « I am » (« an sé », « mi lé »), « I work » (« ka travay », « mi
// travay ») and « no more » (« mi travay pi »), and an intérimaire's « no
// mission » (« pa ni mision », « na poin mission »), read as their French
// words (lexicon_round21o.go says why). Near-misses keep their status: the
// past « té », the negation « pa », Antillean « man lé » (I want), the French
// « an » after an article, « mi-temps », and the phrases rounds 6 and 13C
// read already.
func TestRound21OCreole(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"an sé fonksyonè lakomin Sainte-Anne, an vlé fè on bilan", "agent_public"},
		{"man sé fonksyonè, man ka travay Fodfrans", "agent_public"},
		{"mi lé fonksionèr dann in collège, mi vé changé", "agent_public"},
		{"mi lé kadre dann in société Saint-Denis, 40 an", "salarie_prive"},
		{"an sé kontraktyèl adan on lékòl Les Abymes", "agent_public"},
		{"Man sé komèsan Le Marin, man vlé fè otchose", "independant"},
		{"mwen sé otoantreprenèz, an ka fè gato", "auto_entrepreneur"},
		{"an sé entérimèr, an pa ni mision dépi mas", "demandeur_emploi"},
		{"mi lé intérimaire, mi na poin mission dpi 3 mois", "demandeur_emploi"},
		{"mi lé intérimaire, pi d'mission depi 2 mois", "demandeur_emploi"},
		// near-misses that must not change
		{"mi travay pi dpi 2 an, mi rod travay", "demandeur_emploi"},
		{"an té fonksyonè, aprézan an an rétrèt", ""},
		{"an pa fonksyonè, an ka travay pou on asosyasyon an CDI", "salarie_prive"},
		{"man lé fè on bilan, man ka travay an CDI adan on magazen", "salarie_prive"},
		{"un an se termine, je suis en CDI chez Leclerc", "salarie_prive"},
		{"je travaille à mi-temps le matin en CDI chez Lidl", "salarie_prive"},
		{"mi lé pa o chômage, mi travay dann in garage en CDI", "salarie_prive"},
		{"an ka chèché travay, 30 lanné, Pointe-à-Pitre", "demandeur_emploi"},
		{"mi lé o chomaj dpi 1 an", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q, want %q", c.text, f.Status, c.status)
		}
	}
}

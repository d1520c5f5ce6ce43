package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21E: self-employment and atypical work in forms not read before
// (the VRP, a salaried président or gérant of his own company, « ma propre
// boucherie / mon propre gîte », an artist affiliated to the Maison des
// artistes; lexicon_round21e.go says why). Near-misses keep their status:
// an employee's « salariée de mon entreprise », a former VRP or a wish to
// become one, a salaried manager who « gère le restaurant », a wish of
// « ma propre boulangerie », a negation, a job at the Maison des artistes,
// a business owned in the past.
func TestRound21ESelfEmployed(t *testing.T) {
	self := map[string]bool{"independant": true, "artisan": true, "auto_entrepreneur": true, "profession_liberale": true}
	for _, c := range []struct {
		text, status string
	}{
		// what changes
		{"Je suis VRP multicarte dans les vins, 50 ans, Bordeaux. Je veux changer de métier.", "salarie_prive"},
		{"voyageur représentant placier depuis 12 ans, 48 ans, Lille", "salarie_prive"},
		{"Je suis salarié de ma propre SASU (président) dans le conseil RH, 46 ans, Bordeaux.", "independant"},
		{"salariée de ma SARL de coiffure, 41 ans, Pau, je veux faire un bilan", "independant"},
		{"Je suis salarié de ma propre société de conseil, 52 ans, Nantes.", "independant"},
		{"Bonjour, je suis boucher, j'ai ma propre boucherie à Lisieux. 49 ans.", "independant"},
		{"Je gère mon propre gîte et chambres d'hôtes à Sarlat, 53 ans.", "independant"},
		{"je possède ma propre pizzeria à Nîmes, 44 ans", "independant"},
		{"Je suis une artiste plasticienne affiliée à la Maison des artistes, 39 ans, Marseille.", "independant"},
		// near-misses that must not change
		{"Je suis vendeuse, toujours salariée de mon entreprise, en CDI, 39 ans, Lyon.", "salarie_prive"},
		{"J'ai été VRP pendant vingt ans, je suis au chômage depuis mars, 55 ans, Tours.", "demandeur_emploi"},
		{"Je suis au chômage et je voudrais devenir VRP, 40 ans, Metz.", "demandeur_emploi"},
		{"Je gère le restaurant de mon patron, en CDI, 40 ans, Lille.", "salarie_prive"},
		{"Je suis boulanger salarié en CDI et je voudrais avoir ma propre boulangerie, 35 ans, Tours.", "salarie_prive"},
		{"Je travaille à la Maison des artistes comme secrétaire en CDI, 45 ans, Paris.", "salarie_prive"},
		{"J'avais ma propre boulangerie, fermée l'an dernier, je cherche un emploi, 50 ans, Tulle.", "demandeur_emploi"},
	} {
		f := analysis.Analyse(c.text, testNow)
		got := f.Status
		if c.status == "independant" && self[got] {
			got = "independant"
		}
		if got != c.status {
			t.Errorf("%q: status %q, doubts %b; want %q", c.text, f.Status, f.Doubts, c.status)
		}
	}
}

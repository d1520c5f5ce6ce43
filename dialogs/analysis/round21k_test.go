package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21K: an employer's or HR manager's general question about their
// staff in the plural, and a helper writing for a person they follow
// whose situation is not told, leave the status asked (the labelled sets
// label them null, lexicon_round21k.go says why). Near-misses keep a
// status: one member of the staff singled out, the writer asking for
// themself, staff named without a question, the followed person's own
// status, a job seeker's word before the person.
func TestRound21KNoOnesStatus(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
	}{
		// what changes
		{"Je suis DRH d'une PME de 60 personnes à Rennes. Est-ce que mes salariés peuvent faire un bilan avec vous ?", "", true},
		{"bjr jsuis patronne d un salon de coiffure a Toulon, mes coiffeuses peuvent vous appeler ?", "", true},
		{"Responsable RH, mairie de Bourges : nos agents contractuels ont-ils accès à votre accompagnement ?", "", true},
		{"Je suis le patron d'un garage à Tours, mes mécaniciens me parlent de reconversion, c'est vous qu'il faut appeler ?", "", true},
		{"Assistante sociale au conseil départemental du Gard, je vous écris pour un monsieur de 44 ans qui souhaite faire un bilan. Il habite Alès.", "", true},
		{"Bonjour, éducatrice spécialisée dans une association, j'accompagne une femme de 39 ans qui veut changer de métier. Elle vit à Tours.", "", true},
		// near-misses that must not change
		{"Responsable RH dans une entreprise de transport à Orléans. Un de nos chauffeurs, 55 ans, en CDI, ne peut plus conduire et veut se reconvertir.", "salarie_prive", false},
		{"Je suis DRH d'une PME à Rennes et c'est pour moi : j'ai 48 ans, je suis cadre en CDI et je voudrais changer de métier.", "salarie_prive", false},
		{"Je suis gérant d'une SARL de plomberie à Nantes, 47 ans, mes salariés peuvent-ils reprendre la boîte ? Je voudrais céder et me reconvertir.", "artisan", false},
		{"Je suis coiffeuse, j'ai mon salon à Carpentras depuis dix ans. Je voudrais former mes apprentis : quel diplôme faut-il ?", "artisan", false},
		{"Assistante sociale au CCAS de Lens, j'accompagne une dame de 50 ans au RSA qui veut se former.", "demandeur_emploi", false},
		{"bjr au chomage, je fais du cesu pour une dame agée 15h/mois. 46 ans. Montluçon. je voudrais bosser en ehpad", "demandeur_emploi", false},
		{"Je suis assistante sociale à la mairie de Tours et c'est pour moi : 45 ans, titulaire, je veux changer de métier.", "agent_public", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked {
			t.Errorf("%q: status %q, doubts %b; want %q, asked %v", c.text, f.Status, f.Doubts, c.status, c.asked)
		}
	}
}

package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 20N: the self-employed said in forms the rounds before had not
// read (« à mon propre compte », « mon propre patron », « travailleur non
// salarié », « présidente d'une SAS », « chef d'exploitation agricole »,
// « je dirige ma petite entreprise », « pharmacienne titulaire »), and the
// near-misses that must keep their reading (an employee's « chef
// d'exploitation », the président of an association, a tenured hospital
// pharmacist, « titulaires » alone).
func TestRound20NSelfEmployed(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string // "" = asked
	}{
		// what changes
		{"Je suis à mon propre compte, 47 ans, Caen", "independant"},
		{"Je suis mon propre patron, 46 ans, Toulon", "independant"},
		{"Je suis un travailleur non salarié, 50 ans, Bourges", "independant"},
		{"Je suis présidente d'une SAS, mon entreprise de communication, 38 ans, Lyon", "independant"},
		{"Je suis chef d'exploitation agricole, 50 ans, Épinal", "independant"},
		{"Je dirige ma petite entreprise de paysagisme, 45 ans, Angers", "independant"},
		{"Je suis pharmacienne titulaire, 50 ans, Albi", "profession_liberale"},
		// near-misses that must not change
		{"Je suis chef d'exploitation dans une entreprise de transport, 45 ans", "salarie_prive"},
		{"Je suis président d'une association, 50 ans", ""},
		{"Je dirige une équipe de 10 personnes, 44 ans", ""},
		{"pharmacienne titulaire au CHU de Lyon, 45 ans", "agent_public"},
		{"pharmacien titulaire à l'hôpital, 45 ans", "agent_public"},
		{"Ma sœur et moi sommes jardiniers à la ville de Nantes, titulaires, moi j'ai 36 ans", "agent_public"},
		{"Je suis en CDI et j'ai une micro-entreprise à côté, 40 ans, Tours", ""},
		{"Je veux me mettre à mon compte, 42 ans, Nantes", ""},
		{"Je ne suis pas à mon compte, je suis salarié en CDI, 45 ans, Nantes", "salarie_prive"},
	} {
		if got := analysis.Analyse(c.text, now).Status; got != c.status {
			t.Errorf("%q: status %q, want %q", c.text, got, c.status)
		}
	}
}

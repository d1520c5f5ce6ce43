package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22R: a volunteer of the RSMA now is no status of the table, like a
// service civique (a job wished « après » does not make a job seeker), and
// the Réunion Creole « mi sort l'armée » is « je sors de l'armée »
// (lexicon_round22r.go says why). Near-misses keep their status: the RSMA's
// cadres, a volunteer who has left, a past volunteer now at work or
// seeking, the French « sort » of someone else.
func TestRound22ROverseas(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"je suis volontaire au RSMA de Martinique, 20 ans, je fais une formation de cuisinier, après je voudrais trouver un emploi", ""},
		{"mwen sé volontè RSMA, 19 lanné, an ka chèché travay pou apré", ""},
		{"mi sort l'armée, RSMA fini, 22 an, mi rod travay Le Port", "demandeur_emploi"},
		{"mi sort l'armée, 22 an, mi rod travay Le Port", "demandeur_emploi"},
		// near-misses that must not change
		{"Ancien volontaire du RSMA, je suis au chômage au Moule, 29 ans", "demandeur_emploi"},
		{"J'ai été volontaire au RSMA, maintenant je cherche du travail, 23 ans", "demandeur_emploi"},
		{"je suis sergent-chef encadrant au RSMA de Combani", "agent_public"},
		{"j'ai fait le RSMA il y a 10 ans, maintenant je suis chauffeur-livreur en CDI à Cayenne, 31 ans", "salarie_prive"},
		{"je sors de l'armée, 22 ans, je cherche du travail au Port", "demandeur_emploi"},
		{"pompier volontaire et je cherche du travail, 35 ans", "demandeur_emploi"},
		{"Je suis adjudant au RSMA de la Réunion, militaire de carrière, 43 ans, je prépare ma reconversion", "agent_public"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

// Round 22R: a message in Réunion Creole names the Réunion homonym of a
// commune (« mi rod travay Saint-Benoît »: 974); French messages keep the
// question (« j'habite Saint-Paul »), and « mi-temps » is no Creole subject.
func TestRound22RReunionHomonym(t *testing.T) {
	for _, c := range []struct{ text, dep string }{
		// what changes
		{"Mi lé au chomaj depi 6 mois, mi reste Saint-Louis, 35 an", "974"},
		{"mi rod travay Saint-Benoît, 30 an", "974"},
		{"mi lé pompier volontaire et mi rod travay Saint-Joseph", "974"},
		// near-misses that must not change
		{"je travaille à mi-temps à Saint-Louis, 40 ans", ""},
		{"j'habite Saint-Paul, au chômage, 40 ans", ""},
		{"au chômage, j'habite Saint-Benoît, 30 ans", ""},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Departement != c.dep {
			t.Errorf("%q: département %q; want %q", c.text, f.Departement, c.dep)
		}
	}
}

package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound21w: the status said in Spanish, Portuguese, Italian, Turkish or
// after an English « I » (lexicon_round21w.go). Near-misses: a wish to
// become, a past job, a job sought, a French « sou », a negation.
func TestRound21w(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// read now
		{"Hola, estoy en paro desde hace 6 meses, tengo 42 años, vivo en Perpignan", "demandeur_emploi"},
		{"Soy funcionaria en el ayuntamiento de Bayonne, 47 años", "agent_public"},
		{"Soy autónomo, tengo una empresa de reformas en Toulouse, 51 años", "independant"},
		{"Trabajo de cocinero en un restaurante de Nice, 27 años", "salarie_prive"},
		{"Sou auxiliar de limpeza numa empresa, 51 anos, Lyon", "salarie_prive"},
		{"estou no desemprego desde junho, 35 anos, Cergy", "demandeur_emploi"},
		{"Ciao, sono disoccupato da 5 mesi, ho 40 anni, vivo a Nizza", "demandeur_emploi"},
		{"Sono libero professionista, architetto a Marseille, 45 anni", "profession_liberale"},
		{"ben memurum, belediyede çalışıyorum, 44 yaş, Strasbourg", "agent_public"},
		{"I got laid off in april, 52, Metz, what can I do?", "demandeur_emploi"},
		{"Trabajaba en un restaurante pero ahora estoy en paro, 39 años, Marseille", "demandeur_emploi"},
		// near-misses: no status, or another one
		{"Quiero ser funcionario, tengo 28 años, vivo en Bordeaux", ""},
		{"Vorrei diventare funzionario, 31 anni, Paris", ""},
		{"I want to be self-employed, I'm a cook in a restaurant, 35, Bordeaux", "salarie_prive"},
		{"I'm not a civil servant, I work for a private company, 40, Paris", "salarie_prive"},
		{"estoy buscando trabajo en un hotel, tengo 24 años y vivo en Pau", ""}, // a job sought: not « je travaille »
		{"Ero insegnante in Italia, ora vivo a Lyon, 39 anni", ""},
		{"je n'ai plus un sou, je suis au chômage, 45 ans, Lille", "demandeur_emploi"},
		{"Bonjour, je suis en chômage partiel depuis deux mois dans mon usine, opérateur, 43 ans, Montbéliard.", "salarie_prive"},
		{"Sono stato infermiere per 30 anni, adesso sono in pensione, Nice", ""},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q, want %q (rules %q)", c.text, f.Status, c.status, analysis.AnalyseRules(c.text, testNow).Status)
		}
	}
}

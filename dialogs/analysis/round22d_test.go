package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22D: status and job-search words of Romanian, Polish, Ukrainian,
// Russian (transliterated) and Darija mixed with French (lexicon_round22d.go
// says why). Near-misses keep their reading: a wish to become a
// fonctionnaire in Darija, a past job abroad, an asylum seeker, a diploma
// from abroad, a residence permit, the Darija verb « khdam » (asked).
func TestRound22DForeignWords(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"sunt somer, 39 ans, Lyon", "demandeur_emploi"},
		{"nu lucrez acum, caut de lucru, 35 ans, Strasbourg", "demandeur_emploi"},
		{"jestem bezrobotny, 50 ans, Calais", "demandeur_emploi"},
		{"Hello, je suis bezrobotna depuis 5 mois, 44 ans, Nice", "demandeur_emploi"},
		{"teraz szukam pracy w Lille, 39 ans", "demandeur_emploi"},
		{"ya bezrabotnyi, 33 ans, Marseille", "demandeur_emploi"},
		{"ishchu rabotu, 48 ans, Nice", "demandeur_emploi"},
		{"shukaiu robotu, 31 ans, Bordeaux, je parle un peu français", "demandeur_emploi"},
		{"wesh bghit nwelli fonctionnaire, 27 ans, Nîmes", ""},
		// near-misses that must not change
		{"je suis demandeur d'asile depuis 3 mois, 27 ans, Grenoble, je veux travailler", ""},
		{"j'étais fonctionnaire au Maroc, 40 ans, je viens d'arriver à Paris", ""},
		{"diplôme d'ingénieur en Algérie, 31 ans, Marseille, je veux faire reconnaître mon diplôme", ""},
		{"kont khdam f restaurant, daba makhdamch, 31 ans, Paris", ""},
		{"mon mari khdam f chantier, moi je reste à la maison, 38 ans, Lyon", ""},
		{"ana fonctionnaire f la mairie, 48 ans, Roubaix", "agent_public"},
		{"rani chômeur men 8 mois, 45 ans, Lyon", "demandeur_emploi"},
		{"réfugiée, j'ai la carte de 10 ans, je travaille aide à domicile en CDI, 42 ans, Caen", "salarie_prive"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

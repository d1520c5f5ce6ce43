package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Issue 13, persona q26a: a postal code names its commune when it serves
// only one (« 59000 » is Lille); an overseas collectivity is named; a
// département name typed in lower case where a big town would be read is
// a place; « je reviens m'installer à Bordeaux » is a home to come; a
// spaced postal code ending in 00 is read without a cue. Near-misses keep
// what was right.
func TestQ26aPlaces(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text, dep, commune string
		outside            bool
		moveTo             string
	}{
		// 1. a postal code serving one commune names it
		{text: "je suis salarié à 59000, j'ai 40 ans", dep: "59", commune: "Lille"},
		{text: "salarie 40 ans 69100", dep: "69", commune: "Villeurbanne"},
		{text: "salarie 93 200", dep: "93", commune: "Saint-Denis"},
		{text: "j'habite au 75 015", dep: "75", commune: "Paris"},
		// near-misses: a code of several communes names none; a commune
		// named keeps its name
		{text: "salarie 40 ans 01000", dep: "01"},
		{text: "j'habite Saint-Denis-lès-Bourg 01000", dep: "01", commune: "Saint-Denis-lès-Bourg"},
		// 2. an overseas collectivity is named
		{text: "je suis salarié à Saint-Pierre-et-Miquelon", outside: true, commune: "Saint-Pierre-et-Miquelon"},
		{text: "salarie 97500", outside: true, commune: "Saint-Pierre-et-Miquelon"},
		{text: "je vis en Nouvelle-Calédonie", outside: true, commune: "Nouvelle-Calédonie"},
		{text: "je suis salarié à Saint-Martin", outside: true, commune: "Saint-Martin"},
		{text: "je vis en Belgique", outside: true}, // abroad: no commune invented
		// 3. a département name in lower case where a big town is read
		{text: "guadeloupe", dep: "971"},
		{text: "mayotte", dep: "976"},
		{text: "mayotte, 30 ans, demandeur d emploi", dep: "976"},
		{text: "salarie 40 ans guadeloupe reconversion", dep: "971"},
		{text: "chomeur 45 ans martinique", dep: "972"},
		// near-misses: a word, a first name, a common département word
		{text: "reunion"},
		{text: "chomeur 45 ans reunion"},
		{text: "lorraine"},
		{text: "salarie 40 ans manche"},
		// 4. a home to come after « je reviens m'installer »
		{text: "je vis au Canada, je reviens m'installer à Bordeaux en mars", outside: true, moveTo: "33"},
		// near-misses: a move made is the home of now
		{text: "je suis rentré m'installer à Bordeaux", dep: "33", commune: "Bordeaux"},
		{text: "je viens d'emménager à Lyon", dep: "69", commune: "Lyon"},
		// 5. a spaced code ending in 00, no cue; amounts stay amounts
		{text: "salarie 13 100", dep: "13"}, // several communes: none named
		{text: "j'ai 45 000", dep: ""},
		{text: "salaire 32 500", dep: ""},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Departement != c.dep || f.Commune != c.commune || f.Outside != c.outside || f.MoveTo != c.moveTo {
			t.Errorf("%q: dep %q commune %q outside %v moveTo %q; want %q %q %v %q", c.text, f.Departement, f.Commune, f.Outside, f.MoveTo,
				c.dep, c.commune, c.outside, c.moveTo)
		}
	}
	// the place question reads the same
	for _, c := range []struct{ text, dep, commune string }{
		{"59000", "59", "Lille"},
		{"69100", "69", "Villeurbanne"},
		{"59 000", "59", "Lille"},
		{"01000", "01", ""},
		{"Lille", "59", "Lille"},
	} {
		if p := analysis.ParsePlace(c.text); p.Departement != c.dep || p.Commune != c.commune {
			t.Errorf("ParsePlace(%q): %q %q; want %q %q", c.text, p.Departement, p.Commune, c.dep, c.commune)
		}
	}
}

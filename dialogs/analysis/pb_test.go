package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// A home denied beside the right one (« j'habite pas à Tours, j'habite à
// Blois ») is not the home; near a town (« pas loin de Tours ») it still
// is (issue 13, persona pb).
func TestDeniedHome(t *testing.T) {
	for _, c := range []struct{ text, dep string }{
		{"attendez j'habite pas à Tours, j'habite à Blois", "41"},
		{"je n'habite pas à Tours mais à Blois", "41"},
		{"je n'habite plus dans le 93, je suis à Lyon", "69"},
		{"je ne vis pas à Tours", ""},
		{"j'habite pas loin de Tours", "37"},
		{"j'habite à Tours", "37"},
	} {
		if got := analysis.Analyse(c.text, testNow).Departement; got != c.dep {
			t.Errorf("%q: département %q, want %q", c.text, got, c.dep)
		}
	}
}

// A spaced postal code followed by its commune (« 93 200 saint denis »)
// settles the homonym; a sum before a town is not a code.
func TestSpacedCodeBeforeCommune(t *testing.T) {
	for _, c := range []struct{ text, dep string }{
		{"salarié 40 ans, 93 200 saint denis", "93"},
		{"93 200 Saint-Denis", "93"},
		{"salarié, 37 000 Tours", "37"},
		{"j'ai 30 000 euros", ""},
	} {
		if got := analysis.Analyse(c.text, testNow).Departement; got != c.dep {
			t.Errorf("%q: département %q, want %q", c.text, got, c.dep)
		}
	}
}

// A misspelt big town as the last word after the age item of an SMS list
// (« chomeuse 44 ans marseil ») is offered, not lost; a word that is no
// town there (« reconversion ») is not.
func TestTypoAfterAgeItem(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"chomeuse 44 ans marseil", 1},
		{"demandeur d'emploi 50 ans tolouse", 1},
		{"salarié 44 ans reconversion", 0},
	} {
		if got := len(analysis.Analyse(c.text, testNow).Candidates); got != c.want {
			t.Errorf("%q: %d candidates, want %d", c.text, got, c.want)
		}
	}
}

// A capitalised compound name (« c'est Saint-Denis-en-Val ») is the
// commune, not its head's homonyms beaten by its tail read as a town
// (« Val », Val-de-Reuil in the Eure).
func TestCapitalCompound(t *testing.T) {
	for _, c := range []struct{ text, dep string }{
		{"c'est Saint-Denis-en-Val", "45"},
		{"non je me suis trompé c'est Saint-Denis-en-Val", "45"},
		{"je travaille à la Saint-Jean", ""},
	} {
		if got := analysis.Analyse(c.text, testNow).Departement; got != c.dep {
			t.Errorf("%q: département %q, want %q", c.text, got, c.dep)
		}
	}
}

// « salariée 35 ans à Tours »: an age before a town that is also a word,
// written with its capital; a duration stays one.
func TestAgeBeforeCapitalTownWord(t *testing.T) {
	for _, c := range []struct {
		text string
		age  int
	}{
		{"salariée 35 ans à Tours", 35},
		{"35 ans à Tours", 35},
		{"j'ai travaillé 20 ans à Tours", 0},
	} {
		if got := analysis.Analyse(c.text, testNow).Age; got != c.age {
			t.Errorf("%q: age %d, want %d", c.text, got, c.age)
		}
	}
}

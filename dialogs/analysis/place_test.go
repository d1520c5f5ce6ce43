package analysis

import (
	"reflect"
	"strings"
	"testing"
)

func TestParsePlace(t *testing.T) {
	for _, tc := range []struct {
		in, dep, region string
		outside         bool
		cands           int // expected number of candidates (0 = none)
	}{
		{"69003", "69", "84", false, 0},
		{"20000", "2A", "94", false, 0},
		{"20200", "2B", "94", false, 0},
		{"97100", "971", "01", false, 0},
		{"97133", "", "", true, 0},
		{"97500", "", "", true, 0},
		{"98000", "", "", true, 0},
		{"93", "93", "11", false, 0},
		{"le 93", "93", "11", false, 0},
		{"dans le 2B", "2B", "94", false, 0},
		{"Seine-St-Denis", "93", "11", false, 0},
		{"seine saint denis", "93", "11", false, 0},
		{"en Bretagne", "", "53", false, 0},
		{"sur Paris", "75", "11", false, 0},
		{"Lyon 3e", "69", "84", false, 0},
		{"Marseille", "13", "93", false, 0},
		{"à Saint-Denis", "", "", false, 2},
		{"Saint-Denis 93200", "93", "11", false, 0},
		{"Saint-Denis, La Réunion", "974", "04", false, 0},
		{"Valence", "", "", false, 2}, // Valence-d'Agen (5 300) too: asked (persona pb)
		{"Valence 82400", "82", "76", false, 0},
		{"j'habite à Bastia", "2B", "94", false, 0},
		{"Ajaccio", "2A", "94", false, 0},
		{"Mamoudzou", "976", "06", false, 0},
		{"La Réunion", "974", "04", false, 0},
		{"Guadeloupe", "971", "01", false, 0},
		{"Nouméa", "", "", true, 0},
		{"Belgique", "", "", true, 0},
		{"dans la Vienne", "86", "75", false, 0},
		{"à Vienne", "38", "84", false, 0},
		{"Haute-Savoie", "74", "84", false, 0},
		{"cote d'or", "21", "27", false, 0},
		{"st etienne", "42", "84", false, 0},
		{"", "", "", false, 0},
		{"je ne sais pas", "", "", false, 0},
	} {
		f := ParsePlace(tc.in)
		if f.Departement != tc.dep || f.Region != tc.region || f.Outside != tc.outside || len(f.Candidates) < tc.cands || tc.cands == 0 && len(f.Candidates) > 0 {
			t.Errorf("ParsePlace(%q) = dep %q region %q outside %v cands %v; want %q %q %v (%d cands)",
				tc.in, f.Departement, f.Region, f.Outside, f.Candidates, tc.dep, tc.region, tc.outside, tc.cands)
		}
		if f.Status != "" || f.Age != 0 || f.Project != "" {
			t.Errorf("ParsePlace(%q) set non-place fields: %+v", tc.in, f)
		}
	}
}

func TestPlaceInText(t *testing.T) {
	for _, tc := range []struct{ in, dep string }{
		{"Je suis au chômage, j'habite à Saint-Denis (93200)", "93"},
		{"Je travaille à Paris mais j'habite à Créteil", "94"},
		{"Académie de Grenoble, j'habite à Chambéry", "73"},
		{"je veux aller plus loin vers le haut", ""}, // "Plus", "Vers" are communes: not places here
		{"je suis vraiment bien dans ce métier", ""}, // no place
		{"salaire de 25000 euros par an", ""},        // not a postal code
		{"Le 30 juin mon contrat se termine", ""},    // a date, not département 30
		{"à Tours depuis 10 ans", "37"},              // town that is also a word, with a cue
		{"on a fait des tours de magie", ""},         // …and without
		{"je suis dans le Var", "83"},
		{"en somme je voudrais changer", ""}, // "Somme" needs a capital or "dans"
		{"Bonjour, je vis en Corse à Porto-Vecchio", "2A"},
		{"PME lyonnaise", ""},         // a workplace (Workplace "69"), not a home
		{"je bosse à la Défense", ""}, // a workplace: Workplace "92", the home is asked
		{"préfecture du Nord", ""},    // a workplace, not a home
		{"infirmière au CHU de Nantes, j'habite à Rezé", "44"},
		{"au chômage, le 9-3", "93"},
		{"au chômage, dans le neuf trois", "93"},
		{"Je suis au chômage, j'habite à Saint-Pierre", ""}, // La Réunion, Martinique, Saint-Pierre-et-Miquelon…: asked
		{"j'habite Marseil", ""},                            // a misspelt name is confirmed by a question
		{"j'habite Marseil, 13005", "13"},                   // …unless a postal code agrees
	} {
		f := Analyse(tc.in, benchNow)
		if f.Departement != tc.dep {
			t.Errorf("Analyse(%q).Departement = %q (commune %q, cands %v), want %q", tc.in, f.Departement, f.Commune, f.Candidates, tc.dep)
		}
	}
	f := Analyse("J'habite à Saint-Denis", benchNow)
	all := strings.Join(f.Candidates, ",")
	if f.Departement != "" || len(f.Candidates) < 2 || !strings.Contains(all, "(Seine-Saint-Denis, 93)") || !strings.Contains(all, "(La Réunion, 974)") || !f.Doubts.Has(DoubtPlace) {
		t.Errorf("Saint-Denis must stay ambiguous between 93 and 974, named with their départements: %+v", f)
	}
	if f := Analyse("je bosse à la Défense", benchNow); f.Workplace != "92" || !f.Doubts.Has(DoubtHome) {
		t.Errorf("workplace: got Workplace %q, doubts %b; want 92 and DoubtHome", f.Workplace, f.Doubts)
	}
	if f := Analyse("j'habite Marseil", benchNow); len(f.Candidates) != 1 || f.Candidates[0] != "Marseille (Bouches-du-Rhône, 13)" || f.Why.Place.How != HowTypo {
		t.Errorf("typo: got candidates %q (%v), want Marseille to confirm", f.Candidates, f.Why.Place)
	}
	if f := Analyse("je suis au chômage, j'habite Saint-Etiene", benchNow); len(f.Candidates) != 1 || !strings.HasPrefix(f.Candidates[0], "Saint-Étienne (Loire, 42)") {
		t.Errorf("typo on two words: got candidates %q", f.Candidates)
	}
}

func TestMerge(t *testing.T) {
	old := Facts{Status: "demandeur_emploi", Age: 30, Departement: "69", Region: "84", Commune: "Lyon", Project: "formation"}
	newer := Facts{Age: 31, Departement: "2A", Region: "94"}
	got := old.Merge(newer)
	want := Facts{Status: "demandeur_emploi", Age: 31, Departement: "2A", Region: "94", Project: "formation"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Merge = %+v, want %+v", got, want)
	}
	if got := old.Merge(Facts{}); !reflect.DeepEqual(got, old) {
		t.Errorf("Merge(empty) changed facts: %+v", got)
	}
}

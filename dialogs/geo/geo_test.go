package geo

import "testing"

func TestDepartements(t *testing.T) {
	ds := Departements()
	if len(ds) != 101 {
		t.Fatalf("got %d départements, want 101", len(ds))
	}
	for _, tc := range []struct{ dep, name, region, regionName string }{
		{"69", "Rhône", "84", "Auvergne-Rhône-Alpes"},
		{"2A", "Corse-du-Sud", "94", "Corse"},
		{"974", "La Réunion", "04", "La Réunion"},
		{"93", "Seine-Saint-Denis", "11", "Île-de-France"},
	} {
		if got := DepartementName(tc.dep); got != tc.name {
			t.Errorf("DepartementName(%q) = %q, want %q", tc.dep, got, tc.name)
		}
		if got := RegionOf(tc.dep); got != tc.region {
			t.Errorf("RegionOf(%q) = %q, want %q", tc.dep, got, tc.region)
		}
		if got := RegionName(tc.region); got != tc.regionName {
			t.Errorf("RegionName(%q) = %q, want %q", tc.region, got, tc.regionName)
		}
	}
	if RegionOf("975") != "" || DepartementName("99") != "" {
		t.Error("unknown codes must give empty strings")
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Saint-Étienne":          "saint etienne",
		"L'Haÿ-les-Roses":        "l hay les roses",
		"  Côte-d'Or ":           "cote d or",
		"Œuilly":                 "oeuilly",
		"Seine-Saint-Denis (93)": "seine saint denis 93",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPostalCode(t *testing.T) {
	for _, tc := range []struct {
		cp             string
		dep            string
		known, outside bool
	}{
		{"69003", "69", true, false},
		{"20000", "2A", true, false},
		{"20200", "2B", true, false},
		{"20090", "2A", true, false},
		{"20600", "2B", true, false},
		{"97100", "971", true, false},
		{"97400", "974", true, false},
		{"97600", "976", true, false},
		{"97133", "977", true, true},
		{"97150", "978", true, true},
		{"97500", "975", true, true},
		{"98000", "980", false, true},
		{"98800", "988", true, true},
		{"75011", "75", true, false},
		{"01200", "01", true, false},
		{"1234", "", false, false},
	} {
		dep, known, outside := PostalCode(tc.cp)
		if dep != tc.dep || known != tc.known || outside != tc.outside {
			t.Errorf("PostalCode(%q) = %q,%v,%v; want %q,%v,%v", tc.cp, dep, known, outside, tc.dep, tc.known, tc.outside)
		}
	}
}

func TestCommunes(t *testing.T) {
	for _, tc := range []struct {
		key   string
		first string // département of the most populous homonym
		n     int    // minimum number of homonyms
	}{
		{"paris", "75", 1},
		{"lyon", "69", 1},
		{"saint denis", "974", 2},
		{"valence", "26", 2},
		{"bastia", "2B", 1},
		{"ajaccio", "2A", 1},
		{"mamoudzou", "976", 1},
		{"saint pierre", "974", 2},
	} {
		cs := CommunesByKey(tc.key)
		if len(cs) < tc.n || cs[0].Dep != tc.first {
			t.Errorf("CommunesByKey(%q) = %v; want first in %s and ≥ %d", tc.key, cs, tc.first, tc.n)
		}
	}
	if MaxWordsFrom("saint") < 5 || MaxWordsFrom("zzz") != 0 {
		t.Error("MaxWordsFrom")
	}
}

func TestNames(t *testing.T) {
	for k, want := range map[string]string{"seine saint denis": "93", "seine st denis": "93", "var": "83", "cote d or": "21", "la reunion": "974", "haute savoie": "74"} {
		if got := DepartementByKey(k); got != want {
			t.Errorf("DepartementByKey(%q) = %q, want %q", k, got, want)
		}
	}
	for k, want := range map[string]string{"bretagne": "53", "ile de france": "11", "paca": "93", "corse": "94"} {
		if got := RegionByKey(k); got != want {
			t.Errorf("RegionByKey(%q) = %q, want %q", k, got, want)
		}
	}
	if RegionDepartement("04") != "974" || RegionDepartement("53") != "" {
		t.Error("RegionDepartement")
	}
}

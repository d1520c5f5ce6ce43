package dialogs

import (
	"testing"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/geo"
)

func centreOf(t *testing.T, name, dep string) geo.Point {
	t.Helper()
	c, ok := geo.CommuneIn(name, dep)
	if !ok {
		t.Fatalf("%s (%s) not found", name, dep)
	}
	p, ok := c.Centre()
	if !ok {
		t.Fatalf("%s (%s) has no centre", name, dep)
	}
	return p
}

func TestNearestAgency(t *testing.T) {
	quimper := &directory.Agency{ID: "quimper", Address: "59 cours Gambetta, 29000 Quimper", Departements: []string{"29"}}
	brest := &directory.Agency{ID: "brest", Address: "2 rue de Siam, 29200 BREST CEDEX 2", Departements: []string{"29"}}
	morlaix := &directory.Agency{ID: "morlaix", Address: "1 place des Otages, 29600 Morlaix", Departements: []string{"29"}}
	lorient := &directory.Agency{ID: "lorient", Address: "12 allée des Peupliers, 56100 Lorient", Departements: []string{"56", "29"}}
	nowhere := &directory.Agency{ID: "nowhere", Address: "Zone artisanale", Departements: []string{"29"}}
	for _, tc := range []struct {
		home, dep string
		ags       []*directory.Agency
		want      string
	}{
		{"Brest", "29", []*directory.Agency{quimper, brest, morlaix}, "brest"},
		{"Landerneau", "29", []*directory.Agency{quimper, morlaix, brest}, "brest"},
		{"Concarneau", "29", []*directory.Agency{brest, morlaix, quimper}, "quimper"},
		{"Roscoff", "29", []*directory.Agency{quimper, brest, morlaix}, "morlaix"},
		// an agency of another département that serves the visitor's is
		// chosen when it is the nearest
		{"Quimperlé", "29", []*directory.Agency{quimper, brest, lorient}, "lorient"},
		// the first agency's town unknown: the directory's order stands
		{"Brest", "29", []*directory.Agency{nowhere, brest}, "nowhere"},
		// an agency without a town is skipped
		{"Brest", "29", []*directory.Agency{quimper, nowhere, brest}, "brest"},
	} {
		if got := nearestTo(centreOf(t, tc.home, tc.dep), tc.ags).ID; got != tc.want {
			t.Errorf("from %s: %s, want %s", tc.home, got, tc.want)
		}
	}
}

func TestAgencyCentre(t *testing.T) {
	for _, tc := range []struct {
		addr, seat string
		want       string // commune whose centre it is; "" none
		wantDep    string
	}{
		{"32 place de la Gare, 44000 Nantes", "44", "Nantes", "44"},
		{"2 rue de Siam, 29200 BREST CEDEX 2", "29", "Brest", "29"},
		{"84 avenue du Général-Leclerc, 13001 Marseille", "13", "Marseille", "13"},
		{"1 rue Haute, 72000 Le Mans", "72", "Le Mans", "72"},
		// the postal code's département wins over the seat
		{"1 rue de Paris, 49000 Angers", "44", "Angers", "49"},
		{"Zone artisanale", "29", "", ""},
		{"1 rue du Nord, 44000 Nulle-Part-sur-Loire", "44", "", ""},
	} {
		got, ok := agencyCentre(&directory.Agency{Address: tc.addr, Departements: []string{tc.seat}})
		if tc.want == "" {
			if ok {
				t.Errorf("%q: centre %v, want none", tc.addr, got)
			}
			continue
		}
		if want := centreOf(t, tc.want, tc.wantDep); !ok || got != want {
			t.Errorf("%q: centre %v (%v), want %v", tc.addr, got, ok, want)
		}
	}
}

func TestAgencyTown(t *testing.T) {
	for _, tc := range []struct{ addr, want string }{
		{"2 rue de Siam, 29200 BREST CEDEX 2", "BREST"},
		{"1 rue Haute, 72000 Le Mans", "Le Mans"},
		{"Zone artisanale", ""},
	} {
		if got := agencyTown(&directory.Agency{Address: tc.addr}); got != tc.want {
			t.Errorf("agencyTown(%q) = %q, want %q", tc.addr, got, tc.want)
		}
	}
}

func TestRoundKm(t *testing.T) {
	for _, tc := range []struct {
		km   float64
		want int
	}{
		{30.2, 30}, {32.4, 30}, {32.5, 35}, {54.4, 55}, {79.9, 80}, {97.4, 95}, {97.6, 100},
		{104.9, 100}, {105, 110}, {179.6, 180}, {392.5, 390},
	} {
		if got := roundKm(tc.km); got != tc.want {
			t.Errorf("roundKm(%v) = %d, want %d", tc.km, got, tc.want)
		}
	}
}

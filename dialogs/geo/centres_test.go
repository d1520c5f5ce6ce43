package geo

import (
	"math"
	"runtime"
	"sync"
	"testing"
)

func TestDistanceKm(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b Point
		want float64
	}{
		{"same point", Point{47.2, -1.55}, Point{47.2, -1.55}, 0},
		{"one degree of latitude", Point{45, 2}, Point{46, 2}, 111.19},
		{"one degree of longitude on the equator", Point{0, 10}, Point{0, 11}, 111.19},
		{"pole to pole", Point{90, 0}, Point{-90, 0}, math.Pi * earthRadiusKm},
		{"antipodes on the equator", Point{0, 0}, Point{0, 180}, math.Pi * earthRadiusKm},
	} {
		got := DistanceKm(tc.a, tc.b)
		if math.Abs(got-tc.want) > 0.01 {
			t.Errorf("%s: DistanceKm = %.3f, want %.3f", tc.name, got, tc.want)
		}
		if back := DistanceKm(tc.b, tc.a); math.Abs(back-got) > 1e-9 {
			t.Errorf("%s: not symmetric: %.6f and %.6f", tc.name, got, back)
		}
	}
}

// TestCommuneDistances checks the embedded centres against great-circle
// distances between the town halls, within 5 %: Paris–Lyon 392 km,
// Angers–Nantes 80 km, Quimper–Brest 53 km (by road: 465, 90 and 72 km).
func TestCommuneDistances(t *testing.T) {
	for _, tc := range []struct {
		from, fromDep, to, toDep string
		km                       float64
	}{
		{"Paris", "75", "Lyon", "69", 392},
		{"Angers", "49", "Nantes", "44", 80},
		{"Quimper", "29", "Brest", "29", 53},
		{"Quimper", "29", "Rennes", "35", 180},
		{"Marseille", "13", "Nice", "06", 159},
		{"Strasbourg", "67", "Mulhouse", "68", 96},
		// the box of Cayenne runs 170 km west of the town, that of
		// Saint-Laurent 140 km south: their town points (townHalls in
		// internal/gen); by road 250 km (persona pe4)
		{"Saint-Laurent-du-Maroni", "973", "Cayenne", "973", 199},
	} {
		a, oka := CommuneIn(tc.from, tc.fromDep)
		b, okb := CommuneIn(tc.to, tc.toDep)
		if !oka || !okb {
			t.Errorf("%s (%s) or %s (%s) not found", tc.from, tc.fromDep, tc.to, tc.toDep)
			continue
		}
		pa, oka := a.Centre()
		pb, okb := b.Centre()
		if !oka || !okb {
			t.Errorf("%s or %s has no centre", tc.from, tc.to)
			continue
		}
		if got := DistanceKm(pa, pb); math.Abs(got-tc.km) > 0.05*tc.km {
			t.Errorf("%s–%s: %.1f km, want %.0f km ± 5 %%", tc.from, tc.to, got, tc.km)
		}
	}
}

func TestCentres(t *testing.T) {
	if _, ok := (Commune{Name: "Nantes", Dep: "44"}).Centre(); ok {
		t.Error("a commune built by hand has no centre")
	}
	if _, ok := CommuneIn("Nantes", "49"); ok {
		t.Error("Nantes is not in Maine-et-Loire")
	}
	// A former commune (Évry, now Évry-Courcouronnes) has one; the short
	// name of a town (« Aix ») gives the town's.
	evry, ok := CommuneIn("Évry", "91")
	if _, has := evry.Centre(); !ok || !has {
		t.Errorf("Évry (91): found %v, centre %v", ok, has)
	}
	aix, _ := CommuneIn("Aix-en-Provence", "13")
	short, _ := CommuneIn("Aix", "13")
	pa, _ := aix.Centre()
	ps, _ := short.Centre()
	if pa != ps || pa == (Point{}) {
		t.Errorf("Aix %v, Aix-en-Provence %v", ps, pa)
	}
	// Every commune of the 18 regions has a centre, but for the few
	// re-created after the boxes were drawn; metropolitan centres lie in
	// metropolitan France.
	missing := 0
	eachKey(func(_ string, cs []Commune) {
		for _, c := range cs {
			if c.Outside() {
				continue
			}
			p, ok := c.Centre()
			if !ok {
				missing++
				continue
			}
			if len(c.Dep) == 2 && (p.Lat < 41.3 || p.Lat > 51.1 || p.Lon < -5.2 || p.Lon > 9.6) {
				t.Errorf("%s (%s): centre %v outside metropolitan France", c.Name, c.Dep, p)
			}
			if c.Dep == "974" && DistanceKm(p, Point{-21.11, 55.53}) > 60 {
				t.Errorf("%s (974): centre %v is not on La Réunion", c.Name, p)
			}
		}
	})
	if missing > 10 {
		t.Errorf("%d communes of the 18 regions without a centre, want at most 10", missing)
	}
}

// BenchmarkCentresFirstLoad measures the first load of the centres (what
// the first distance of a process costs) and its heap.
func BenchmarkCentresFirstLoad(b *testing.B) {
	loadCommunes()
	var before, after runtime.MemStats
	centresOnce, centres = sync.Once{}, nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		centresOnce, centres = sync.Once{}, nil
		loadCentres()
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/1024, "retained-KiB")
}

// BenchmarkCommuneDistance is one distance once the centres are loaded:
// two lookups and the haversine.
func BenchmarkCommuneDistance(b *testing.B) {
	loadCentres()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		a, _ := CommuneIn("Angers", "49")
		n, _ := CommuneIn("Nantes", "44")
		pa, _ := a.Centre()
		pn, _ := n.Centre()
		if DistanceKm(pa, pn) < 1 {
			b.Fatal("too close")
		}
	}
}

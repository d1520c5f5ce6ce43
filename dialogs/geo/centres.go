package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
)

// centres.txt.gz holds one point per commune line of communes.txt.gz, in
// the same order (see internal/gen): the centre of the commune's bounding
// box, in hundredths of a degree, each line a difference from the one
// before; "-" when the commune has no box.
//
//go:embed centres.txt.gz
var centresGz []byte

// Point is a position in degrees (WGS 84).
type Point struct{ Lat, Lon float64 }

// earthRadiusKm is the mean Earth radius (IUGG).
const earthRadiusKm = 6371.0088

// DistanceKm is the great-circle distance between two points (haversine
// formula), in kilometres: what people call « à vol d'oiseau ». A road is
// longer, typically by 20 to 30 %.
func DistanceKm(a, b Point) float64 {
	const rad = math.Pi / 180
	dLat := (b.Lat - a.Lat) * rad
	dLon := (b.Lon - a.Lon) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Min(1, math.Sqrt(h)))
}

// noCentre marks a commune without a known centre.
const noCentre = math.MinInt16

var (
	centresOnce sync.Once
	centres     [][2]int16 // by commune line (Commune.line-1): lat, lon in hundredths of a degree
)

// loadCentres reads the embedded centres, once, on the first distance
// asked: a process that never measures one never pays for them.
func loadCentres() {
	centresOnce.Do(func() {
		loadCommunes()
		zr, err := gzip.NewReader(bytes.NewReader(centresGz))
		if err != nil {
			panic("geo: embedded centre table is corrupt: " + err.Error()) // build bug, caught by tests
		}
		out := make([][2]int16, 0, communeLines)
		sc := bufio.NewScanner(zr)
		lat, lon := 0, 0
		for sc.Scan() {
			line := sc.Text()
			if line == "-" {
				out = append(out, [2]int16{noCentre, noCentre})
				continue
			}
			a, b, _ := strings.Cut(line, " ")
			dLat, err1 := strconv.Atoi(a)
			dLon, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				panic("geo: embedded centre table is corrupt: bad line " + strconv.Quote(line))
			}
			lat, lon = lat+dLat, lon+dLon
			out = append(out, [2]int16{int16(lat), int16(lon)})
		}
		if err := sc.Err(); err != nil {
			panic("geo: embedded centre table is corrupt: " + err.Error())
		}
		if len(out) != communeLines {
			panic("geo: embedded centre table has " + strconv.Itoa(len(out)) + " lines for " + strconv.Itoa(communeLines) + " communes")
		}
		centres = out
	})
}

// Centre returns the centre of the commune (the middle of its bounding box
// in IGN ADMIN EXPRESS, to 0.01°, about 1 km); ok is false for a commune
// without one (a few communes re-created since the boxes were drawn, the
// overseas collectivities) or built by hand.
func (c Commune) Centre() (p Point, ok bool) {
	if c.line <= 0 {
		return Point{}, false
	}
	loadCentres()
	ll := centres[c.line-1]
	if ll[0] == noCentre {
		return Point{}, false
	}
	return Point{Lat: float64(ll[0]) / 100, Lon: float64(ll[1]) / 100}, true
}

// CommuneIn returns the commune named name (any spelling Key folds the
// same) in département dep, the most populous when several share the name
// there.
func CommuneIn(name, dep string) (Commune, bool) {
	for _, c := range CommunesByKey(Key(name)) {
		if c.Dep == dep {
			return c, true
		}
	}
	return Commune{}, false
}

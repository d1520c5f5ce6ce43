package analysis

import "github.com/cep-accueil/cepbot/dialogs/geo"

// NearestHomonym is the index of the homonym a visitor points at with a
// neighbouring town at `at` (« Bagnols près de Lyon », « Saint-Denis, à côté
// de Paris »): the nearest, kept only when it lies within 60 km and every
// other homonym is at least three times as far — a neighbour that does not
// tell them apart leaves the question to be asked.
func NearestHomonym(homs []geo.Commune, at geo.Point) (int, bool) {
	best, bestKm, nextKm := -1, 0.0, -1.0
	for i, h := range homs {
		p, ok := h.Centre()
		if !ok {
			continue
		}
		km := geo.DistanceKm(at, p)
		switch {
		case best < 0 || km < bestKm:
			if best >= 0 {
				nextKm = bestKm
			}
			best, bestKm = i, km
		case nextKm < 0 || km < nextKm:
			nextKm = km
		}
	}
	if best < 0 || bestKm > 60 || (nextKm >= 0 && nextKm < 3*bestKm) {
		return -1, false
	}
	return best, true
}

// nearCueBefore reports whether the words just before i say that the place
// at i is a neighbour (« près de », « à côté de », « pas loin de », « proche
// de », « vers »), and where the cue starts.
func (a *analyser) nearCueBefore(i int) (int, bool) {
	at := func(j int, s string) bool {
		return j >= 0 && j < i && a.toks[j].s == s && a.toks[j].clause == a.toks[i].clause
	}
	de := at(i-1, "de") || at(i-1, "d")
	switch {
	case at(i-1, "vers"):
		return i - 1, true
	case de && (at(i-2, "pres") || at(i-2, "proche")):
		return i - 2, true
	case de && at(i-2, "cote") && at(i-3, "a"):
		return i - 3, true
	case de && at(i-2, "loin") && at(i-3, "pas"):
		return i - 3, true
	}
	return 0, false
}

// homonymNear settles an ambiguous commune named just before a neighbour
// (« j'habite à Bagnols près de Lyon »): before, the neighbour was taken as
// the home, or the most populous homonym (Bagnols-sur-Cèze). A workplace,
// or a home named elsewhere with a stronger cue, is left to choosePlace.
func (a *analyser) homonymNear(cs []placeCand) (geo.Commune, bool) {
	for _, n := range cs {
		cue, ok := a.nearCueBefore(n.pos)
		if !ok {
			continue
		}
		town := geo.CommunesByKey(geo.Key(a.toks[n.pos].orig))
		if len(n.homs) > 0 {
			town = n.homs
		}
		if len(town) == 0 {
			continue
		}
		p, ok := town[0].Centre()
		if !ok {
			continue
		}
		for _, x := range cs {
			if len(x.homs) < 2 || x.work || x.pos >= cue || x.pos < cue-4 || a.toks[x.pos].clause != a.toks[cue].clause {
				continue
			}
			stronger := false
			for _, c := range cs {
				stronger = stronger || c.pos != x.pos && c.pos != n.pos && c.prio > x.prio
			}
			if stronger {
				continue
			}
			if h, ok := NearestHomonym(x.homs, p); ok {
				return x.homs[h], true
			}
		}
	}
	return geo.Commune{}, false
}

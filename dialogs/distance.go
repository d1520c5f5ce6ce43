package dialogs

// Distances to the agencies (issue 13, places): the nearest agency of the
// operator is chosen when the visitor's commune is known, and an agency far
// from home is announced, with the distance, before the visit is offered.

import (
	"fmt"
	"math"
	"strings"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// farKm is the great-circle distance from home beyond which an agency is
// announced and phone and video are offered first. 30 km as the crow flies
// is about 35 to 40 km and half an hour by road: the usual bound of an
// acceptable journey to a public service (the France services target is
// one within 30 minutes of every home). Below it the measure, between the
// centres of two communes, says little: a large commune is 10 km across.
const farKm = 30

// homeCentre is the centre of the visitor's commune, when it is known.
func (t *turn) homeCentre() (geo.Point, bool) {
	f := &t.r.Facts
	if f.Commune == "" || f.Departement == "" {
		return geo.Point{}, false
	}
	c, ok := geo.CommuneIn(f.Commune, f.Departement)
	if !ok {
		return geo.Point{}, false
	}
	return c.Centre()
}

// agencyCentre is the centre of the agency's town: the town of its address
// (a « CEDEX » and what follows dropped) in the département of its postal
// code, or of its seat.
func agencyCentre(a *directory.Agency) (geo.Point, bool) {
	town := agencyTown(a)
	if town == "" {
		return geo.Point{}, false
	}
	dep := a.Seat()
	if d, known, _ := geo.PostalCode(a.PostalCode()); known {
		dep = d
	}
	c, ok := geo.CommuneIn(town, dep)
	if !ok {
		return geo.Point{}, false
	}
	return c.Centre()
}

// agencyTown is the town of the agency's address without a « CEDEX » and
// what follows (« 29200 BREST CEDEX 2 » is « BREST »).
func agencyTown(a *directory.Agency) string {
	town := a.Town()
	if !containsFold(town, "cedex") {
		return town // the common case, without splitting it (each turn asks)
	}
	words := strings.Fields(town)
	for i, w := range words {
		if strings.EqualFold(w, "cedex") {
			return strings.Join(words[:i], " ")
		}
	}
	return town
}

// agencyKm is the great-circle distance from the visitor's home to the
// agency, when both are known.
func (t *turn) agencyKm(a *directory.Agency) (float64, bool) {
	home, ok := t.homeCentre()
	if !ok {
		return 0, false
	}
	p, ok := agencyCentre(a)
	if !ok {
		return 0, false
	}
	return geo.DistanceKm(home, p), true
}

// nearestAgency picks among the agencies that may book the visitor (the
// directory ranks them: seated in the département, serving it, serving the
// region) the nearest to their home. Without their commune, the
// directory's order stands.
func (t *turn) nearestAgency(ags []*directory.Agency) *directory.Agency {
	home, ok := t.homeCentre()
	if !ok || len(ags) == 1 {
		return ags[0]
	}
	return nearestTo(home, ags)
}

// nearestTo is the agency nearest to home; the first one when its own town
// is unknown (nothing to compare it with), and the earlier one of two at
// the same distance.
func nearestTo(home geo.Point, ags []*directory.Agency) *directory.Agency {
	best := ags[0]
	p, ok := agencyCentre(best)
	if !ok {
		return best
	}
	bestKm := geo.DistanceKm(home, p)
	for _, a := range ags[1:] {
		if p, ok := agencyCentre(a); ok {
			if km := geo.DistanceKm(home, p); km < bestKm {
				best, bestKm = a, km
			}
		}
	}
	return best
}

// roundKm rounds a distance the way it is said: to 5 km under 100 km, to
// 10 km beyond.
func roundKm(km float64) int {
	step := 5.0
	if km >= 100 {
		step = 10
	}
	return int(math.Round(km/step) * step)
}

// distantAgency announces an agency far from the visitor's home, with the
// distance, inside their département or not; when only the département is
// known, an agency outside it. Phone and video then come before the visit.
func (t *turn) distantAgency(a *directory.Agency, opts []option) (string, []option) {
	town := agencyTown(a)
	if town == "" {
		return "", opts
	}
	out := a.Distant(t.r.Facts.Departement)
	name := geo.DepartementName(a.Seat())
	var msg string
	// For a relative (« c'est pour ma fille, elle habite à Angers »): her
	// département and her home, not « votre » and « chez vous ».
	your, _ := t.proxy()
	if km, ok := t.agencyKm(a); ok {
		switch {
		case km < farKm:
			return "", opts
		case out && name != "" && your != "":
			msg = fmt.Sprintf(t.x.ProxyDistantAgencyOutKm, t.x.A(town), name, your, roundKm(km))
		case out && name != "":
			msg = fmt.Sprintf(t.x.DistantAgencyOutKm, t.x.A(town), name, roundKm(km))
		case your != "":
			msg = fmt.Sprintf(t.x.ProxyDistantAgencyKm, t.x.A(town), roundKm(km), your)
		default:
			msg = fmt.Sprintf(t.x.DistantAgencyKm, t.x.A(town), roundKm(km))
		}
	} else if out && name != "" && your != "" {
		msg = fmt.Sprintf(t.x.ProxyDistantAgency, town, name, your)
	} else if out && name != "" {
		msg = fmt.Sprintf(t.x.DistantAgency, town, name)
	} else {
		return "", opts
	}
	var remote, onSite []option
	for _, o := range opts {
		if o.Value == string(directory.OnSite) {
			onSite = append(onSite, o)
		} else {
			remote = append(remote, o)
		}
	}
	return msg, append(remote, onSite...)
}

// containsFold reports whether s contains the ASCII word w in any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

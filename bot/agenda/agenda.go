// Package agenda computes the free appointment slots of an agency from its
// weekly opening hours, slot length, closures, French public holidays, lead
// time and booking horizon.
//
// Slot times are built from civil dates and wall-clock minutes in the
// agency's own time zone, so a slot at 09:00 stays at 09:00 across daylight
// saving changes; durations are never added across days.
package agenda

import (
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// Slot is one appointment slot of one advisor.
type Slot struct {
	AgencyID, AdvisorID string
	Start, End          time.Time // in the agency's location
}

// Key is the stable identity of an advisor slot, used to book it atomically:
// advisorID + "@" + start in UTC ("20060102T1504Z").
func (s Slot) Key() string {
	return string(s.AppendKey(make([]byte, 0, len(s.AdvisorID)+15)))
}

// AppendKey appends the slot's key to b (Offers builds the keys of all its
// candidates in one buffer).
func (s Slot) AppendKey(b []byte) []byte {
	return bot.AppendSlotKeyOf(b, s.AdvisorID, s.Start)
}

var paris = mustLoad("Europe/Paris")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.FixedZone("CET", 3600)
	}
	return loc
}

// Location returns the agency's resolved location: Location if set, else its
// TimeZone, else Europe/Paris.
func Location(a *directory.Agency) *time.Location {
	if a.Location != nil {
		return a.Location
	}
	if a.TimeZone != "" {
		if loc, err := time.LoadLocation(a.TimeZone); err == nil {
			return loc
		}
	}
	return paris
}

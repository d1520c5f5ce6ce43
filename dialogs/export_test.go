package dialogs

import (
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// OfferedSlot is, for tests outside the package, the slot the visitor
// chose, or else the first one offered.
func OfferedSlot(s *bot.Session) (agency, advisor string, start, end time.Time, ok bool) {
	r := readRecord(s)
	o := r.Pick
	if o == nil && len(r.Offers) > 0 {
		o = &r.Offers[0]
	}
	if o == nil {
		return "", "", time.Time{}, time.Time{}, false
	}
	return r.Agency, o.Advisor, time.Unix(o.Start, 0), time.Unix(o.End, 0), true
}

// ChosenAgency is, for tests outside the package, the agency the visitor
// chose for the appointment.
func ChosenAgency(s *bot.Session) string { return readRecord(s).Agency }

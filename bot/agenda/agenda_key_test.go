package agenda

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

func TestKeyMatchesTheFormattedForm(t *testing.T) {
	for _, start := range []time.Time{
		time.Date(2026, 12, 1, 9, 45, 0, 0, time.FixedZone("CET", 3600)),
		time.Date(2027, 3, 28, 1, 5, 0, 0, time.UTC),
		time.Date(999, 1, 2, 23, 59, 0, 0, time.UTC),
	} {
		s := Slot{AdvisorID: "ft-69-c1", Start: start}
		if want := "ft-69-c1@" + start.UTC().Format("20060102T1504Z"); s.Key() != want {
			t.Errorf("Key() = %q, want %q", s.Key(), want)
		}
		// a booking of that slot holds that key
		if got := (&bot.Booking{AdvisorID: s.AdvisorID, Start: start}).SlotKey(); got != s.Key() {
			t.Errorf("Booking.SlotKey() = %q, want %q", got, s.Key())
		}
	}
}

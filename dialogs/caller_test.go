package dialogs_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs"
)

// A member of staff books for themselves, then for a caller: two active
// bookings (the caller's does not move the staff member's own), the
// caller's marked as entered by staff for a caller with the person's
// phone; after /start, /rdv is the staff member's own booking again.
func TestCallerBookingKeptApart(t *testing.T) {
	r := runLines(t, "caller", `
		channel slack
		user U0STAFF1
		> /start
		>> 1
		> Je suis salariée dans le commerce, 41 ans, à Nantes, je veux me reconvertir
		>> 1
		>> 1
		= recapitulatif
		>> 1
		>> 1
		>> 1
		>> 1
		= contact
		>> 1
		>> 1
		= suivi
		> rdv pour un appelant
		= consentement
		>> 1
		> Au chômage, 30 ans, habite à Lille
		>> 1
		>> 1
		>> 1
		>> 1
		>> 1
		>> 2
		= contact
		>> 1
		> 06 12 34 56 78
		>> 1
		= suivi
		~ Le rendez-vous de la personne est confirmé.
	`)
	bs := bookings(t, r)
	if len(bs) != 2 {
		t.Fatalf("%d bookings, want 2", len(bs))
	}
	var own, caller *bot.Booking
	for _, b := range bs {
		if b.Handoff.ForCaller {
			caller = b
		} else {
			own = b
		}
	}
	if own == nil || caller == nil {
		t.Fatalf("want one own and one caller booking: %+v", bs)
	}
	if !own.Active() || !caller.Active() {
		t.Errorf("statuses %s and %s, want both active", own.Status, caller.Status)
	}
	if caller.Visitor == own.Visitor {
		t.Errorf("the caller's booking is kept under the staff member's visitor id")
	}
	if caller.Handoff.EnteredBy != "U0STAFF1" || caller.Contact != "+33612345678" || caller.Handoff.ConsentAt.IsZero() {
		t.Errorf("caller booking: entered by %q, contact %q, consent %v", caller.Handoff.EnteredBy, caller.Contact, caller.Handoff.ConsentAt)
	}
	if own.Handoff.EnteredBy != "" || own.Contact != "chat" {
		t.Errorf("own booking: entered by %q, contact %q", own.Handoff.EnteredBy, own.Contact)
	}
	r.step("> /start")
	r.step("~ Vous revenez à votre propre usage.")
	r.step("> /rdv")
	r.step("= rendez_vous")
	if tr := r.transcript(); !strings.Contains(tr, "Nantes") {
		t.Errorf("/rdv after /start does not show the staff member's own booking:\n%s", tr)
	}
}

// The reminder of a booking entered for a caller goes to the staff member
// who entered it: it speaks of the person.
func TestCallerReminder(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	_, _, svc := newEngine(func() time.Time { return now })
	d := dialogs.New(dialogs.Deps{Bookings: svc})
	b := &bot.Booking{Ref: "CEP-X", Start: now.Add(24 * time.Hour), End: now.Add(25 * time.Hour)}
	if got := d.Reminder(b, now).Text; strings.Contains(got, "la personne") {
		t.Errorf("a visitor's reminder speaks of the person: %q", got)
	}
	b.Handoff.ForCaller = true
	for _, before := range []time.Duration{24 * time.Hour, 2 * time.Hour} {
		if got := d.Reminder(b, b.Start.Add(-before)).Text; !strings.Contains(got, "la personne que vous avez inscrite") || !strings.Contains(got, "CEP-X") {
			t.Errorf("caller reminder %v: %q", before, got)
		}
	}
}

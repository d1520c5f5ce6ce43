package dialogs

import (
	"fmt"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
)

// Reminder is the message reminding a visitor of their appointment, before
// is how long before it the reminder is due.
func (d *Dialog) Reminder(b *bot.Booking, before time.Duration, now time.Time) bot.Reply {
	t := &turn{d: d, x: langOf(""), now: now}
	if b.Handoff.ForCaller { // sent to the staff member who booked it
		t.x = callerLangOf("")
	}
	loc := time.UTC
	if a := d.deps.Bookings.Directory().Agency(b.AgencyID); a != nil {
		loc = agenda.Location(a)
	}
	line := t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start.In(loc), b.End.In(loc))
	if before >= 20*time.Hour {
		return bot.Reply{Text: fmt.Sprintf(t.x.ReminderDay, line, b.Ref)}
	}
	return bot.Reply{Text: fmt.Sprintf(t.x.ReminderHours, int(before.Round(time.Hour).Hours()), line, b.Ref)}
}

package dialogs

import (
	"fmt"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Reminder is the message reminding a visitor of their appointment,
// worded from the time actually left at now: « demain à 10 h 30 »,
// « aujourd'hui à 14 h », « dans 2 heures, à 10 h 30 ». Whether to send it
// at all (not once the appointment has started) is the caller's decision.
func (d *Dialog) Reminder(b *bot.Booking, now time.Time) bot.Reply {
	t := &turn{d: d, x: langOf(""), now: now}
	if b.Handoff.ForCaller { // sent to the staff member who booked it
		t.x = callerLangOf("")
	}
	loc := time.UTC
	if a := d.deps.Bookings.Directory().Agency(b.AgencyID); a != nil {
		loc = agenda.Location(a)
	}
	start := b.Start.In(loc)
	line := t.appointmentOpening(b.AgencyID, b.AdvisorID, b.Modality, start, b.End.In(loc))
	return bot.Reply{Text: texts.Fill(t.x.Reminder, ReminderWhen(&t.x.Dialogue, start, now), line, b.Ref)}
}

// ReminderWhen words the time of an appointment from now: under 3 hours
// left, the time left rounded to 5 minutes (« dans 2 heures, à 10 h 30 »,
// « dans 1 h 15, à 10 h 30 », « dans 45 minutes, à 10 h 30 »), else the day
// (« aujourd'hui à 14 h », « demain à 9 h »).
func ReminderWhen(x *texts.Dialogue, start, now time.Time) string {
	left := start.Sub(now)
	if left >= 3*time.Hour {
		return texts.When(start, now)
	}
	m := int(left.Round(5*time.Minute) / time.Minute)
	if left < 5*time.Minute {
		m = max(int(left.Round(time.Minute)/time.Minute), 1)
	}
	var in string
	switch h := m / 60; {
	case h == 0:
		in = texts.Number(m) + " " + texts.Plural(m, x.Minute, x.Minutes)
	case m%60 == 0:
		in = texts.Number(h) + " " + texts.Plural(h, x.Hour, x.Hours)
	default:
		in = fmt.Sprintf("%d h %02d", h, m%60)
	}
	return fmt.Sprintf(x.ReminderIn, in, texts.Time(start))
}

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
	loc := time.UTC
	if a := d.deps.Bookings.Directory().Agency(b.AgencyID); a != nil {
		loc = agenda.Location(a)
	}
	start := b.Start.In(loc)
	line := texts.UpperFirst(t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, start, b.End.In(loc)))
	return bot.Reply{Text: fmt.Sprintf(t.x.Reminder, ReminderWhen(&t.x.Dialogue, start, now), line, b.Ref)}
}

// ReminderWhen words the time of an appointment from now: under 3 hours
// left, the time left (« dans 2 heures, à 10 h 30 », « dans 45 minutes, à
// 10 h 30 »), else the day (« aujourd'hui à 14 h », « demain à 9 h »).
func ReminderWhen(x *texts.Dialogue, start, now time.Time) string {
	left := start.Sub(now)
	switch {
	case left >= 3*time.Hour:
		return texts.When(start, now)
	case left >= 90*time.Minute:
		h := int(left.Round(time.Hour) / time.Hour)
		return fmt.Sprintf(x.ReminderIn, texts.Number(h)+" "+texts.Plural(h, x.Hour, x.Hours), texts.Time(start))
	}
	m := max(int(left.Round(5*time.Minute)/time.Minute), 5)
	if left < 5*time.Minute {
		m = max(int(left.Round(time.Minute)/time.Minute), 1)
	}
	return fmt.Sprintf(x.ReminderIn, texts.Number(m)+" "+texts.Plural(m, x.Minute, x.Minutes), texts.Time(start))
}

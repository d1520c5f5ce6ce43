package dialogs

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"github.com/cep-accueil/cepbot/store/memory"
)

// appointmentOpening capitalises in its stack buffer: the lines must be
// UpperFirst of appointmentLine, for every agency, advisor, modality and
// language, and stay so once later lines are built in the same place.
func TestAppointmentOpeningAsBefore(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, paris)
	clock := func() time.Time { return now }
	dir := directory.Sample()
	svc := booking.New(memory.New(clock), dir, booking.WithClock(clock))
	d := New(Deps{Bookings: svc, Now: clock})
	var got, want []string
	for _, l := range []texts.Lang{"", texts.French, texts.English} {
		tr := &turn{d: d, now: now, x: langOf(l)}
		tr.r.Lang = l
		for _, a := range dir.Agencies {
			advisors := []string{"", "nobody"}
			for _, adv := range dir.Advisors {
				if adv.AgencyID == a.ID {
					advisors = append(advisors, adv.ID)
				}
			}
			for _, adv := range advisors {
				for _, m := range []string{"", string(directory.OnSite), string(directory.Phone), string(directory.Video)} {
					for _, start := range []time.Time{now.Add(26 * time.Hour), now.AddDate(1, 1, 0).Add(15 * time.Minute)} {
						got = append(got, tr.appointmentOpening(a.ID, adv, m, start, start.Add(45*time.Minute)))
						want = append(want, texts.UpperFirst(tr.appointmentLine(a.ID, adv, m, start, start.Add(45*time.Minute))))
					}
				}
			}
		}
		got = append(got, tr.appointmentOpening("none", "none", "", now, now.Add(time.Hour)))
		want = append(want, texts.UpperFirst(tr.appointmentLine("none", "none", "", now, now.Add(time.Hour))))
	}
	if len(got) < 20 {
		t.Fatalf("only %d lines", len(got))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("appointmentOpening = %q, want %q", got[i], want[i])
		}
	}
}

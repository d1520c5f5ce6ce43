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

// modalityQuestion builds no text when only its options are wanted: the
// options must be the same, in the same order (a distant agency reorders
// them), as when the question is asked.
func TestModalityOptionsOnlyAsAsked(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, paris)
	clock := func() time.Time { return now }
	dir := directory.Sample()
	svc := booking.New(memory.New(clock), dir, booking.WithClock(clock))
	d := New(Deps{Bookings: svc, Now: clock})
	far := 0
	for _, l := range []texts.Lang{"", texts.English} {
		for _, a := range dir.Agencies {
			for _, dep := range []string{"", "75", "13", "29", "971", "2A", a.Seat()} {
				for _, proxy := range []string{"", "f:fille"} {
					tr := &turn{d: d, now: now, x: langOf(l)}
					tr.r.Lang, tr.r.Agency, tr.r.Facts.Departement, tr.r.Proxy = l, a.ID, dep, proxy
					q, asked := modalityQuestion(tr)
					tr.optionsOnly = true
					_, only := modalityQuestion(tr)
					if len(asked) != len(only) {
						t.Fatalf("%s %q: %d options asked, %d when only the options", a.ID, dep, len(asked), len(only))
					}
					for i := range asked {
						if asked[i].Value != only[i].Value || asked[i].Label != only[i].Label {
							t.Fatalf("%s %q: option %d %v asked, %v when only the options", a.ID, dep, i, asked[i], only[i])
						}
					}
					if q != tr.modalityAsk(a.Name) {
						far++
					}
				}
			}
		}
	}
	if far == 0 {
		t.Fatal("no distant agency among the cases: the reordering is not tested")
	}
}

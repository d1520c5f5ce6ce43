package booking_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

// TestCalendarWording: the calendar file's text is the wording handed in
// (bot has none of its own); without it the file still renders, textless.
func TestCalendarWording(t *testing.T) {
	w := booking.CalendarText{
		ICSSummary: "RDV", ICSSummaryOperator: "%s avec %s", ICSPhoneLocation: "TEL", ICSPhoneNote: "on vous appelle",
		ICSAdvisor: "conseiller %s", ICSReference: "ref %s", ICSHowToChange: "écrivez /rdv",
	}
	clock := func() time.Time { return now }
	for _, c := range []struct {
		opts []booking.Option
		want []string
		not  []string
	}{
		{[]booking.Option{booking.WithCalendarText(w)}, []string{"SUMMARY:RDV avec France Travail", "LOCATION:TEL", "DESCRIPTION:on vous appelle\\nconseiller ", "\\nref "}, nil},
		{nil, []string{"BEGIN:VEVENT", "UID:"}, []string{"SUMMARY", "DESCRIPTION", "%!"}},
	} {
		svc := booking.New(memory.New(clock), directory.Sample(), append(c.opts, booking.WithClock(clock))...)
		req := request(svc, t, "v-cal", "ft-69", 0)
		req.Modality = "telephone"
		b, err := svc.Book(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		ics := strings.ReplaceAll(string(svc.Calendar(b)), "\r\n ", "") // unfold
		for _, s := range c.want {
			if !strings.Contains(ics, s) {
				t.Errorf("calendar lacks %q:\n%s", s, ics)
			}
		}
		for _, s := range c.not {
			if strings.Contains(ics, s) {
				t.Errorf("calendar has %q:\n%s", s, ics)
			}
		}
	}
}

package redis_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// The overdue job works through the open queue in batches: more overdue
// appointments than a batch in one agency, a few in another, session seats
// and future appointments left alone, every overdue one marked once, and
// the queue empty of them afterwards.
func TestOverdueJobInBatches(t *testing.T) {
	s := open(t, redistest.URL(t))
	ctx := context.Background()
	now := time.Date(2026, 12, 7, 18, 0, 0, 0, time.UTC)
	day := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC)
	var bs []*bot.Booking
	var want []string
	for i := range 450 {
		ag, adv := "ag1", fmt.Sprintf("adv%d", i)
		if i%50 == 0 {
			ag = "ag2"
		}
		b := testBooking(fmt.Sprintf("O%03d", i), "", ag, adv, day)
		switch {
		case i%97 == 5:
			b.Start, b.End = now.Add(time.Hour), now.Add(2*time.Hour) // not over
		case i%89 == 7:
			b.AdvisorID = "session:info@2026-12-07#" + fmt.Sprint(i) // a seat: never to close
		case i%3 == 1:
			b.Status, b.ClaimedBy = bot.StatusClaimed, adv
			want = append(want, b.Ref)
		default:
			want = append(want, b.Ref)
		}
		bs = append(bs, b)
	}
	if err := redis.Import(ctx, s, bs); err != nil {
		t.Fatal(err)
	}
	svc := booking.New(s, directory.Sample(), booking.WithClock(func() time.Time { return now }))
	got, err := svc.MarkOverdue(ctx, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	refs := make([]string, len(got))
	for i, b := range got {
		refs[i] = b.Ref
		if b.Status != bot.StatusToClose {
			t.Fatalf("%s marked %s", b.Ref, b.Status)
		}
	}
	slices.Sort(refs)
	if len(want) < 400 || !slices.Equal(refs, want) {
		t.Fatalf("marked %d bookings, want the %d overdue ones", len(refs), len(want))
	}
	if left, err := s.OpenEndedBefore(ctx, now, 1000); err != nil || len(left) != 0 {
		t.Fatalf("open queue after the job: %d left, %v", len(left), err)
	}
	if again, err := svc.MarkOverdue(ctx, time.Hour); err != nil || len(again) != 0 {
		t.Fatalf("second run marked %d, %v", len(again), err)
	}
}

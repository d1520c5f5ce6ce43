package redis_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// 30 visitors register at once, through three Redis clients (three
// replicas), for a 25-seat information session: exactly 25 seats.
func TestSessionSeatsAcrossReplicas(t *testing.T) {
	url := redistest.URL(t)
	prefix := uniquePrefix()
	now := func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
	var svcs []*booking.Service
	for range 3 {
		svcs = append(svcs, booking.New(openPrefix(t, url, prefix), directory.Sample(), booking.WithClock(now)))
	}
	ctx := context.Background()
	offers, err := svcs[0].NextSessions(ctx, "france_travail", "35", 1)
	if err != nil || len(offers) != 1 {
		t.Fatalf("NextSessions = %v, %v", offers, err)
	}
	occ := offers[0].Occurrence
	var ok, full atomic.Int32
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Go(func() {
			v := fmt.Sprintf("v%d", i)
			_, err := svcs[i%3].Register(ctx, occ, booking.Request{Ref: booking.Reference(v, occ.ID()), Visitor: v, OperatorKind: "france_travail"})
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, booking.ErrFull):
				full.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 25 || full.Load() != 5 {
		t.Fatalf("%d registered, %d refused; want 25 and 5", ok.Load(), full.Load())
	}
}

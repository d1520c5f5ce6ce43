package slack_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
)

// agencyIndexed is the memory store seen as a store with an agency index
// (as Redis is): AgencyBookings answers, and ListBookings is counted.
type agencyIndexed struct {
	st     bot.Store
	listed atomic.Int64
}

func (x *agencyIndexed) ListBookings(ctx context.Context) ([]*bot.Booking, error) {
	x.listed.Add(1)
	return x.st.ListBookings(ctx)
}

func (x *agencyIndexed) AgencyBookings(ctx context.Context, agency string, from, to time.Time) ([]*bot.Booking, error) {
	all, err := x.st.ListBookings(ctx)
	var out []*bot.Booking
	for _, b := range all {
		if b.AgencyID == agency && !b.Start.Before(from) && b.Start.Before(to) {
			out = append(out, b)
		}
	}
	return out, err
}

func (x *agencyIndexed) AgencyTakenSlots(ctx context.Context, _ string, keys []string) ([]bool, error) {
	return x.st.TakenSlots(ctx, keys)
}

// On a store with an agency index, /cep aujourd'hui and /cep semaine read
// the caller's agencies (and a manager's operator's) through the index,
// never the whole booking list, and list the same appointments.
func TestDayListsThroughTheAgencyIndex(t *testing.T) {
	ix := &agencyIndexed{}
	e := newEnv(t, cepslack.WithBookings(ix))
	ix.st = e.st
	ref := e.bookFromDM(staffDM, staffUser)
	b, _ := e.svc.Get(context.Background(), ref)
	col := colleague(t, e.dir, b)
	e.at(b.Start.Add(-time.Hour))
	ix.listed.Store(0)
	for _, u := range []string{col.SlackUserID, e.dir.Operator("ft").Managers[0]} {
		if r := e.command(u, "aujourd’hui"); !strings.Contains(r.Text, "Rendez-vous d'aujourd'hui* (1)") || !strings.Contains(r.Text, ref) {
			t.Fatalf("/cep aujourd'hui by %s: %+v", u, r)
		}
		if r := e.command(u, "semaine"); !strings.Contains(r.Text, "Rendez-vous des 7 prochains jours* (1)") || !strings.Contains(r.Text, ref) {
			t.Fatalf("/cep semaine by %s: %+v", u, r)
		}
	}
	other := e.dir.AdvisorsOf("ft-01")[0]
	if r := e.command(other.SlackUserID, "semaine"); strings.Contains(r.Text, ref) {
		t.Fatalf("another agency sees it: %+v", r)
	}
	e.at(b.Start.Add(-8 * 24 * time.Hour))
	if r := e.command(col.SlackUserID, "semaine"); strings.Contains(r.Text, ref) {
		t.Fatalf("/cep semaine 8 days before: %+v", r)
	}
	if n := ix.listed.Load(); n != 0 {
		t.Fatalf("the day and week lists read every booking %d times", n)
	}
}

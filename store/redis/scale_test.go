package redis_test

import (
	"context"
	"fmt"
	"maps"
	"strconv"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// commandStats returns the server's calls per command (commands run by
// scripts included) since the last CONFIG RESETSTAT.
func commandStats(t *testing.T, c goredis.Cmdable) map[string]int {
	t.Helper()
	info, err := c.Info(context.Background(), "commandstats").Result()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for line := range strings.SplitSeq(info, "\n") {
		name, rest, ok := strings.Cut(strings.TrimSpace(line), ":calls=")
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(rest[:strings.IndexByte(rest, ',')])
		out[strings.TrimPrefix(name, "cmdstat_")] = n
	}
	delete(out, "config")
	delete(out, "info")
	return out
}

// fillBookings writes bookings from index from to to: 50 agencies, two
// bookings per visitor (an appointment and a session registration), all
// long past (due for retention unless anonymised already).
func fillBookings(t *testing.T, s *redis.Store, from, to int) {
	t.Helper()
	base := time.Date(2025, 1, 6, 8, 0, 0, 0, time.UTC)
	const chunk = 2000
	for lo := from; lo < to; lo += chunk {
		var bs []*bot.Booking
		for i := lo; i < min(lo+chunk, to); i++ {
			v := "v" + strconv.Itoa(i/2)
			if i%2 == 1 {
				v += "|info@2025-02-01"
			}
			start := base.Add(time.Duration(i%5000) * 15 * time.Minute)
			b := testBooking(fmt.Sprintf("F%07d", i), bot.AnonymousVisitor, "ag"+strconv.Itoa(i%50), "adv"+strconv.Itoa(i%400), start)
			b.Visitor, b.Status = v, bot.StatusClosed
			if i%10 != 0 {
				b.Visitor = bot.AnonymousVisitor // most are anonymised already
			}
			bs = append(bs, b)
		}
		if err := redis.Import(context.Background(), s, bs); err != nil {
			t.Fatal(err)
		}
	}
}

// fillEvents appends outbox events from index from to to about other
// visitors, in the 50 agencies: half dead, half reminders due in 2030 (so
// that no claim takes them), all holding personal data.
func fillEvents(t *testing.T, s *redis.Store, from, to int) {
	t.Helper()
	start := time.Date(2030, 1, 7, 9, 0, 0, 0, time.UTC)
	const chunk = 1000
	for lo := from; lo < to; lo += chunk {
		var evs []bot.Event
		for i := lo; i < min(lo+chunk, to); i++ {
			ref := fmt.Sprintf("E%07d", i)
			b := testBooking(ref, "other"+strconv.Itoa(i), "ag"+strconv.Itoa(i%50), "adv"+strconv.Itoa(i%400), start)
			ev := bot.Event{ID: ref + ":x", Type: bot.EventReminder, Ref: ref, Created: start.Add(-time.Hour), Booking: b}
			if (i/50)%2 == 0 { // both kinds in every agency
				ev.Type, ev.Dead = bot.EventBooked, true
			} else {
				ev.NotBefore = start.Add(-24 * time.Hour)
			}
			evs = append(evs, ev)
		}
		if err := s.Append(context.Background(), evs...); err != nil {
			t.Fatal(err)
		}
	}
}

// No command on a visitor's path or in a periodic job reads more than it
// returns: with 1 000 and then 100 000 bookings (1 000 then 20 000 outbox
// events of other visitors) stored, /mesdonnees,
// /supprimer, /rdv, a staff list for one agency and day, the staff queues
// of an agency, the retention, archive and overdue jobs and an idle outbox
// claim run the same server commands, the
// same number of times, and none of them reads a whole booking collection.
func TestVisitorPathsReadOnlyWhatTheyReturn(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store with 100 000 bookings (CI runs it without -short)")
	}
	url, _, _ := redistest.StartServer(t) // a server of its own: clean command statistics
	s := open(t, url)
	rdb := s.Client()
	ctx := context.Background()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	svc := booking.New(s, directory.Sample(), booking.WithClock(func() time.Time { return now }))
	visitor := 0
	scenario := func(size string) map[string]map[string]int {
		visitor++
		v := "target" + strconv.Itoa(visitor)
		day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
		later := day.Add(-24 * time.Hour)
		if err := s.Book(ctx, testBooking("T"+v, v, "ag3", "advT"+v, day), nil); err != nil {
			t.Fatal(err)
		}
		if err := s.Book(ctx, testBooking("S"+v, v+"|info@2026-12-08", "ag7", "session:info@2026-12-08#"+strconv.Itoa(visitor), day.Add(24*time.Hour)), nil); err != nil {
			t.Fatal(err)
		}
		out := map[string]map[string]int{}
		measure := func(name string, want int, f func() (int, error)) {
			rdb.ConfigResetStat(ctx)
			got, err := f()
			if err != nil {
				t.Fatalf("%s (%s): %v", name, size, err)
			}
			if want >= 0 && got != want {
				t.Fatalf("%s (%s): %d results, want %d", name, size, got, want)
			}
			out[name] = commandStats(t, rdb)
		}
		measure("/rdv", 1, func() (int, error) { _, err := s.ActiveBooking(ctx, v); return 1, err })
		measure("/mesdonnees", 2, func() (int, error) { bs, err := svc.VisitorBookings(ctx, v); return len(bs), err })
		measure("staff day list", -1, func() (int, error) {
			bs, err := s.AgencyBookings(ctx, "ag3", day.Truncate(24*time.Hour), day.Truncate(24*time.Hour).Add(24*time.Hour))
			return len(bs), err
		})
		measure("overdue job (idle)", 0, func() (int, error) { bs, err := svc.MarkOverdue(ctx, time.Hour); return len(bs), err })
		measure("staff queues of an agency", 2, func() (int, error) {
			n := 0
			for _, q := range bot.Queues {
				bs, err := s.Queue(ctx, "ag3", q, time.Time{}, time.Time{})
				if err != nil {
					return n, err
				}
				n += len(bs)
			}
			return n, nil
		})
		measure("outbox claim (idle)", 0, func() (int, error) {
			evs, err := s.ClaimEvents(ctx, "c", now, time.Minute, 10)
			return len(evs), err
		})
		measure("outbox gauges", -1, func() (int, error) { st, err := s.OutboxStats(ctx, now); return len(st), err })
		rdb.ConfigResetStat(ctx)
		if _, err := dispatch.Stats(ctx, s, now); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: the outbox gauges from a full listing run %v", size, commandStats(t, rdb))
		// The visitor's own events waiting in the outbox: a reminder
		// (later) of the appointment and a dead notice of the session,
		// both still holding personal data, to be redacted.
		mine := []bot.Event{
			{ID: "T" + v + ":rem", Type: bot.EventReminder, Ref: "T" + v, Created: now, NotBefore: later, Booking: testBooking("T"+v, v, "ag3", "advT"+v, day)},
			{ID: "S" + v + ":b", Type: bot.EventBooked, Ref: "S" + v, Created: now, Dead: true, Booking: testBooking("S"+v, v+"|info@2026-12-08", "ag7", "", day)},
		}
		if err := s.Append(ctx, mine...); err != nil {
			t.Fatal(err)
		}
		// /supprimer: booking.Service.Erase, the visitor's bookings
		// cancelled and anonymised, and the outbox events about the
		// visitor redacted through the store's per-visitor outbox index.
		measure("/supprimer", 2, func() (int, error) { return svc.Erase(ctx, v) })
		redacted := 0
		for _, dead := range []bool{false, true} {
			evs, err := s.Events(ctx, dead)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range evs {
				if e.Booking == nil || e.Ref != "T"+v && e.Ref != "S"+v {
					continue
				}
				if e.Booking.Contact != "" || e.Booking.Conversation != "" || e.Booking.Handoff.Request != "" {
					t.Fatalf("%s: event %s still holds personal data after /supprimer", size, e.ID)
				}
				if strings.HasSuffix(e.ID, "~r") {
					redacted++
				}
			}
		}
		if redacted != 2 {
			t.Fatalf("%s: %d of the visitor's 2 outbox events redacted", size, redacted)
		}
		// What the redaction cost with a full listing of the outbox (the
		// store seen without its outbox index): logged for comparison.
		rdb.ConfigResetStat(ctx)
		unindexed := booking.New(struct {
			bot.Store
			bot.VisitorIndex
		}{s, s}, directory.Sample(), booking.WithClock(func() time.Time { return now }))
		if _, err := unindexed.RedactOutbox(ctx, v, nil); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: the outbox redaction with a full listing runs %v", size, commandStats(t, rdb))
		evs, err := s.ClaimEvents(ctx, "c", now, time.Minute, 10) // the cancellations (and erasure notices)
		cancelled := 0
		for _, e := range evs {
			s.Ack(ctx, e.ID)
			if e.Type == bot.EventCancelled {
				cancelled++
			}
		}
		if err != nil || cancelled != 2 {
			t.Fatalf("events after erasure: %d cancellations among %d, %v; want the two bookings cancelled", cancelled, len(evs), err)
		}
		return out
	}
	fillBookings(t, s, 0, 1000)
	fillEvents(t, s, 0, 1000)
	small := scenario("1 000 bookings")
	// The jobs, once, on the small store: they work through what is due.
	if n, err := svc.Anonymise(ctx, 90*24*time.Hour); err != nil || n != 100 {
		t.Fatalf("retention on 1 000 bookings: %d, %v; want the 100 not anonymised", n, err)
	}
	t0 := time.Now()
	fillBookings(t, s, 1000, 100_000)
	fillEvents(t, s, 1000, 20_000)
	t.Logf("99 000 bookings written in %v", time.Since(t0).Round(time.Millisecond))
	if n, _ := rdb.HLen(ctx, "x").Result(); n != 0 {
		t.Fatal("unexpected key")
	}
	big := scenario("100 000 bookings")
	for name, st := range small {
		// An agency's outbox stream and its group are created with its
		// first due event: once, on the small store, whatever its size.
		delete(st, "xgroup|create")
		delete(big[name], "xgroup|create")
		if !maps.Equal(st, big[name]) {
			t.Errorf("%s: server commands with 1 000 bookings %v, with 100 000 %v", name, st, big[name])
		}
		for cmd := range st {
			switch cmd {
			case "hkeys", "hvals", "scan", "hscan", "keys", "zrange", "lrange", "sscan", "zscan":
				t.Errorf("%s runs %s, a read of a whole collection", name, cmd)
			case "hgetall":
				// only the visitor's own hash may be read whole: for its
				// bookings, and for /supprimer its outbox events too
				if name == "/mesdonnees" && st[cmd] != 1 || name == "/supprimer" && st[cmd] != 2 || name != "/mesdonnees" && name != "/supprimer" {
					t.Errorf("%s runs HGETALL %d times (only the visitor's own hash may be read whole)", name, st[cmd])
				}
			}
		}
		t.Logf("%s: %v", name, big[name])
	}
	// The periodic jobs read what they handle: per batch, one pipelined
	// range per agency, bounded by the batch size.
	rdb.ConfigResetStat(ctx)
	if n, err := svc.Anonymise(ctx, 90*24*time.Hour); err != nil || n != 9_900 {
		t.Fatalf("retention: %d, %v; want the 9 900 bookings added and due", n, err)
	}
	st := commandStats(t, rdb)
	if st["hset"] > 2*9_900+10 || st["zrangebyscore"] > 50*(9_900/200+2) {
		t.Errorf("retention of 9 900 bookings ran %v", st)
	}
	rdb.ConfigResetStat(ctx)
	if n, err := svc.Anonymise(ctx, 90*24*time.Hour); err != nil || n != 0 {
		t.Fatalf("retention again: %d, %v", n, err)
	}
	if st := commandStats(t, rdb); st["hmget"] != 0 || st["hset"] != 0 || st["zrangebyscore"] != 50 {
		t.Errorf("an idle retention run read %v, want one empty range per agency", st)
	}
	t.Logf("idle retention: %v", commandStats(t, rdb))
	// Archive: anonymised bookings older than 400 days (all of these) go,
	// with their slot keys.
	pruned, err := svc.Prune(ctx, 400*24*time.Hour)
	if err != nil || pruned < 90_000 {
		t.Fatalf("archive: %d, %v", pruned, err)
	}
	if bs, err := s.ListBookings(ctx); err != nil || len(bs) != 100_004-pruned {
		t.Fatalf("%d bookings left (%v), want %d", len(bs), err, 100_004-pruned)
	}
	if _, err := s.GetBooking(ctx, "F0000001"); err == nil {
		t.Fatal("pruned booking still readable")
	}
}

package redis

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// bookKeyOrder names every agency key once, and the booking step's text
// names no key outside it (renumberKeys panics on one).
func TestBookKeyOrderIsAPermutation(t *testing.T) {
	got := slices.Sorted(slices.Values(bookKeyOrder))
	for i, n := range got {
		if n != i+1 {
			t.Fatalf("bookKeyOrder sorted = %v, want 1..%d", got, len(agencyKeyNames))
		}
	}
	if len(got) != len(agencyKeyNames) {
		t.Fatalf("bookKeyOrder has %d keys, want %d", len(got), len(agencyKeyNames))
	}
	for _, m := range regexp.MustCompile(`KEYS\[(\d+)\]`).FindAllStringSubmatch(luaAppend+luaAgency, -1) {
		if n, _ := strconv.Atoi(m[1]); n < 1 || n > len(agencyKeyNames) {
			t.Fatalf("%s: no such agency key", m[0])
		}
	}
	if got := renumberKeys("KEYS[5] KEYS[1] KEYS[27]", bookKeyOrder); got != "KEYS[19] KEYS[1] KEYS[18]" {
		t.Fatalf("renumberKeys = %q", got)
	}
}

// A usual booking's step gets only its bookKeysShort keys; every rarer
// one (each feature that writes a key outside them) is told apart by
// usualBooking, and the script itself refuses it with 'keys' before any
// write when given the short list (so a disagreement between the two
// would cost a round trip, never a half-done booking); Book then sends all
// the keys, and each booking is stored and read back whole.
func TestBookingStepShortKeys(t *testing.T) {
	s := openThrough(t, redistest.URL(t))
	t.Cleanup(func() { s.Purge(context.Background()) })
	ctx := context.Background()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		edit  func(b *bot.Booking, ev *bot.Event)
		usual bool
	}{
		{"usual", func(*bot.Booking, *bot.Event) {}, true},
		{"reminder due later", func(_ *bot.Booking, ev *bot.Event) { ev.NotBefore = t0.Add(time.Hour) }, true},
		{"previous moved", func(b *bot.Booking, _ *bot.Event) { b.Handoff.Previous = "OTHER" }, false},
		{"anonymised", func(b *bot.Booking, _ *bot.Event) { b.Visitor = bot.AnonymousVisitor }, false},
		{"to close", func(b *bot.Booking, _ *bot.Event) { b.Status = bot.StatusToClose }, false},
		{"urgent", func(b *bot.Booking, _ *bot.Event) { b.Status = bot.StatusUrgent }, false},
		{"event tried", func(_ *bot.Booking, ev *bot.Event) { ev.Attempts = 2 }, false},
		{"event dead", func(_ *bot.Booking, ev *bot.Event) { ev.Dead = true }, false},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := t0.Add(time.Duration(i) * time.Hour)
			b := &bot.Booking{Ref: fmt.Sprintf("K%03d", i), Visitor: fmt.Sprintf("kv%03d", i), AgencyID: "ag-keys",
				AdvisorID: "adv1", Start: start, End: start.Add(45 * time.Minute), Status: bot.StatusBooked, Created: t0}
			ev := bot.Event{ID: "e" + b.Ref, Type: bot.EventBooked, Ref: b.Ref, Created: t0, Booking: b, Notifier: "outbox"}
			c.edit(b, &ev)
			events := []bot.Event{ev}
			if got := usualBooking(b, events); got != c.usual {
				t.Fatalf("usualBooking = %v, want %v", got, c.usual)
			}
			// The step alone, given the short list.
			data, err := bot.MarshalBooking(b)
			if err != nil {
				t.Fatal(err)
			}
			prev := ""
			if b.Handoff.Previous != "" {
				movedAt, _ := b.Created.MarshalText()
				prev = b.Handoff.Previous + "\t" + string(movedAt)
			}
			args := []any{"evalsha", bookAgencySHA, bookKeysShort}
			args = append(args, s.bookKeys(b.AgencyID, true)...)
			args = append(args, b.Ref, data, b.SlotKey(), bookFlags(b), prev, 0,
				unixScore(b.Start), endScore(b), unixScore(b.Created), b.AdvisorID)
			if args, err = eventArgs(args, events); err != nil {
				t.Fatal(err)
			}
			if !c.usual {
				keys := s.agencyKeys(b.AgencyID)
				before, err := s.rdb.Get(ctx, keys[5]).Result() // the outbox sequence
				if err != nil && err != goredis.Nil {
					t.Fatal(err)
				}
				res, err := s.rdb.Do(ctx, args...).Text()
				if err != nil || res != "keys" {
					t.Fatalf("step with the short keys = %q, %v; want 'keys'", res, err)
				}
				after, _ := s.rdb.Get(ctx, keys[5]).Result()
				stored, _ := s.rdb.HExists(ctx, keys[0], b.Ref).Result()
				if stored || after != before {
					t.Fatalf("refused step wrote: booking stored %v, outbox sequence %q -> %q", stored, before, after)
				}
			}
			if err := s.Book(ctx, b, events); err != nil {
				t.Fatal(err)
			}
			got, err := s.GetBooking(ctx, b.Ref)
			if err != nil {
				t.Fatal(err)
			}
			if got.Ref != b.Ref || got.Status != b.Status || got.Visitor != b.Visitor {
				t.Fatalf("stored %+v, want %+v", got, b)
			}
		})
	}
}

// The previous booking named by the step (the same agency) is moved
// there, at the new booking's creation time, which travels in one
// argument with its reference.
func TestBookingStepMovesThePrevious(t *testing.T) {
	s := openThrough(t, redistest.URL(t))
	t.Cleanup(func() { s.Purge(context.Background()) })
	ctx := context.Background()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	first := &bot.Booking{Ref: "P1", Visitor: "pv", AgencyID: "ag-move", AdvisorID: "adv1",
		Start: t0, End: t0.Add(45 * time.Minute), Status: bot.StatusBooked, Created: t0}
	if err := s.Book(ctx, first, nil); err != nil {
		t.Fatal(err)
	}
	created := t0.Add(5*time.Minute + 123456789*time.Nanosecond)
	second := &bot.Booking{Ref: "P2", Visitor: "pv", AgencyID: "ag-move", AdvisorID: "adv1",
		Start: t0.Add(time.Hour), End: t0.Add(105 * time.Minute), Status: bot.StatusBooked, Created: created}
	second.Handoff.Previous = "P1"
	if err := s.Book(ctx, second, nil); err != nil {
		t.Fatal(err)
	}
	old, err := s.GetBooking(ctx, "P1")
	if err != nil || old.Status != bot.StatusMoved || !old.Updated.Equal(created) {
		t.Fatalf("previous booking = %+v, %v; want moved at %v", old, err, created)
	}
	if taken, err := s.AgencyTakenSlots(ctx, "ag-move", []string{first.SlotKey(), second.SlotKey()}); err != nil || taken[0] || !taken[1] {
		t.Fatalf("slots taken %v, %v; want the first freed, the second taken", taken, err)
	}
}

// bookAgency writes a new booking's indexes, queues, advisor index and
// slot without the agency functions (closures it would make at every
// call); updateAgency writes them with those functions. The same booking
// stored by each leaves the agency's keys alike, whatever its queues,
// anonymity, advisor, start or slot.
func TestBookWritesWhatAnUpdateWrites(t *testing.T) {
	s := openThrough(t, redistest.URL(t))
	t.Cleanup(func() { s.Purge(context.Background()) })
	ctx := context.Background()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		edit func(b *bot.Booking)
	}{
		{"usual", func(*bot.Booking) {}},
		{"anonymised", func(b *bot.Booking) { b.Visitor = bot.AnonymousVisitor }},
		{"to close", func(b *bot.Booking) { b.Status = bot.StatusToClose }},
		{"urgent", func(b *bot.Booking) { b.Status = bot.StatusUrgent }},
		{"claimed", func(b *bot.Booking) { b.Status = bot.StatusClaimed }},
		{"cancelled", func(b *bot.Booking) { b.Status = bot.StatusCancelled }},
		{"no advisor", func(b *bot.Booking) { b.AdvisorID = "" }},
		{"session seat", func(b *bot.Booking) { b.AdvisorID = "session:s1" }},
		{"no start", func(b *bot.Booking) { b.Start, b.End = time.Time{}, time.Time{} }},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ag := fmt.Sprintf("ag-alike-%d", i)
			start := t0.Add(time.Duration(i) * time.Hour)
			b := &bot.Booking{Ref: fmt.Sprintf("A%03d", i), Visitor: fmt.Sprintf("av%03d", i), AgencyID: ag,
				AdvisorID: "adv1", Start: start, End: start.Add(45 * time.Minute), Status: bot.StatusBooked, Created: t0}
			c.edit(b)
			keys := s.agencyKeys(ag)
			dump := func() map[string]any {
				out := map[string]any{}
				for j, k := range keys {
					switch agencyKeyNames[j] {
					case "b", "slot", "hold", "mv":
						out[agencyKeyNames[j]] = s.rdb.HGetAll(ctx, k).Val()
					case "start", "ret", "arc", "qopen", "qclose", "qurg", "qunas":
						out[agencyKeyNames[j]] = s.rdb.ZRangeWithScores(ctx, k, 0, -1).Val()
					}
				}
				for _, adv := range []string{"adv1", "session:s1"} {
					out["adv:"+adv] = s.rdb.ZRangeWithScores(ctx, keys[0][:len(keys[0])-1]+"adv:"+adv, 0, -1).Val()
				}
				return out
			}
			if err := s.Book(ctx, b, nil); err != nil {
				t.Fatal(err)
			}
			booked := fmt.Sprint(dump())
			if err := s.UpdateBooking(ctx, b, nil); err != nil {
				t.Fatal(err)
			}
			if updated := fmt.Sprint(dump()); updated != booked {
				t.Fatalf("keys after the booking:\n%s\nafter the same booking's update:\n%s", booked, updated)
			}
		})
	}
}

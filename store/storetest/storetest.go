// Package storetest is the conformance suite every bot.Store backend passes:
// the same contract, checked the same way, on memory, file and Redis.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// Options tunes the suite for a backend.
type Options struct {
	// RaceVisitors and RaceSlots size the booking race (defaults 1000, 50).
	RaceVisitors, RaceSlots int
	// SkipTTL skips the cases that wait for a real expiry.
	SkipTTL bool
	// HoldsOnDifferentNodes: holds and bookings live on different nodes
	// (Redis Cluster), so holding does not see bookings (RunHolds).
	HoldsOnDifferentNodes bool
}

// Run runs every case against fresh stores from newStore. newStore must
// return an empty, isolated store (its own file, DB number or key prefix)
// and arrange its closing with t.Cleanup.
func Run(t *testing.T, newStore func(t *testing.T) bot.Store, opt Options) {
	if opt.RaceVisitors == 0 {
		opt.RaceVisitors = 1000
	}
	if opt.RaceSlots == 0 {
		opt.RaceSlots = 50
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.ttl && opt.SkipTTL {
				t.Skip("TTL cases skipped for this backend")
			}
			t.Logf("contract: %s", c.explanation)
			c.run(t, newStore(t), opt)
		})
	}
}

type testCase struct {
	name, explanation string
	ttl               bool
	run               func(t *testing.T, s bot.Store, opt Options)
}

var cases = []testCase{
	{name: "SessionMissing", explanation: "loading an unknown key returns bot.ErrNotFound", run: sessionMissing},
	{name: "SessionVersions", explanation: "a save returns the next version; a save with a stale version is refused with bot.ErrConflict and writes nothing", run: sessionVersions},
	{name: "SessionCopies", explanation: "the store keeps its own copy of the bytes it is given and returns", run: sessionCopies},
	{name: "SessionConcurrentUpdates", explanation: "concurrent read-modify-write with retry on conflict loses no update", run: sessionConcurrent},
	{name: "SessionDelete", explanation: "a deleted session is gone; deleting a missing key is not an error", run: sessionDelete},
	{name: "SessionTTL", explanation: "a session expires after its TTL without activity", ttl: true, run: sessionTTL},
	{name: "ClaimOnce", explanation: "a key is claimed once among concurrent claimers", run: claimOnce},
	{name: "BookAndRead", explanation: "a booking is readable by reference, listed, and is the visitor's active booking; its slot is taken", run: bookAndRead},
	{name: "BookSlotTaken", explanation: "a second booking on the same advisor slot fails with bot.ErrSlotTaken", run: bookSlotTaken},
	{name: "BookIdempotent", explanation: "booking the same reference again is a no-op", run: bookIdempotent},
	{name: "BookMovesPrevious", explanation: "a visitor has one active booking: a new one marks the previous moved and frees its slot", run: bookMoves},
	{name: "CancelFreesSlot", explanation: "a cancelled booking frees its slot and is no longer the visitor's active booking", run: cancelFrees},
	{name: "CancelAnonymised", explanation: "a booking cancelled and anonymised in one update (erasure) is no longer the former visitor's active booking", run: cancelAnonymised},
	{name: "BookingRace", explanation: "many visitors racing for few slots get exactly one booking per slot", run: bookingRace},
	{name: "OutboxWithBooking", explanation: "events given to Book are in the outbox after it returns", run: outboxWithBooking},
	{name: "BookCopies", explanation: "the store keeps its own copies of the booking and of the events' bookings given to Book: the caller may change them once it returns", run: bookCopies},
	{name: "OutboxLease", explanation: "a claimed event is leased to one consumer until acknowledged, retried or its lease ends", run: outboxLease},
	{name: "OutboxRetryAndDead", explanation: "a retried event is due again at its next time; a dead event is listed as dead and never claimed", run: outboxRetryDead},
	{name: "OutboxNotBefore", explanation: "an event scheduled for later is not claimed before its time, then claimed once among concurrent consumers", run: outboxNotBefore},
	{name: "SessionTTLRefreshed", explanation: "each save restarts the TTL: a session expires after ttl of inactivity, not ttl after creation", ttl: true, run: sessionTTLRefreshed},
	{name: "ClaimTTL", explanation: "a claim can be won again once its ttl has passed", ttl: true, run: claimTTL},
	{name: "UpdateBookingMovesSlot", explanation: "moving a booking to a taken slot fails with bot.ErrSlotTaken and changes nothing; to a free slot it frees the old one and takes the new one", run: updateMovesSlot},
	{name: "OutboxUnknownIDs", explanation: "acknowledging an unknown event is not an error; retrying one is bot.ErrNotFound", run: outboxUnknown},
	{name: "QueuesAgree", explanation: "a store's staff queue, overdue and advisor indexes (optional) list exactly the bookings bot.Booking.InQueue (or the advisor and start) selects from ListBookings, after every change of state", run: queuesAgree},
	{name: "OutboxRetryDetails", explanation: "a retried event keeps its attempts and is listed with its last error and next time; a claim returns at most max events", run: outboxRetryDetails},
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

func sessionMissing(t *testing.T, s bot.Store, _ Options) {
	_, _, err := s.LoadSession(ctx(t), "telegram:404")
	if !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("LoadSession(missing) error = %v, want bot.ErrNotFound", err)
	}
}

func sessionVersions(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	v1, err := s.SaveSession(c, "k", []byte("one"), 0, time.Hour)
	if err != nil {
		t.Fatalf("first save: %v", err)
	}
	if _, err := s.SaveSession(c, "k", []byte("again"), 0, time.Hour); !errors.Is(err, bot.ErrConflict) {
		t.Fatalf("creating an existing key: error = %v, want bot.ErrConflict", err)
	}
	v2, err := s.SaveSession(c, "k", []byte("two"), v1, time.Hour)
	if err != nil {
		t.Fatalf("save with current version: %v", err)
	}
	if v2 == v1 {
		t.Fatalf("version did not change: %d", v2)
	}
	if _, err := s.SaveSession(c, "k", []byte("stale"), v1, time.Hour); !errors.Is(err, bot.ErrConflict) {
		t.Fatalf("save with stale version: error = %v, want bot.ErrConflict", err)
	}
	data, v, err := s.LoadSession(c, "k")
	if err != nil || string(data) != "two" || v != v2 {
		t.Fatalf("LoadSession = %q, %d, %v; want \"two\", %d, nil", data, v, err, v2)
	}
}

func sessionCopies(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	buf := []byte("original")
	if _, err := s.SaveSession(c, "k", buf, 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	copy(buf, "CHANGED!")
	got, _, err := s.LoadSession(c, "k")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "original" {
		t.Fatalf("stored bytes changed with the caller's buffer: %q", got)
	}
	copy(got, "CHANGED!")
	again, _, _ := s.LoadSession(c, "k")
	if string(again) != "original" {
		t.Fatalf("stored bytes changed with a returned buffer: %q", again)
	}
}

func sessionConcurrent(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	const workers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for range workers {
		wg.Go(func() {
			for range each {
				for {
					data, v, err := s.LoadSession(c, "counter")
					n := 0
					switch {
					case errors.Is(err, bot.ErrNotFound):
					case err != nil:
						errs <- err
						return
					default:
						fmt.Sscan(string(data), &n)
					}
					_, err = s.SaveSession(c, "counter", fmt.Appendf(nil, "%d", n+1), v, time.Hour)
					if err == nil {
						break
					}
					if !errors.Is(err, bot.ErrConflict) {
						errs <- err
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	data, _, err := s.LoadSession(c, "counter")
	if err != nil || string(data) != fmt.Sprint(workers*each) {
		t.Fatalf("counter = %q, %v; want %d (lost updates)", data, err, workers*each)
	}
}

func sessionDelete(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if _, err := s.SaveSession(c, "k", []byte("x"), 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSession(c, "k"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.LoadSession(c, "k"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("after delete: %v, want bot.ErrNotFound", err)
	}
	if err := s.DeleteSession(c, "never"); err != nil {
		t.Fatalf("deleting a missing key: %v", err)
	}
	if _, err := s.SaveSession(c, "k", []byte("y"), 0, time.Hour); err != nil {
		t.Fatalf("recreating a deleted key with version 0: %v", err)
	}
}

func sessionTTL(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if _, err := s.SaveSession(c, "short", []byte("x"), 0, time.Second); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2100 * time.Millisecond)
	if _, _, err := s.LoadSession(c, "short"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("after TTL: %v, want bot.ErrNotFound", err)
	}
}

func claimOnce(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	var wins atomic.Int32
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			ok, err := s.Claim(c, "slack:event:Ev42", time.Hour)
			if err != nil {
				t.Error(err)
			}
			if ok {
				wins.Add(1)
			}
		})
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d claimers won, want 1", wins.Load())
	}
}

var t0 = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

func booking(ref, visitor, advisor string, start time.Time) *bot.Booking {
	return &bot.Booking{
		Ref: ref, Visitor: visitor, Channel: "telegram", Conversation: visitor,
		OperatorKind: "france_travail", OperatorID: "ft", AgencyID: "ft-69", AdvisorID: advisor,
		Start: start, End: start.Add(45 * time.Minute), Modality: "sur_place", Status: bot.StatusBooked,
		Created: t0.Add(-48 * time.Hour), Updated: t0.Add(-48 * time.Hour),
		Handoff: bot.Handoff{Request: "je cherche un emploi", Facts: map[string]string{"age": "34"}},
	}
}

func event(id, typ, ref string) bot.Event {
	return bot.Event{ID: id, Type: typ, Ref: ref, Created: t0.Add(-time.Hour)}
}

func bookAndRead(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	b := booking("R1", "v1", "adv1", t0)
	if err := s.Book(c, b, nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetBooking(c, "R1")
	if err != nil || got.AdvisorID != "adv1" || !got.Start.Equal(t0) || got.Handoff.Facts["age"] != "34" {
		t.Fatalf("GetBooking = %+v, %v", got, err)
	}
	act, err := s.ActiveBooking(c, "v1")
	if err != nil || act.Ref != "R1" {
		t.Fatalf("ActiveBooking = %+v, %v", act, err)
	}
	if _, err := s.ActiveBooking(c, "nobody"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("ActiveBooking(nobody) = %v, want bot.ErrNotFound", err)
	}
	if _, err := s.GetBooking(c, "nope"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("GetBooking(nope) = %v, want bot.ErrNotFound", err)
	}
	taken, err := s.TakenSlots(c, []string{b.SlotKey(), "adv1@20261207T1000Z"})
	if err != nil || len(taken) != 2 || !taken[0] || taken[1] {
		t.Fatalf("TakenSlots = %v, %v; want [true false]", taken, err)
	}
	if err := s.Book(c, booking("R0", "v0", "adv2", t0.Add(-time.Hour)), nil); err != nil {
		t.Fatal(err)
	}
	list, err := s.ListBookings(c)
	if err != nil || len(list) != 2 || list[0].Ref != "R0" || list[1].Ref != "R1" {
		t.Fatalf("ListBookings = %v, %v; want R0, R1 by start", refs(list), err)
	}
}

func refs(bs []*bot.Booking) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.Ref + ":" + b.Status
	}
	return out
}

func bookSlotTaken(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if err := s.Book(c, booking("R1", "v1", "adv1", t0), nil); err != nil {
		t.Fatal(err)
	}
	err := s.Book(c, booking("R2", "v2", "adv1", t0), []bot.Event{event("e2", bot.EventBooked, "R2")})
	if !errors.Is(err, bot.ErrSlotTaken) {
		t.Fatalf("second booking on the slot: %v, want bot.ErrSlotTaken", err)
	}
	if _, err := s.GetBooking(c, "R2"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("refused booking was stored: %v", err)
	}
	if evs, _ := s.Events(c, false); len(evs) != 0 {
		t.Fatalf("refused booking left %d outbox events", len(evs))
	}
	if err := s.Book(c, booking("R3", "v2", "adv2", t0), nil); err != nil {
		t.Fatalf("same time, other advisor: %v", err)
	}
}

func bookIdempotent(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	ev := []bot.Event{event("e1", bot.EventBooked, "R1")}
	for range 3 {
		if err := s.Book(c, booking("R1", "v1", "adv1", t0), ev); err != nil {
			t.Fatal(err)
		}
	}
	evs, _ := s.Events(c, false)
	if len(evs) != 1 {
		t.Fatalf("%d events after booking the same reference 3 times, want 1", len(evs))
	}
}

func bookMoves(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	first := booking("R1", "v1", "adv1", t0)
	if err := s.Book(c, first, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Book(c, booking("R2", "v1", "adv1", t0.Add(time.Hour)), nil); err != nil {
		t.Fatal(err)
	}
	old, err := s.GetBooking(c, "R1")
	if err != nil || old.Status != bot.StatusMoved {
		t.Fatalf("previous booking = %+v, %v; want status moved", old, err)
	}
	act, err := s.ActiveBooking(c, "v1")
	if err != nil || act.Ref != "R2" {
		t.Fatalf("active = %+v, %v; want R2", act, err)
	}
	if err := s.Book(c, booking("R3", "v2", "adv1", t0), nil); err != nil {
		t.Fatalf("the freed slot cannot be booked: %v", err)
	}
}

func cancelFrees(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	b := booking("R1", "v1", "adv1", t0)
	if err := s.Book(c, b, nil); err != nil {
		t.Fatal(err)
	}
	b.Status, b.Seq = bot.StatusCancelled, 1
	if err := s.UpdateBooking(c, b, []bot.Event{event("c1", bot.EventCancelled, "R1")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ActiveBooking(c, "v1"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("cancelled booking still active: %v", err)
	}
	if taken, _ := s.TakenSlots(c, []string{b.SlotKey()}); taken[0] {
		t.Fatal("cancelled booking still holds its slot")
	}
	if err := s.Book(c, booking("R2", "v2", "adv1", t0), nil); err != nil {
		t.Fatalf("booking the freed slot: %v", err)
	}
	if err := s.UpdateBooking(c, booking("nope", "v", "a", t0), nil); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("updating a missing booking: %v, want bot.ErrNotFound", err)
	}
	got, _ := s.GetBooking(c, "R1")
	if got.Status != bot.StatusCancelled || got.Seq != 1 {
		t.Fatalf("stored cancelled booking = %+v", got)
	}
	evs, _ := s.Events(c, false)
	if len(evs) != 1 || evs[0].ID != "c1" {
		t.Fatalf("events after cancel = %v", evs)
	}
}

func bookingRace(t *testing.T, s bot.Store, opt Options) {
	c := ctx(t)
	var ok, taken atomic.Int32
	var wg sync.WaitGroup
	sem := make(chan struct{}, 200) // bounded concurrency on the backend's connections
	for i := range opt.RaceVisitors {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			slot := t0.Add(time.Duration(i%opt.RaceSlots) * time.Hour)
			b := booking(fmt.Sprintf("R%04d", i), fmt.Sprintf("v%04d", i), "adv1", slot)
			err := s.Book(c, b, []bot.Event{event("e"+b.Ref, bot.EventBooked, b.Ref)})
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, bot.ErrSlotTaken):
				taken.Add(1)
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if int(ok.Load()) != opt.RaceSlots || int(ok.Load()+taken.Load()) != opt.RaceVisitors {
		t.Fatalf("%d bookings and %d refusals, want %d and %d", ok.Load(), taken.Load(), opt.RaceSlots, opt.RaceVisitors-opt.RaceSlots)
	}
	list, err := s.ListBookings(c)
	if err != nil || len(list) != opt.RaceSlots {
		t.Fatalf("%d stored bookings (%v), want %d", len(list), err, opt.RaceSlots)
	}
	seen := map[string]bool{}
	for _, b := range list {
		if seen[b.SlotKey()] {
			t.Fatalf("slot %s booked twice", b.SlotKey())
		}
		seen[b.SlotKey()] = true
	}
	evs, _ := s.Events(c, false)
	if len(evs) != opt.RaceSlots {
		t.Fatalf("%d outbox events, want %d", len(evs), opt.RaceSlots)
	}
}

// bookCopies: booking.Service hands the booking it returns to Book as the
// event's booking too, without a snapshot of its own.
func bookCopies(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	b := booking("R1", "v1", "adv1", t0)
	ev := event("R1-booked", bot.EventBooked, "R1")
	ev.Booking = b
	if err := s.Book(c, b, []bot.Event{ev}); err != nil {
		t.Fatal(err)
	}
	b.AdvisorID, b.Status, b.Contact = "changed", bot.StatusCancelled, "changed"
	got, err := s.GetBooking(c, "R1")
	if err != nil || got.AdvisorID != "adv1" || got.Status != bot.StatusBooked || got.Contact != "" {
		t.Fatalf("GetBooking after the caller changed its booking = %+v, %v", got, err)
	}
	evs, err := s.Events(c, false)
	if err != nil || len(evs) != 1 || evs[0].Booking == nil || evs[0].Booking.AdvisorID != "adv1" ||
		evs[0].Booking.Status != bot.StatusBooked || evs[0].Booking.Contact != "" {
		t.Fatalf("Events after the caller changed its booking = %+v, %v", evs, err)
	}
	claimed, err := s.ClaimEvents(c, "c1", t0, time.Minute, 10)
	if err != nil || len(claimed) != 1 || claimed[0].Booking == nil || claimed[0].Booking.AdvisorID != "adv1" {
		t.Fatalf("ClaimEvents after the caller changed its booking = %+v, %v", claimed, err)
	}
}

func outboxWithBooking(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	b := booking("R1", "v1", "adv1", t0)
	ev := event("R1-booked", bot.EventBooked, "R1")
	ev.Booking = b
	rem := event("R1-reminder", bot.EventReminder, "R1")
	rem.NotBefore = t0.Add(-24 * time.Hour)
	if err := s.Book(c, b, []bot.Event{ev, rem}); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(c, false)
	if err != nil || len(evs) != 2 || evs[0].ID != "R1-booked" || evs[0].Booking == nil || evs[0].Booking.AdvisorID != "adv1" {
		t.Fatalf("Events = %+v, %v", evs, err)
	}
	if !evs[1].NotBefore.Equal(rem.NotBefore) {
		t.Fatalf("NotBefore = %v, want %v", evs[1].NotBefore, rem.NotBefore)
	}
}

func outboxLease(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	now := time.Now()
	if err := s.Append(c, event("a", bot.EventUrgent, ""), event("b", bot.EventUrgent, "")); err != nil {
		t.Fatal(err)
	}
	if err := s.Append(c, event("a", bot.EventUrgent, "")); err != nil {
		t.Fatal(err)
	}
	got, err := s.ClaimEvents(c, "w1", now, time.Minute, 10)
	if err != nil || len(got) != 2 || got[0].ID != "a" || got[0].Attempts != 1 {
		t.Fatalf("first claim = %+v, %v; want a, b with 1 attempt", got, err)
	}
	again, err := s.ClaimEvents(c, "w2", now.Add(time.Second), time.Minute, 10)
	if err != nil || len(again) != 0 {
		t.Fatalf("leased events claimed again: %+v, %v", again, err)
	}
	if err := s.Ack(c, "a"); err != nil {
		t.Fatal(err)
	}
	late, err := s.ClaimEvents(c, "w2", now.Add(2*time.Minute), time.Minute, 10)
	if err != nil || len(late) != 1 || late[0].ID != "b" || late[0].Attempts != 2 {
		t.Fatalf("claim after lease end = %+v, %v; want b with 2 attempts", late, err)
	}
	if err := s.Ack(c, "b"); err != nil {
		t.Fatal(err)
	}
	if evs, _ := s.Events(c, false); len(evs) != 0 {
		t.Fatalf("%d events left after acks", len(evs))
	}
}

func outboxRetryDead(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	now := time.Now()
	if err := s.Append(c, event("x", bot.EventBooked, "R1")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClaimEvents(c, "w", now, time.Minute, 10); err != nil {
		t.Fatal(err)
	}
	if err := s.Retry(c, "x", now.Add(10*time.Second), "503 from webhook", false); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClaimEvents(c, "w", now.Add(5*time.Second), time.Minute, 10); len(got) != 0 {
		t.Fatalf("claimed before its retry time: %+v", got)
	}
	got, _ := s.ClaimEvents(c, "w", now.Add(11*time.Second), time.Minute, 10)
	if len(got) != 1 || got[0].LastError != "503 from webhook" || got[0].Attempts != 2 {
		t.Fatalf("claim at retry time = %+v", got)
	}
	if err := s.Retry(c, "x", time.Time{}, "gave up", true); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClaimEvents(c, "w", now.Add(time.Hour), time.Minute, 10); len(got) != 0 {
		t.Fatalf("dead event claimed: %+v", got)
	}
	dead, err := s.Events(c, true)
	if err != nil || len(dead) != 1 || dead[0].ID != "x" || !dead[0].Dead {
		t.Fatalf("dead events = %+v, %v", dead, err)
	}
	if live, _ := s.Events(c, false); len(live) != 0 {
		t.Fatalf("dead event listed as pending: %+v", live)
	}
}

func outboxNotBefore(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	now := time.Now()
	rem := event("rem", bot.EventReminder, "R1")
	rem.NotBefore = now.Add(time.Hour)
	if err := s.Append(c, rem); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClaimEvents(c, "w", now, time.Minute, 10); len(got) != 0 {
		t.Fatalf("claimed before NotBefore: %+v", got)
	}
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			got, err := s.ClaimEvents(c, fmt.Sprintf("w%d", i), now.Add(61*time.Minute), time.Minute, 10)
			if err != nil {
				t.Error(err)
			}
			wins.Add(int32(len(got)))
		})
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("due reminder claimed %d times among 20 consumers, want 1", wins.Load())
	}
}

func sessionTTLRefreshed(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	v, err := s.SaveSession(c, "k", []byte("x"), 0, 1500*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	if _, err := s.SaveSession(c, "k", []byte("y"), v, 1500*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	if data, _, err := s.LoadSession(c, "k"); err != nil || string(data) != "y" {
		t.Fatalf("2 s after creation, 1 s after the last save with a 1.5 s TTL: %q, %v; want \"y\"", data, err)
	}
}

func claimTTL(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if ok, err := s.Claim(c, "k", time.Second); !ok || err != nil {
		t.Fatalf("first claim = %v, %v", ok, err)
	}
	if ok, err := s.Claim(c, "k", time.Second); ok || err != nil {
		t.Fatalf("second claim within ttl = %v, %v; want false", ok, err)
	}
	time.Sleep(1200 * time.Millisecond)
	if ok, err := s.Claim(c, "k", time.Second); !ok || err != nil {
		t.Fatalf("claim after ttl = %v, %v; want true", ok, err)
	}
}

func updateMovesSlot(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	b1 := booking("R1", "v1", "adv1", t0)
	if err := s.Book(c, b1, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Book(c, booking("R2", "v2", "adv1", t0.Add(time.Hour)), nil); err != nil {
		t.Fatal(err)
	}
	moved := booking("R1", "v1", "adv1", t0.Add(time.Hour))
	moved.Seq = 1
	err := s.UpdateBooking(c, moved, []bot.Event{event("m1", bot.EventMoved, "R1")})
	if !errors.Is(err, bot.ErrSlotTaken) {
		t.Fatalf("moving onto a taken slot: %v, want bot.ErrSlotTaken", err)
	}
	if got, _ := s.GetBooking(c, "R1"); got == nil || !got.Start.Equal(t0) || got.Seq != 0 {
		t.Fatalf("refused move changed the booking: %+v", got)
	}
	if evs, _ := s.Events(c, false); len(evs) != 0 {
		t.Fatalf("refused move left %d events", len(evs))
	}
	moved = booking("R1", "v1", "adv1", t0.Add(2*time.Hour))
	moved.Seq = 1
	if err := s.UpdateBooking(c, moved, nil); err != nil {
		t.Fatal(err)
	}
	taken, err := s.TakenSlots(c, []string{b1.SlotKey(), moved.SlotKey()})
	if err != nil || len(taken) != 2 || taken[0] || !taken[1] {
		t.Fatalf("TakenSlots(old, new) = %v, %v; want [false true]", taken, err)
	}
	if act, err := s.ActiveBooking(c, "v1"); err != nil || act.Ref != "R1" || !act.Start.Equal(moved.Start) || act.Seq != 1 {
		t.Fatalf("active booking after the move = %+v, %v", act, err)
	}
}

func outboxUnknown(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	if err := s.Ack(c, "never"); err != nil {
		t.Fatalf("Ack(unknown) = %v, want nil", err)
	}
	if err := s.Retry(c, "never", time.Now(), "x", false); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("Retry(unknown) = %v, want bot.ErrNotFound", err)
	}
}

func outboxRetryDetails(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	now := time.Now()
	if err := s.Append(c, event("a", bot.EventUrgent, ""), event("b", bot.EventUrgent, ""), event("c", bot.EventUrgent, "")); err != nil {
		t.Fatal(err)
	}
	got, err := s.ClaimEvents(c, "w", now, time.Minute, 2)
	if err != nil || len(got) != 2 {
		t.Fatalf("claim with max 2 = %d events, %v", len(got), err)
	}
	next := now.Add(time.Hour)
	if err := s.Retry(c, got[0].ID, next, "timeout", false); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(c, false)
	if err != nil || len(evs) != 3 {
		t.Fatalf("Events = %d, %v; want 3", len(evs), err)
	}
	for _, e := range evs {
		if e.ID != got[0].ID {
			continue
		}
		if e.LastError != "timeout" || !e.NotBefore.Equal(next) || e.Attempts != 1 || e.Dead {
			t.Fatalf("retried event listed as %+v; want last error, next time, 1 attempt", e)
		}
		return
	}
	t.Fatalf("retried event %s not listed", got[0].ID)
}

func cancelAnonymised(t *testing.T, s bot.Store, _ Options) {
	c := ctx(t)
	b := booking("R1", "v1", "adv1", t0)
	if err := s.Book(c, b, nil); err != nil {
		t.Fatal(err)
	}
	b.Status, b.Visitor, b.Handoff = bot.StatusCancelled, "anonyme", bot.Handoff{}
	if err := s.UpdateBooking(c, b, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.ActiveBooking(c, "v1"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("erased booking still active for the visitor: %+v, %v", got, err)
	}
	if got, _ := s.GetBooking(c, "R1"); got.Visitor != "anonyme" || got.Handoff.Request != "" {
		t.Fatalf("stored booking after erasure: %+v", got)
	}
}

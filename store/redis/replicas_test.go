package redis_test

// Several `cepbot serve` replicas sharing one Redis must behave as one bot
// (SPEC §7, §10): here each replica is an engine with its own dialogue,
// booking service and Redis client (its own connection pool), all on the
// same server and key prefix.

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// replica is one bot process: its own Redis client, booking service,
// dialogue and engine.
type replica struct {
	store  *redis.Store
	svc    *booking.Service
	engine *bot.Engine
}

// newReplicas opens n replicas of the real reception bot on url and prefix,
// wired as cmd/cepbot does. dialog, when not nil, replaces the reception
// dialogue (the store still counts as the session store).
func newReplicas(t *testing.T, url, prefix string, n int, now func() time.Time, dialog func() bot.Dialog, wrap func(*redis.Store) bot.SessionStore) []*replica {
	t.Helper()
	dir := directory.Sample()
	out := make([]*replica, n)
	for i := range out {
		s := openPrefix(t, url, prefix)
		svc := booking.New(s, dir, booking.WithClock(now))
		var d bot.Dialog = dialogs.New(dialogs.Deps{Bookings: svc})
		if dialog != nil {
			d = dialog()
		}
		var ss bot.SessionStore = s
		if wrap != nil {
			ss = wrap(s)
		}
		out[i] = &replica{store: s, svc: svc, engine: bot.NewEngine(bot.Config{
			Store: ss, Dialog: d, Texts: dialogs.Texts(), Now: now,
		})}
	}
	return out
}

// countingDialog appends each update's text to the session variable "log",
// counts processed updates in "n" and sets one variable per update: a lost
// write (two replicas saving over each other) drops an entry, a duplicate
// adds one, a reordering shows in the log. It answers the count.
type countingDialog struct{ steps *atomic.Int64 }

func (d countingDialog) Step(_ context.Context, s *bot.Session, in bot.Inbound) ([]bot.Reply, error) {
	d.steps.Add(1)
	n, _ := strconv.Atoi(s.Get("n"))
	n++
	log := s.Get("log")
	if log != "" {
		log += ","
	}
	s.Set("log", log+in.Text)
	s.Set("n", strconv.Itoa(n))
	s.Set("f"+in.Text, "1")
	return []bot.Reply{{Text: strconv.Itoa(n)}}, nil
}

// conflictCounter counts the version conflicts the engines ran into: proof
// that the replicas really wrote the same sessions concurrently.
type conflictCounter struct {
	*redis.Store
	n *atomic.Int64
}

func (c conflictCounter) SaveSession(ctx context.Context, key string, data []byte, version int64, ttl time.Duration) (int64, error) {
	v, err := c.Store.SaveSession(ctx, key, data, version, ttl)
	if errors.Is(err, bot.ErrConflict) {
		c.n.Add(1)
	}
	return v, err
}

// TestReplicasExactlyOnceInOrder: three replicas receive the same
// conversations. Every update goes to two or three replicas, each replica
// gets a conversation's updates in increasing order (its own FIFO per
// conversation, with random delays), and the sender moves on to the next
// update as soon as one replica acknowledged the current one, without
// waiting for the duplicates: duplicates of update k are still in flight
// while k+1 and k+2 are processed elsewhere. Each update must be answered
// exactly once across replicas with the count it had in the order sent,
// and the final session must hold every update once, in order.
func TestReplicasExactlyOnceInOrder(t *testing.T) {
	const (
		convs   = 40
		updates = 30
		maxLag  = 3 // updates of a conversation acknowledged but with duplicates in flight
	)
	url := redistest.URL(t)
	var steps, conflicts atomic.Int64
	reps := newReplicas(t, url, uniquePrefix(), 3, time.Now,
		func() bot.Dialog { return countingDialog{&steps} },
		func(s *redis.Store) bot.SessionStore { return conflictCounter{s, &conflicts} })

	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()

	type delivery struct {
		in  bot.Inbound
		ack chan<- error
	}
	// answers[c][k] counts the non-empty answers to update k+1 of
	// conversation c; wrong records an answer that is not the expected count.
	answers := make([][]atomic.Int32, convs)
	for c := range answers {
		answers[c] = make([]atomic.Int32, updates)
	}
	var wrong sync.Map
	var delivered, dupNoops atomic.Int64

	var workers sync.WaitGroup
	var senders sync.WaitGroup
	for c := range convs {
		// One FIFO per replica and conversation, as a replica serving a
		// channel handles a chat's updates in the order it received them.
		queues := make([]chan delivery, len(reps))
		for r := range reps {
			q := make(chan delivery, updates)
			queues[r] = q
			workers.Go(func() {
				for d := range q {
					time.Sleep(time.Duration(rand.IntN(400)) * time.Microsecond)
					replies, err := reps[r].engine.Turn(ctx, d.in)
					delivered.Add(1)
					if err == nil {
						k, _ := strconv.Atoi(d.in.UpdateID)
						switch {
						case len(replies) == 0:
							dupNoops.Add(1)
						case len(replies) == 1 && replies[0].Text == d.in.UpdateID:
							answers[c][k-1].Add(1)
						default:
							wrong.Store(fmt.Sprintf("c%d u%d replica %d", c, k, r), fmt.Sprint(replies))
							answers[c][k-1].Add(1)
						}
					}
					d.ack <- err
				}
			})
		}
		senders.Go(func() {
			defer func() {
				for _, q := range queues {
					close(q)
				}
			}()
			var inflight []chan error // per update, acks of the duplicates still running
			for k := 1; k <= updates; k++ {
				order := rand.Perm(len(reps))[:2+rand.IntN(2)]
				acks := make(chan error, len(order))
				in := bot.Inbound{Channel: "tg", Conversation: fmt.Sprint("conv", c), User: fmt.Sprint("u", c),
					UpdateID: strconv.Itoa(k), Text: strconv.Itoa(k)}
				for _, r := range order {
					queues[r] <- delivery{in, acks}
				}
				// Move on at the first successful acknowledgement.
				ok := false
				for range order {
					if err := <-acks; err == nil {
						ok = true
						break
					} else {
						t.Errorf("conversation %d update %d: %v", c, k, err)
					}
				}
				if !ok {
					return
				}
				inflight = append(inflight, acks)
				if len(inflight) > maxLag { // bound how late a duplicate may be
					<-inflight[0]
					inflight = inflight[1:]
				}
			}
		})
	}
	senders.Wait()
	workers.Wait()
	if t.Failed() {
		return
	}

	for c := range convs {
		for k := range updates {
			if n := answers[c][k].Load(); n != 1 {
				t.Errorf("conversation %d update %d answered %d times across replicas, want exactly once", c, k+1, n)
			}
		}
		data, _, err := reps[c%len(reps)].store.LoadSession(ctx, "tg:conv"+strconv.Itoa(c))
		if err != nil {
			t.Fatal(err)
		}
		s, err := bot.DecodeSession("tg:conv"+strconv.Itoa(c), 0, data)
		if err != nil {
			t.Fatal(err)
		}
		want := make([]string, updates)
		for k := range want {
			want[k] = strconv.Itoa(k + 1)
			if s.Get("f"+want[k]) != "1" {
				t.Errorf("conversation %d: session field f%d lost", c, k+1)
			}
		}
		if got := s.Get("log"); got != strings.Join(want, ",") {
			t.Errorf("conversation %d: processed %q, want each update once in order", c, got)
		}
		if s.Get("n") != strconv.Itoa(updates) {
			t.Errorf("conversation %d: count %s, want %d", c, s.Get("n"), updates)
		}
	}
	wrong.Range(func(k, v any) bool {
		t.Errorf("%s answered %s: not the update's place in the order sent", k, v)
		return true
	})
	t.Logf("%d conversations × %d updates: %d deliveries, %d duplicates dropped, %d dialogue steps, %d version conflicts retried",
		convs, updates, delivered.Load(), dupNoops.Load(), steps.Load(), conflicts.Load())
	if dupNoops.Load() == 0 || conflicts.Load() == 0 {
		t.Errorf("the replicas never collided (%d duplicates dropped, %d conflicts): the test did not exercise concurrency",
			dupNoops.Load(), conflicts.Load())
	}
}

// raceAgency is the sample directory's agency the booking races use.
const raceAgency = "ft-69"

// TestReplicasBookingRace: 1 000 visitors race for 50 slots of one agency
// through the booking services of three replicas (three Redis clients):
// exactly 50 bookings, one per slot, each with its handoff.booked event;
// every loser gets bot.ErrSlotTaken.
func TestReplicasBookingRace(t *testing.T) {
	const visitors, slots = 1000, 50
	url := redistest.URL(t)
	reps := newReplicas(t, url, uniquePrefix(), 3, time.Now, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	if reps[0].svc.Directory().Agency(raceAgency) == nil {
		t.Fatalf("agency %s not in the sample directory", raceAgency)
	}
	offer, err := reps[0].svc.FreeSlots(ctx, raceAgency, time.Now(), slots, "")
	if err != nil || len(offer) != slots {
		t.Fatalf("FreeSlots = %d slots, %v; want %d", len(offer), err, slots)
	}

	var won, lost atomic.Int64
	winners := make([]atomic.Int32, slots)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range visitors {
		wg.Go(func() {
			<-start
			sl := offer[i%slots]
			v := fmt.Sprint("visitor", i)
			b, err := reps[i%len(reps)].svc.Book(ctx, booking.Request{
				Ref: booking.Reference("race", v), Visitor: v, Channel: "tg", Conversation: v,
				OperatorKind: "france_travail", Slot: sl, Modality: "sur_place", KeepAdvisor: true,
			})
			switch {
			case err == nil:
				won.Add(1)
				winners[i%slots].Add(1)
				if b.SlotKey() != sl.Key() || b.Visitor != v {
					t.Errorf("visitor %d got %s for %s", i, b.SlotKey(), b.Visitor)
				}
			case errors.Is(err, bot.ErrSlotTaken):
				lost.Add(1)
			default:
				t.Errorf("visitor %d: %v", i, err)
			}
		})
	}
	close(start)
	wg.Wait()
	if won.Load() != slots || lost.Load() != visitors-slots {
		t.Fatalf("%d bookings and %d refusals; want exactly %d and %d", won.Load(), lost.Load(), slots, visitors-slots)
	}
	for i := range winners {
		if n := winners[i].Load(); n != 1 {
			t.Errorf("slot %s booked %d times", offer[i].Key(), n)
		}
	}

	// What the stores say, read through another replica than most writers.
	all, err := reps[1].store.ListBookings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bySlot := map[string]string{}
	for _, b := range all {
		if prev, dup := bySlot[b.SlotKey()]; dup {
			t.Errorf("slot %s held by %s and %s", b.SlotKey(), prev, b.Ref)
		}
		bySlot[b.SlotKey()] = b.Ref
	}
	if len(all) != slots {
		t.Errorf("%d bookings stored, want %d", len(all), slots)
	}
	keys := make([]string, slots)
	for i, sl := range offer {
		keys[i] = sl.Key()
	}
	taken, err := reps[2].store.TakenSlots(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.Index(taken, false); i >= 0 {
		t.Errorf("slot %s not taken after the race", keys[i])
	}
	events, err := reps[2].store.Events(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	booked := map[string]int{}
	for _, e := range events {
		if e.Type == bot.EventBooked {
			booked[e.Ref]++
		}
	}
	for _, b := range all {
		if booked[b.Ref] != 1 {
			t.Errorf("booking %s has %d handoff.booked events, want 1", b.Ref, booked[b.Ref])
		}
	}
	if len(booked) != slots {
		t.Errorf("%d handoff.booked events, want %d", len(booked), slots)
	}
}

// visitorText is the first message of the scripted visitors: a job seeker
// in Lyon, routed to France Travail Lyon (raceAgency).
const visitorText = "Bonjour, je suis au chômage depuis 6 mois, j'ai 35 ans, j'habite au 69003 et je voudrais me reconvertir dans l'animation."

// visitorScript is the reception dialogue up to the slot offer: consent,
// situation, handicap (no), cadre (no), recap (right), operator (book),
// modality (on site) — the last answer brings the slot offer.
var visitorScript = []string{"/start", "oui", visitorText, "1", "1", "1", "1", "1"}

// TestReplicasEndToEndBooking: 30 visitors run the whole reception
// dialogue through three replicas at once, every update delivered to two
// replicas concurrently (a redelivery racing the original). They reach the
// slot question at the same moment and all take the first slot offered,
// again and again (offers are spread over the visitors choosing, so few
// lose one). Each must end with exactly one answer per update, a booking
// of their own, no two bookings on one slot, and those who lost a slot
// must have been offered others.
func TestReplicasEndToEndBooking(t *testing.T) {
	const visitors = 30
	url := redistest.URL(t)
	reps := newReplicas(t, url, uniquePrefix(), 3, time.Now, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()

	var (
		atOffer  sync.WaitGroup // everyone reaches the slot question before anyone answers it
		wg       sync.WaitGroup
		lostSlot atomic.Int64
		mu       sync.Mutex
		refs     = map[string]int{}
	)
	atOffer.Add(visitors)
	for i := range visitors {
		wg.Go(func() {
			reached := false
			defer func() {
				if !reached {
					atOffer.Done()
				}
			}()
			user := fmt.Sprint("visitor", i)
			for k := range 80 {
				text := "1"
				if k < len(visitorScript) {
					text = visitorScript[k]
				}
				if k == len(visitorScript) { // the first slot answer
					reached = true
					atOffer.Done()
					atOffer.Wait()
				}
				in := bot.Inbound{Channel: "tg", Conversation: user, User: user, UpdateID: strconv.Itoa(k + 1), Text: text}
				// The update and its redelivery, to two replicas at once.
				a, b := rand.IntN(3), rand.IntN(2)
				if b >= a {
					b++
				}
				var got [2][]bot.Reply
				var errs [2]error
				var both sync.WaitGroup
				for j, r := range []int{a, b} {
					both.Go(func() { got[j], errs[j] = reps[r].engine.Turn(ctx, in) })
				}
				both.Wait()
				if errs[0] != nil || errs[1] != nil {
					t.Errorf("visitor %d turn %d: %v / %v", i, k+1, errs[0], errs[1])
					return
				}
				if (len(got[0]) == 0) == (len(got[1]) == 0) {
					t.Errorf("visitor %d turn %d answered %d and %d times by the two replicas; want exactly once",
						i, k+1, len(got[0]), len(got[1]))
					return
				}
				replies := slices.Concat(got[0], got[1])
				first := replies[0].Text
				if strings.Contains(first, "vient d'être pris") {
					lostSlot.Add(1)
					if len(replies[len(replies)-1].Choices) < 2 {
						t.Errorf("visitor %d lost a slot and was offered no other: %q", i, replies)
					}
				}
				if _, ref, ok := strings.Cut(first, "Référence : "); ok {
					ref, _, _ = strings.Cut(ref, "\n")
					mu.Lock()
					refs[ref]++
					mu.Unlock()
					return
				}
			}
			t.Errorf("visitor %d not booked after 80 turns", i)
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	if len(refs) != visitors {
		t.Errorf("%d distinct references for %d visitors", len(refs), visitors)
	}
	all, err := reps[0].store.ListBookings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slotsHeld := map[string]string{}
	visitorsBooked := map[string]bool{}
	for _, b := range all {
		if refs[b.Ref] != 1 {
			t.Errorf("stored booking %s (%s) was not announced exactly once (%d)", b.Ref, b.Status, refs[b.Ref])
		}
		if !b.Active() {
			t.Errorf("booking %s is %s", b.Ref, b.Status)
		}
		if prev, dup := slotsHeld[b.SlotKey()]; dup {
			t.Errorf("slot %s booked twice: %s and %s", b.SlotKey(), prev, b.Ref)
		}
		slotsHeld[b.SlotKey()] = b.Ref
		if visitorsBooked[b.Visitor] {
			t.Errorf("visitor %s has two bookings", b.Visitor)
		}
		visitorsBooked[b.Visitor] = true
	}
	if len(all) != visitors {
		t.Errorf("%d bookings stored for %d visitors", len(all), visitors)
	}
	t.Logf("%d visitors booked %d distinct slots; %d times a visitor found the chosen slot taken and was offered others",
		visitors, len(slotsHeld), lostSlot.Load())
}

// TestRoundTripsPerDialogueTurn counts Redis round trips of every turn of a
// reception conversation through the real engine and dialogue (SPEC §10: at
// most 3 per turn). Ordinary turns load and save the session: 2. The slot
// offer adds TakenSlots (3), and so does the booking turn (load, Book,
// save: the session knows the visitor's active booking).
func TestRoundTripsPerDialogueTurn(t *testing.T) {
	url := redistest.URL(t)
	r := newReplicas(t, url, uniquePrefix(), 1, time.Now, nil, nil)[0]
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	kinds := []string{"start", "consent", "request", "handicap", "cadre", "recap", "operator", "modality → slot offer",
		"slot choice", "contact", "confirm → booking"}
	limits := map[string]uint64{}
	script := append(slices.Clone(visitorScript), "1", "1", "1")
	var summary []string
	for k, text := range script {
		before := r.store.RoundTrips()
		replies, err := r.engine.Turn(ctx, bot.Inbound{Channel: "tg", Conversation: "rt", User: "rt", UpdateID: strconv.Itoa(k + 1), Text: text})
		trips := r.store.RoundTrips() - before
		if err != nil || len(replies) == 0 {
			t.Fatalf("turn %d (%s): %v %v", k+1, kinds[k], replies, err)
		}
		limit, ok := limits[kinds[k]]
		if !ok {
			limit = 3
		}
		if trips > limit {
			t.Errorf("turn %d (%s): %d Redis round trips, want ≤ %d", k+1, kinds[k], trips, limit)
		}
		summary = append(summary, fmt.Sprintf("%s %d", kinds[k], trips))
		switch kinds[k] {
		case "modality → slot offer":
			if !strings.Contains(replies[len(replies)-1].Text, "créneaux") {
				t.Fatalf("turn %d: want the slot offer, got %q", k+1, replies[len(replies)-1].Text)
			}
		case "confirm → booking":
			if !strings.Contains(replies[0].Text, "Référence :") {
				t.Fatalf("turn %d: want the booking, got %q", k+1, replies[0].Text)
			}
		}
	}
	// A redelivered update costs one round trip (load, seen, no save).
	before := r.store.RoundTrips()
	if replies, err := r.engine.Turn(ctx, bot.Inbound{Channel: "tg", Conversation: "rt", User: "rt", UpdateID: "3", Text: "x"}); err != nil || len(replies) != 0 {
		t.Fatalf("redelivery: %v %v", replies, err)
	}
	summary = append(summary, fmt.Sprintf("redelivery %d", r.store.RoundTrips()-before))
	t.Logf("Redis round trips per turn: %s", strings.Join(summary, ", "))
}

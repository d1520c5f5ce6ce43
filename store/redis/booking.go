package redis

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// A booking spans two slots: the agency's (the booking, its slot key, its
// indexes and outbox events, written atomically) and the visitor's (the
// per-visitor index and the active-booking pointer). Book is an idempotent
// two-step with the deterministic reference as its key:
//
//  1. intent (visitor slot): index the reference and record the intent
//     "ref, agency, deadline, bookings to move" (the active one, or a
//     pending intent's); hints in the global slot (agency set, advisor ->
//     agency, reference -> agency, pending intents by deadline) are written
//     in the same pipeline, before;
//  2. book (agency slot): refused after the deadline, so that an intent can
//     be rolled back safely once its deadline has passed; moves the
//     previous booking when it is of the same agency;
//  3. finish: the bookings to move that live in other agencies are moved
//     (slots freed), then commit (visitor slot) makes the reference the
//     active booking and drops the intent.
//
// Step 3 may be left to later: whoever reads the visitor's bookings, books
// again, or the housekeeping job (Recover) completes an intent it finds —
// forward when the booking exists, back when it does not and its deadline
// (plus a margin for clock skew between masters) has passed. A crash between
// any two steps therefore leaves a state every reader resolves the same way,
// and a retried turn (same reference) runs the remaining steps.

// intentGrace bounds a booking step after its intent; recoverers roll back
// only after intentGrace + intentMargin.
var (
	intentGrace  = 10 * time.Second
	intentMargin = 5 * time.Second
)

// ErrIntentInFlight: another booking of the visitor is between its steps.
var errIntentInFlight = errors.New("another booking of the visitor is in progress")

func unixScore(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// endScore is the retention clock of a booking: its end, or its creation.
func endScore(b *bot.Booking) int64 {
	if !b.End.IsZero() {
		return b.End.Unix()
	}
	return unixScore(b.Created)
}

func anonymised(b *bot.Booking) string { return flag(b.Visitor == bot.AnonymousVisitor) }

// queueFlags is the queues argument of the agency scripts: '1' or '0' per
// staff queue, in bot.Queues order (from a table: no allocation per write).
func queueFlags(b *bot.Booking) string {
	n := 0
	for i, name := range bot.Queues {
		if b.InQueue(name) {
			n |= 1 << i
		}
	}
	return queueFlagStrings[n]
}

// bookFlags is the flags argument of bookAgency: queueFlags, then '1' or
// '0' for active and for anonymised. One argument instead of three: every
// argument of a script costs Redis ≈ 1 900 instructions and go-redis ≈ 500
// to write, and a string.sub of the script ≈ 300 (its one-byte strings
// exist already).
func bookFlags(b *bot.Booking) string {
	n := 0
	for i, name := range bot.Queues {
		if b.InQueue(name) {
			n |= 1 << i
		}
	}
	if b.Active() {
		n |= 1 << len(bot.Queues)
	}
	if b.Visitor == bot.AnonymousVisitor {
		n |= 1 << (len(bot.Queues) + 1)
	}
	return bookFlagStrings[n]
}

var queueFlagStrings = func() (out [1 << len(bot.Queues)]string) {
	for n := range out {
		out[n] = bitString(n, len(bot.Queues))
	}
	return out
}()

var bookFlagStrings = func() (out [1 << (len(bot.Queues) + 2)]string) {
	for n := range out {
		out[n] = bitString(n, len(bot.Queues)+2)
	}
	return out
}()

// bitString is the bits of n, lowest first, as '1' or '0'.
func bitString(n, bits int) string {
	q := make([]byte, bits)
	for i := range q {
		q[i] = '0' + byte(n>>i&1)
	}
	return string(q)
}

// Book implements bot.BookingStore (see the two-step above). On a single
// node the intent and the agency step share one pipeline (one round trip):
// a pipeline runs in order, and a client that dies mid-way leaves a prefix.
// On a Cluster they are two round trips, since the two slots may be on two
// masters.
func (s *Store) Book(ctx context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	movedAt, err := b.Created.MarshalText()
	if err != nil {
		return fmt.Errorf("booking %s: %w", b.Ref, err)
	}
	ag := tagSafe(b.AgencyID)
	visitor := b.Visitor
	// The step's values live in v and the arguments point to them (a
	// string, a slice or a large integer put in an interface is an
	// allocation each): the keys and arguments of the EVALSHA are one
	// allocation.
	v := &bookVals{ref: b.Ref, slot: b.SlotKey(), adv: b.AdvisorID,
		start: unixScore(b.Start), end: endScore(b), created: unixScore(b.Created)}
	v.data.b = data
	if p := b.Handoff.Previous; p != "" && p != b.Ref {
		// the booking to move here if it is of this agency, and the time
		// it is moved at, in one argument (the script splits it)
		v.prev = p + "\t" + string(movedAt)
	}
	v.ag, v.agencies, v.refKey, v.advisors = ag, s.agenciesKey(), s.refKey(b.Ref), s.advisorsKey()
	if visitor != "" {
		v.visitor, v.visitorKey, v.pending, v.member = visitor, s.visitorKey(visitor), s.pendingKey(), visitor+"\t"+b.Ref
	}
	keys := s.bookKeys(ag, usualBooking(b, events))
	for attempt := 0; ; attempt++ {
		v.deadline = time.Now().Add(intentGrace).UnixMilli()
		if visitor == "" {
			v.deadline = 0
		}
		a := make([]any, 0, 3+len(keys)+10+9*len(events))
		a = append(append(a, "evalsha", bookAgencySHA, len(keys)), keys...)
		a = append(a, &v.ref, &v.data, &v.slot, bookFlags(b), &v.prev,
			&v.deadline, &v.start, &v.end, &v.created, &v.adv)
		args, err := eventArgs(a, events)
		if err != nil {
			return err
		}
		hints, step := v.commands(ctx, args)
		var wait *goredis.Cmd
		if s.cluster {
			if err := s.pipe(ctx, func(p goredis.Pipeliner) { processAll(ctx, p, hints) }); err != nil {
				return s.fail("booking "+b.Ref, err)
			}
			wait, err = s.agencyCmds(ctx, ag, step)
		} else {
			wait, err = s.agencyCmds(ctx, ag, v.cmds[:len(hints)+len(step)])
		}
		if err != nil {
			return s.fail("booking "+b.Ref, err)
		}
		res, err := v.bk.Text()
		if err != nil {
			return s.fail("booking "+b.Ref, err)
		}
		if res == "keys" { // refused before any write: needs all the keys
			if len(keys) == len(agencyKeyNames) {
				return fmt.Errorf("booking %s: the booking step refused all its keys", b.Ref)
			}
			keys = s.bookKeys(ag, false)
			continue
		}
		if res == "ok" || res == "dup" {
			// Confirmed only once replicated: on a timeout the visitor is
			// told the service is momentarily unavailable; the booking is
			// stored on the primary, and the retried turn (same
			// reference) waits again, or books afresh after a failover
			// that lost it.
			if err := s.waited("booking "+b.Ref, wait); err != nil {
				return err
			}
		}
		if visitor == "" {
			if res == "taken" {
				return fmt.Errorf("booking %s on %s: %w", b.Ref, b.SlotKey(), bot.ErrSlotTaken)
			}
			return nil
		}
		in, err := v.in.StringSlice()
		if err != nil {
			return s.fail("booking "+b.Ref, err)
		}
		switch {
		case res == "expired":
			if attempt < 3 {
				continue
			}
			return fmt.Errorf("booking %s: %w: booking step after its deadline", b.Ref, bot.ErrUnavailable)
		case res == "taken":
			if in[0] == "ok" {
				s.pipe(ctx, func(p goredis.Pipeliner) {
					rollback.EvalSha(ctx, p, []string{s.visitorKey(visitor)}, visitor, in[1], -1)
					p.ZRem(ctx, s.pendingKey(), visitor+"\t"+b.Ref)
				})
			}
			return fmt.Errorf("booking %s on %s: %w", b.Ref, b.SlotKey(), bot.ErrSlotTaken)
		case in[0] == "done":
			return nil
		}
		// ok or dup: the booking is stored. Finish now when a booking to
		// move lives in another agency, or is not the one the agency step
		// moved (its slot is held meanwhile); otherwise the commit is left
		// to the next reader or the housekeeping job, and the booking
		// turn stays one round trip.
		f := strings.Split(in[1], "\t")
		if len(f) != 7 {
			return fmt.Errorf("booking %s: corrupt intent %q", b.Ref, in[1])
		}
		if res == "dup" || needsMove(f[3], f[4], ag, b.Handoff.Previous) || needsMove(f[5], f[6], ag, b.Handoff.Previous) {
			if err := s.finish(ctx, visitor, f); err != nil {
				return fmt.Errorf("booking %s: %w", b.Ref, err)
			}
		}
		return nil
	}
}

// usualBooking reports whether the booking step of b with events needs
// only the first bookKeysShort keys of bookKeyOrder: no previous booking
// to move, not anonymised, in neither the to-close nor the urgent queue,
// no event already tried or dead. bookAgency checks the same before it
// writes anything (and answers 'keys' otherwise).
func usualBooking(b *bot.Booking, events []bot.Event) bool {
	if (b.Handoff.Previous != "" && b.Handoff.Previous != b.Ref) || b.Visitor == bot.AnonymousVisitor ||
		b.InQueue(bot.QueueToClose) || b.InQueue(bot.QueueUrgent) {
		return false
	}
	for i := range events {
		if events[i].Attempts != 0 || events[i].Dead {
			return false
		}
	}
	return true
}

// bookVals holds the values of a booking step's arguments (Book), and its
// commands: the arguments point to the values and the commands live here,
// so that the hints, the intent and the agency step cost two allocations
// (this and the agency step's argument list), not two per command.
type bookVals struct {
	ref, slot, prev, adv           string // prev: reference, tab, moved-at; or ""
	ag, agencies, refKey, advisors string
	visitor, visitorKey, pending   string
	member                         string // the pending hint: visitor, tab, reference
	data                           bytesArg
	deadline, start, end, created  int64

	small  [22]any
	sadd   goredis.IntCmd
	set    goredis.StatusCmd
	hset   goredis.IntCmd
	zadd   goredis.IntCmd
	in, bk goredis.Cmd
	cmds   [6]goredis.Cmder
}

// commands builds the booking's commands for one attempt, in v.cmds: the
// hints (global slot, reference), then the intent (visitor slot) when
// there is a visitor, then the agency step (bk, with args). It returns
// the hints and intent, and the agency step: consecutive in v.cmds.
//
// The agency's registration (SADD {g}:ag) and the advisor's (HSET
// {g}:adv) go with every booking although they rarely change anything
// (≈ 6 000 Redis instructions and 7 arguments a booking): remembering in
// the process which ones it already sent is not safe. A server that loses
// data — a FLUSH, a restart without persistence, a failover to a replica
// that missed the write (WAIT 1 with two replicas), or on a Cluster the
// loss of the {g} node alone — would keep this process skipping a
// registration Redis no longer has, and the agency's later bookings would
// be missing from everything that walks the agencies (outbox claims,
// retention, overdue and archive jobs), the advisor's slots from
// TakenSlots, until the process restarts.
// Detecting such a loss costs a read per booking, as much as the writes.
func (v *bookVals) commands(ctx context.Context, args []any) (hints, step []goredis.Cmder) {
	v.small = [...]any{"sadd", &v.agencies, &v.ag,
		"set", &v.refKey, &v.ag,
		"hset", &v.advisors, &v.adv, &v.ag,
		"zadd", &v.pending, &v.deadline, &v.member,
		"evalsha", intentSHA, 1, &v.visitorKey, &v.ref, &v.ag, &v.visitor, &v.deadline}
	v.sadd = *goredis.NewIntCmd(ctx, v.small[0:3]...)
	v.set = *goredis.NewStatusCmd(ctx, v.small[3:6]...)
	cmds := append(v.cmds[:0], &v.sadd, &v.set)
	if v.adv != "" {
		v.hset = *goredis.NewIntCmd(ctx, v.small[6:10]...)
		cmds = append(cmds, &v.hset)
	}
	if v.visitor != "" {
		v.zadd = *goredis.NewIntCmd(ctx, v.small[10:14]...)
		v.in = *goredis.NewCmd(ctx, v.small[14:22]...)
		cmds = append(cmds, &v.zadd, &v.in)
	}
	n := len(cmds)
	v.bk = *goredis.NewCmd(ctx, args...)
	cmds = append(cmds, &v.bk)
	return cmds[:n], cmds[n:]
}

// processAll queues cmds on p.
func processAll(ctx context.Context, p goredis.Pipeliner, cmds []goredis.Cmder) {
	for _, c := range cmds {
		_ = p.Process(ctx, c) // queued: the replies are read with the pipeline
	}
}

// bookAgencySHA and intentSHA are boxed once, like the agency's keys
// (agencyKeyArgs).
var bookAgencySHA, intentSHA any = bookAgency.Hash(), intent.Hash()

// evalSha queues EVALSHA sha with the boxed keys and args on p, in one
// allocation of arguments (Script.EvalSha boxes every key again). The
// scripts are loaded at Open; a server that lost them answers NOSCRIPT,
// as Script.EvalSha's command would.
func evalSha(ctx context.Context, p goredis.Pipeliner, sha any, keys, args []any) *goredis.Cmd {
	a := make([]any, 0, 3+len(keys)+len(args))
	a = append(a, "evalsha", sha, len(keys))
	a = append(append(a, keys...), args...)
	cmd := goredis.NewCmd(ctx, a...)
	_ = p.Process(ctx, cmd) // queued: the reply is read with the pipeline
	return cmd
}

// needsMove: a booking to move that the agency step did not move.
func needsMove(prev, prevAg, ag, moved string) bool {
	return prev != "" && (prevAg != ag || prev != moved)
}

// finish completes the intent f whose booking is stored: the bookings it
// replaces are moved, then it becomes the visitor's active booking (or,
// superseded meanwhile by a later intent, is moved itself), and the pending
// hint goes. Each step is idempotent, in an order that keeps the intent
// until the moves are done.
func (s *Store) finish(ctx context.Context, visitor string, f []string) error {
	ref, ag := f[0], f[1]
	movedAt := time.Now().UTC().Format(time.RFC3339Nano)
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for _, i := range []int{3, 5} {
			if f[i] != "" && f[i] != ref {
				moveOut.EvalSha(ctx, p, s.agencyKeys(f[i+1]), f[i], movedAt)
			}
		}
	}); err != nil {
		return s.fail("moving the previous booking of "+ref, err)
	}
	res, err := commit.Run(ctx, s.rdb, []string{s.visitorKey(visitor)}, ref, visitor).Text()
	if err != nil {
		return s.fail("committing booking "+ref, err)
	}
	if res == "other" {
		if err := moveOut.Run(ctx, s.rdb, s.agencyKeys(ag), ref, movedAt).Err(); err != nil {
			return s.fail("moving superseded booking "+ref, err)
		}
	}
	if err := s.rdb.ZRem(ctx, s.pendingKey(), visitor+"\t"+ref).Err(); err != nil {
		return s.fail("booking "+ref, err)
	}
	return nil
}

// complete resolves the visitor's intent p: forward when its booking
// exists, back when it does not and its deadline has passed;
// errIntentInFlight otherwise.
func (s *Store) complete(ctx context.Context, visitor, p string) error {
	f := strings.Split(p, "\t")
	if len(f) != 7 {
		return fmt.Errorf("corrupt booking intent of %s", visitor)
	}
	ref, ag := f[0], f[1]
	n, err := s.rdb.HExists(ctx, s.agencyKeys(ag)[0], ref).Result()
	if err != nil {
		return s.fail("completing booking "+ref, err)
	}
	if n {
		return s.finish(ctx, visitor, f)
	}
	r, err := rollback.Run(ctx, s.rdb, []string{s.visitorKey(visitor)}, visitor, p, intentMargin.Milliseconds()).Int()
	if err != nil {
		return s.fail("rolling back booking "+ref, err)
	}
	if r == -1 {
		return errIntentInFlight
	}
	return s.rdb.ZRem(ctx, s.pendingKey(), visitor+"\t"+ref).Err()
}

// Recover completes up to max booking intents whose deadline has passed
// (their booker died between the steps, or left the commit to later), and
// returns how many it resolved: a caller loops while it gets max. The
// housekeeping job calls it; it reads only the intents it completes.
func (s *Store) Recover(ctx context.Context, max int) (int, error) {
	until := time.Now().Add(-intentMargin).UnixMilli()
	members, err := s.rdb.ZRangeByScore(ctx, s.pendingKey(), &goredis.ZRangeBy{Min: "-inf", Max: strconv.FormatInt(until, 10), Count: int64(max)}).Result()
	if err != nil {
		return 0, s.fail("recovering booking intents", err)
	}
	n := 0
	for _, m := range members {
		visitor, ref, _ := strings.Cut(m, "\t")
		p, err := s.rdb.HGet(ctx, s.visitorKey(visitor), "p:"+visitor).Result()
		if err != nil && !errors.Is(err, goredis.Nil) {
			return n, s.fail("recovering booking intents", err)
		}
		if !strings.HasPrefix(p, ref+"\t") { // committed, or another intent
			if err := s.rdb.ZRem(ctx, s.pendingKey(), m).Err(); err != nil {
				return n, s.fail("recovering booking intents", err)
			}
			n++
			continue
		}
		switch err := s.complete(ctx, visitor, p); {
		case errors.Is(err, errIntentInFlight):
			// renewed by a retried booking: look again after its deadline
			later := float64(time.Now().Add(intentGrace).UnixMilli())
			if err := s.rdb.ZAddXX(ctx, s.pendingKey(), goredis.Z{Score: later, Member: m}).Err(); err != nil {
				return n, s.fail("recovering booking intents", err)
			}
		case err != nil:
			return n, err
		default:
			n++
		}
	}
	return n, nil
}

// UpdateBooking implements bot.BookingStore: the agency step, then the
// visitor step (the former visitor loses the active pointer when the
// booking stops being active, and its index entry when the booking is
// anonymised). A crash between the two leaves a pointer to an inactive or
// anonymised booking, which readers ignore.
func (s *Store) UpdateBooking(ctx context.Context, b *bot.Booking, events []bot.Event) error {
	data, err := bot.MarshalBooking(b)
	if err != nil {
		return err
	}
	args, err := eventArgs([]any{b.Ref, data, b.SlotKey(), flag(b.Active()), unixScore(b.Start), endScore(b), anonymised(b),
		queueFlags(b), unixScore(b.Created), b.AdvisorID}, events)
	if err != nil {
		return err
	}
	var upCmd *goredis.Cmd
	wait, err := s.agencyPipe(ctx, tagSafe(b.AgencyID), func(p goredis.Pipeliner) {
		upCmd = updateAgency.EvalSha(ctx, p, s.agencyKeys(b.AgencyID), args...)
	})
	if err != nil {
		return s.fail("updating booking "+b.Ref, err)
	}
	reply, err := upCmd.Result()
	if err != nil {
		return s.fail("updating booking "+b.Ref, err)
	}
	if _, ok := reply.([]any); ok {
		if err := s.waited("updating booking "+b.Ref, wait); err != nil {
			return err
		}
	}
	switch reply {
	case "missing":
		return fmt.Errorf("updating booking %s: %w", b.Ref, bot.ErrNotFound)
	case "taken":
		return fmt.Errorf("moving booking %s to %s: %w", b.Ref, b.SlotKey(), bot.ErrSlotTaken)
	}
	res, _ := reply.([]any)
	if len(res) != 2 {
		return fmt.Errorf("updating booking %s: unexpected reply %v", b.Ref, reply)
	}
	former, _ := res[1].(string)
	if former != "" && former != bot.AnonymousVisitor {
		changed := baseVisitor(former) != baseVisitor(b.Visitor)
		dropAct := !b.Active() || former != b.Visitor
		if changed || dropAct {
			if err := unlink.Run(ctx, s.rdb, []string{s.visitorKey(former)}, b.Ref, former, flag(dropAct), flag(changed)).Err(); err != nil {
				return s.fail("updating booking "+b.Ref, err)
			}
		}
	}
	return nil
}

// decodeTriples reads getAgency/rangeAgency replies.
func decodeTriples(op string, res []any) ([]*bot.Booking, error) {
	out := make([]*bot.Booking, 0, len(res)/3)
	for i := 0; i+2 < len(res); i += 3 {
		data, _ := res[i+1].(string)
		moved, _ := res[i+2].(string)
		b, err := decodeBooking(data, moved)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", op, err)
		}
		out = append(out, b)
	}
	return out, nil
}

// decodeBooking applies the moved-at override the booking script records
// instead of rewriting JSON in Lua.
func decodeBooking(data, moved string) (*bot.Booking, error) {
	b, err := bot.UnmarshalBooking([]byte(data))
	if err != nil {
		return nil, err
	}
	if moved != "" {
		b.Status = bot.StatusMoved
		if err := b.Updated.UnmarshalText([]byte(moved)); err != nil {
			return nil, fmt.Errorf("decoding booking %s: moved-at %q: %w", b.Ref, moved, err)
		}
	}
	return b, nil
}

func (s *Store) getIn(ctx context.Context, op, ag string, refs ...string) ([]*bot.Booking, error) {
	args := make([]any, len(refs))
	for i, r := range refs {
		args[i] = r
	}
	res, err := getAgency.Run(ctx, s.rdb, s.agencyKeys(ag), args...).Slice()
	if err != nil {
		return nil, s.fail(op, err)
	}
	return decodeTriples(op, res)
}

// GetBooking implements bot.BookingStore: the agency of the reference, then
// the booking (two round trips).
func (s *Store) GetBooking(ctx context.Context, ref string) (*bot.Booking, error) {
	op := "reading booking " + ref
	ag, err := s.rdb.Get(ctx, s.refKey(ref)).Result()
	if errors.Is(err, goredis.Nil) {
		return nil, fmt.Errorf("%s: %w", op, bot.ErrNotFound)
	}
	if err != nil {
		return nil, s.fail(op, err)
	}
	bs, err := s.getIn(ctx, op, ag, ref)
	if err != nil {
		return nil, err
	}
	if len(bs) == 0 {
		return nil, fmt.Errorf("%s: %w", op, bot.ErrNotFound)
	}
	return bs[0], nil
}

// ActiveBooking implements bot.BookingStore: the visitor's pointer (and
// intent), then the booking.
func (s *Store) ActiveBooking(ctx context.Context, visitor string) (*bot.Booking, error) {
	op := "reading the active booking of " + visitor
	vals, err := s.rdb.HMGet(ctx, s.visitorKey(visitor), "a:"+visitor, "p:"+visitor).Result()
	if err != nil {
		return nil, s.fail(op, err)
	}
	act, _ := vals[0].(string)
	p, _ := vals[1].(string)
	for round := 0; p != "" && round < 3; round++ {
		switch err := s.complete(ctx, visitor, p); {
		case err == nil:
			vals, err := s.rdb.HMGet(ctx, s.visitorKey(visitor), "a:"+visitor, "p:"+visitor).Result()
			if err != nil {
				return nil, s.fail(op, err)
			}
			act, _ = vals[0].(string)
			p, _ = vals[1].(string) // rolled back: the booking it replaced is pending again
		case errors.Is(err, errIntentInFlight):
			// A booking in progress: the one it replaces stands.
			if f := strings.Split(p, "\t"); len(f) == 7 && f[3] != "" {
				act = f[3] + "\t" + f[4]
			}
			p = ""
		default:
			return nil, fmt.Errorf("%s: %w", op, err)
		}
	}
	ref, ag, ok := strings.Cut(act, "\t")
	if !ok {
		return nil, fmt.Errorf("%s: %w", op, bot.ErrNotFound)
	}
	bs, err := s.getIn(ctx, op, ag, ref)
	if err != nil {
		return nil, err
	}
	if len(bs) == 0 || !bs[0].Active() || bs[0].Visitor != visitor {
		return nil, fmt.Errorf("%s: %w", op, bot.ErrNotFound)
	}
	return bs[0], nil
}

// VisitorBookings implements bot.VisitorIndex: the visitor's hash (its own
// references only), then one script per agency holding some, in one
// pipeline. Pending intents are completed first; index entries whose
// booking is gone or no longer the visitor's are dropped.
func (s *Store) VisitorBookings(ctx context.Context, visitor string) ([]*bot.Booking, error) {
	op := "listing the bookings of a visitor"
	vk := s.visitorKey(visitor)
	h, err := s.rdb.HGetAll(ctx, vk).Result()
	if err != nil {
		return nil, s.fail(op, err)
	}
	byAgency := map[string][]any{}
	for f, v := range h {
		switch {
		case strings.HasPrefix(f, "p:"):
			if err := s.complete(ctx, strings.TrimPrefix(f, "p:"), v); err != nil && !errors.Is(err, errIntentInFlight) {
				return nil, fmt.Errorf("%s: %w", op, err)
			}
		case strings.HasPrefix(f, "r:"):
			byAgency[v] = append(byAgency[v], strings.TrimPrefix(f, "r:"))
		}
	}
	if len(byAgency) == 0 {
		return nil, nil
	}
	cmds := make(map[string]*goredis.Cmd, len(byAgency))
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for ag, refs := range byAgency {
			cmds[ag] = getAgency.EvalSha(ctx, p, s.agencyKeys(ag), refs...)
		}
	}); err != nil {
		return nil, s.fail(op, err)
	}
	var out []*bot.Booking
	var stale []string
	for ag, c := range cmds {
		res, err := c.Slice()
		if err != nil {
			return nil, s.fail(op, err)
		}
		bs, err := decodeTriples(op, res)
		if err != nil {
			return nil, err
		}
		found := map[string]bool{}
		for _, b := range bs {
			found[b.Ref] = true
			if b.Visitor == visitor || strings.HasPrefix(b.Visitor, visitor+"|") {
				out = append(out, b)
			} else {
				stale = append(stale, "r:"+b.Ref)
			}
		}
		for _, r := range byAgency[ag] {
			if !found[r.(string)] {
				stale = append(stale, "r:"+r.(string))
			}
		}
	}
	if len(stale) > 0 {
		if err := s.rdb.HDel(ctx, vk, stale...).Err(); err != nil {
			return nil, s.fail(op, err)
		}
	}
	bot.SortBookings(out)
	return out, nil
}

// agencies returns every agency that ever had a booking or an event
// (bounded by the directory, not by the number of bookings).
func (s *Store) agencies(ctx context.Context) ([]string, error) {
	ags, err := s.rdb.SMembers(ctx, s.agenciesKey()).Result()
	if err != nil {
		return nil, s.fail("listing agencies", err)
	}
	return ags, nil
}

// rangeAll runs rangeAgency on every agency in one pipeline.
func (s *Store) rangeAll(ctx context.Context, op, index, min, max string, limit int) ([]*bot.Booking, error) {
	ags, err := s.agencies(ctx)
	if err != nil || len(ags) == 0 {
		return nil, err
	}
	cmds := make([]*goredis.Cmd, len(ags))
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for i, ag := range ags {
			cmds[i] = rangeAgency.EvalSha(ctx, p, s.agencyKeys(ag), index, min, max, limit)
		}
	}); err != nil {
		return nil, s.fail(op, err)
	}
	var out []*bot.Booking
	for _, c := range cmds {
		res, err := c.Slice()
		if err != nil {
			return nil, s.fail(op, err)
		}
		bs, err := decodeTriples(op, res)
		if err != nil {
			return nil, err
		}
		out = append(out, bs...)
	}
	bot.SortBookings(out)
	return out, nil
}

// ListBookings implements bot.BookingStore. It reads every booking of
// every agency: for operators' commands (cepbot bookings), never on a
// visitor's path (VisitorBookings, AgencyBookings, EndedBefore).
func (s *Store) ListBookings(ctx context.Context) ([]*bot.Booking, error) {
	return s.rangeAll(ctx, "listing bookings", "start", "-inf", "+inf", math.MaxInt32)
}

// EndedBefore implements bot.RetentionIndex.
func (s *Store) EndedBefore(ctx context.Context, t time.Time, max int) ([]*bot.Booking, error) {
	return s.rangeAll(ctx, "retention", "ret", "-inf", "("+strconv.FormatInt(t.Unix(), 10), max)
}

// PruneArchived implements bot.RetentionIndex.
func (s *Store) PruneArchived(ctx context.Context, t time.Time, max int) (int, error) {
	op := "pruning archived bookings"
	ags, err := s.agencies(ctx)
	if err != nil || len(ags) == 0 {
		return 0, err
	}
	cmds := make([]*goredis.Cmd, len(ags))
	if err := s.pipe(ctx, func(p goredis.Pipeliner) {
		for i, ag := range ags {
			cmds[i] = pruneAgency.EvalSha(ctx, p, s.agencyKeys(ag), "("+strconv.FormatInt(t.Unix(), 10), max)
		}
	}); err != nil {
		return 0, s.fail(op, err)
	}
	var refs []string
	for _, c := range cmds {
		r, err := c.StringSlice()
		if err != nil {
			return 0, s.fail(op, err)
		}
		refs = append(refs, r...)
	}
	if len(refs) > 0 {
		if _, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
			for _, r := range refs {
				p.Del(ctx, s.refKey(r))
			}
			return nil
		}); err != nil {
			return 0, s.fail(op, err)
		}
	}
	return len(refs), nil
}

// AgencyBookings implements bot.AgencyIndex: one script.
func (s *Store) AgencyBookings(ctx context.Context, agency string, from, to time.Time) ([]*bot.Booking, error) {
	op := "listing the bookings of agency " + agency
	res, err := rangeAgency.Run(ctx, s.rdb, s.agencyKeys(agency), "start",
		strconv.FormatInt(from.Unix(), 10), "("+strconv.FormatInt(to.Unix(), 10), math.MaxInt32).Slice()
	if err != nil {
		return nil, s.fail(op, err)
	}
	bs, err := decodeTriples(op, res)
	if err != nil {
		return nil, err
	}
	bot.SortBookings(bs)
	return bs, nil
}

// AgencyTakenSlots implements bot.AgencyIndex: one HMGET.
func (s *Store) AgencyTakenSlots(ctx context.Context, agency string, keys []string) ([]bool, error) {
	out := make([]bool, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	args := make([]any, 0, len(keys)+2)
	args = append(args, "hmget", s.agencyKeys(agency)[1])
	for _, k := range keys {
		args = append(args, k)
	}
	cmd := goredis.NewSliceCmd(ctx, args...)
	if err := s.hot(ctx, cmd); err != nil {
		return nil, s.fail("reading taken slots", err)
	}
	vals := cmd.Val()
	for i, v := range vals {
		out[i] = v != nil && keys[i] != ""
	}
	return out, nil
}

// TakenSlots implements bot.BookingStore: the agencies of the slots'
// advisors, then one HMGET per agency (two round trips; AgencyTakenSlots
// takes one).
func (s *Store) TakenSlots(ctx context.Context, keys []string) ([]bool, error) {
	out := make([]bool, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	advs := make([]string, len(keys))
	for i, k := range keys {
		advs[i] = advisorOf(k)
	}
	ags, err := s.rdb.HMGet(ctx, s.advisorsKey(), advs...).Result()
	if err != nil {
		return nil, s.fail("reading taken slots", err)
	}
	idx := map[string][]int{}
	for i, a := range ags {
		if ag, ok := a.(string); ok && keys[i] != "" {
			idx[ag] = append(idx[ag], i)
		}
	}
	cmds := map[string]*goredis.SliceCmd{}
	if len(idx) == 0 {
		return out, nil
	}
	if _, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
		for ag, is := range idx {
			fs := make([]string, len(is))
			for j, i := range is {
				fs[j] = keys[i]
			}
			cmds[ag] = p.HMGet(ctx, s.agencyKeys(ag)[1], fs...)
		}
		return nil
	}); err != nil {
		return nil, s.fail("reading taken slots", err)
	}
	for ag, c := range cmds {
		for j, v := range c.Val() {
			out[idx[ag][j]] = v != nil
		}
	}
	return out, nil
}

// queueScore is the inclusive score bound of t in a queue (unix s, floored:
// callers filter the exact window), or the open end when t is zero.
func queueScore(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return strconv.FormatInt(t.Unix(), 10)
}

// Queue implements bot.QueueIndex: one script on the agency's queue index.
func (s *Store) Queue(ctx context.Context, agency, q string, from, to time.Time) ([]*bot.Booking, error) {
	op := "listing the " + q + " queue of agency " + agency
	if !slices.Contains(bot.Queues[:], q) {
		return nil, fmt.Errorf("%s: unknown queue", op)
	}
	res, err := rangeAgency.Run(ctx, s.rdb, s.agencyKeys(agency), q,
		queueScore(from, "-inf"), queueScore(to, "+inf"), math.MaxInt32).Slice()
	if err != nil {
		return nil, s.fail(op, err)
	}
	bs, err := decodeTriples(op, res)
	if err != nil {
		return nil, err
	}
	out := bs[:0]
	for _, b := range bs {
		if bot.InWindow(b, q, from, to) {
			out = append(out, b)
		}
	}
	bot.SortQueue(out, q)
	return out, nil
}

// AdvisorBookings implements bot.AdvisorIndex: one script on the advisor's
// index in the agency's slot.
func (s *Store) AdvisorBookings(ctx context.Context, agency, advisor string, from, to time.Time) ([]*bot.Booking, error) {
	op := "listing the bookings of an advisor of agency " + agency
	res, err := rangeAgency.Run(ctx, s.rdb, s.agencyKeys(agency), "adv:"+advisor,
		queueScore(from, "-inf"), queueScore(to, "+inf"), math.MaxInt32).Slice()
	if err != nil {
		return nil, s.fail(op, err)
	}
	bs, err := decodeTriples(op, res)
	if err != nil {
		return nil, err
	}
	out := bs[:0]
	for _, b := range bs {
		if b.AdvisorID == advisor && (from.IsZero() || !b.Start.Before(from)) && (to.IsZero() || b.Start.Before(to)) {
			out = append(out, b)
		}
	}
	bot.SortBookings(out)
	return out, nil
}

// OpenEndedBefore implements bot.OverdueIndex: one range per agency, in one
// pipeline, on the open queue.
func (s *Store) OpenEndedBefore(ctx context.Context, t time.Time, max int) ([]*bot.Booking, error) {
	bs, err := s.rangeAll(ctx, "overdue bookings", bot.QueueOpen, "-inf", strconv.FormatInt(t.Unix(), 10), max)
	if err != nil {
		return nil, err
	}
	out := bs[:0]
	for _, b := range bs {
		if !b.End.After(t) {
			out = append(out, b)
		}
	}
	bot.SortQueue(out, bot.QueueOpen)
	return out, nil
}

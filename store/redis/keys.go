package redis

import (
	"strings"
)

// Key layout (p is the prefix; braces are Redis Cluster hash tags, and only
// the first {…} of a key picks its slot):
//
//	p:s:{key}            session hash (v, d), PEXPIRE at every save
//	p:c:{key}            claim (SET NX PX)
//	p:{a:A}:…            everything of agency A: bookings, slots, indexes, outbox
//	p:{a:A}:adv:<adv>    sorted set reference by start (unix s): the advisor's bookings (no session seats)
//	p:{v:V}              the visitor V's hash: r:<ref> -> agency (every booking of V),
//	                     a:<visitor> -> "ref\tagency" (active booking), p:<visitor> -> pending intent,
//	                     o:<agency> -> 1 (an outbox event about V was appended there outside a booking step)
//	p:r:{ref}            agency of a booking reference (GetBooking by reference)
//	p:{g}:ag             set of agencies that ever had a booking or an event
//	p:{g}:adv            hash advisor -> agency (TakenSlots without an agency)
//	p:{g}:pend           sorted set "visitor\tref" by deadline (ms): booking intents to complete
//
// The agency is the booking hash tag: one agency's bookings, slot keys,
// indexes and outbox share a slot, so a booking (slot check, previous
// booking moved within the agency, indexes, outbox events) is one atomic
// script, and the slot holds of issue 17 ({a:<agency>}) live in the same
// slot. An agency is the unit that competes for slots (its advisors), the
// unit staff look at (agency/day lists) and a bounded load (a few hundred
// bookings a day), while the country's traffic spreads over ~hundreds of
// agencies, hence over every master of a Cluster. An advisor tag would split
// an agency's day list across slots; a region tag would concentrate a
// region's traffic on one master.

// agency keys, in the order the scripts expect them as KEYS. The outbox
// part (6–16) is unchanged from the single-tag layout.
var agencyKeyNames = []string{
	"b",      // KEYS[1]  reference -> booking JSON
	"slot",   // KEYS[2]  slot key -> reference
	"start",  // KEYS[3]  sorted set reference by start (unix s): the agency/day index
	"hold",   // KEYS[4]  reference -> slot key
	"mv",     // KEYS[5]  reference -> moved-at time
	"oseq",   // KEYS[6]  outbox sequence
	"oid",    // KEYS[7]  event id -> m
	"oev",    // KEYS[8]  m -> event JSON
	"odue",   // KEYS[9]  m by due time (µs)
	"olive",  // KEYS[10] m by sequence, pending
	"odead",  // KEYS[11] m by sequence, dead
	"oat",    // KEYS[12] m -> attempts
	"ort",    // KEYS[13] m -> retry state
	"ostr",   // KEYS[14] stream of due events (consumer group "dispatch")
	"olease", // KEYS[15] m -> lease end (µs) while claimed
	"osid",   // KEYS[16] m -> its stream entry id
	"ret",    // KEYS[17] sorted set reference by end (unix s): bookings holding personal data
	"arc",    // KEYS[18] sorted set reference by end (unix s): anonymised bookings, pruned after the archive period
	"ovis",   // KEYS[19] sorted set "visitor\tm" (score 0, by lex): the outbox events about each visitor
	"ovof",   // KEYS[20] m -> visitor, for the events in ovis
	"onm",    // KEYS[21] m -> "notifier\tscore after a try"; KEYS[21]..":"..notifier: sorted set of the notifier's live m by round start (µs, -1: now)
	"onots",  // KEYS[22] set of the notifiers with events here
	"odcnt",  // KEYS[23] notifier -> dead letters
	"qopen",  // KEYS[24] sorted set reference by end (unix s): bot.QueueOpen (the overdue job)
	"qclose", // KEYS[25] sorted set reference by end (unix s): bot.QueueToClose
	"qurg",   // KEYS[26] sorted set reference by creation (unix s): bot.QueueUrgent
	"qunas",  // KEYS[27] sorted set reference by end (unix s): bot.QueueUnassigned
}

// noAgency tags events and bookings without an agency.
const noAgency = "_"

// tagSafe keeps braces out of a hash tag.
func tagSafe(s string) string {
	if s == "" {
		return noAgency
	}
	if strings.ContainsAny(s, "{}") {
		return strings.NewReplacer("{", "(", "}", ")").Replace(s)
	}
	return s
}

// agencyKeys returns the KEYS of agency a (cached: a few hundred agencies).
func (s *Store) agencyKeys(a string) []string { return s.agency(a).keys }

// agencyKeyArgs is agencyKeys as command arguments, boxed once: a string
// put in an interface is an allocation, 27 of them per booking otherwise.
func (s *Store) agencyKeyArgs(a string) []any { return s.agency(a).args }

// bookKeys is the KEYS of a booking step in agency a (bookAgency): the
// agency's keys in bookKeyOrder, all of them or, when short, the first
// bookKeysShort (boxed once too).
func (s *Store) bookKeys(a string, short bool) []any {
	k := s.agency(a).book
	if short {
		return k[:bookKeysShort]
	}
	return k
}

// agencyKeySet is an agency's KEYS, as strings and as arguments, and as
// a booking step's arguments (bookKeyOrder).
type agencyKeySet struct {
	keys []string
	args []any
	book []any
}

func (s *Store) agency(a string) *agencyKeySet {
	a = tagSafe(a)
	if v, ok := s.akeys.Load(a); ok {
		return v.(*agencyKeySet)
	}
	base := s.prefix + ":{a:" + a + "}:"
	set := &agencyKeySet{keys: make([]string, len(agencyKeyNames)), args: make([]any, len(agencyKeyNames)), book: make([]any, len(agencyKeyNames))}
	for i, n := range agencyKeyNames {
		set.keys[i] = base + n
		set.args[i] = set.keys[i]
	}
	for j, n := range bookKeyOrder {
		set.book[j] = set.args[n-1]
	}
	v, _ := s.akeys.LoadOrStore(a, set)
	return v.(*agencyKeySet)
}

// baseVisitor is the visitor a booking belongs to: session registrations
// are kept under "visitor|occurrence".
func baseVisitor(v string) string {
	if i := strings.IndexByte(v, '|'); i >= 0 {
		return v[:i]
	}
	return v
}

func (s *Store) visitorKey(v string) string { return s.prefix + ":{v:" + tagSafe(baseVisitor(v)) + "}" }
func (s *Store) refKey(ref string) string   { return s.prefix + ":r:{" + ref + "}" }

// The global keys are built once at Open (a booking names three of them:
// a concatenation each per booking otherwise); a Store built without Open
// (tests) builds them per call.
func (s *Store) agenciesKey() string {
	if s.gkeys.agencies != "" {
		return s.gkeys.agencies
	}
	return s.prefix + ":{g}:ag"
}

func (s *Store) advisorsKey() string {
	if s.gkeys.advisors != "" {
		return s.gkeys.advisors
	}
	return s.prefix + ":{g}:adv"
}

func (s *Store) pendingKey() string {
	if s.gkeys.pending != "" {
		return s.gkeys.pending
	}
	return s.prefix + ":{g}:pend"
}

// globalKeys are the keys of the global slot {g}, built once (Open).
type globalKeys struct{ agencies, advisors, pending string }

func (s *Store) initGlobalKeys() {
	s.gkeys = globalKeys{agencies: s.agenciesKey(), advisors: s.advisorsKey(), pending: s.pendingKey()}
}

// advisorOf is the advisor part of a slot key ("advisor@20261207T0900Z").
func advisorOf(slotKey string) string {
	if i := strings.LastIndexByte(slotKey, '@'); i >= 0 {
		return slotKey[:i]
	}
	return slotKey
}

package memory

import (
	"strings"
	"time"
)

// Slot keys are indexed by their identity rather than by a hash of the
// string: a key in the agenda's form, advisor + "@" + "20060102T1504Z"
// (agenda.Slot.Key, bot.Booking.SlotKey), is its advisor's number in the
// table and its minute, which together make a 64-bit index key with no
// collision. Finding a key then costs one lookup in a map of integers, and
// a booked slot is known without reading its record and its key's bytes
// (offers ask about a dozen slots per question, most of them booked in a
// busy agency: three cache misses each). Offers' slots are looked up from
// their advisor and start, without their key being written at all.
//
// Any other key (none in the service, some in tests) is indexed by its
// hash, marked by the top bit, on a chain checked against the keys' bytes.

const (
	slotKeyTail = len("@20060102T1504Z")
	// minuteBits holds the minutes from 0000-01-01 to the end of 9999
	minuteBits = 33
	// epochMinute is 1970-01-01 in those minutes
	epochMinute = 719528 * 24 * 60
	// hashedKey marks an index key made by hashing (its chain is checked);
	// advisor numbers stay below it
	hashedKey  = 1 << 63
	maxAdvisor = 1<<(63-minuteBits) - 1
)

// advisorNumbers numbers the advisors of the slot keys a table has held,
// from 1. An advisor keeps its number: a directory's advisors are few.
type advisorNumbers struct {
	m map[string]uint32
	// full: the numbers ran out and some keys in the agenda's form are
	// hashed (an advisor without a number may then have slots held)
	full bool
}

// number returns the advisor's number, giving one if it has none (ok is
// false when the numbers ran out: the key is then hashed).
func (a *advisorNumbers) number(adv string) (uint32, bool) {
	if n, ok := a.m[adv]; ok {
		return n, true
	}
	if len(a.m) >= maxAdvisor {
		a.full = true
		return 0, false
	}
	if a.m == nil {
		a.m = map[string]uint32{}
	}
	n := uint32(len(a.m) + 1)
	a.m[strings.Clone(adv)] = n // adv may be a view of a caller's buffer
	return n, true
}

// The seconds of years 0 to 9999, those a key writes in four digits.
var (
	firstKeySecond = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	endKeySecond   = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
)

// exactKey is the index key of the advisor numbered n's slot at minute.
func exactKey(n uint32, minute uint64) uint64 { return uint64(n)<<minuteBits | minute }

// minuteOf is the minute of t as a slot key writes it (UTC, seconds
// dropped); ok is false for a year a key cannot write in four digits.
func minuteOf(t time.Time) (uint64, bool) {
	sec := t.Unix() // the range of years by seconds: a date costs more
	if sec < firstKeySecond || sec >= endKeySecond {
		return 0, false
	}
	m := sec / 60
	if sec%60 < 0 {
		m-- // floor: a time before 1970 keeps its minute
	}
	return uint64(m + epochMinute), true
}

// parseSlotKey splits a key in the agenda's form into its advisor and
// minute; ok is false for any other string, and for a time that is not one
// a key is written for (a 32nd day, a 24th hour): two keys never share an
// identity.
func parseSlotKey(key string) (adv string, minute uint64, ok bool) {
	if len(key) <= slotKeyTail {
		return "", 0, false
	}
	tail := key[len(key)-slotKeyTail:]
	if tail[0] != '@' || tail[9] != 'T' || tail[14] != 'Z' {
		return "", 0, false
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(tail[1:5])
	mo, ok2 := num(tail[5:7])
	d, ok3 := num(tail[7:9])
	h, ok4 := num(tail[10:12])
	mi, ok5 := num(tail[12:14])
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 {
		return "", 0, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, 0, 0, time.UTC)
	if t.Day() != d { // past the month's end
		return "", 0, false
	}
	m, _ := minuteOf(t)
	return key[:len(key)-slotKeyTail], m, true
}

// slotIndexKey is key's index key and whether it is exact (no chain to
// check). With insert, the key's advisor is numbered if it has no number;
// without, ok is false when it has none: no slot of that advisor is held.
func slotIndexKey(advisors *advisorNumbers, key string, insert bool) (k uint64, exact, ok bool) {
	adv, minute, parsed := parseSlotKey(key)
	if parsed {
		var n uint32
		var found bool
		if insert {
			n, found = advisors.number(adv)
		} else {
			n, found = advisors.m[adv]
		}
		if found {
			return exactKey(n, minute), true, true
		}
		if !insert && !advisors.full {
			return 0, false, false
		}
	}
	return strHash(key) | hashedKey, false, true
}

// slotAdvisors caches the advisor numbers of one lookup of many slots:
// offers' candidates share a few advisors.
type slotAdvisors struct {
	ids  [8]string
	nums [8]uint32 // 0: no number
	n    int
}

// of returns adv's number in advisors (0: none), cached.
func (c *slotAdvisors) of(advisors *advisorNumbers, adv string) uint32 {
	for i := range c.n {
		if c.ids[i] == adv {
			return c.nums[i]
		}
	}
	n := advisors.m[adv]
	if c.n < len(c.ids) {
		c.ids[c.n], c.nums[c.n] = adv, n
		c.n++
	}
	return n
}

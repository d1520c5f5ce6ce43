package booking

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"sync"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// DefaultHold is how long a chosen slot is kept for the visitor while they
// give their contact and confirm (CEPBOT_HOLD).
const DefaultHold = 10 * time.Minute

// WithHold sets how long a chosen slot is held (0: DefaultHold).
func WithHold(d time.Duration) Option {
	return func(s *Service) {
		if d > 0 {
			s.hold = d
		}
	}
}

// BusyTimes tells whether an advisor is busy elsewhere: the events of their
// real calendar (or of their agency's).
type BusyTimes interface {
	Busy(agencyID, advisorID string, start, end time.Time) bool
}

// WithBusy makes offers skip the advisors' busy times.
func WithBusy(b BusyTimes) Option { return func(s *Service) { s.busy = b } }

// Unchecked reports whether the advisor has a calendar that cannot be read
// now (their slots come from the directory's hours only), when the busy
// times say so (calendar.Tracker.Degraded).
func (s *Service) Unchecked(agencyID, advisorID string) bool {
	d, ok := s.busy.(interface {
		Degraded(agencyID, advisorID string) bool
	})
	return ok && d.Degraded(agencyID, advisorID)
}

// Spreading a crowd. When several visitors are choosing a slot in the same
// agency at the same time (the store counts those offered slots in the last
// bot.ChoosingTTL, across replicas), each is offered times drawn from the
// earliest free window of spreadFactor free slots per visitor choosing (at
// most maxWindow), at places given by a hash of the visitor: concurrent
// visitors rarely pick the same slot, and whoever does is given another
// advisor at the same time. A visitor alone is offered the earliest times.
const (
	spreadFactor = 6
	maxWindow    = 2048
)

// OfferRequest asks for slots to offer a visitor.
type OfferRequest struct {
	AgencyID      string
	After         time.Time // only slots starting after (the "other slots" page)
	N             int
	PreferAdvisor string // the referent of a move: their slots first, not spread
	Visitor       string // spreads the offers; the visitor's own hold is free to them
	// Round moves the visitor's place in a crowd's window from one offer to
	// the next (the dialogue gives its step): a visitor whose chosen slot
	// was just taken is not placed again by the same hash next to the
	// slots the crowd just took.
	Round uint32
}

// FreeSlots returns up to n free slots of the agency, earliest first, after
// after (and after the agency's lead time from now), the preferred advisor's
// first. One store round trip per round of candidates.
func (s *Service) FreeSlots(ctx context.Context, agencyID string, after time.Time, n int, preferAdvisor string) ([]agenda.Slot, error) {
	return s.Offers(ctx, OfferRequest{AgencyID: agencyID, After: after, N: n, PreferAdvisor: preferAdvisor})
}

// slotID identifies a candidate without building its key string.
type slotID struct {
	advisor string
	start   int64
}

// Offers returns up to r.N slots of distinct start times for the visitor:
// not booked, not held by someone else, within each advisor's hours and
// outside their absences and busy times. Equivalent advisors at one time
// are given least-loaded first (bookings among the slots scanned), ties
// turned by the visitor's hash. With several visitors choosing at once, the
// times are spread over the earliest free window (see spreadFactor).
func (s *Service) Offers(ctx context.Context, r OfferRequest) ([]agenda.Slot, error) {
	a := s.dir.Agency(r.AgencyID)
	if a == nil {
		return nil, fmt.Errorf("free slots: unknown agency %q", r.AgencyID)
	}
	if r.N <= 0 {
		return nil, nil
	}
	advisors := s.dir.AdvisorsOf(a.ID)
	loc := agenda.Location(a)
	from := s.now()
	// The crowd: visitors choosing in the agency, as the store counted at
	// the last offer (the count of this one comes with its first read).
	window := r.N
	spread := r.Visitor != "" && r.PreferAdvisor == ""
	if spread {
		window = crowdWindow(r.N, s.crowd.last(a.ID))
	}
	bufs := offerBuffers.Get().(*offerBufs)
	defer bufs.put()
	// Keyed by advisor and start rather than Slot.Key: the agenda asks
	// about every candidate it scans. The map is recycled with the buffers.
	var known map[slotID]bool // made on the first taken candidate
	isTaken := func(sl agenda.Slot) bool {
		if !sl.Start.After(r.After) || (len(known) > 0 && known[slotID{sl.AdvisorID, sl.Start.Unix()}]) {
			return true
		}
		return !s.available(a, loc, sl)
	}
	want := max(window, r.N*(len(advisors)+1))
	var load map[string]int // made on the first booked candidate
	free := bufs.free[:0]
	// Bookings fill an agency from its earliest slots: the slots before the
	// frontier were all booked at the last offer and are not read again.
	// Only a plain offer (time order, no "after") moves the frontier.
	skip := s.front.get(a.ID)
	track := r.PreferAdvisor == "" && r.After.IsZero()
	var front time.Time
	frontDone := !track
	for round := range maxScan {
		cands := agenda.FreeSlotsInto(bufs.cands, a, advisors, from, skip, want, r.PreferAdvisor, isTaken)
		bufs.cands = cands
		if len(cands) == 0 {
			return nil, nil
		}
		choosing := ""
		if spread && round == 0 {
			choosing = r.Visitor
		}
		var st bot.SlotState
		var err error
		if ss, ok := s.store.(slotStater); ok {
			// The answer is written in bufs: a local one would escape
			// through the interface call.
			bs := &bufs.st
			bs.Holders, bs.Taken = bufs.holders, bufs.taken
			err = ss.SlotStatesInto(ctx, a.ID, choosing, cands, bs)
			bufs.holders, bufs.taken = bs.Holders, bs.Taken
			st = *bs
		} else {
			st, err = s.store.SlotHolders(ctx, a.ID, choosing, candidateKeys(cands))
		}
		if err != nil {
			return nil, fmt.Errorf("free slots of %s: %w", a.ID, err)
		}
		holders, taken := st.Holders, st.Taken
		if spread {
			s.crowd.seen(a.ID, st.Choosing)
			window = max(window, crowdWindow(r.N, st.Choosing))
		}
		if cap(free) < len(cands) {
			free = make([]agenda.Slot, 0, len(cands)) // one allocation, not a growing slice
			bufs.free = free
		}
		free = free[:0]
		held := 0
		for i, c := range cands {
			if !frontDone {
				// Every slot before the first one not booked was a
				// candidate (time order) and is booked.
				front, frontDone = c.Start, !taken[i]
			}
			switch {
			case taken[i]:
				if known == nil {
					known, load = bufs.maps()
				}
				known[slotID{c.AdvisorID, c.Start.Unix()}] = true
				load[c.AdvisorID]++
			case holders[i] != "" && holders[i] != r.Visitor:
				if known == nil {
					known, load = bufs.maps()
				}
				known[slotID{c.AdvisorID, c.Start.Unix()}] = true
				held++
			default:
				free = append(free, c)
			}
		}
		if spread && held > 0 {
			// Those who chose and hold are part of the rush too.
			window = max(window, crowdWindow(r.N, held+1))
		}
		if len(cands) < want || (len(free) >= window && hasDistinct(free, r.N)) {
			if track && !front.IsZero() {
				s.front.set(a.ID, front)
			}
			return s.pick(free, r, window, load, bufs), nil
		}
		want = max(min(want*2, 4*maxWindow), window)
	}
	if len(free) > 0 {
		return s.pick(free, r, window, load, bufs), nil
	}
	return nil, fmt.Errorf("free slots of %s: too many taken slots scanned", a.ID)
}

// available: the advisor works then and their calendar is free.
func (s *Service) available(a *directory.Agency, loc *time.Location, sl agenda.Slot) bool {
	ad := s.dir.Advisor(sl.AdvisorID)
	if ad == nil || !ad.Available(a, loc, sl.Start, sl.End) {
		return false
	}
	return s.busy == nil || !s.busy.Busy(a.ID, sl.AdvisorID, sl.Start, sl.End)
}

// hasDistinct reports whether sl holds at least n distinct start times
// (O(len(sl)·n): n is a page of offers).
func hasDistinct(sl []agenda.Slot, n int) bool {
	var buf [8]time.Time // a page of offers: no allocation
	seen := buf[:0]
	for _, x := range sl {
		if !slices.ContainsFunc(seen, x.Start.Equal) {
			if seen = append(seen, x.Start); len(seen) >= n {
				return true
			}
		}
	}
	return len(seen) >= n
}

func visitorHash(v string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(v))
	return h.Sum32()
}

// pick chooses r.N distinct start times among free (in the agenda's order)
// and one advisor for each.
// bufs lends the scratch arrays.
func (s *Service) pick(free []agenda.Slot, r OfferRequest, window int, load map[string]int, bufs *offerBufs) []agenda.Slot {
	if len(free) == 0 {
		return nil
	}
	h := visitorHash(r.Visitor) + r.Round*0x9e3779b9 // a golden-ratio stride: each round lands elsewhere in the window
	// A page of offers: no allocation.
	var startBuf [8]time.Time
	starts := startBuf[:0]
	if r.PreferAdvisor != "" || window <= r.N || r.Visitor == "" {
		for _, c := range free {
			if len(starts) < r.N && !slices.ContainsFunc(starts, c.Start.Equal) {
				starts = append(starts, c.Start)
			}
		}
	} else {
		// The window: the earliest window free slots, widened until it
		// holds r.N distinct times. The hash places the visitor on one of
		// its slots (each time weighs as many free advisors as it has);
		// the offers are that time and the next ones, so that the first
		// offer, the one most taken, is spread over the whole window.
		w := min(window, len(free))
		for w < len(free) && !hasDistinct(free[:w], r.N) {
			w++
		}
		times := bufs.times[:0]
		at := -1
		for i, c := range free[:w] {
			if len(times) == 0 || !times[len(times)-1].Equal(c.Start) {
				times = append(times, c.Start)
			}
			if i == int(h%uint32(w)) {
				at = len(times) - 1
			}
		}
		// Fewer distinct times than asked (an agency nearly booked up):
		// all of them.
		n := min(r.N, len(times))
		at = min(max(at, 0), len(times)-n)
		starts = append(starts, times[at:at+n]...)
		bufs.times = times
	}
	out := make([]agenda.Slot, 0, len(starts))
	at := bufs.at // one array for every start: out keeps copies
	for _, st := range starts {
		at = at[:0]
		for _, c := range free {
			if c.Start.Equal(st) {
				at = append(at, c)
			}
		}
		if r.PreferAdvisor != "" && at[0].AdvisorID == r.PreferAdvisor {
			out = append(out, at[0])
			continue
		}
		out = append(out, at[leastLoadedFirst(at, load, h)])
	}
	bufs.at = at
	return out
}

// leastLoadedFirst is the index in at of leastLoaded(at, load, h)[0],
// found without building the ordered copy: the first slot of the rotated
// order whose advisor has the least load (the sort is stable).
func leastLoadedFirst(at []agenda.Slot, load map[string]int, h uint32) int {
	n := len(at)
	best := -1
	for i := range n {
		j := (i + int(h%uint32(n))) % n
		if best < 0 || load[at[j].AdvisorID] < load[at[best].AdvisorID] {
			best = j
		}
	}
	return best
}

// leastLoaded orders equivalent slots (same time, different advisors) by
// the advisors' load, ties turned by h (round robin across visitors).
func leastLoaded(at []agenda.Slot, load map[string]int, h uint32) []agenda.Slot {
	n := len(at)
	rot := make([]agenda.Slot, n)
	for i := range at {
		rot[i] = at[(i+int(h%uint32(n)))%n]
	}
	slices.SortStableFunc(rot, func(a, b agenda.Slot) int { return load[a.AdvisorID] - load[b.AdvisorID] })
	return rot
}

// Hold keeps sl for the visitor for the hold duration. When another visitor
// holds it or it is booked and anyAdvisor is true (the visitor did not ask
// for this advisor), another advisor of the agency free at the same time is
// held instead, least-loaded first; the slot held is returned. Otherwise
// bot.ErrSlotTaken (wrapped). A visitor holds one slot per agency.
func (s *Service) Hold(ctx context.Context, visitor string, sl agenda.Slot, anyAdvisor bool) (agenda.Slot, error) {
	return s.holdExcept(ctx, visitor, sl, anyAdvisor, nil)
}

func (s *Service) holdExcept(ctx context.Context, visitor string, sl agenda.Slot, anyAdvisor bool, skip []string) (agenda.Slot, error) {
	a := s.dir.Agency(sl.AgencyID)
	if a == nil {
		return sl, fmt.Errorf("holding a slot: unknown agency %q", sl.AgencyID)
	}
	loc := agenda.Location(a)
	var candBuf [8]agenda.Slot // an agency's advisors: on the stack
	cands := candBuf[:0]
	if !slices.Contains(skip, sl.AdvisorID) {
		cands = append(cands, sl)
	}
	if anyAdvisor {
		for _, ad := range s.dir.AdvisorsOf(a.ID) {
			c := agenda.Slot{AgencyID: a.ID, AdvisorID: ad.ID, Start: sl.Start, End: sl.End}
			if ad.ID != sl.AdvisorID && !slices.Contains(skip, ad.ID) && s.available(a, loc, c) {
				cands = append(cands, c)
			}
		}
	}
	if len(cands) == 0 {
		return sl, fmt.Errorf("holding %s: %w", sl.Key(), bot.ErrSlotTaken)
	}
	// The slot chosen first, without reading: usually free (one round trip).
	if cands[0].AdvisorID == sl.AdvisorID {
		err := s.store.HoldSlot(ctx, a.ID, visitor, sl.Key(), s.hold)
		if err == nil {
			return sl, nil
		}
		if !errors.Is(err, bot.ErrSlotTaken) {
			return sl, fmt.Errorf("holding %s: %w", sl.Key(), err)
		}
		if len(cands) == 1 {
			return sl, fmt.Errorf("holding %s: %w", sl.Key(), bot.ErrSlotTaken)
		}
		cands = cands[1:]
	}
	// One read: the state of every candidate, and the advisors' load that
	// day (their booked slots on the agency's grid).
	keys := make([]string, len(cands))
	for i, c := range cands {
		keys[i] = c.Key()
	}
	grid := dayGrid(a, loc, sl.Start)
	if len(cands) > 1 {
		for _, c := range cands {
			for _, st := range grid {
				keys = append(keys, agenda.Slot{AdvisorID: c.AdvisorID, Start: st}.Key())
			}
		}
	}
	st, err := s.store.SlotHolders(ctx, a.ID, "", keys)
	if err != nil {
		return sl, fmt.Errorf("holding %s: %w", sl.Key(), err)
	}
	holders, taken := st.Holders, st.Taken
	load := map[string]int{}
	for i := len(cands); i < len(keys); i++ {
		if taken[i] {
			load[cands[(i-len(cands))/len(grid)].AdvisorID]++
		}
	}
	// The other advisors, least-loaded first.
	order := leastLoaded(cands, load, visitorHash(visitor))
	for _, c := range order {
		i := slices.IndexFunc(cands, func(x agenda.Slot) bool { return x.AdvisorID == c.AdvisorID })
		if taken[i] || (holders[i] != "" && holders[i] != visitor) {
			continue
		}
		err := s.store.HoldSlot(ctx, a.ID, visitor, c.Key(), s.hold)
		if errors.Is(err, bot.ErrSlotTaken) {
			continue // taken meanwhile: the next advisor
		}
		if err != nil {
			return sl, fmt.Errorf("holding %s: %w", c.Key(), err)
		}
		return c, nil
	}
	return sl, fmt.Errorf("holding %s: %w", sl.Key(), bot.ErrSlotTaken)
}

// dayGrid lists the slot starts of the agency's hours on start's day.
func dayGrid(a *directory.Agency, loc *time.Location, start time.Time) []time.Time {
	slot := a.SlotMinutes
	if slot <= 0 {
		slot = directory.DefaultSlotMinutes
	}
	st := start.In(loc)
	y, m, d := st.Date()
	var out []time.Time
	for _, r := range a.Hours[st.Weekday()] {
		for mm := r.Start; mm+slot <= r.End; mm += slot {
			out = append(out, time.Date(y, m, d, 0, mm, 0, 0, loc))
		}
	}
	if len(out) == 0 {
		out = append(out, start)
	}
	return out
}

// Release drops the visitor's hold in the agency (another choice, a
// cancellation).
func (s *Service) Release(ctx context.Context, agencyID, visitor string) error {
	if err := s.store.ReleaseHold(ctx, agencyID, visitor); err != nil {
		return fmt.Errorf("releasing the hold of %s: %w", visitor, err)
	}
	return nil
}

// crowdWindow is the window, in free slots, for n offers when choosing
// visitors (the caller included) are choosing in the agency.
func crowdWindow(n, choosing int) int {
	if choosing <= 1 {
		return n
	}
	return min(maxWindow, max(n, spreadFactor*choosing))
}

// crowd remembers, per agency, how many visitors the store last counted as
// choosing: the next offer reads enough candidates at once.
type crowd struct{ m sync.Map }

func (c *crowd) last(agency string) int {
	if v, ok := c.m.Load(agency); ok {
		return v.(int)
	}
	return 0
}

// seen stores n only when it changed: a store allocates (the map's entry,
// the boxed key), and the count mostly stays the same from one offer to the next.
func (c *crowd) seen(agency string, n int) {
	if v, ok := c.m.Load(agency); ok && v.(int) == n {
		return
	}
	c.m.Store(agency, n)
}

// candidateKeys builds the keys of cands in one string and slices it: two
// allocations for the round instead of one per candidate.
func candidateKeys(cands []agenda.Slot) []string {
	b := make([]byte, 0, len(cands)*24)
	for _, c := range cands {
		b = c.AppendKey(b)
	}
	all := string(b)
	keys := make([]string, len(cands))
	from := 0
	for i, c := range cands {
		end := from + len(c.AdvisorID) + keyTail // AppendKey's length
		keys[i], from = all[from:end], end
	}
	return keys
}

// keyTail is the length of a slot key after its advisor: "@" and
// "20060102T1504Z".
const keyTail = 1 + 14

// offerBufs are the scratch of one Offers call, recycled: the candidate
// and free lists, the store's answer, pick's arrays and the maps of the
// slots found taken; pick copies what it keeps.
type offerBufs struct {
	cands, free, at []agenda.Slot
	holders         []string
	taken           []bool
	st              bot.SlotState // the store's answer, in holders and taken
	times           []time.Time
	known           map[slotID]bool
	load            map[string]int
}

var offerBuffers = sync.Pool{New: func() any { return new(offerBufs) }}

// maps returns the emptied maps of the slots found taken and the advisors' load.
func (b *offerBufs) maps() (map[slotID]bool, map[string]int) {
	if b.known == nil {
		b.known, b.load = map[slotID]bool{}, map[string]int{}
	}
	return b.known, b.load
}

// maxKept bounds what a recycled map holds: clearing one costs its size.
const maxKept = 256

func (b *offerBufs) put() {
	if cap(b.cands) > 4096 || cap(b.free) > 4096 || cap(b.holders) > 4096 || cap(b.times) > 4096 {
		return // a rare deep scan: left to the GC
	}
	if len(b.known) > maxKept || len(b.load) > maxKept {
		b.known, b.load = nil, nil
	}
	clear(b.cands[:cap(b.cands)])
	clear(b.free[:cap(b.free)])
	clear(b.at[:cap(b.at)])
	clear(b.holders[:cap(b.holders)])
	clear(b.known)
	clear(b.load)
	b.cands, b.free, b.at, b.holders, b.taken, b.times = b.cands[:0], b.free[:0], b.at[:0], b.holders[:0], b.taken[:0], b.times[:0]
	b.st = bot.SlotState{}
	offerBuffers.Put(b)
}

// frontiers remembers, per agency, a time before which every slot was found
// booked by the last offer, so that a full morning is not scanned again by
// every visitor. It is a cache: an entry lives one second (another replica
// or a staff command may cancel a booking), and any change made here that
// may free a slot (a cancellation, a move, an absence) clears it.
type frontiers struct {
	mu sync.Mutex
	m  map[string]frontier
}

type frontier struct {
	before  time.Time
	expires time.Time // monotonic: a test clock does not stop expiry
}

// frontierTTL bounds how long a slot freed elsewhere stays unseen.
const frontierTTL = time.Second

func (f *frontiers) get(agency string) time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	e, ok := f.m[agency]
	if !ok || !time.Now().Before(e.expires) {
		return time.Time{}
	}
	return e.before
}

func (f *frontiers) set(agency string, before time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[string]frontier{}
	}
	f.m[agency] = frontier{before: before, expires: time.Now().Add(frontierTTL)}
}

// clear forgets every frontier: a slot may have been freed.
func (f *frontiers) clear() {
	f.mu.Lock()
	defer f.mu.Unlock()
	clear(f.m)
}

// slotStater is SlotHolders for slots rather than their keys, for a store
// that can look them up without building the key strings (the memory
// store: at 1 000 concurrent visitors the keys were a tenth of all bytes
// allocated).
// SlotStatesInto writes the answer into st, reusing the arrays of its
// Holders and Taken (Offers recycles them).
type slotStater interface {
	SlotStatesInto(ctx context.Context, agency, choosing string, slots []agenda.Slot, st *bot.SlotState) error
}

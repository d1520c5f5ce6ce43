package agenda

import (
	"time"

	"github.com/cep-accueil/cepbot/bot/directory"
)

// FreeSlots returns up to n free slots of the agency's advisors, earliest
// first. A slot is offered when:
//   - it lies inside one opening range of its weekday (breaks are gaps);
//   - its day is neither a closure nor a public holiday of the agency's
//     first département (where the agency sits);
//   - Start >= from+LeadTime and End <= from+Horizon;
//   - taken(slot) is false (taken may be nil).
//
// At equal start times advisors are interleaved fairly: the advisor offered
// first rotates with the slot, so one advisor is not always booked first.
// If preferAdvisor is one of the advisors (referent stickiness), that
// advisor's free slots come first, earliest first, and the others' fill the
// remaining places (the result is then sorted within each of the two parts).
//
// Zero SlotMinutes and Horizon in a hand-built agency mean the directory
// defaults (45 min, 21 days); LeadTime is taken as is. Wall-clock times that
// do not exist or are ambiguous on DST change days are skipped, so every slot
// lasts exactly SlotMinutes.
func FreeSlots(a *directory.Agency, advisors []*directory.Advisor, from time.Time, n int, preferAdvisor string, taken func(Slot) bool) []Slot {
	return FreeSlotsFrom(a, advisors, from, time.Time{}, n, preferAdvisor, taken)
}

// FreeSlotsFrom is FreeSlots without the slots starting before notBefore
// (the horizon still counts from from): a caller that knows every earlier
// slot is booked does not scan them again.
func FreeSlotsFrom(a *directory.Agency, advisors []*directory.Advisor, from, notBefore time.Time, n int, preferAdvisor string, taken func(Slot) bool) []Slot {
	return FreeSlotsInto(nil, a, advisors, from, notBefore, n, preferAdvisor, taken)
}

// FreeSlotsInto is FreeSlotsFrom writing into dst's array when it is large
// enough (the offers of a crowded agency read dozens of candidates per
// round: their array is recycled).
func FreeSlotsInto(dst []Slot, a *directory.Agency, advisors []*directory.Advisor, from, notBefore time.Time, n int, preferAdvisor string, taken func(Slot) bool) []Slot {
	if a == nil || n <= 0 {
		return nil
	}
	var buf [16]*directory.Advisor
	advs := buf[:0]
	prefIdx := -1
	for _, ad := range advisors {
		if ad == nil {
			continue
		}
		if preferAdvisor != "" && ad.ID == preferAdvisor && prefIdx < 0 {
			prefIdx = len(advs)
		}
		advs = append(advs, ad)
	}
	if len(advs) == 0 {
		return nil
	}
	p := newPlan(a, from)
	if notBefore.After(p.earliest) {
		p.earliest = notBefore
	}
	if p.slot <= 0 {
		return nil
	}
	out := dst[:0]
	if cap(out) < n {
		out = make([]Slot, 0, n)
	}
	if prefIdx < 0 {
		return p.scan(advs, n, out, taken)
	}
	out = p.scan(advs[prefIdx:prefIdx+1], n, out, taken)
	if len(out) < n {
		others := append(advs[:prefIdx:prefIdx], advs[prefIdx+1:]...)
		out = p.scan(others, n, out, taken)
	}
	return out
}

// plan holds what one FreeSlots call needs, computed once.
type plan struct {
	a               *directory.Agency
	loc             *time.Location
	slot            int // minutes
	earliest, limit time.Time
	cal             calendar
	// the closures as inclusive day numbers: the first ones in the plan
	// itself, which is then a value on the caller's stack (a slice of its
	// own array made it escape: the escape analysis does not tell fields apart)
	nClosures    int
	closures     [8][2]int64
	moreClosures [][2]int64
}

func newPlan(a *directory.Agency, from time.Time) plan {
	p := plan{a: a, loc: Location(a), slot: a.SlotMinutes}
	if p.slot == 0 {
		p.slot = directory.DefaultSlotMinutes
	}
	horizon := a.Horizon
	if horizon <= 0 {
		horizon = directory.DefaultHorizon
	}
	p.earliest = from.Add(a.LeadTime)
	p.limit = from.Add(horizon)
	if len(a.Departements) > 0 {
		p.cal = calendarOf(a.Departements[0])
	}
	for _, c := range a.Closures {
		days := [2]int64{civilDay(c.From), civilDay(c.To)}
		if p.nClosures < len(p.closures) {
			p.closures[p.nClosures] = days
			p.nClosures++
		} else {
			p.moreClosures = append(p.moreClosures, days)
		}
	}
	return p
}

// civilDay numbers the calendar date of t (in t's location) from 1970-01-01.
func civilDay(t time.Time) int64 {
	y, m, d := t.Date()
	return dayNumber(y, m, d)
}

func dayNumber(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Unix() / 86400
}

func (p *plan) closed(day int64) bool {
	for _, c := range p.closures[:p.nClosures] {
		if day >= c[0] && day <= c[1] {
			return true
		}
	}
	for _, c := range p.moreClosures {
		if day >= c[0] && day <= c[1] {
			return true
		}
	}
	return false
}

// scan appends free slots of advs to out until it holds n or the horizon ends.
func (p *plan) scan(advs []*directory.Advisor, n int, out []Slot, taken func(Slot) bool) []Slot {
	y, m, d := p.earliest.In(p.loc).Date()
	base := time.Date(y, m, d, 0, 0, 0, 0, p.loc)
	slotDur := time.Duration(p.slot) * time.Minute
	k := len(advs)
	for !base.After(p.limit) {
		civil := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
		day := civil.Unix() / 86400
		next := time.Date(y, m, d+1, 0, 0, 0, 0, p.loc)
		ranges := p.a.Hours[civil.Weekday()]
		if len(ranges) > 0 && !isHoliday(y, civil.YearDay(), p.cal) && !p.closed(day) {
			// A day without DST change lasts 24 h: minutes can then be
			// added to midnight. Otherwise each time is built by time.Date.
			regular := next.Sub(base) == 24*time.Hour
			idx := 0
			for _, r := range ranges {
				for mm := r.Start; mm+p.slot <= r.End; mm += p.slot {
					idx++
					var st, en time.Time
					if regular {
						st = base.Add(time.Duration(mm) * time.Minute)
						en = st.Add(slotDur)
					} else {
						st = time.Date(y, m, d, 0, mm, 0, 0, p.loc)
						en = time.Date(y, m, d, 0, mm+p.slot, 0, 0, p.loc)
						if st.Hour()*60+st.Minute() != mm || en.Sub(st) != slotDur {
							continue // wall time skipped or repeated by the DST change
						}
					}
					if st.Before(p.earliest) {
						continue
					}
					if en.After(p.limit) {
						return out
					}
					off := int((day + int64(idx)) % int64(k))
					for j := range k {
						ad := advs[(off+j)%k]
						s := Slot{AgencyID: p.a.ID, AdvisorID: ad.ID, Start: st, End: en}
						if taken != nil && taken(s) {
							continue
						}
						out = append(out, s)
						if len(out) >= n {
							return out
						}
					}
				}
			}
		}
		base = next
		y, m, d = next.Date()
	}
	return out
}

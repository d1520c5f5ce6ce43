package agenda

import (
	"hash/fnv"
	"sort"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/directory"
	"pgregory.net/rapid"
)

var zones = []string{"Europe/Paris", "America/Guadeloupe", "Indian/Reunion", "America/Cayenne", "Indian/Mayotte", "America/Martinique"}

func genAgency(t *rapid.T) *directory.Agency {
	tz := rapid.SampledFrom(zones).Draw(t, "tz")
	loc := mustLoad(tz)
	a := &directory.Agency{
		ID:           "ag",
		Departements: []string{rapid.SampledFrom([]string{"35", "57", "67", "971", "972", "973", "974", "976", "2A"}).Draw(t, "dep")},
		TimeZone:     tz,
		SlotMinutes:  rapid.SampledFrom([]int{15, 30, 45, 60, 90}).Draw(t, "slot"),
		LeadTime:     time.Duration(rapid.IntRange(0, 72).Draw(t, "lead")) * time.Hour,
		Horizon:      time.Duration(rapid.IntRange(1, 40*24).Draw(t, "horizon")) * time.Hour,
	}
	if rapid.Bool().Draw(t, "resolved") {
		a.Location = loc
	}
	for d := range 7 {
		// Up to three non-overlapping ranges, anywhere in the day (the DST
		// change hours included).
		cuts := rapid.SliceOfNDistinct(rapid.IntRange(0, 24*4), 0, 6, rapid.ID[int]).Draw(t, "cuts")
		sort.Ints(cuts)
		for i := 0; i+1 < len(cuts); i += 2 {
			a.Hours[d] = append(a.Hours[d], directory.TimeRange{Start: cuts[i] * 15, End: cuts[i+1] * 15})
		}
	}
	for i := range rapid.IntRange(0, 3).Draw(t, "closures") {
		from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rapid.IntRange(0, 800).Draw(t, "cfrom"))
		a.Closures = append(a.Closures, directory.Closure{From: from, To: from.AddDate(0, 0, rapid.IntRange(0, 10).Draw(t, "clen")), Reason: string(rune('a' + i))})
	}
	return a
}

// takenSet marks about a third of the slots as taken, deterministically.
func takenSet(seed uint32) func(Slot) bool {
	return func(s Slot) bool {
		h := fnv.New32a()
		h.Write([]byte(s.Key()))
		return (h.Sum32()^seed)%3 == 0
	}
}

// candidates enumerates every bookable slot by brute force, minute by
// minute in local wall time, independently of FreeSlots' day walk.
func candidates(a *directory.Agency, advs []*directory.Advisor, from time.Time, taken func(Slot) bool) []Slot {
	loc := Location(a)
	earliest, limit := from.Add(a.LeadTime), from.Add(a.Horizon)
	var out []Slot
	y, m, d := earliest.In(loc).Date()
	for day := time.Date(y, m, d, 12, 0, 0, 0, time.UTC); !time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc).After(limit); day = day.AddDate(0, 0, 1) {
		civ := time.Date(day.Year(), day.Month(), day.Day(), 12, 0, 0, 0, loc)
		if IsHoliday(civ, a.Departements[0]) || closedOn(a, day) {
			continue
		}
		for _, r := range a.Hours[day.Weekday()] {
			for mm := r.Start; mm+a.SlotMinutes <= r.End; mm += a.SlotMinutes {
				st := time.Date(day.Year(), day.Month(), day.Day(), mm/60, mm%60, 0, 0, loc)
				en := time.Date(day.Year(), day.Month(), day.Day(), (mm+a.SlotMinutes)/60, (mm+a.SlotMinutes)%60, 0, 0, loc)
				if st.Hour()*60+st.Minute() != mm || en.Sub(st) != time.Duration(a.SlotMinutes)*time.Minute {
					continue
				}
				if st.Before(earliest) || en.After(limit) {
					continue
				}
				for _, ad := range advs {
					s := Slot{AgencyID: a.ID, AdvisorID: ad.ID, Start: st, End: en}
					if !taken(s) {
						out = append(out, s)
					}
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}

func closedOn(a *directory.Agency, day time.Time) bool {
	for _, c := range a.Closures {
		f := time.Date(c.From.Year(), c.From.Month(), c.From.Day(), 12, 0, 0, 0, time.UTC)
		to := time.Date(c.To.Year(), c.To.Month(), c.To.Day(), 12, 0, 0, 0, time.UTC)
		if !day.Before(f) && !day.After(to) {
			return true
		}
	}
	return false
}

func TestFreeSlotsProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAgency(t)
		loc := Location(a)
		advs := advisors([]string{"a", "b", "c", "d"}[:rapid.IntRange(1, 4).Draw(t, "advisors")]...)
		from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rapid.Int64Range(0, 4*365*24*60).Draw(t, "from")) * time.Minute)
		n := rapid.IntRange(1, 60).Draw(t, "n")
		taken := takenSet(rapid.Uint32().Draw(t, "seed"))
		got := FreeSlots(a, advs, from, n, "", taken)

		seen := map[string]bool{}
		for i, s := range got {
			st, en := s.Start.In(loc), s.End.In(loc)
			if en.Sub(st) != time.Duration(a.SlotMinutes)*time.Minute {
				t.Fatalf("slot %v lasts %v", st, en.Sub(st))
			}
			if st.Before(from.Add(a.LeadTime)) || en.After(from.Add(a.Horizon)) {
				t.Fatalf("slot %v outside [from+lead, from+horizon]", st)
			}
			if IsHoliday(st, a.Departements[0]) || closedOn(a, time.Date(st.Year(), st.Month(), st.Day(), 12, 0, 0, 0, time.UTC)) {
				t.Fatalf("slot %v on a holiday or closed day", st)
			}
			open := false
			sm := st.Hour()*60 + st.Minute()
			for _, r := range a.Hours[st.Weekday()] {
				if sm >= r.Start && sm+a.SlotMinutes <= r.End && (sm-r.Start)%a.SlotMinutes == 0 {
					open = true
				}
			}
			if !open {
				t.Fatalf("slot %v outside opening hours %v", st, a.Hours[st.Weekday()])
			}
			if taken(s) {
				t.Fatalf("slot %v is taken", s.Key())
			}
			if seen[s.Key()] {
				t.Fatalf("duplicate slot %v", s.Key())
			}
			seen[s.Key()] = true
			if i > 0 && s.Start.Before(got[i-1].Start) {
				t.Fatalf("not sorted at %d", i)
			}
			if s.AgencyID != a.ID {
				t.Fatalf("agency id %q", s.AgencyID)
			}
		}
		// Completeness: the same start times as the first n brute-force
		// candidates (advisor order within one start time may differ).
		want := candidates(a, advs, from, taken)
		if len(want) > n {
			want = want[:n]
		}
		if len(got) != len(want) {
			t.Fatalf("got %d slots, brute force finds %d", len(got), len(want))
		}
		for i := range got {
			if !got[i].Start.Equal(want[i].Start) {
				t.Fatalf("slot %d starts %v, brute force %v", i, got[i].Start, want[i].Start)
			}
		}
	})
}

func TestFreeSlotsPreferProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAgency(t)
		advs := advisors("a", "b", "c")
		from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rapid.Int64Range(0, 2*365*24).Draw(t, "from")) * time.Hour)
		n := rapid.IntRange(1, 10).Draw(t, "n")
		taken := takenSet(rapid.Uint32().Draw(t, "seed"))
		got := FreeSlots(a, advs, from, n, "b", taken)
		plain := FreeSlots(a, advs, from, 1000, "", taken)
		var onlyB []Slot
		for _, s := range plain {
			if s.AdvisorID == "b" {
				onlyB = append(onlyB, s)
			}
		}
		k := min(n, len(onlyB))
		for i := range k {
			if got[i].Key() != onlyB[i].Key() {
				t.Fatalf("preferred slot %d = %s, want %s", i, got[i].Key(), onlyB[i].Key())
			}
		}
		for _, s := range got[k:] {
			if s.AdvisorID == "b" {
				t.Fatalf("preferred advisor slot after the others: %s", s.Key())
			}
		}
		if len(got) != min(n, len(plain)) {
			t.Fatalf("got %d slots, %d free", len(got), len(plain))
		}
	})
}

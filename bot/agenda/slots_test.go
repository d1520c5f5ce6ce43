package agenda

import (
	"fmt"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/directory"
)

var parisLoc = mustLoad("Europe/Paris")

func weekdays(ranges ...directory.TimeRange) directory.WeekHours {
	var h directory.WeekHours
	for d := time.Monday; d <= time.Friday; d++ {
		h[d] = ranges
	}
	return h
}

func advisors(ids ...string) []*directory.Advisor {
	var out []*directory.Advisor
	for _, id := range ids {
		out = append(out, &directory.Advisor{ID: id, AgencyID: "ag"})
	}
	return out
}

func agency() *directory.Agency {
	return &directory.Agency{
		ID: "ag", Departements: []string{"35"}, TimeZone: "Europe/Paris", Location: parisLoc,
		Hours:       weekdays(directory.TimeRange{Start: 540, End: 720}, directory.TimeRange{Start: 810, End: 1020}),
		SlotMinutes: 45, LeadTime: time.Hour, Horizon: 21 * 24 * time.Hour,
	}
}

func starts(slots []Slot) []string {
	var s []string
	for _, x := range slots {
		s = append(s, x.Start.Format("Mon 02/01 15:04 -07")+" "+x.AdvisorID)
	}
	return s
}

func eq(t *testing.T, got []Slot, want ...string) {
	t.Helper()
	g := starts(got)
	if fmt.Sprint(g) != fmt.Sprint(want) {
		t.Errorf("got  %q\nwant %q", g, want)
	}
}

func TestFreeSlotsBasics(t *testing.T) {
	a := agency()
	from := time.Date(2026, 12, 1, 10, 20, 0, 0, parisLoc) // Tuesday
	// Lead time 1 h: 11:20 at the earliest → 11:15 is too early, the
	// morning is over (12:00) → 13:30 first. Advisors rotate at each slot.
	eq(t, FreeSlots(a, advisors("x", "y"), from, 4, "", nil),
		"Tue 01/12 13:30 +01 y", "Tue 01/12 13:30 +01 x", "Tue 01/12 14:15 +01 x", "Tue 01/12 14:15 +01 y")
	// Breaks: the 11:15 slot would end at 12:00, fine; 12:00 is in the break.
	from = time.Date(2026, 12, 1, 8, 0, 0, 0, parisLoc)
	got := FreeSlots(a, advisors("x"), from, 5, "", nil)
	eq(t, got, "Tue 01/12 09:00 +01 x", "Tue 01/12 09:45 +01 x", "Tue 01/12 10:30 +01 x", "Tue 01/12 11:15 +01 x", "Tue 01/12 13:30 +01 x")
	// taken slots are skipped.
	taken := func(s Slot) bool { return s.Key() == "x@20261201T0800Z" || s.Start.Hour() == 9 && s.AdvisorID == "x" }
	eq(t, FreeSlots(a, advisors("x"), from, 2, "", taken), "Tue 01/12 10:30 +01 x", "Tue 01/12 11:15 +01 x")
	// Friday evening → Monday (weekend closed).
	from = time.Date(2026, 12, 4, 18, 0, 0, 0, parisLoc)
	eq(t, FreeSlots(a, advisors("x"), from, 1, "", nil), "Mon 07/12 09:00 +01 x")
	// Degenerate inputs.
	if FreeSlots(nil, advisors("x"), from, 3, "", nil) != nil || FreeSlots(a, nil, from, 3, "", nil) != nil || FreeSlots(a, advisors("x"), from, 0, "", nil) != nil {
		t.Error("degenerate inputs must give nil")
	}
}

func TestFreeSlotsKey(t *testing.T) {
	s := Slot{AdvisorID: "ft-35-c1", Start: time.Date(2026, 12, 1, 9, 0, 0, 0, parisLoc)}
	if got := s.Key(); got != "ft-35-c1@20261201T0800Z" {
		t.Errorf("Key = %q", got)
	}
}

func TestFreeSlotsPreferAdvisor(t *testing.T) {
	a := agency()
	from := time.Date(2026, 12, 1, 8, 0, 0, 0, parisLoc)
	taken := func(s Slot) bool { return s.AdvisorID == "y" && s.Start.Day() == 1 && s.Start.Hour() < 11 }
	eq(t, FreeSlots(a, advisors("x", "y", "z"), from, 3, "y", taken),
		"Tue 01/12 11:15 +01 y", "Tue 01/12 13:30 +01 y", "Tue 01/12 14:15 +01 y")
	// The preferred advisor has nothing left: the others fill in.
	all := func(s Slot) bool { return s.AdvisorID == "y" }
	got := FreeSlots(a, advisors("x", "y"), from, 2, "y", all)
	eq(t, got, "Tue 01/12 09:00 +01 x", "Tue 01/12 09:45 +01 x")
	// Unknown preferred advisor: ignored.
	if len(FreeSlots(a, advisors("x", "y"), from, 3, "nobody", nil)) != 3 {
		t.Error("unknown preferAdvisor")
	}
}

func TestFreeSlotsHolidaysAndClosures(t *testing.T) {
	a := agency()
	a.Closures = []directory.Closure{{From: time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)}}
	from := time.Date(2026, 12, 24, 18, 0, 0, 0, parisLoc) // Thursday; 25th holiday, weekend, closure, 1 Jan
	eq(t, FreeSlots(a, advisors("x"), from, 1, "", nil), "Mon 04/01 09:00 +01 x")
	// Good Friday is a holiday in Moselle only.
	a = agency()
	from = time.Date(2026, 4, 2, 18, 0, 0, 0, parisLoc)
	eq(t, FreeSlots(a, advisors("x"), from, 1, "", nil), "Fri 03/04 09:00 +02 x")
	a.Departements = []string{"57"}
	eq(t, FreeSlots(a, advisors("x"), from, 1, "", nil), "Tue 07/04 09:00 +02 x") // then Easter Monday
}

// The wall-clock time of a slot never moves with daylight saving time.
func TestFreeSlotsDST(t *testing.T) {
	a := agency()
	a.SlotMinutes = 60
	a.Hours = weekdays(directory.TimeRange{Start: 540, End: 600})
	from := time.Date(2026, 3, 26, 8, 0, 0, 0, parisLoc) // Thursday before the change (29 March)
	got := FreeSlots(a, advisors("x"), from, 3, "", nil)
	eq(t, got, "Thu 26/03 09:00 +01 x", "Fri 27/03 09:00 +01 x", "Mon 30/03 09:00 +02 x")
	if got[2].Start.UTC().Hour() != 7 || got[1].Start.UTC().Hour() != 8 {
		t.Errorf("UTC hours %v %v", got[1].Start.UTC(), got[2].Start.UTC())
	}
	from = time.Date(2026, 10, 22, 8, 0, 0, 0, parisLoc) // before 25 October
	eq(t, FreeSlots(a, advisors("x"), from, 3, "", nil), "Thu 22/10 09:00 +02 x", "Fri 23/10 09:00 +02 x", "Mon 26/10 09:00 +01 x")

	// Open on the night of the change itself (a 24/7 hotline): the missing
	// hour offers nothing, the repeated hour is not offered twice and every
	// slot lasts exactly SlotMinutes.
	night := agency()
	night.SlotMinutes = 30
	night.LeadTime = 0
	night.Hours[time.Sunday] = []directory.TimeRange{{Start: 60, End: 240}}
	from = time.Date(2026, 3, 29, 0, 0, 0, 0, parisLoc)
	got = FreeSlots(night, advisors("x"), from, 4, "", nil)
	eq(t, got, "Sun 29/03 01:00 +01 x", "Sun 29/03 01:30 +01 x", "Sun 29/03 03:00 +02 x", "Sun 29/03 03:30 +02 x")
	for _, s := range got {
		if s.End.Sub(s.Start) != 30*time.Minute {
			t.Errorf("slot %v lasts %v", s.Start, s.End.Sub(s.Start))
		}
	}
	from = time.Date(2026, 10, 25, 0, 0, 0, 0, parisLoc)
	got = FreeSlots(night, advisors("x"), from, 6, "", nil)
	seen := map[string]bool{}
	for _, s := range got[:5] {
		if seen[s.Key()] || s.End.Sub(s.Start) != 30*time.Minute || s.Start.Day() != 25 {
			t.Errorf("bad slot on fall-back night: %v", starts(got))
		}
		seen[s.Key()] = true
	}
}

func TestFreeSlotsOverseas(t *testing.T) {
	reunion := mustLoad("Indian/Reunion")
	a := agency()
	a.Departements, a.TimeZone, a.Location = []string{"974"}, "Indian/Reunion", nil
	from := time.Date(2026, 12, 18, 16, 0, 0, 0, time.UTC) // Friday 20:00 in La Réunion
	got := FreeSlots(a, advisors("x"), from, 1, "", nil)
	// Saturday, Sunday closed (and 20 December is a Sunday in 2026).
	eq(t, got, "Mon 21/12 09:00 +04 x")
	if got[0].Start.Location().String() != reunion.String() {
		t.Errorf("location %v", got[0].Start.Location())
	}
	// 20 December 2027 is a Monday: holiday in La Réunion.
	from = time.Date(2027, 12, 17, 16, 0, 0, 0, time.UTC)
	eq(t, FreeSlots(a, advisors("x"), from, 1, "", nil), "Tue 21/12 09:00 +04 x")
}

func TestFreeSlotsHorizon(t *testing.T) {
	a := agency()
	a.Horizon = 26 * time.Hour
	from := time.Date(2026, 12, 1, 8, 0, 0, 0, parisLoc)
	got := FreeSlots(a, advisors("x"), from, 100, "", nil)
	last := got[len(got)-1]
	if last.End.After(from.Add(a.Horizon)) || last.Start.Day() != 2 || last.Start.Hour() != 9 {
		t.Errorf("horizon: last slot %v (%d slots)", last.Start, len(got))
	}
}

func TestFreeSlotsSampleAgencies(t *testing.T) {
	d := directory.Sample()
	from := time.Date(2026, 11, 27, 17, 0, 0, 0, time.UTC)
	for _, a := range d.Agencies {
		got := FreeSlots(a, d.AdvisorsOf(a.ID), from, 3, "", nil)
		if len(got) != 3 {
			t.Errorf("agency %s: %d slots", a.ID, len(got))
		}
	}
}

func BenchmarkFreeSlots(b *testing.B) {
	d := directory.Sample()
	a := d.Agency("ft-35")
	advs := d.AdvisorsOf(a.ID)
	booked := map[string]bool{}
	from := time.Date(2026, 12, 1, 10, 20, 0, 0, parisLoc)
	for _, s := range FreeSlots(a, advs, from, 5, "", nil) {
		booked[s.Key()] = true
	}
	taken := func(s Slot) bool { return booked[s.Key()] }
	b.Run(fmt.Sprintf("n=3/advisors=%d/none-taken", len(advs)), func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FreeSlots(a, advs, from, 3, "", nil)
		}
	})
	b.Run(fmt.Sprintf("n=3/advisors=%d/5-taken-by-key", len(advs)), func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FreeSlots(a, advs, from, 3, "", taken)
		}
	})
	b.Run("n=3/prefer", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FreeSlots(a, advs, from, 3, advs[1].ID, nil)
		}
	})
	friday := time.Date(2026, 12, 4, 18, 0, 0, 0, parisLoc)
	b.Run("n=3/friday-evening", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FreeSlots(a, advs, friday, 3, "", nil)
		}
	})
}

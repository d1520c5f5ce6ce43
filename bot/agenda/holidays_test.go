package agenda

import (
	"testing"
	"time"
)

func TestEaster(t *testing.T) {
	for _, c := range []struct {
		year  int
		month time.Month
		day   int
	}{
		{2019, time.April, 21}, {2024, time.March, 31}, {2025, time.April, 20},
		{2026, time.April, 5}, {2027, time.March, 28}, {2028, time.April, 16}, {2038, time.April, 25},
	} {
		if m, d := Easter(c.year); m != c.month || d != c.day {
			t.Errorf("Easter(%d) = %v %d, want %v %d", c.year, m, d, c.month, c.day)
		}
	}
}

func dates(ts []time.Time) []string {
	var s []string
	for _, t := range ts {
		s = append(s, t.Format("01-02"))
	}
	return s
}

func TestHolidays(t *testing.T) {
	metro2026 := []string{"01-01", "04-06", "05-01", "05-08", "05-14", "05-25", "07-14", "08-15", "11-01", "11-11", "12-25"}
	cases := []struct {
		year int
		dep  string
		want []string
	}{
		{2026, "35", metro2026},
		{2026, "75", metro2026},
		{2026, "57", []string{"01-01", "04-03", "04-06", "05-01", "05-08", "05-14", "05-25", "07-14", "08-15", "11-01", "11-11", "12-25", "12-26"}},
		{2024, "67", []string{"01-01", "03-29", "04-01", "05-01", "05-08", "05-09", "05-20", "07-14", "08-15", "11-01", "11-11", "12-25", "12-26"}},
		{2025, "13", []string{"01-01", "04-21", "05-01", "05-08", "05-29", "06-09", "07-14", "08-15", "11-01", "11-11", "12-25"}},
		{2027, "971", []string{"01-01", "03-29", "05-01", "05-06", "05-08", "05-17", "05-27", "07-14", "08-15", "11-01", "11-11", "12-25"}},
		{2026, "972", []string{"01-01", "04-06", "05-01", "05-08", "05-14", "05-22", "05-25", "07-14", "08-15", "11-01", "11-11", "12-25"}},
		{2026, "973", []string{"01-01", "04-06", "05-01", "05-08", "05-14", "05-25", "06-10", "07-14", "08-15", "11-01", "11-11", "12-25"}},
		{2026, "974", []string{"01-01", "04-06", "05-01", "05-08", "05-14", "05-25", "07-14", "08-15", "11-01", "11-11", "12-20", "12-25"}},
		{2026, "976", []string{"01-01", "04-06", "04-27", "05-01", "05-08", "05-14", "05-25", "07-14", "08-15", "11-01", "11-11", "12-25"}},
	}
	for _, c := range cases {
		got := dates(Holidays(c.year, c.dep))
		if len(got) != len(c.want) {
			t.Errorf("Holidays(%d, %s) = %v, want %v", c.year, c.dep, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Holidays(%d, %s) = %v, want %v", c.year, c.dep, got, c.want)
				break
			}
		}
		for _, h := range Holidays(c.year, c.dep) {
			if h.Location() != time.UTC || h.Hour() != 0 || !IsHoliday(h, c.dep) {
				t.Errorf("holiday %v of %s: not a civil date or IsHoliday false", h, c.dep)
			}
		}
	}
}

func TestIsHolidayUsesOwnLocation(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	reunion, _ := time.LoadLocation("Indian/Reunion")
	// 14 July 00:30 in Paris is still 13 July in UTC.
	if !IsHoliday(time.Date(2026, 7, 14, 0, 30, 0, 0, paris), "75") {
		t.Error("14 July 00:30 Paris")
	}
	if IsHoliday(time.Date(2026, 7, 13, 23, 30, 0, 0, paris), "75") {
		t.Error("13 July 23:30 Paris")
	}
	if !IsHoliday(time.Date(2026, 12, 20, 23, 0, 0, 0, reunion), "974") || IsHoliday(time.Date(2026, 12, 20, 10, 0, 0, 0, reunion), "75") {
		t.Error("20 December: holiday in La Réunion only")
	}
	// Years outside the cache take the slow path.
	if !IsHoliday(time.Date(2150, 12, 25, 12, 0, 0, 0, time.UTC), "35") || IsHoliday(time.Date(1990, 12, 24, 12, 0, 0, 0, time.UTC), "35") {
		t.Error("uncached years")
	}
}

package agenda

import (
	"sort"
	"sync"
	"time"
)

// Holiday calendars differ by département: Alsace-Moselle (57, 67, 68) adds
// Good Friday and 26 December (local law); each overseas département adds
// its abolition-of-slavery day (loi 83-550, décret 83-1003).
type calendar uint8

const (
	calMetro calendar = iota
	calAlsaceMoselle
	cal971
	cal972
	cal973
	cal974
	cal976
	numCalendars
)

func calendarOf(dep string) calendar {
	switch dep {
	case "57", "67", "68":
		return calAlsaceMoselle
	case "971":
		return cal971
	case "972":
		return cal972
	case "973":
		return cal973
	case "974":
		return cal974
	case "976":
		return cal976
	}
	return calMetro
}

// Easter returns the Gregorian Easter Sunday of a year (anonymous
// Gregorian algorithm, Meeus/Jones/Butcher) as month and day.
func Easter(year int) (time.Month, int) {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Month(month), day
}

// holidayDays returns the holidays of a year as day-of-year numbers (1-366).
func holidayDays(year int, cal calendar) []int {
	yday := func(m time.Month, d int) int {
		return time.Date(year, m, d, 0, 0, 0, 0, time.UTC).YearDay()
	}
	em, ed := Easter(year)
	easter := yday(em, ed)
	days := []int{
		yday(time.January, 1),
		easter + 1, // lundi de Pâques
		yday(time.May, 1),
		yday(time.May, 8),
		easter + 39, // Ascension
		easter + 50, // lundi de Pentecôte
		yday(time.July, 14),
		yday(time.August, 15),
		yday(time.November, 1),
		yday(time.November, 11),
		yday(time.December, 25),
	}
	switch cal {
	case calAlsaceMoselle:
		days = append(days, easter-2, yday(time.December, 26)) // Vendredi saint, Saint-Étienne
	case cal971:
		days = append(days, yday(time.May, 27))
	case cal972:
		days = append(days, yday(time.May, 22))
	case cal973:
		days = append(days, yday(time.June, 10))
	case cal974:
		days = append(days, yday(time.December, 20))
	case cal976:
		days = append(days, yday(time.April, 27))
	}
	sort.Ints(days)
	return days
}

// Holidays returns the French public holidays of a year for a département,
// sorted, as civil dates at midnight UTC (only year, month and day matter).
// Unknown départements get the metropolitan calendar.
func Holidays(year int, departement string) []time.Time {
	days := holidayDays(year, calendarOf(departement))
	out := make([]time.Time, 0, len(days))
	for _, d := range days {
		out = append(out, time.Date(year, time.January, d, 0, 0, 0, 0, time.UTC))
	}
	return out
}

// IsHoliday reports whether t's calendar date, read in t's own location, is a
// public holiday in the département.
func IsHoliday(t time.Time, departement string) bool {
	return isHoliday(t.Year(), t.YearDay(), calendarOf(departement))
}

// The holidays of the years the bot works with are kept in bitsets, so that
// the hot path (FreeSlots) checks a day with two loads and a shift.
const (
	cacheFirstYear = 2000
	cacheYears     = 100
)

type yearBits [6]uint64 // bit d set = day-of-year d is a holiday

var (
	cacheOnce sync.Once
	cache     [cacheYears][numCalendars]yearBits
)

func isHoliday(year, yday int, cal calendar) bool {
	if year < cacheFirstYear || year >= cacheFirstYear+cacheYears {
		for _, d := range holidayDays(year, cal) {
			if d == yday {
				return true
			}
		}
		return false
	}
	cacheOnce.Do(fillCache)
	b := &cache[year-cacheFirstYear][cal]
	return b[yday>>6]&(1<<(yday&63)) != 0
}

func fillCache() {
	for y := range cacheYears {
		for c := range numCalendars {
			for _, d := range holidayDays(cacheFirstYear+y, c) {
				cache[y][c][d>>6] |= 1 << (d & 63)
			}
		}
	}
}

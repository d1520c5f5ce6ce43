package texts

import (
	"math/rand"
	"strconv"
	"testing"
	"time"
)

// appendDayBefore and appendTimeBefore are the appenders as they were
// before wall: every field read through t's location.
func appendDayBefore(b []byte, t, now time.Time) []byte {
	y, m, d := t.Date()
	b = appendYMD(b, y, m, d)
	if y != now.In(t.Location()).Year() {
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(y), 10)
	}
	return b
}

func dateBefore(t, now time.Time) string {
	b := appendDayBefore(nil, t, now)
	b = append(b, " à "...)
	hour, minute, _ := t.Clock()
	b = append(b, Time(time.Date(2000, 1, 1, hour, minute, 0, 0, time.UTC))...)
	return string(b)
}

// The dates read from one zone look-up are those read field by field, in
// zones east and west of UTC, across changes of offset and new years.
func TestDateOneZoneReadAsBefore(t *testing.T) {
	var locs []*time.Location
	for _, name := range []string{"Europe/Paris", "America/Cayenne", "Indian/Reunion", "Pacific/Noumea", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Guadeloupe", "UTC"} {
		l, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		locs = append(locs, l)
	}
	locs = append(locs, time.FixedZone("x", -11*3600-1800), time.FixedZone("y", 13*3600+2700))
	r := rand.New(rand.NewSource(20))
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	for i := 0; i < 200000; i++ {
		loc := locs[r.Intn(len(locs))]
		at := func() time.Time {
			if r.Intn(2) == 0 { // near a new year
				return time.Unix(base+int64(r.Intn(3))*365*86400+int64(r.Intn(4*86400))-2*86400, 0)
			}
			return time.Unix(base+r.Int63n(3*365*86400), 0)
		}
		tm, now := at().In(loc), at()
		if r.Intn(2) == 0 {
			now = now.In(locs[r.Intn(len(locs))])
		}
		if got, want := Date(tm, now), dateBefore(tm, now); got != want {
			t.Fatalf("Date(%v, %v) = %q, want %q", tm, now, got, want)
		}
		if got, want := Day(tm, now), string(appendDayBefore(nil, tm, now)); got != want {
			t.Fatalf("Day(%v, %v) = %q, want %q", tm, now, got, want)
		}
		if got, want := string(AppendDateCapital([]byte("x"), tm, now)), "x"+DateCapital(tm, now); got != want {
			t.Fatalf("AppendDateCapital(%v, %v) = %q, want %q", tm, now, got, want)
		}
		if got, want := string(AppendDate([]byte("x"), tm, now)), "x"+Date(tm, now); got != want {
			t.Fatalf("AppendDate(%v, %v) = %q, want %q", tm, now, got, want)
		}
	}
}

package ics

import (
	"fmt"
	"sync"
	"time"
)

// euZones follow the EU summer-time rule (last Sunday of March to last Sunday
// of October, at 01:00 UTC): their VTIMEZONE is written with RRULEs, which
// every calendar client understands and which stays right for any date.
var euZones = map[string]bool{"Europe/Paris": true, "Europe/Brussels": true, "Europe/Luxembourg": true, "Europe/Monaco": true, "Europe/Berlin": true}

// writeTimezone writes a VTIMEZONE for tzid valid around [start, end].
func writeTimezone(w *writer, loc *time.Location, tzid string, start, end time.Time) {
	if euZones[tzid] {
		// One block per zone and year serves every booking of that year
		// (it was a third of a calendar file's allocations).
		key := zoneYear{tzid, loc, start.Year()}
		if b, ok := zoneBlocks.Load(key); ok {
			w.buf.WriteString(b.(string))
			return
		}
		var tw writer
		writeTimezoneUncached(&tw, loc, tzid, start, end)
		zoneBlocks.Store(key, tw.buf.String())
		w.buf.Write(tw.buf.Bytes())
		return
	}
	writeTimezoneUncached(w, loc, tzid, start, end)
}

type zoneYear struct {
	tzid string
	loc  *time.Location
	year int
}

var zoneBlocks sync.Map // zoneYear -> string

func writeTimezoneUncached(w *writer, loc *time.Location, tzid string, start, end time.Time) {
	w.line("BEGIN:VTIMEZONE")
	w.line("TZID:" + paramValue(tzid))
	switch {
	case euZones[tzid] && euRuleHolds(loc, start.Year()):
		std, _ := time.Date(start.Year(), 1, 15, 12, 0, 0, 0, loc).Zone()
		dst, _ := time.Date(start.Year(), 7, 15, 12, 0, 0, 0, loc).Zone()
		_, so := time.Date(start.Year(), 1, 15, 12, 0, 0, 0, loc).Zone()
		_, do := time.Date(start.Year(), 7, 15, 12, 0, 0, 0, loc).Zone()
		w.line("BEGIN:DAYLIGHT")
		w.line("TZOFFSETFROM:" + offset(so))
		w.line("TZOFFSETTO:" + offset(do))
		w.line("TZNAME:" + dst)
		w.line(fmt.Sprintf("DTSTART:19700329T%02d0000", 1+so/3600)) // 01:00 UTC, local standard time
		w.line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
		w.line("END:DAYLIGHT")
		w.line("BEGIN:STANDARD")
		w.line("TZOFFSETFROM:" + offset(do))
		w.line("TZOFFSETTO:" + offset(so))
		w.line("TZNAME:" + std)
		w.line(fmt.Sprintf("DTSTART:19701025T%02d0000", 1+do/3600)) // 01:00 UTC, local summer time
		w.line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
		w.line("END:STANDARD")
	default:
		writeObserved(w, loc, start, end)
	}
	w.line("END:VTIMEZONE")
}

// euRuleHolds checks the zone database agrees with the EU rule that year.
func euRuleHolds(loc *time.Location, year int) bool {
	lastSunday := func(m time.Month) int {
		d := time.Date(year, m+1, 0, 12, 0, 0, 0, time.UTC)
		return d.Day() - int(d.Weekday())
	}
	_, o1 := time.Date(year, 3, lastSunday(time.March), 0, 59, 0, 0, time.UTC).In(loc).Zone()
	_, o2 := time.Date(year, 3, lastSunday(time.March), 1, 1, 0, 0, time.UTC).In(loc).Zone()
	_, o3 := time.Date(year, 10, lastSunday(time.October), 0, 59, 0, 0, time.UTC).In(loc).Zone()
	_, o4 := time.Date(year, 10, lastSunday(time.October), 1, 1, 0, 0, time.UTC).In(loc).Zone()
	return o2-o1 == 3600 && o3-o4 == 3600
}

// writeObserved describes the offsets in force from a year before start to a
// year after end with explicit observances (no RRULE): exact for any zone,
// including fixed-offset overseas zones (a single STANDARD).
func writeObserved(w *writer, loc *time.Location, start, end time.Time) {
	from := start.AddDate(-1, 0, 0).UTC()
	to := end.AddDate(1, 0, 0).UTC()
	name, off := from.In(loc).Zone()
	type change struct {
		at             time.Time
		name           string
		fromOff, toOff int
	}
	changes := []change{{at: time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), name: name, fromOff: off, toOff: off}}
	// Walk transitions with ZoneBounds (one step per change).
	t := from
	for i := 0; i < 16; i++ {
		_, endB := t.In(loc).ZoneBounds()
		if endB.IsZero() || endB.After(to) {
			break
		}
		n2, o2 := endB.In(loc).Zone()
		changes = append(changes, change{at: endB, name: n2, fromOff: off, toOff: o2})
		off = o2
		t = endB
	}
	if len(changes) == 1 {
		w.line("BEGIN:STANDARD")
		w.line("TZOFFSETFROM:" + offset(off))
		w.line("TZOFFSETTO:" + offset(off))
		w.line("TZNAME:" + tzName(name))
		w.line("DTSTART:19700101T000000")
		w.line("END:STANDARD")
		return
	}
	for i, c := range changes {
		kind := "STANDARD"
		if i > 0 && c.toOff > c.fromOff {
			kind = "DAYLIGHT"
		}
		w.line("BEGIN:" + kind)
		w.line("TZOFFSETFROM:" + offset(c.fromOff))
		w.line("TZOFFSETTO:" + offset(c.toOff))
		w.line("TZNAME:" + tzName(c.name))
		// DTSTART of an observance is the local time before the change.
		w.line("DTSTART:" + c.at.In(time.FixedZone("", c.fromOff)).Format("20060102T150405"))
		w.line("END:" + kind)
	}
}

func tzName(s string) string {
	if s == "" {
		return "LMT"
	}
	return s
}

// offset formats seconds east of UTC as +HHMM (or +HHMMSS).
func offset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	if sec%60 != 0 {
		return fmt.Sprintf("%c%02d%02d%02d", sign, sec/3600, sec/60%60, sec%60)
	}
	return fmt.Sprintf("%c%02d%02d", sign, sec/3600, sec/60%60)
}

// Package calendar reads advisors' real agendas — iCalendar feeds (the
// secret .ics addresses of Google Calendar, Outlook and Nextcloud) and
// CalDAV calendars (RFC 4791) — to know when they are busy, and writes each
// booking as an event in the advisor's CalDAV calendar.
//
// Parsing is github.com/emersion/go-ical, recurrence expansion
// github.com/teambition/rrule-go, CalDAV github.com/emersion/go-webdav.
package calendar

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"
)

// Interval is a busy time, End excluded.
type Interval struct{ Start, End time.Time }

// OwnUIDSuffix ends the UID of the events the bot writes (bot/ics).
const OwnUIDSuffix = "@cepbot"

// maxOccurrences bounds the expansion of one recurring event (a daily
// event without end over a 60-day window is 60).
const maxOccurrences = 5000

// maxWalk bounds the occurrences walked through for one event, from its
// start (an hourly rule started years ago stops there).
const maxWalk = 100000

// windowsZones maps the Windows time zone names Outlook writes in TZID to
// IANA names (the ones met in France and its overseas départements).
var windowsZones = map[string]string{
	"Romance Standard Time":        "Europe/Paris",
	"W. Europe Standard Time":      "Europe/Berlin",
	"Central Europe Standard Time": "Europe/Budapest",
	"GMT Standard Time":            "Europe/London",
	"UTC":                          "UTC",
	"SA Western Standard Time":     "America/Martinique",
	"SA Eastern Standard Time":     "America/Cayenne",
	"Arabian Standard Time":        "Asia/Dubai",
	"Mauritius Standard Time":      "Indian/Reunion",
	"E. Africa Standard Time":      "Indian/Mayotte",
}

// zone resolves a TZID: IANA, a Windows name, or def.
func zone(tzid string, def *time.Location) *time.Location {
	if tzid == "" {
		return def
	}
	tzid = strings.Trim(tzid, "\"")
	if loc, err := time.LoadLocation(tzid); err == nil {
		return loc
	}
	if name, ok := windowsZones[tzid]; ok {
		if loc, err := time.LoadLocation(name); err == nil {
			return loc
		}
	}
	// Some producers prefix IANA names ("/mozilla.org/…/Europe/Paris").
	if i := strings.Index(tzid, "/"); i >= 0 {
		parts := strings.Split(tzid, "/")
		for k := range parts {
			if loc, err := time.LoadLocation(strings.Join(parts[k:], "/")); err == nil && k > 0 {
				return loc
			}
		}
	}
	return def
}

// when reads a DATE or DATE-TIME property value v with the property's
// parameters; allDay is true for a DATE.
func when(p *ical.Prop, v string, def *time.Location) (t time.Time, allDay bool, err error) {
	loc := zone(p.Params.Get(ical.PropTimezoneID), def)
	isDate := p.ValueType() == ical.ValueDate || len(v) == len("20060102")
	switch {
	case isDate:
		t, err = time.ParseInLocation("20060102", v, def)
		return t, true, err
	case strings.HasSuffix(v, "Z"):
		t, err = time.ParseInLocation("20060102T150405Z", v, time.UTC)
	default:
		t, err = time.ParseInLocation("20060102T150405", v, loc)
	}
	return t, false, err
}

// values splits a property that may hold a comma-separated list (EXDATE,
// RDATE).
func values(p *ical.Prop) []string {
	var out []string
	for _, v := range strings.Split(p.Value, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Busy returns the busy intervals of cal overlapping [from, to), sorted:
// every VEVENT that is not transparent nor cancelled, recurring ones
// expanded (RRULE, RDATE, EXDATE, and RECURRENCE-ID overrides), times read
// in their TZID (IANA or Windows names), floating times and all-day events
// in def. The bot's own booking events (UID ending in OwnUIDSuffix) are
// not busy times: the store has those bookings. Events it cannot read are
// skipped and counted in skipped.
func Busy(cal *ical.Calendar, from, to time.Time, def *time.Location) (out []Interval, skipped int) {
	if def == nil {
		def = time.UTC
	}
	events := cal.Events()
	// Overrides of single occurrences, by UID: the master's occurrence at
	// RECURRENCE-ID is replaced by the override (which may be cancelled).
	overridden := map[string][]time.Time{}
	for _, ev := range events {
		rid := ev.Props.Get(ical.PropRecurrenceID)
		if rid == nil {
			continue
		}
		uid, _ := ev.Props.Text(ical.PropUID)
		if t, _, err := when(rid, rid.Value, def); err == nil {
			overridden[uid] = append(overridden[uid], t)
		}
	}
	for _, ev := range events {
		if uid, _ := ev.Props.Text(ical.PropUID); strings.HasSuffix(uid, OwnUIDSuffix) {
			continue
		}
		iv, err := expandEvent(ev, from, to, def, overridden)
		if err != nil {
			skipped++
			continue
		}
		out = append(out, iv...)
	}
	slices.SortFunc(out, func(a, b Interval) int { return a.Start.Compare(b.Start) })
	return out, skipped
}

// expandEvent returns the busy intervals of one event. rrule-go panics on
// some rules it accepted (found by FuzzBusy, e.g. a BYYEARDAY out of the
// year): the event is then skipped, as an unreadable one.
func expandEvent(ev ical.Event, from, to time.Time, def *time.Location, overridden map[string][]time.Time) (out []Interval, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("recurrence: %v", r)
		}
	}()
	if tr := ev.Props.Get(ical.PropTransparency); tr != nil && strings.EqualFold(tr.Value, "TRANSPARENT") {
		return nil, nil
	}
	if st := ev.Props.Get(ical.PropStatus); st != nil && strings.EqualFold(st.Value, "CANCELLED") {
		return nil, nil
	}
	sp := ev.Props.Get(ical.PropDateTimeStart)
	if sp == nil {
		return nil, fmt.Errorf("event without DTSTART")
	}
	start, allDay, err := when(sp, sp.Value, def)
	if err != nil {
		return nil, fmt.Errorf("DTSTART: %w", err)
	}
	// The length of one occurrence: DTEND - DTSTART, or DURATION, or one
	// day for an all-day event, nothing for an instant.
	var length time.Duration
	days := 0
	switch ep, dp := ev.Props.Get(ical.PropDateTimeEnd), ev.Props.Get(ical.PropDuration); {
	case ep != nil:
		end, endAllDay, err := when(ep, ep.Value, def)
		if err != nil {
			return nil, fmt.Errorf("DTEND: %w", err)
		}
		if allDay && endAllDay {
			days = int(end.Sub(start).Hours()/24 + 0.5)
		} else {
			length = end.Sub(start)
		}
	case dp != nil:
		if length, err = dp.Duration(); err != nil {
			return nil, fmt.Errorf("DURATION: %w", err)
		}
	case allDay:
		days = 1
	}
	if allDay && days == 0 && length == 0 {
		days = 1
	}
	span := func(s time.Time) Interval {
		if days > 0 {
			y, m, d := s.Date()
			return Interval{s, time.Date(y, m, d+days, 0, 0, 0, 0, s.Location())}
		}
		return Interval{s, s.Add(length)}
	}
	add := func(s time.Time) {
		iv := span(s)
		if iv.End.After(from) && iv.Start.Before(to) && iv.End.After(iv.Start) {
			out = append(out, iv)
		}
	}
	ro, err := ev.Props.RecurrenceRule()
	if err != nil {
		return nil, fmt.Errorf("RRULE: %w", err)
	}
	if ro == nil && len(ev.Props.Values(ical.PropRecurrenceDates)) == 0 {
		add(start)
		return out, nil
	}
	var set rrule.Set
	set.DTStart(start)
	if ro != nil {
		if ro.Freq == rrule.SECONDLY || ro.Freq == rrule.MINUTELY {
			return nil, fmt.Errorf("RRULE: frequency %s is not an agenda's", ro.Freq)
		}
		ro.Dtstart = start
		rule, err := rrule.NewRRule(*ro)
		if err != nil {
			return nil, fmt.Errorf("RRULE: %w", err)
		}
		set.RRule(rule)
	} else {
		set.RDate(start)
	}
	for _, name := range []string{ical.PropRecurrenceDates, ical.PropExceptionDates} {
		for _, p := range ev.Props.Values(name) {
			for _, v := range values(&p) {
				t, _, err := when(&p, v, start.Location())
				if err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
				if name == ical.PropExceptionDates {
					set.ExDate(t)
				} else {
					set.RDate(t)
				}
			}
		}
	}
	if ev.Props.Get(ical.PropRecurrenceID) == nil {
		uid, _ := ev.Props.Text(ical.PropUID)
		for _, t := range overridden[uid] {
			set.ExDate(t)
		}
	}
	// Walked from the first occurrence (an old weekly meeting has a few
	// hundred before the window), bounded; occurrences starting up to one
	// occurrence length before from still overlap it.
	next := set.Iterator()
	for range maxWalk {
		s, ok := next()
		if !ok || !s.Before(to) || len(out) >= maxOccurrences {
			break
		}
		add(s)
	}
	return out, nil
}

// Parse decodes an iCalendar document. go-ical panics on some malformed
// lines (found by FuzzBusy: `0;0=`): a panic is turned into an error, so a
// broken feed is a failed refresh, never a crash.
func Parse(data []byte) (cal *ical.Calendar, err error) {
	defer func() {
		if r := recover(); r != nil {
			cal, err = nil, fmt.Errorf("malformed iCalendar data: %v", r)
		}
	}()
	cal, err = ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		return nil, fmt.Errorf("decoding iCalendar data: %w", err)
	}
	return cal, nil
}

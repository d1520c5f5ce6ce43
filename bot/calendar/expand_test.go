package calendar

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

var paris, _ = time.LoadLocation("Europe/Paris")

func decode(t testing.TB, data []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

func TestBusyExpandsTheFeed(t *testing.T) {
	data, err := os.ReadFile("testdata/feed.ics")
	if err != nil {
		t.Fatal(err)
	}
	cal := decode(t, data)
	from := time.Date(2026, 10, 1, 0, 0, 0, 0, paris)
	got, skipped := Busy(cal, from, from.AddDate(0, 3, 0), paris)
	if skipped != 0 {
		t.Errorf("%d events skipped", skipped)
	}
	var lines []string
	for _, iv := range got {
		lines = append(lines, iv.Start.In(paris).Format("2006-01-02 15:04")+"–"+iv.End.In(paris).Format("2006-01-02 15:04"))
	}
	want := []string{
		// Weekly on Tuesdays at 09:00 Paris, across the October DST change,
		// without 10 and 17 November (EXDATE), 24 November moved to 14:00.
		"2026-10-20 09:00–2026-10-20 10:00",
		"2026-10-27 09:00–2026-10-27 10:00",
		"2026-11-03 09:00–2026-11-03 10:00",
		"2026-11-24 14:00–2026-11-24 15:00",
		"2026-12-01 09:00–2026-12-01 10:00",
		"2026-12-01 10:00–2026-12-01 11:00",
		"2026-12-02 14:00–2026-12-02 14:30", // Outlook's Windows zone name
		"2026-12-03 00:00–2026-12-05 00:00", // all day, two days
		"2026-12-07 09:00–2026-12-07 10:00", // UTC
		"2026-12-08 09:00–2026-12-08 10:00",
		"2026-12-15 09:00–2026-12-15 10:00",
		"2026-12-22 09:00–2026-12-22 10:00",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("busy:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestBusyWindowAndOverlap(t *testing.T) {
	cal := decode(t, []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:d\r\nDTSTAMP:20261101T000000Z\r\n"+
		"DTSTART;TZID=Europe/Paris:20261130T090000\r\nDTEND;TZID=Europe/Paris:20261130T110000\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	from := time.Date(2026, 12, 1, 10, 0, 0, 0, paris)
	got, _ := Busy(cal, from, from.Add(48*time.Hour), paris)
	// The occurrence that started before from and overlaps it is kept; an
	// endless rule stops at the window.
	if len(got) != 3 || !got[0].Start.Equal(time.Date(2026, 12, 1, 9, 0, 0, 0, paris)) {
		t.Fatalf("busy = %v", got)
	}
}

func FuzzBusy(f *testing.F) {
	data, _ := os.ReadFile("testdata/feed.ics")
	f.Add(data)
	f.Add([]byte("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261201\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	from := time.Date(2026, 12, 1, 0, 0, 0, 0, paris)
	f.Fuzz(func(t *testing.T, data []byte) {
		cal, err := Parse(data)
		if err != nil {
			return
		}
		got, _ := Busy(cal, from, from.Add(7*24*time.Hour), paris)
		for _, iv := range got {
			if !iv.End.After(iv.Start) || !iv.End.After(from) || !iv.Start.Before(from.Add(7*24*time.Hour)) {
				t.Fatalf("interval %v outside the window or empty", iv)
			}
		}
	})
}

package calendar_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/calendar"
	"github.com/cep-accueil/cepbot/bot/calendar/radicaletest"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

var now = time.Date(2026, 12, 1, 9, 0, 0, 0, paris)

var paris, _ = time.LoadLocation("Europe/Paris")

const dirSrc = `version: 1
operators:
  - {id: ft, kind: france_travail, name: France Travail}
agencies:
  - id: ag
    operator: ft
    name: Agence
    departements: ["35"]
    modalities: [sur_place]
    lead_time: 1h
    hours:
      mon: ["09:00-12:00"]
      tue: ["09:00-12:00"]
      wed: ["09:00-12:00"]
      thu: ["09:00-12:00"]
      fri: ["09:00-12:00"]
    advisors:
      - id: alix
        name: Alix Ardoise
        calendar: {caldav_url: "%s", caldav_user: conseiller, caldav_password_env: CALDAV_PASSWORD}
`

// rawPut stores an event the advisor made themselves.
func rawPut(t *testing.T, srv *radicaletest.Server, calURL, name, start, end string) {
	t.Helper()
	body := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FR\r\nBEGIN:VEVENT\r\nUID:" + name + "@agenda\r\n" +
		"DTSTAMP:20261120T000000Z\r\nDTSTART;TZID=Europe/Paris:" + start + "\r\nDTEND;TZID=Europe/Paris:" + end +
		"\r\nSUMMARY:Réunion\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	req, _ := http.NewRequest(http.MethodPut, calURL+name+".ics", strings.NewReader(body))
	req.SetBasicAuth(srv.User, srv.Password)
	req.Header.Set("Content-Type", "text/calendar")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		t.Fatalf("PUT %s: HTTP %d", name, resp.StatusCode)
	}
}

// object reads <ref>.ics from the calendar: its body, or "" when absent.
func object(t *testing.T, srv *radicaletest.Server, calURL, ref string) string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, calURL+ref+".ics", nil)
	req.SetBasicAuth(srv.User, srv.Password)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return ""
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: HTTP %d", ref, resp.StatusCode)
	}
	return string(b)
}

// deliver hands the outbox's new events to the writer, as the dispatcher
// does.
func deliver(t *testing.T, st *memory.Store, w *calendar.Writer, done map[string]bool) {
	t.Helper()
	evs, err := st.Events(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if done[ev.ID] || ev.Type == bot.EventReminder {
			continue
		}
		if err := w.Notify(context.Background(), ev); err != nil {
			t.Fatalf("notify %s: %v", ev.ID, err)
		}
		done[ev.ID] = true
	}
}

func TestCalDAVAgainstRadicale(t *testing.T) {
	srv := radicaletest.Start(t)
	calURL := srv.NewCalendar(t, "travail")
	dir, err := directory.Parse("dir.yaml", fmt.Appendf(nil, dirSrc, calURL))
	if err != nil {
		t.Fatal(err)
	}
	cd := &calendar.CalDAV{URL: calURL, User: srv.User, Password: srv.Password, Loc: paris}
	tr := &calendar.Tracker{Now: func() time.Time { return now }}
	tr.Add(calendar.Scope{AgencyID: "ag", AdvisorID: "alix"}, cd)
	st := memory.New(func() time.Time { return now })
	svc := booking.New(st, dir, booking.WithClock(func() time.Time { return now }), booking.WithBusy(tr),
		booking.WithReminders())
	ctx := context.Background()
	offer := func() []agenda.Slot {
		sl, err := svc.Offers(ctx, booking.OfferRequest{AgencyID: "ag", N: 3, Visitor: "v"})
		if err != nil {
			t.Fatal(err)
		}
		return sl
	}
	if n := tr.RefreshAll(ctx); n != 0 {
		t.Fatalf("%d sources failed", n)
	}
	first := offer()
	if want := time.Date(2026, 12, 1, 10, 30, 0, 0, paris); !first[0].Start.Equal(want) {
		t.Fatalf("first offer %v, want %v (lead time 1 h, 45-minute slots)", first[0].Start, want)
	}
	// The advisor adds a meeting at 10:00–11:00: within one refresh, the
	// slots it overlaps are no longer offered.
	rawPut(t, srv, calURL, "reunion", "20261201T100000", "20261201T110000")
	if got := offer(); !got[0].Start.Equal(first[0].Start) {
		t.Fatalf("before the refresh the offers changed: %v", got)
	}
	if n := tr.RefreshAll(ctx); n != 0 {
		t.Fatalf("%d sources failed", n)
	}
	for _, s := range offer() {
		if s.Start.Before(time.Date(2026, 12, 1, 11, 0, 0, 0, paris)) && s.End.After(time.Date(2026, 12, 1, 10, 0, 0, 0, paris)) {
			t.Fatalf("slot %v offered during the advisor's meeting", s.Start)
		}
	}

	// Bookings are written to the advisor's calendar, move, and go.
	w := &calendar.Writer{
		Calendar: func(agency, advisor string) *calendar.CalDAV {
			if advisor == "alix" {
				return cd
			}
			return nil
		},
		Get: st.GetBooking,
	}
	done := map[string]bool{}
	sl := offer()
	b1, err := svc.Book(ctx, booking.Request{Ref: "CEP-AAAA1", Visitor: "v", Slot: sl[0], OperatorKind: "france_travail"})
	if err != nil {
		t.Fatal(err)
	}
	deliver(t, st, w, done)
	got := object(t, srv, calURL, b1.Ref)
	if !strings.Contains(got, "UID:CEP-AAAA1@cepbot") || !strings.Contains(got, "DTSTART:"+b1.Start.UTC().Format("20060102T150405Z")) {
		t.Fatalf("booking event in the calendar:\n%s", got)
	}
	if strings.Contains(got, "v\r\n") || strings.Contains(strings.ToLower(got), "chômage") {
		t.Fatalf("personal data in the event:\n%s", got)
	}
	// The bot's own event is not a busy time for the bot.
	tr.RefreshAll(ctx)
	if tr.Busy("ag", "alix", b1.Start, b1.End) {
		t.Fatal("the bot's own booking event counted as busy")
	}
	b2, err := svc.Book(ctx, booking.Request{Ref: "CEP-AAAA2", Visitor: "v", Slot: sl[1], OperatorKind: "france_travail"})
	if err != nil || b2.Handoff.Previous != b1.Ref {
		t.Fatalf("move: %+v, %v", b2, err)
	}
	deliver(t, st, w, done)
	if object(t, srv, calURL, b1.Ref) != "" {
		t.Fatal("the moved booking's event is still in the calendar")
	}
	if got := object(t, srv, calURL, b2.Ref); !strings.Contains(got, "DTSTART:"+b2.Start.UTC().Format("20060102T150405Z")) {
		t.Fatalf("the new event:\n%s", got)
	}
	if _, err := svc.SetStatus(ctx, b2.Ref, bot.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	deliver(t, st, w, done)
	if object(t, srv, calURL, b2.Ref) != "" {
		t.Fatal("the cancelled booking's event is still in the calendar")
	}
	// A second delivery of the same events (at least once) is harmless.
	for id := range done {
		delete(done, id)
	}
	deliver(t, st, w, done)
}

func TestCalDAVWrongPassword(t *testing.T) {
	srv := radicaletest.Start(t)
	calURL := srv.NewCalendar(t, "travail")
	cd := &calendar.CalDAV{URL: calURL, User: srv.User, Password: "faux", Loc: paris}
	_, err := cd.Fetch(context.Background(), now, now.Add(24*time.Hour))
	if err == nil || strings.Contains(err.Error(), "faux") {
		t.Fatalf("fetch with a wrong password: %v", err)
	}
}

func TestFailingFeedLeavesHoursWithAWarning(t *testing.T) {
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer broken.Close()
	var logs bytes.Buffer
	tr := &calendar.Tracker{Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
	secret := broken.URL + "/private/token-secret/basic.ics"
	tr.Add(calendar.Scope{AgencyID: "ag"}, &calendar.Feed{URL: secret, Loc: paris})
	if n := tr.RefreshAll(context.Background()); n != 1 {
		t.Fatalf("%d failed refreshes, want 1", n)
	}
	if !tr.Degraded("ag", "alix") || tr.Busy("ag", "alix", now, now.Add(time.Hour)) {
		t.Fatal("a failed feed must leave the hours only, and say so")
	}
	if !strings.Contains(logs.String(), "calendar refresh failed") || !strings.Contains(logs.String(), "hours_only=true") {
		t.Fatalf("no warning logged:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "token-secret") {
		t.Fatalf("the secret feed address is in the logs:\n%s", logs.String())
	}
	// The booking service still offers and books from the hours, and the
	// booking says its calendar was not checked (the Slack card shows it).
	dir, err := directory.Parse("dir.yaml", fmt.Appendf(nil, dirSrc, broken.URL+"/dav/alix/"))
	if err != nil {
		t.Fatal(err)
	}
	svc := booking.New(memory.New(func() time.Time { return now }), dir, booking.WithClock(func() time.Time { return now }), booking.WithBusy(tr))
	sl, err := svc.Offers(context.Background(), booking.OfferRequest{AgencyID: "ag", N: 3, Visitor: "v"})
	if err != nil || len(sl) != 3 || !svc.Unchecked("ag", "alix") {
		t.Fatalf("offers with a failed calendar: %v, %v, unchecked %v", sl, err, svc.Unchecked("ag", "alix"))
	}
	b, err := svc.Book(context.Background(), booking.Request{Ref: "CEP-DEGR1", Visitor: "v", Slot: sl[0], OperatorKind: "france_travail"})
	if err != nil || !b.Handoff.CalendarUnchecked {
		t.Fatalf("booking with a failed calendar: %+v, %v", b, err)
	}
}

func TestFeedRefreshAndStaleness(t *testing.T) {
	data, err := os.ReadFile("testdata/feed.ics")
	if err != nil {
		t.Fatal(err)
	}
	fail, full := false, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full++
		w.Header().Set("ETag", `"v1"`)
		w.Write(data)
	}))
	defer srv.Close()
	clock := now
	tr := &calendar.Tracker{Now: func() time.Time { return clock }, Logger: slog.New(slog.DiscardHandler), Stale: time.Hour}
	tr.Add(calendar.Scope{AgencyID: "ag", AdvisorID: "alix"}, &calendar.Feed{URL: srv.URL, Loc: paris})
	meeting := time.Date(2026, 12, 1, 10, 0, 0, 0, paris) // "Réunion d'équipe" 10:00–11:00
	for range 2 {
		if n := tr.RefreshAll(context.Background()); n != 0 {
			t.Fatalf("%d failed", n)
		}
	}
	if full != 1 {
		t.Errorf("the unchanged feed was downloaded %d times, want 1 (ETag)", full)
	}
	if !tr.Busy("ag", "alix", meeting.Add(15*time.Minute), meeting.Add(time.Hour)) || tr.Busy("ag", "alix", meeting.Add(time.Hour), meeting.Add(2*time.Hour)) {
		t.Fatal("busy times of the feed not applied")
	}
	if tr.Busy("ag", "other", meeting, meeting.Add(time.Hour)) {
		t.Fatal("an advisor's feed blocks another advisor")
	}
	// The feed fails: its busy times are kept while fresh, then dropped.
	fail = true
	clock = clock.Add(30 * time.Minute)
	tr.RefreshAll(context.Background())
	if !tr.Busy("ag", "alix", meeting, meeting.Add(time.Hour)) || tr.Degraded("ag", "alix") {
		t.Fatal("busy times dropped at the first failure")
	}
	clock = clock.Add(time.Hour)
	tr.RefreshAll(context.Background())
	if tr.Busy("ag", "alix", meeting, meeting.Add(time.Hour)) || !tr.Degraded("ag", "alix") {
		t.Fatal("stale busy times still applied")
	}
}

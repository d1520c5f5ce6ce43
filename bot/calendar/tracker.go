package calendar

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-ical"
)

// Source is one calendar read for busy times.
type Source interface {
	// Name identifies the source in logs and metrics ("ics", "caldav"),
	// never with its secret address.
	Kind() string
	// Fetch returns the busy intervals overlapping [from, to).
	Fetch(ctx context.Context, from, to time.Time) ([]Interval, error)
}

// Scope is what a source's busy times block: one advisor, or, with an empty
// AdvisorID, every advisor of the agency.
type Scope struct{ AgencyID, AdvisorID string }

// Observer is told the outcome of every refresh (metrics).
type Observer interface {
	CalendarRefresh(kind string, err error)
}

// Tracker keeps the busy times of every configured source, refreshed on a
// period. It implements booking.BusyTimes. A source that fails keeps its
// last good busy times for Stale; after that (or when it never worked) its
// scope is booked from the directory's hours only, Degraded reports it and
// a warning is logged at each failed refresh.
type Tracker struct {
	// Refresh is the period (default 5 min), Stale how long busy times
	// outlive failed refreshes (default 1 h), Ahead how far ahead they are
	// read (default 60 days).
	Refresh, Stale, Ahead time.Duration
	Logger                *slog.Logger
	Observer              Observer
	Now                   func() time.Time

	mu      sync.RWMutex
	entries []*entry
}

type entry struct {
	scope  Scope
	src    Source
	busy   []Interval  // sorted by start
	maxEnd []time.Time // maxEnd[i]: the latest end among busy[:i+1]
	okAt   time.Time   // last successful refresh
	failed bool        // the last refresh failed
}

// Add registers a source for scope.
func (t *Tracker) Add(scope Scope, src Source) {
	t.mu.Lock()
	t.entries = append(t.entries, &entry{scope: scope, src: src})
	t.mu.Unlock()
}

// Len is the number of sources.
func (t *Tracker) Len() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return len(t.entries)
}

func (t *Tracker) now() time.Time {
	if t.Now != nil {
		return t.Now()
	}
	return time.Now()
}

func (t *Tracker) logger() *slog.Logger {
	if t.Logger != nil {
		return t.Logger
	}
	return slog.Default()
}

// RefreshAll reads every source once, a few at a time, and returns how many
// failed.
func (t *Tracker) RefreshAll(ctx context.Context) int {
	t.mu.RLock()
	entries := slices.Clone(t.entries)
	t.mu.RUnlock()
	from := t.now().Add(-24 * time.Hour)
	to := t.now().Add(cmp(t.Ahead, 60*24*time.Hour))
	var wg sync.WaitGroup
	var failed sync.Map
	sem := make(chan struct{}, 4)
	for i, e := range entries {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			busy, err := e.src.Fetch(ctx, from, to)
			slices.SortFunc(busy, func(a, b Interval) int { return a.Start.Compare(b.Start) })
			if t.Observer != nil {
				t.Observer.CalendarRefresh(e.src.Kind(), err)
			}
			t.mu.Lock()
			defer t.mu.Unlock()
			if err != nil {
				failed.Store(i, true)
				e.failed = true
				hoursOnly := e.okAt.IsZero() || t.now().Sub(e.okAt) > cmp(t.Stale, time.Hour)
				t.logger().Warn("calendar refresh failed", "kind", e.src.Kind(), "agency", e.scope.AgencyID,
					"advisor", e.scope.AdvisorID, "err", err, "hours_only", hoursOnly)
				return
			}
			e.busy, e.maxEnd, e.okAt, e.failed = busy, runningMax(busy), t.now(), false
		})
	}
	wg.Wait()
	n := 0
	failed.Range(func(any, any) bool { n++; return true })
	return n
}

func runningMax(b []Interval) []time.Time {
	out := make([]time.Time, len(b))
	for i, iv := range b {
		out[i] = iv.End
		if i > 0 && out[i-1].After(iv.End) {
			out[i] = out[i-1]
		}
	}
	return out
}

func cmp(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

// Run refreshes every Refresh until ctx ends. The first refresh is done at
// once.
func (t *Tracker) Run(ctx context.Context) {
	tick := time.NewTicker(cmp(t.Refresh, 5*time.Minute))
	defer tick.Stop()
	for {
		t.RefreshAll(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// usable: the entry's busy times are trusted now.
func (t *Tracker) usable(e *entry) bool {
	return !e.okAt.IsZero() && (!e.failed || t.now().Sub(e.okAt) <= cmp(t.Stale, time.Hour))
}

func (e *entry) covers(agencyID, advisorID string) bool {
	return e.scope.AgencyID == agencyID && (e.scope.AdvisorID == "" || e.scope.AdvisorID == advisorID)
}

// Busy implements booking.BusyTimes: an event of the advisor's (or their
// agency's) calendar overlaps [start, end).
func (t *Tracker) Busy(agencyID, advisorID string, start, end time.Time) bool {
	t.mu.RLock()
	defer t.mu.RUnlock()
	for _, e := range t.entries {
		if !e.covers(agencyID, advisorID) || !t.usable(e) {
			continue
		}
		// Among the intervals starting before end, one ends after start:
		// the running maximum of their ends says so.
		n, _ := slices.BinarySearchFunc(e.busy, end, func(iv Interval, x time.Time) int {
			if iv.Start.Before(x) {
				return -1
			}
			return 1
		})
		if n > 0 && e.maxEnd[n-1].After(start) {
			return true
		}
	}
	return false
}

// Degraded reports whether a calendar of the advisor (or their agency) is
// configured but not usable now: their slots come from the directory's
// hours only.
func (t *Tracker) Degraded(agencyID, advisorID string) bool {
	t.mu.RLock()
	defer t.mu.RUnlock()
	for _, e := range t.entries {
		if e.covers(agencyID, advisorID) && !t.usable(e) {
			return true
		}
	}
	return false
}

// maxFeed bounds a feed's size.
const maxFeed = 16 << 20

// Feed is an iCalendar feed read over HTTP(S), with conditional requests
// (ETag, Last-Modified): an unchanged feed is not parsed again.
type Feed struct {
	URL    string // secret: never logged
	Client *http.Client
	Loc    *time.Location // floating times and all-day events

	mu           sync.Mutex
	etag, lastMo string
	cal          *ical.Calendar
}

// Kind implements Source.
func (f *Feed) Kind() string { return "ics" }

// Fetch implements Source.
func (f *Feed) Fetch(ctx context.Context, from, to time.Time) ([]Interval, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL, nil)
	if err != nil {
		return nil, errors.New("ics feed: invalid address") // the address is secret
	}
	req.Header.Set("Accept", "text/calendar")
	if f.cal != nil && f.etag != "" {
		req.Header.Set("If-None-Match", f.etag)
	}
	if f.cal != nil && f.lastMo != "" {
		req.Header.Set("If-Modified-Since", f.lastMo)
	}
	client := f.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := client.Do(req)
	if err != nil {
		var ue interface{ Unwrap() error }
		if errors.As(err, &ue) {
			err = ue.Unwrap() // *url.Error quotes the secret address
		}
		return nil, fmt.Errorf("ics feed: %w", err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified && f.cal != nil:
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
		return nil, fmt.Errorf("ics feed: HTTP %d", resp.StatusCode)
	default:
		data, err := io.ReadAll(io.LimitReader(resp.Body, maxFeed+1))
		if err != nil {
			return nil, fmt.Errorf("ics feed: reading: %w", err)
		}
		if len(data) > maxFeed {
			return nil, fmt.Errorf("ics feed: larger than %d MiB", maxFeed>>20)
		}
		if !strings.Contains(string(data[:min(len(data), 512)]), "BEGIN:VCALENDAR") {
			return nil, errors.New("ics feed: not an iCalendar document (no BEGIN:VCALENDAR)")
		}
		cal, err := Parse(data)
		if err != nil {
			return nil, fmt.Errorf("ics feed: %w", err)
		}
		f.cal, f.etag, f.lastMo = cal, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	}
	busy, _ := Busy(f.cal, from, to, f.Loc)
	return busy, nil
}

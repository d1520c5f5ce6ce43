package calendar

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-webdav"
	"github.com/emersion/go-webdav/caldav"

	"github.com/cep-accueil/cepbot/bot"
)

// CalDAV is one calendar collection on a CalDAV server (RFC 4791): busy
// times by calendar-query (REPORT with a time range), and the bot's
// bookings written as events named <reference>.ics.
type CalDAV struct {
	URL      string // the collection, e.g. https://dav.example.org/alix/travail/
	User     string
	Password string // from the environment or a file, never the directory
	Client   *http.Client
	Loc      *time.Location // floating times and all-day events

	cli  *caldav.Client
	path string
	hc   webdav.HTTPClient
}

func (c *CalDAV) client() (*caldav.Client, error) {
	if c.cli != nil {
		return c.cli, nil
	}
	u, err := url.Parse(c.URL)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("caldav: invalid calendar address %q", c.URL)
	}
	hc := c.Client
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	c.hc = hc
	if c.User != "" {
		c.hc = webdav.HTTPClientWithBasicAuth(hc, c.User, c.Password)
	}
	cli, err := caldav.NewClient(c.hc, c.URL)
	if err != nil {
		return nil, fmt.Errorf("caldav %s: %w", c.URL, err)
	}
	c.path = u.Path
	if !strings.HasSuffix(c.path, "/") {
		c.path += "/"
	}
	c.cli = cli
	return cli, nil
}

// Kind implements Source.
func (c *CalDAV) Kind() string { return "caldav" }

// Fetch implements Source: the events overlapping [from, to), expanded.
func (c *CalDAV) Fetch(ctx context.Context, from, to time.Time) ([]Interval, error) {
	cli, err := c.client()
	if err != nil {
		return nil, err
	}
	q := &caldav.CalendarQuery{
		CompRequest: caldav.CalendarCompRequest{Name: "VCALENDAR", AllProps: true, AllComps: true},
		CompFilter: caldav.CompFilter{Name: "VCALENDAR", Comps: []caldav.CompFilter{
			{Name: "VEVENT", Start: from.UTC(), End: to.UTC()},
		}},
	}
	objs, err := cli.QueryCalendar(ctx, c.path, q)
	if err != nil {
		return nil, fmt.Errorf("caldav %s: calendar-query: %w", c.URL, err)
	}
	var out []Interval
	for _, o := range objs {
		if o.Data == nil {
			continue
		}
		busy, _ := Busy(o.Data, from, to, c.Loc)
		out = append(out, busy...)
	}
	return out, nil
}

// Put writes the booking as the event <ref>.ics (created or replaced).
func (c *CalDAV) Put(ctx context.Context, b *bot.Booking, ev EventText) error {
	cli, err := c.client()
	if err != nil {
		return err
	}
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, "-//cepbot//booking//FR")
	e := ical.NewEvent()
	e.Props.SetText(ical.PropUID, b.Ref+OwnUIDSuffix)
	e.Props.SetDateTime(ical.PropDateTimeStamp, b.Updated.UTC())
	e.Props.SetDateTime(ical.PropDateTimeStart, b.Start.UTC())
	e.Props.SetDateTime(ical.PropDateTimeEnd, b.End.UTC())
	seq := ical.NewProp(ical.PropSequence)
	seq.Value = fmt.Sprint(b.Seq)
	e.Props.Set(seq)
	e.Props.SetText(ical.PropSummary, ev.Summary)
	if ev.Description != "" {
		e.Props.SetText(ical.PropDescription, ev.Description)
	}
	if ev.Location != "" {
		e.Props.SetText(ical.PropLocation, ev.Location)
	}
	e.Props.SetText(ical.PropStatus, "CONFIRMED")
	cal.Children = append(cal.Children, e.Component)
	if _, err := cli.PutCalendarObject(ctx, c.path+objectName(b.Ref), cal); err != nil {
		return fmt.Errorf("caldav %s: writing %s: %w", c.URL, b.Ref, err)
	}
	return nil
}

// Delete removes the event of a booking; an event already gone is fine.
func (c *CalDAV) Delete(ctx context.Context, ref string) error {
	if _, err := c.client(); err != nil {
		return err
	}
	u, _ := url.Parse(c.URL)
	u.Path = c.path + objectName(ref)
	req, err := http.NewRequestWithContext(ctx, http.MethodDelete, u.String(), nil)
	if err != nil {
		return fmt.Errorf("caldav %s: deleting %s: %w", c.URL, ref, err)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("caldav %s: deleting %s: %w", c.URL, ref, err)
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	switch {
	case resp.StatusCode/100 == 2, resp.StatusCode == http.StatusNotFound, resp.StatusCode == http.StatusGone:
		return nil
	}
	return fmt.Errorf("caldav %s: deleting %s: HTTP %d", c.URL, ref, resp.StatusCode)
}

// objectName: references are [A-Z0-9-], safe in a path.
func objectName(ref string) string { return url.PathEscape(ref) + ".ics" }

// EventText is what the advisor's calendar shows of a booking: the
// operator's wording, without the visitor's personal data.
type EventText struct{ Summary, Description, Location string }

// Writer is the outbox notifier that keeps advisors' CalDAV calendars in
// step with bookings: an event created on booking, the old one deleted and
// the new one created on a move, deleted on cancellation or erasure.
// Delivery is the outbox's: at least once, retried with backoff, so a
// server down for a while catches up; PUT and DELETE by reference are
// idempotent.
type Writer struct {
	// Calendar returns where the bookings of an advisor go (nil: nowhere).
	Calendar func(agencyID, advisorID string) *CalDAV
	// Get reads a booking (the one a move replaced).
	Get func(ctx context.Context, ref string) (*bot.Booking, error)
	// Text words the event (default: DefaultText).
	Text func(b *bot.Booking) EventText
}

// Name implements bot.Notifier.
func (w *Writer) Name() string { return "caldav" }

// DefaultText: a summary with the reference, nothing about the visitor.
func DefaultText(b *bot.Booking) EventText {
	return EventText{Summary: "Rendez-vous CEP " + b.Ref, Description: "Réservé par cepbot. Référence : " + b.Ref}
}

// Notify implements bot.Notifier.
func (w *Writer) Notify(ctx context.Context, ev bot.Event) error {
	b := ev.Booking
	if b == nil {
		return nil
	}
	switch ev.Type {
	case bot.EventBooked, bot.EventMoved:
		if cal := w.Calendar(b.AgencyID, b.AdvisorID); cal != nil {
			text := DefaultText
			if w.Text != nil {
				text = w.Text
			}
			if err := cal.Put(ctx, b, text(b)); err != nil {
				return transient(err)
			}
		}
		if ev.Type == bot.EventMoved && b.Handoff.Previous != "" && w.Get != nil {
			prev, err := w.Get(ctx, b.Handoff.Previous)
			if errors.Is(err, bot.ErrNotFound) {
				return nil
			}
			if err != nil {
				return transient(fmt.Errorf("caldav: reading moved booking %s: %w", b.Handoff.Previous, err))
			}
			if cal := w.Calendar(prev.AgencyID, prev.AdvisorID); cal != nil {
				return transient(cal.Delete(ctx, prev.Ref))
			}
		}
	case bot.EventCancelled:
		if cal := w.Calendar(b.AgencyID, b.AdvisorID); cal != nil {
			return transient(cal.Delete(ctx, b.Ref))
		}
	}
	return nil
}

func transient(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", bot.ErrTransient, err)
}

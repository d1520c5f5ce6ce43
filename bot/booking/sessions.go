package booking

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// ErrFull: every seat of the session is taken.
var ErrFull = errors.New("session full")

// sessionHorizon is how far ahead collective sessions are offered.
const sessionHorizon = 28 * 24 * time.Hour

// SessionOffer is an occurrence of a collective session with its seats.
type SessionOffer struct {
	directory.Occurrence
	Taken int
}

// Left is the number of free seats.
func (o SessionOffer) Left() int { return o.Session.Capacity - o.Taken }

// A seat is booked like an advisor slot: "advisor" session:<occurrence>#<n>
// at the occurrence's start, so that the stores' atomic slot booking keeps
// a session from ever going over capacity, across replicas.
func seatAdvisor(occ directory.Occurrence, n int) string {
	return "session:" + occ.ID() + "#" + strconv.Itoa(n)
}

func seatKeys(occ directory.Occurrence) []string {
	keys := make([]string, occ.Session.Capacity)
	for i := range keys {
		b := bot.Booking{AdvisorID: seatAdvisor(occ, i+1), Start: occ.Start}
		keys[i] = b.SlotKey()
	}
	return keys
}

// IsSessionSeat tells a session registration from an appointment.
func IsSessionSeat(b *bot.Booking) bool { return b.SessionSeat() }

// NextSessions returns up to n coming occurrences of the collective sessions
// of an operator kind near a département, with free seats, earliest first.
func (s *Service) NextSessions(ctx context.Context, kind, departement string, n int) ([]SessionOffer, error) {
	now := s.now()
	var occs []directory.Occurrence
	for _, sess := range s.dir.SessionsFor(kind, departement) {
		a := s.dir.Agency(sess.AgencyID)
		occs = append(occs, sess.Occurrences(now.Add(time.Hour), sessionHorizon, agenda.Location(a))...)
	}
	sortOccurrences(occs)
	var out []SessionOffer
	for _, occ := range occs {
		if len(out) == n {
			break
		}
		o, err := s.offer(ctx, occ)
		if err != nil {
			return nil, err
		}
		if o.Left() > 0 {
			out = append(out, o)
		}
	}
	return out, nil
}

func (s *Service) offer(ctx context.Context, occ directory.Occurrence) (SessionOffer, error) {
	taken, err := s.takenIn(ctx, occ.Session.AgencyID, seatKeys(occ))
	if err != nil {
		return SessionOffer{}, fmt.Errorf("seats of %s: %w", occ.ID(), err)
	}
	o := SessionOffer{Occurrence: occ}
	for _, t := range taken {
		if t {
			o.Taken++
		}
	}
	return o, nil
}

// Occurrence finds a session occurrence by its id ("session@2026-12-08").
func (s *Service) Occurrence(id string) (directory.Occurrence, bool) {
	sid, day, ok := strings.Cut(id, "@")
	sess := s.dir.Session(sid)
	if !ok || sess == nil {
		return directory.Occurrence{}, false
	}
	loc := agenda.Location(s.dir.Agency(sess.AgencyID))
	d, err := time.ParseInLocation("2006-01-02", day, loc)
	if err != nil {
		return directory.Occurrence{}, false
	}
	for _, o := range sess.Occurrences(d.Add(-time.Minute), 24*time.Hour, loc) {
		return o, true
	}
	return directory.Occurrence{}, false
}

// Register takes a free seat for the visitor, atomically: concurrent
// registrations never exceed the capacity. The same request registered
// again (a retried turn) is a no-op. ErrFull when no seat is left.
func (s *Service) Register(ctx context.Context, occ directory.Occurrence, r Request) (*bot.Booking, error) {
	ag := s.dir.Agency(occ.Session.AgencyID)
	if ag == nil {
		return nil, fmt.Errorf("session %s: unknown agency %q", occ.Session.ID, occ.Session.AgencyID)
	}
	now := s.now()
	modality := string(directory.OnSite)
	if occ.Session.Visio != "" {
		modality = string(directory.Video)
	}
	keys := seatKeys(occ)
	for range 3 { // a few rounds when racing for the last seats
		taken, err := s.takenIn(ctx, occ.Session.AgencyID, keys)
		if err != nil {
			return nil, fmt.Errorf("seats of %s: %w", occ.ID(), err)
		}
		free := false
		for i, t := range taken {
			if t {
				continue
			}
			free = true
			b := &bot.Booking{
				Ref: r.Ref, Visitor: r.Visitor + "|" + occ.ID(), Channel: r.Channel, Conversation: r.Conversation,
				OperatorKind: r.OperatorKind, OperatorID: ag.OperatorID, AgencyID: ag.ID, AdvisorID: seatAdvisor(occ, i+1),
				Start: occ.Start, End: occ.End, Modality: modality, Status: bot.StatusBooked,
				Contact: r.Contact, Created: now, Updated: now, Handoff: r.Handoff,
			}
			events := append([]bot.Event{s.event(bot.EventRegistered, b, now)}, s.reminderEvents(b, now)...)
			err := s.store.Book(ctx, b, events)
			if errors.Is(err, bot.ErrSlotTaken) {
				continue // someone took this seat meanwhile: the next one
			}
			if err != nil {
				return nil, fmt.Errorf("registering for %s: %w", occ.ID(), err)
			}
			return b, nil
		}
		if !free {
			break
		}
	}
	return nil, fmt.Errorf("registering for %s: %w", occ.ID(), ErrFull)
}

func sortOccurrences(o []directory.Occurrence) {
	for i := 1; i < len(o); i++ {
		for j := i; j > 0 && o[j].Start.Before(o[j-1].Start); j-- {
			o[j], o[j-1] = o[j-1], o[j]
		}
	}
}

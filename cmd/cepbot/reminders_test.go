package main

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/memory"
)

// captureAdapter records what the engine sends on channel "test".
type captureAdapter struct {
	mu   sync.Mutex
	sent []string
}

func (c *captureAdapter) Channel() string                              { return "test" }
func (c *captureAdapter) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (c *captureAdapter) Send(_ context.Context, _ bot.Address, r bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sent = append(c.sent, r.Text)
	return nil
}

type reminderRig struct {
	mu    sync.Mutex
	clock time.Time
	app   *app
	store bot.Store
	out   *captureAdapter
	logs  *syncBuffer
	disp  *dispatch.Dispatcher
	b     *bot.Booking
}

func (r *reminderRig) now() time.Time { r.mu.Lock(); defer r.mu.Unlock(); return r.clock }
func (r *reminderRig) set(t time.Time) {
	r.mu.Lock()
	r.clock = t
	r.mu.Unlock()
}

// newReminderRig books an appointment on Tuesday 1 December 2026 at 10:30
// (Paris), two days before, with reminders the day before and 2 hours
// before.
func newReminderRig(t *testing.T) *reminderRig {
	t.Helper()
	return newReminderRigOn(t, func(now func() time.Time) bot.Store { return memory.New(now) })
}

// newReminderRigOn is newReminderRig on the store newStore returns.
func newReminderRigOn(t *testing.T, newStore func(now func() time.Time) bot.Store) *reminderRig {
	t.Helper()
	r := &reminderRig{out: &captureAdapter{}, logs: &syncBuffer{}}
	paris, _ := time.LoadLocation("Europe/Paris")
	start := time.Date(2026, 12, 1, 10, 30, 0, 0, paris)
	r.clock = start.Add(-48 * time.Hour)
	env := &Env{Now: r.now, Getenv: func(string) string { return "" }}
	r.store = newStore(r.now)
	dir := directory.Sample()
	var ag *directory.Agency
	var adv *directory.Advisor
	for _, a := range dir.Agencies {
		if advs := dir.AdvisorsOf(a.ID); len(advs) > 0 && agenda.Location(a).String() == "Europe/Paris" {
			ag, adv = a, advs[0]
			break
		}
	}
	logger := slog.New(slog.NewJSONHandler(r.logs, nil))
	r.app = newApp(env, r.store, dir, logger, appOptions{reminders: []time.Duration{24 * time.Hour, 2 * time.Hour}})
	r.app.engine.Attach(r.out)
	b, err := r.app.bookings.Book(t.Context(), booking.Request{Ref: "CEP-REMIND23", Visitor: "v-rem", Channel: "test",
		Conversation: "c1", OperatorKind: dir.Operator(ag.OperatorID).Kind, Modality: "telephone", Contact: "chat",
		Slot: agenda.Slot{AgencyID: ag.ID, AdvisorID: adv.ID, Start: start, End: start.Add(45 * time.Minute)}})
	if err != nil {
		t.Fatal(err)
	}
	r.b = b
	r.disp = dispatch.New(dispatch.Config{Outbox: r.store, Route: r.app.router(), Remind: r.app.remind, Now: r.now, Logger: logger})
	return r
}

func (r *reminderRig) drainAt(t *testing.T, at time.Time) []string {
	t.Helper()
	r.set(at)
	if err := r.disp.Drain(t.Context()); err != nil {
		t.Fatal(err)
	}
	r.out.mu.Lock()
	defer r.out.mu.Unlock()
	sent := r.out.sent
	r.out.sent = nil
	return sent
}

func TestRemindersComputedWhenSent(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	// Day 0 of December is 30 November.
	at := func(day, h, m int) time.Time { return time.Date(2026, 12, day, h, m, 0, 0, paris) }
	for _, tc := range []struct {
		name   string
		wakes  []time.Time // the dispatcher runs at these times (a downtime between them)
		want   []string    // texts expected, in order ("" : none at that wake-up)
		reason string      // logged reason of a reminder not sent
	}{
		{"on time", []time.Time{at(0, 10, 30), at(1, 8, 30)},
			[]string{"vous avez rendez-vous demain à 10 h 30", "vous avez rendez-vous dans 2 heures, à 10 h 30"}, ""},
		{"restarted after the start", []time.Time{at(1, 12, 0)}, []string{""}, booking.SkipStarted},
		{"restarted an hour before", []time.Time{at(1, 9, 30)},
			[]string{"vous avez rendez-vous dans 1 heure, à 10 h 30"}, booking.SkipSuperseded},
		{"restarted in the evening before", []time.Time{at(0, 21, 0), at(1, 8, 30)},
			[]string{"vous avez rendez-vous demain à 10 h 30", "dans 2 heures, à 10 h 30"}, ""},
		{"restarted in the morning", []time.Time{at(1, 6, 0), at(1, 8, 30)},
			[]string{"", "dans 2 heures, à 10 h 30"}, booking.SkipSuperseded},
		{"restarted with 20 minutes left", []time.Time{at(1, 10, 10)},
			[]string{"vous avez rendez-vous dans 20 minutes, à 10 h 30"}, booking.SkipSuperseded},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newReminderRig(t)
			for i, w := range tc.wakes {
				sent := r.drainAt(t, w)
				switch {
				case tc.want[i] == "" && len(sent) != 0:
					t.Fatalf("at %s: sent %q, want nothing", w, sent)
				case tc.want[i] != "" && (len(sent) != 1 || !strings.Contains(sent[0], tc.want[i])):
					t.Fatalf("at %s: sent %q, want one reminder with %q", w, sent, tc.want[i])
				}
			}
			if tc.reason != "" && !strings.Contains(r.logs.String(), `"reason":"`+tc.reason+`"`) {
				t.Errorf("no log of the reminder not sent (%s):\n%s", tc.reason, r.logs.String())
			}
			// Nothing left to send, and the operator is told of each
			// reminder sent (reminder.sent, delivered to the log notifier).
			pending, _ := r.store.Events(t.Context(), false)
			for _, ev := range pending {
				if ev.NotBefore.Before(r.now()) || ev.NotBefore.Equal(r.now()) {
					t.Errorf("still due: %+v", ev)
				}
			}
			nSent := 0
			for _, w := range tc.want {
				if w != "" {
					nSent++
				}
			}
			if got := strings.Count(r.logs.String(), `"msg":"reminder sent"`); got != nSent {
				t.Errorf("%d reminder sent log lines, want %d", got, nSent)
			}
			if got := strings.Count(r.logs.String(), `"type":"reminder.sent"`); got < nSent {
				t.Errorf("%d reminder.sent events delivered to the log notifier, want %d", got, nSent)
			}
			if strings.Contains(r.logs.String(), `"conversation":"c1"`) {
				t.Error("a log line names the conversation")
			}
		})
	}
}

func TestPastAppointmentsMarkedToClose(t *testing.T) {
	r := newReminderRig(t)
	r.set(r.b.End.Add(30 * time.Minute))
	r.app.markOverdue(t.Context())
	if b, _ := r.app.bookings.Get(t.Context(), r.b.Ref); b.Status != bot.StatusBooked {
		t.Fatalf("status %s half an hour after the end, want still booked", b.Status)
	}
	r.set(r.b.End.Add(2 * time.Hour))
	r.app.markOverdue(t.Context())
	b, _ := r.app.bookings.Get(t.Context(), r.b.Ref)
	if b.Status != bot.StatusToClose {
		t.Fatalf("status %s two hours after the end, want %s", b.Status, bot.StatusToClose)
	}
	if _, err := r.store.ActiveBooking(t.Context(), "v-rem"); err == nil {
		t.Fatal("a past appointment is still the visitor's active booking")
	}
	// Staff can still mark the absence, or close it.
	if _, err := r.app.bookings.MarkAbsent(t.Context(), r.b.Ref, r.b.AdvisorID); err != nil {
		t.Fatalf("absent after to_close: %v", err)
	}
	if _, err := r.app.bookings.UndoAbsent(t.Context(), r.b.Ref, r.b.AdvisorID); err != nil {
		t.Fatal(err)
	}
	outcomes := r.app.bookings.Directory().OutcomeList()
	if len(outcomes) == 0 {
		t.Fatal("no outcome in the sample directory")
	}
	b, err := r.app.bookings.Close(t.Context(), r.b.Ref, r.b.AdvisorID, outcomes[0].ID, "")
	if err != nil || b.Status != bot.StatusClosed {
		t.Fatalf("closing a to_close appointment: %v %+v", err, b)
	}
}

// A reminder scheduled before a reschedule is not sent for the old time.
func TestReminderOfTheOldTimeNotSent(t *testing.T) {
	r := newReminderRig(t)
	b, err := r.app.bookings.Get(t.Context(), r.b.Ref)
	if err != nil {
		t.Fatal(err)
	}
	oldStart := b.Start
	b.Start, b.End = b.Start.Add(48*time.Hour), b.End.Add(48*time.Hour)
	b.Seq++
	if err := r.store.UpdateBooking(t.Context(), b, nil); err != nil {
		t.Fatal(err)
	}
	if sent := r.drainAt(t, oldStart.Add(-24*time.Hour)); len(sent) != 0 {
		t.Fatalf("reminder of the old time sent: %q", sent)
	}
	if !strings.Contains(r.logs.String(), `"reason":"`+booking.SkipStale+`"`) {
		t.Errorf("no log of the stale reminder:\n%s", r.logs.String())
	}
}

package main

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// dmCapture stands for Slack: it records direct messages.
type dmCapture struct {
	mu   sync.Mutex
	sent map[string][]string // user -> texts
}

func (d *dmCapture) Channel() string { return "slack" }
func (d *dmCapture) Send(_ context.Context, to bot.Address, r bot.Reply) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.sent == nil {
		d.sent = map[string][]string{}
	}
	d.sent[to.Conversation] = append(d.sent[to.Conversation], r.Text)
	return nil
}

func TestAdvisorsDigest(t *testing.T) {
	r := newReminderRig(t) // CEP-REMIND23, Tuesday 1 December 10:30, advisor of the first Paris agency
	paris, _ := time.LoadLocation("Europe/Paris")
	dir := r.app.bookings.Directory()
	adv := dir.Advisor(r.b.AdvisorID)
	cfg := digestConfig{Hour: 17}
	dm := &dmCapture{}
	done := map[string]bool{}

	r.set(time.Date(2026, 11, 30, 16, 59, 0, 0, paris))
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	if len(dm.sent) != 0 {
		t.Fatalf("sent before the digest hour: %v", dm.sent)
	}
	r.set(time.Date(2026, 11, 30, 17, 1, 0, 0, paris))
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	r.app.sendDigests(t.Context(), dm, dir, cfg, map[string]bool{}) // another replica
	if len(dm.sent) != 1 || len(dm.sent[adv.SlackUserID]) != 1 {
		t.Fatalf("digests %v: want one, to %s", dm.sent, adv.SlackUserID)
	}
	want := "Vos rendez-vous de demain, mardi 1er décembre :\n• 10 h 30, téléphone, CEP-REMIND23 (réservé)"
	if got := dm.sent[adv.SlackUserID][0]; got != want {
		t.Errorf("digest:\n%s\nwant:\n%s", got, want)
	}

	// Two days later the appointment is over and still open: the digest
	// asks to close it.
	dm.sent = nil
	r.set(time.Date(2026, 12, 2, 17, 30, 0, 0, paris))
	r.app.markOverdue(t.Context())
	r.app.sendDigests(t.Context(), dm, dir, cfg, done)
	got := strings.Join(dm.sent[adv.SlackUserID], "\n")
	for _, w := range []string{"Vous n'avez pas de rendez-vous demain, jeudi 3 décembre.", "Rendez-vous passés à clôturer : 1.",
		"• mardi 1er décembre à 10 h 30, CEP-REMIND23", "Clôturez-les"} {
		if !strings.Contains(got, w) {
			t.Errorf("digest without %q:\n%s", w, got)
		}
	}
}

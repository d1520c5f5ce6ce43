package slack_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
)

// After an erasure, the card is redrawn without the visitor's request,
// facts or contact (chat.update), and no card is posted for the erased
// visitor where there was none.
func TestErasureRedactsTheCard(t *testing.T) {
	e := newEnv(t)
	ref := e.bookFromDM(staffDM, staffUser)
	e.drain()
	before := string(e.card(ref).Blocks)
	if !strings.Contains(before, "Je suis au chômage depuis 6 mois") {
		t.Fatalf("card without the request before erasure:\n%s", before)
	}
	b, err := e.svc.Get(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	// The visitor wrote to their advisor: relayed in the card's thread.
	if err := e.a.ToAdvisor(context.Background(), b, "Mon numéro est le 06 12 34 56 78"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(threadText(e.thread(e.card(ref).TS)), "06 12 34 56 78") {
		t.Fatal("the visitor's message was not relayed")
	}
	deletes := e.slack.count("chat.delete")
	if _, err := e.svc.Erase(context.Background(), b.Visitor); err != nil {
		t.Fatal(err)
	}
	posts := e.slack.count("chat.postMessage")
	d := dispatch.New(dispatch.Config{Outbox: e.st, BaseBackoff: time.Millisecond,
		Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{e.a.ErasingNotifier()} }})
	if err := d.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	after := string(e.card(ref).Blocks)
	for _, gone := range []string{"Je suis au chômage depuis 6 mois", b.Contact} {
		if gone != "" && gone != "chat" && strings.Contains(after, gone) {
			t.Errorf("the card still shows %q after erasure:\n%s", gone, after)
		}
	}
	if strings.Contains(threadText(e.thread(e.card(ref).TS)), "06 12 34 56 78") || e.slack.count("chat.delete") != deletes+1 {
		t.Errorf("the relayed message was not deleted (chat.delete %d → %d)", deletes, e.slack.count("chat.delete"))
	}
	if e.slack.count("chat.postMessage") != posts {
		t.Errorf("messages posted during the erasure: %d → %d", posts, e.slack.count("chat.postMessage"))
	}
	if dead, _ := e.st.Events(context.Background(), true); len(dead) != 0 {
		t.Fatalf("dead letters: %+v", dead)
	}
}

// A reminder sent to the visitor is noted in the card's thread.
func TestReminderNotedOnTheCard(t *testing.T) {
	e := newEnv(t)
	ref := e.bookFromDM(staffDM, staffUser)
	e.drain()
	b, err := e.svc.Get(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	due := bot.Event{ID: ref + ":" + bot.EventReminder + ":24h0m0s", Type: bot.EventReminder, Ref: ref}
	if err := e.svc.ReminderSent(context.Background(), b, due); err != nil {
		t.Fatal(err)
	}
	d := dispatch.New(dispatch.Config{Outbox: e.st, BaseBackoff: time.Millisecond,
		Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{e.a.ErasingNotifier()} }})
	if err := d.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, m := range e.thread(e.card(ref).TS) {
		if strings.Contains(m.Text, "Rappel envoyé au visiteur le ") {
			notes = append(notes, m.Text)
		}
	}
	if len(notes) != 1 {
		t.Fatalf("reminder notes in the thread: %q", notes)
	}
}

func threadText(ms []message) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(m.Text + "\n" + string(m.Blocks) + "\n")
	}
	return b.String()
}

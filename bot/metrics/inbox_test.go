package metrics_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/metrics"
	"github.com/cep-accueil/cepbot/store/memory"
)

// TestInboxGauges: the depth is the store's (entries stored, not yet
// processed), held and processed are this runner's, and the scrape passes
// `promtool check metrics`.
func TestInboxGauges(t *testing.T) {
	ctx := context.Background()
	st := memory.New(nil)
	release := make(chan struct{})
	runner := bot.NewInboxRunner(bot.InboxConfig{Inbox: st, Consumer: "t", Poll: 5 * time.Millisecond})
	runner.Register("telegram", func(ctx context.Context, e bot.InboxEntry) error {
		if e.Chat == "1" {
			<-release
		}
		return nil
	})
	m := metrics.New()
	m.WatchInbox(runner)
	for i, chat := range []string{"1", "2", "2"} {
		if err := runner.Submit(ctx, bot.InboxEntry{Channel: "telegram", Chat: chat, Seq: int64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	text := scrape(t, m)
	for _, want := range []string{"cepbot_inbox_depth 3", "cepbot_inbox_held 0", "cepbot_inbox_processed_total 0",
		"cepbot_inbox_oldest_held_age_seconds 0", "cepbot_inbox_up 1"} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("before the run, /metrics lacks %q:\n%s", want, grep(text, "cepbot_inbox"))
		}
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = runner.Run(rctx); close(done) }()
	defer func() { cancel(); <-done }()
	for runner.Processed() < 2 {
		time.Sleep(5 * time.Millisecond)
	}
	text = scrape(t, m)
	for _, want := range []string{"cepbot_inbox_depth 1", "cepbot_inbox_held 1", "cepbot_inbox_processed_total 2"} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("one entry running, /metrics lacks %q:\n%s", want, grep(text, "cepbot_inbox"))
		}
	}
	if strings.Contains(text, "cepbot_inbox_oldest_held_age_seconds 0\n") {
		t.Errorf("an entry is held, its age is 0:\n%s", grep(text, "cepbot_inbox"))
	}
	promtool(t, text)
	close(release)
	for runner.Processed() < 3 {
		time.Sleep(5 * time.Millisecond)
	}
	text = scrape(t, m)
	if !strings.Contains(text, "cepbot_inbox_depth 0\n") || !strings.Contains(text, "cepbot_inbox_processed_total 3\n") {
		t.Errorf("after the run:\n%s", grep(text, "cepbot_inbox"))
	}
}

// TestInboxUnreadable: a store that cannot count its inbox makes
// cepbot_inbox_up 0, without a depth, and the scrape still succeeds.
func TestInboxUnreadable(t *testing.T) {
	m := metrics.New()
	m.WatchInbox(brokenInbox{})
	text := scrape(t, m)
	if !strings.Contains(text, "\ncepbot_inbox_up 0\n") || strings.Contains(text, "\ncepbot_inbox_depth ") {
		t.Errorf("unreadable inbox:\n%s", grep(text, "cepbot_inbox"))
	}
	promtool(t, text)
}

type brokenInbox struct{}

func (brokenInbox) Len(context.Context) (int64, error) { return 0, errors.New("store down") }
func (brokenInbox) Held() int                          { return 0 }
func (brokenInbox) Processed() int64                   { return 0 }
func (brokenInbox) OldestHeld() (time.Time, bool)      { return time.Time{}, false }

package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
)

// clockDialog records the time each turn was given.
type clockDialog struct{ got *[]time.Time }

func (c clockDialog) Step(_ context.Context, _ *bot.Session, in bot.Inbound) ([]bot.Reply, error) {
	*c.got = append(*c.got, in.Time)
	return nil, nil
}

// TestOneClock: a turn happens at the engine's clock (CEPBOT_NOW pins it),
// whatever timestamp the channel gave, so that consent times and session
// times agree with the rest.
func TestOneClock(t *testing.T) {
	pinned := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var got []time.Time
	e := bot.NewEngine(bot.Config{Store: memory.New(func() time.Time { return pinned }), Dialog: clockDialog{&got}, Texts: texts,
		Now: func() time.Time { return pinned }})
	for i, channelTime := range []time.Time{{}, time.Date(2031, 5, 5, 5, 5, 5, 0, time.UTC)} {
		in := bot.Inbound{Channel: "test", Conversation: "c1", UpdateID: string(rune('a' + i)), Text: "x", Time: channelTime}
		if _, err := e.Turn(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 2 || !got[0].Equal(pinned) || !got[1].Equal(pinned) {
		t.Fatalf("turn times %v, want the engine's clock %v twice", got, pinned)
	}
}

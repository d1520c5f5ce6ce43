package telegram

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	cepbot "github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/store/memory"
)

// newReception wires the real reception dialogue: engine + memory store +
// booking service on the sample directory, clock pinned.
func newReception(clock func() time.Time) (*cepbot.Engine, *memory.Store) {
	st := memory.New(clock)
	svc := booking.New(st, directory.Sample(), booking.WithClock(clock))
	dlg := dialogs.New(dialogs.Deps{Bookings: svc})
	return cepbot.NewEngine(cepbot.Config{Store: st, Dialog: dlg, Texts: dialogs.Texts(), Now: clock}), st
}

// TestReceptionToBooking drives a whole reception conversation, from
// /start to a confirmed booking with its .ics, through Telegram: typed text
// and button presses, by long polling and by webhook.
func TestReceptionToBooking(t *testing.T) {
	for _, mode := range []Mode{ModePolling, ModeWebhook} {
		t.Run(string(mode), func(t *testing.T) {
			now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
			clock := func() time.Time { return now }
			eng, st := newReception(clock)
			e := newEnv(t, mode, WithClaimer(st))
			e.srv.Now = clock
			eng.Attach(e.a)
			e.run(eng)
			const chat = 4242
			c := &conversation{t: t, e: e, chat: chat}

			c.say("/start")
			c.expect("gratuit et confidentiel")
			c.press(0) // d'accord
			c.say("Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003 et je voudrais me reconvertir")
			c.press(0) // handicap
			c.press(0) // cadre
			c.expect("Si j'ai bien compris")
			old := c.last // the recap question, kept to press it again later
			c.press(0)    // récapitulatif: correct
			c.expect("France Travail")
			// A stale button: the recap again. The dialogue says so and asks
			// the current question again; the press is answered.
			e.srv.PressData(old, old.Keyboard[0][0].Data)
			c.presses++
			c.waitReply()
			c.expect("question précédente")
			c.press(0) // orientation
			c.press(0) // modalité
			c.expect("Voici les prochains créneaux disponibles")
			c.press(0) // créneau
			c.press(0) // contact
			c.expect("Confirmez-vous ce rendez-vous ?")
			c.press(0)
			waitFor(t, "confirmation", func() bool { return c.saw("Votre rendez-vous est confirmé.") })
			waitFor(t, "calendar", func() bool {
				for _, m := range e.srv.Messages(chat) {
					if m.Document != nil && strings.HasSuffix(m.Document.Name, ".ics") && strings.Contains(string(m.Document.Data), "BEGIN:VCALENDAR") {
						return true
					}
				}
				return false
			})
			bs, err := st.ListBookings(context.Background())
			if err != nil || len(bs) != 1 {
				t.Fatalf("bookings: %d %v", len(bs), err)
			}
			if n, m := e.srv.Count("answerCallbackQuery"), c.presses; n != m {
				t.Errorf("%d callbacks answered for %d presses", n, m)
			}
			for _, frag := range []string{"chômage", "Lyon", "69003"} {
				if strings.Contains(e.logs.String(), frag) {
					t.Errorf("adapter logs contain visitor text %q", frag)
				}
			}
		})
	}
}

type conversation struct {
	t       *testing.T
	e       *env
	chat    int64
	seen    int // messages already read
	last    telegramtest.Message
	texts   []string
	presses int
}

func (c *conversation) say(text string) {
	c.t.Helper()
	c.e.srv.SendText(c.chat, text)
	c.waitReply()
}

// press presses button i of the latest keyboard and waits for the answer.
func (c *conversation) press(i int) {
	c.t.Helper()
	if _, _, err := c.e.srv.PressIndex(c.chat, i); err != nil {
		c.t.Fatalf("%v; transcript:\n%s", err, strings.Join(c.texts, "\n"))
	}
	c.presses++
	c.waitReply()
}

// waitReply waits until the bot has answered with a question (a keyboard)
// or a final message, and records the new messages.
func (c *conversation) waitReply() {
	c.t.Helper()
	ok := telegramtest.WaitFor(10*time.Second, func() bool {
		msgs := c.e.srv.Messages(c.chat)
		if len(msgs) <= c.seen {
			return false
		}
		// The turn is complete once no new message arrives for a moment.
		time.Sleep(20 * time.Millisecond)
		return len(c.e.srv.Messages(c.chat)) == len(msgs)
	})
	if !ok {
		c.t.Fatalf("no answer; transcript:\n%s", strings.Join(c.texts, "\n"))
	}
	msgs := c.e.srv.Messages(c.chat)
	for _, m := range msgs[c.seen:] {
		c.texts = append(c.texts, m.Text)
		if len(m.Keyboard) > 0 {
			c.last = m
		}
	}
	c.seen = len(msgs)
}

func (c *conversation) saw(frag string) bool {
	for _, m := range c.e.srv.Messages(c.chat) {
		if strings.Contains(m.Text, frag) {
			return true
		}
	}
	return false
}

// expect checks that the latest answer contains frag.
func (c *conversation) expect(frag string) {
	c.t.Helper()
	for _, s := range c.texts[max(0, len(c.texts)-4):] {
		if strings.Contains(s, frag) {
			return
		}
	}
	c.t.Fatalf("latest answer lacks %q; transcript:\n%s", frag, strings.Join(c.texts, "\n---\n"))
}

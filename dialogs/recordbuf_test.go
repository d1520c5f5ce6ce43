package dialogs_test

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/store/memory"
)

// funnelKeeper keeps what Funnel returns, as a metric keeps its labels,
// with a copy taken at the time to compare with later.
type funnelKeeper struct {
	mu         sync.Mutex
	kept, then []string
}

func (k *funnelKeeper) Turn(_, from string, s *bot.Session, _ time.Duration, _ error) {
	if _, op := dialogs.Funnel(from, s); op != "" {
		k.mu.Lock()
		k.kept, k.then = append(k.kept, op), append(k.then, strings.Clone(op))
		k.mu.Unlock()
	}
}

// TestFunnelOperatorOutlivesTheRecordBuffer: the session's record is a
// view of a buffer that the next turns reuse (saveRecord), and the
// operator that Funnel gives the metrics is kept as a label: it must not
// change when other conversations, routed elsewhere, write their records.
func TestFunnelOperatorOutlivesTheRecordBuffer(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	clock := func() time.Time { return now }
	st := memory.New(clock)
	svc := booking.New(st, directory.Sample(), booking.WithClock(clock))
	k := &funnelKeeper{}
	e := bot.NewEngine(bot.Config{Store: st, Dialog: dialogs.New(dialogs.Deps{Bookings: svc}), Texts: dialogs.Texts(), Now: clock, Observer: k})
	requests := []string{
		"J'ai une RQTH depuis 2 ans, je cherche un emploi, j'ai 40 ans et j'habite au 69003.",
		"slt jai 19 ans je cherche du travail et jhabite au 59000",
		"Bonjour, je suis cadre au chômage depuis 6 mois, j'ai 45 ans, j'habite au 35000 et je voudrais me reconvertir.",
	}
	ctx := context.Background()
	for i := range 30 {
		user := "v" + strconv.Itoa(i)
		for j, text := range []string{"/start", "oui", requests[i%len(requests)], "1", "1", "1", "1", "1", "1"} {
			if _, err := e.Turn(ctx, bot.Inbound{Channel: "test", Conversation: user, User: user, UpdateID: strconv.Itoa(j + 1), Text: text}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(k.kept) < 30 {
		t.Fatalf("%d operators kept, want one per conversation at least", len(k.kept))
	}
	for i := range k.kept {
		if k.kept[i] != k.then[i] {
			t.Fatalf("operator %d kept by the metrics changed from %q to %q", i, k.then[i], k.kept[i])
		}
	}
}

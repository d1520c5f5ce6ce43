package slack_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// urgentCard returns the card of the visitor's urgent request.
func (e *env) urgentRef(t *testing.T) string {
	t.Helper()
	all, _ := e.st.ListBookings(context.Background())
	for _, b := range all {
		if b.Status == bot.StatusUrgent || (b.Start.IsZero() && b.Conversation == visitorChat) {
			return b.Ref
		}
	}
	t.Fatal("no urgent request stored")
	return ""
}

// TestUrgentRequestAndHome: /conseiller after a booking makes a card like
// a booking's (claimable, closable), linked to the appointment; the App
// Home lists my appointments, my agency's unassigned requests and the
// urgent ones, each with a link to its card.
//
// On Redis the lists come from the agency and queue indexes: the App Home
// never lists every booking.
func TestUrgentRequestAndHome(t *testing.T) {
	t.Run("memory", func(t *testing.T) { testUrgentRequestAndHome(t, newEnv(t)) })
	t.Run("redis", func(t *testing.T) {
		st, err := redisstore.Open(t.Context(), redistest.URL(t), redisstore.WithPrefix(fmt.Sprintf("slackhome%x", rand.Uint32())))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		lc := &listCounted{Store: st}
		testUrgentRequestAndHome(t, newEnvOn(t, st, nil, cepslack.WithBookings(lc)))
		if n := lc.listed.Load(); n != 0 {
			t.Fatalf("the App Home listed every booking %d times", n)
		}
	})
}

// listCounted is the Redis store with its full listings counted.
type listCounted struct {
	*redisstore.Store
	listed atomic.Int64
}

func (c *listCounted) ListBookings(ctx context.Context) ([]*bot.Booking, error) {
	c.listed.Add(1)
	return c.Store.ListBookings(ctx)
}

func testUrgentRequestAndHome(t *testing.T, e *env) {
	ctx := context.Background()
	ref := e.bookVisitor()
	b, _ := e.svc.Get(ctx, ref)
	adv := e.dir.Advisor(b.AdvisorID)
	e.visitorTurn(bot.Inbound{Text: "/conseiller"})
	e.drain()
	uref := e.urgentRef(t)
	u, _ := e.svc.Get(ctx, uref)
	if u.AgencyID != b.AgencyID || u.Follow.Linked != ref {
		t.Fatalf("urgent request %+v", u)
	}
	card := jsonText(e.card(uref).Blocks)
	var labels []string
	for _, x := range buttons(e.card(uref)) {
		labels = append(labels, x.Label)
	}
	if !strings.Contains(card, "Demande de contact urgente — France Travail Lyon") || !strings.Contains(card, "Lié au rendez-vous "+ref) ||
		strings.Join(labels, "|") != "Prendre en charge|Clôturer" {
		t.Fatalf("urgent card %v: %s", labels, card)
	}

	// The App Home of the booked advisor, the day before the appointment.
	e.at(b.Start.Add(-20 * time.Hour))
	home := func(user string) string {
		t.Helper()
		e.evN++
		n := len(e.slack.homes)
		body, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": "EvHome" + user + time.Now().String(),
			"event": map[string]any{"type": "app_home_opened", "user": user, "tab": "home", "channel": "D0HOME"}})
		if r := e.postSigned(cepslack.PathEvents, body, nil); r.StatusCode != 200 {
			t.Fatalf("HTTP %d", r.StatusCode)
		}
		waitFor(t, "views.publish", func() bool {
			e.slack.mu.Lock()
			defer e.slack.mu.Unlock()
			return len(e.slack.homes) > n
		})
		e.slack.mu.Lock()
		defer e.slack.mu.Unlock()
		h := e.slack.homes[len(e.slack.homes)-1]
		if h.User != user {
			t.Fatalf("published for %s", h.User)
		}
		return jsonText(h.View)
	}
	v := home(adv.SlackUserID)
	t.Logf("App Home view: %s", v)
	for _, want := range []string{`"type":"home"`, "Mes rendez-vous d'aujourd'hui et de demain* (1)", "Demandes non prises en charge de mon agence* (1)",
		"Demandes de contact urgentes* (1)", "demain à", ref, uref, "https://cep.slack.example/archives/", "Voir la fiche"} {
		if !strings.Contains(v, want) {
			t.Errorf("home lacks %q: %s", want, v)
		}
	}
	// Claimed: no longer unassigned. Urgent claimed and closed: no longer listed.
	e.press(adv.SlackUserID, ref, cepslack.ActionClaim, func() bool { nb, _ := e.svc.Get(ctx, ref); return nb.ClaimedBy != "" })
	e.press(adv.SlackUserID, uref, cepslack.ActionClaim, func() bool { nu, _ := e.svc.Get(ctx, uref); return nu.ClaimedBy == adv.ID })
	e.press(adv.SlackUserID, uref, cepslack.ActionClose, func() bool { return e.slack.count("views.open") == 1 })
	e.submit(adv.SlackUserID, map[string]any{"outcome": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "information_donnee"}}})
	waitFor(t, "urgent closed", func() bool { nu, _ := e.svc.Get(ctx, uref); return nu.Status == bot.StatusClosed })
	v = home(adv.SlackUserID)
	if !strings.Contains(v, "non prises en charge de mon agence* (0)") || !strings.Contains(v, "urgentes* (0)") || !strings.Contains(v, "demain* (1)") {
		t.Fatalf("home after claim and close: %s", v)
	}
	// Someone of another agency sees none of it.
	other := e.dir.AdvisorsOf("ft-01")[0]
	if v = home(other.SlackUserID); strings.Contains(v, ref) || strings.Contains(v, uref) {
		t.Fatalf("another agency's home: %s", v)
	}
}

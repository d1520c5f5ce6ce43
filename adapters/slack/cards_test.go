package slack_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

const ftChannel = "CCEPFRANCETRAVAIL" // id the fake Slack gives "#cep-france-travail"

func (e *env) drain() {
	e.t.Helper()
	if err := e.disp.Drain(context.Background()); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) card(ref string) message {
	e.t.Helper()
	var found []message
	for _, m := range e.slack.messages(ftChannel) {
		if m.ThreadTS == "" && strings.Contains(string(m.Blocks), `"card-fields"`) && strings.Contains(string(m.Blocks), `*\n`+ref+`"`) {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		e.t.Fatalf("%d cards for %s in %s", len(found), ref, ftChannel)
	}
	return found[0]
}

// jsonText is the blocks JSON with <, > and & as typed.
func jsonText(b json.RawMessage) string {
	return strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(string(b))
}

func (e *env) thread(ts string) []message {
	var out []message
	for _, m := range e.slack.messages(ftChannel) {
		if m.ThreadTS == ts {
			out = append(out, m)
		}
	}
	return out
}

func TestCardPostedThenUpdated(t *testing.T) {
	e := newEnv(t)
	ref := e.bookFromDM(staffDM, staffUser)
	// The .ics went with files upload v2.
	e.slack.mu.Lock()
	ups := append([]upload(nil), e.slack.uploads...)
	e.slack.mu.Unlock()
	if len(ups) != 1 || ups[0].Channel != staffDM || !strings.HasSuffix(ups[0].Name, ".ics") || !strings.Contains(string(ups[0].Data), "BEGIN:VCALENDAR") {
		t.Fatalf("uploads %+v", ups)
	}
	e.drain()
	c := e.card(ref)
	b, _ := e.svc.Get(context.Background(), ref)
	blocks := jsonText(c.Blocks)
	adv := e.dir.Advisor(b.AdvisorID)
	for _, want := range []string{ref, "Rendez-vous réservé", "France Travail", adv.Name, "<@" + adv.SlackUserID + ">", "Je suis au chômage depuis 6 mois",
		"Europe/Paris", "sur place", "demandeur d'emploi", "34 ans", "69 — Rhône", "Cadre : non", "Slack (saisi par l'équipe)", "Saisi par*\\n<@" + staffUser + ">",
		`"type":"header"`, "Rendez-vous " + texts.Date(b.Start.In(time.Local), time.Now())[:5]} {
		if !strings.Contains(blocks, want) {
			t.Errorf("card lacks %q:\n%s", want, blocks)
		}
	}
	bs := buttons(c)
	var labels []string
	for _, x := range bs {
		labels = append(labels, x.Label)
		if x.Value != ref || !strings.HasPrefix(x.ActionID, "card:") {
			t.Errorf("button %+v", x)
		}
	}
	if strings.Join(labels, "|") != "Prendre en charge|Reprogrammer|Absent|Clôturer" {
		t.Fatalf("buttons %v", labels)
	}
	for _, x := range bs {
		destructive := x.Label == "Absent" || x.Label == "Clôturer"
		if destructive != x.Confirm {
			t.Errorf("button %s: confirm %v", x.Label, x.Confirm)
		}
	}
	t.Logf("card blocks: %s", c.Blocks)

	// The same event delivered again: no second card, an update.
	ev := bot.Event{ID: ref + ":again", Type: bot.EventBooked, Ref: ref, Booking: b}
	for range 2 {
		if err := e.a.Notifier().Notify(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
	if c2 := e.card(ref); c2.TS != c.TS || c2.Updates != 2 {
		t.Fatalf("card %s updated %d times", c2.TS, c2.Updates)
	}

	// Moved: a new booking for the visitor → new card; the old card says so.
	slots, err := e.svc.FreeSlots(context.Background(), b.AgencyID, b.Start.Add(24*time.Hour), 1, "")
	if err != nil || len(slots) == 0 {
		t.Fatal(err)
	}
	nb, err := e.svc.Book(context.Background(), booking.Request{Ref: "CEP-MOVED001", Visitor: b.Visitor, Channel: b.Channel,
		Conversation: b.Conversation, OperatorKind: b.OperatorKind, Slot: slots[0], Modality: b.Modality, Contact: b.Contact, Handoff: b.Handoff})
	if err != nil {
		t.Fatal(err)
	}
	e.drain()
	old := e.card(ref)
	if !strings.Contains(string(old.Blocks), "Remplacé par un autre rendez-vous") || !strings.Contains(string(old.Blocks), nb.Ref) || len(buttons(old)) != 0 {
		t.Fatalf("old card not marked moved: %s", old.Blocks)
	}
	nc := e.card(nb.Ref)
	if !strings.Contains(string(nc.Blocks), "Remplace "+ref) || len(buttons(nc)) != 4 {
		t.Fatalf("new card: %s", nc.Blocks)
	}
	// Cancelled by the visitor: the card is updated, buttons gone.
	if _, err := e.svc.SetStatus(context.Background(), nb.Ref, bot.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	e.drain()
	nc = e.card(nb.Ref)
	if !strings.Contains(string(nc.Blocks), "Annulé par le visiteur") || len(buttons(nc)) != 0 {
		t.Fatalf("cancelled card: %s", nc.Blocks)
	}
	if n := len(e.slack.messages(ftChannel)); n != 2 {
		t.Fatalf("%d messages in the operator channel, want 2 cards", n)
	}
}

func TestCardDisabilityOnlyWithConsent(t *testing.T) {
	e := newEnv(t)
	start := time.Now().Add(72 * time.Hour).Truncate(time.Hour)
	for _, share := range []bool{false, true} {
		ref := "CEP-HEALTH0" + map[bool]string{false: "0", true: "1"}[share]
		b := &bot.Booking{Ref: ref, OperatorID: "ft", AgencyID: e.dir.Agencies[0].ID, Status: bot.StatusBooked, Start: start, End: start.Add(45 * time.Minute),
			Handoff: bot.Handoff{Request: "test", ShareHealth: share, Facts: map[string]string{"handicap": "reconnaissance RQTH", "age": "34"}}}
		if err := e.a.Notifier().Notify(context.Background(), bot.Event{ID: ref, Type: bot.EventBooked, Ref: ref, Booking: b}); err != nil {
			t.Fatal(err)
		}
		blocks := string(e.card(ref).Blocks)
		if got := strings.Contains(blocks, "RQTH"); got != share {
			t.Errorf("share=%v: disability shown=%v\n%s", share, got, blocks)
		}
		if !strings.Contains(blocks, "Âge : 34 ans") {
			t.Errorf("facts missing: %s", blocks)
		}
	}
}

// TestCardRateLimitAndOutage: a short Retry-After is waited in place; a long
// one and a 5xx come back as transient, and the dispatcher delivers later:
// one card, nothing lost.
func TestCardRateLimitAndOutage(t *testing.T) {
	e := newEnv(t, cepslack.WithMaxRetryAfter(2*time.Second))
	start := time.Now().Add(72 * time.Hour).Truncate(time.Hour)
	b := &bot.Booking{Ref: "CEP-RATE0001", OperatorID: "ft", AgencyID: e.dir.Agencies[0].ID, Status: bot.StatusBooked, Start: start, End: start.Add(time.Hour)}
	ev := bot.Event{ID: "r1", Type: bot.EventBooked, Ref: b.Ref, Booking: b}
	e.slack.failNext("chat.postMessage", 1)
	if err := e.a.Notifier().Notify(context.Background(), ev); err != nil {
		t.Fatalf("short retry-after not absorbed: %v", err)
	}
	e.card(b.Ref)

	b2 := *b
	b2.Ref = "CEP-RATE0002"
	ev2 := bot.Event{ID: "r2", Type: bot.EventBooked, Ref: b2.Ref, Booking: &b2, Created: time.Now()}
	e.slack.failNext("chat.postMessage", 30)
	err := e.a.Notifier().Notify(context.Background(), ev2)
	var rl interface{ Error() string }
	if !errors.Is(err, bot.ErrTransient) || errors.As(err, &rl) && strings.Contains(err.Error(), "xoxb") {
		t.Fatalf("long retry-after: %v", err)
	}
	// Through the outbox: Slack down twice (500), then up.
	e.slack.failNext("chat.postMessage", -1, -1)
	if err := e.st.Append(context.Background(), ev2); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		e.drain()
		time.Sleep(20 * time.Millisecond) // backoff (1 ms base)
	}
	e.drain()
	e.card(b2.Ref)
	if p, _ := e.st.Events(context.Background(), false); len(p) != 0 {
		t.Fatalf("%d events still pending", len(p))
	}
}

// TestCardValuesInFrench: coded values in French, « non » shown, the
// alternatives and the visitor's choice, the consent and the channel.
func TestCardValuesInFrench(t *testing.T) {
	e := newEnv(t)
	start := time.Now().Add(72 * time.Hour).Truncate(time.Hour)
	consent := time.Date(2026, 11, 20, 9, 5, 0, 0, time.UTC)
	b := &bot.Booking{Ref: "CEP-FR000001", OperatorID: "ft", OperatorKind: "france_travail", AgencyID: "ft-69", Status: bot.StatusBooked,
		Start: start, End: start.Add(45 * time.Minute), Modality: "visio", Channel: "telegram", Contact: "0601020304",
		Handoff: bot.Handoff{Request: "reconversion", ShareHealth: true, ConsentAt: consent, ConsentText: "2026-11-27",
			Alternatives: []string{"france_travail", "apec"},
			Facts:        map[string]string{"status": "salarie_prive", "handicap": "1", "cadre": "0", "region": "84", "project": "creation_activite"}}}
	if err := e.a.Notifier().Notify(context.Background(), bot.Event{ID: "fr1", Type: bot.EventBooked, Ref: b.Ref, Booking: b}); err != nil {
		t.Fatal(err)
	}
	card := jsonText(e.card(b.Ref).Blocks)
	for _, want := range []string{"Statut : salarié du privé", "Handicap reconnu : oui", "Cadre : non", "Région : Auvergne-Rhône-Alpes",
		"Projet : création d'activité", "Autres opérateurs possibles*\\nFrance Travail, Apec", "a choisi une autre possibilité que l'orientation proposée : France Travail",
		"donné le vendredi 20 novembre 2026 à 10 h 05 (texte 2026-11-27)", "*Canal*\\nTelegram", "*Contact*\\n0601020304", "en visio"} {
		if !strings.Contains(card, want) {
			t.Errorf("card lacks %q", want)
		}
	}
	for _, raw := range []string{"salarie_prive", "creation_activite", "region : 84", ": 1\\n"} {
		if strings.Contains(card, raw) {
			t.Errorf("raw code %q on the card", raw)
		}
	}
}

package slack_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"testing"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
)

const visitorChat = "777001"

// visitorTurn runs one turn of the Telegram-side visitor through the real
// engine (the "telegram" adapter is a recorder).
func (e *env) visitorTurn(in bot.Inbound) {
	e.t.Helper()
	e.evN++
	in.Channel, in.Conversation, in.User, in.UpdateID = "telegram", visitorChat, visitorChat, fmt.Sprintf("tg-%d", e.evN)
	if err := e.engine.Handle(context.Background(), in); err != nil {
		e.t.Fatalf("visitor turn: %v", err)
	}
}

func (e *env) bookVisitor() string {
	e.t.Helper()
	e.visitorTurn(bot.Inbound{Text: "/start"})
	e.visitorTurn(bot.Inbound{Text: "oui"})
	e.visitorTurn(bot.Inbound{Text: request})
	for range 12 {
		e.visitors.mu.Lock()
		reps := append([]bot.Reply(nil), e.visitors.got[visitorChat]...)
		e.visitors.mu.Unlock()
		for _, r := range reps {
			if i := strings.Index(r.Text, "Référence :"); i >= 0 {
				return strings.TrimRight(strings.Fields(r.Text[i+len("Référence :"):])[0], ".,;")
			}
		}
		for i := len(reps) - 1; i >= 0; i-- {
			if len(reps[i].Choices) > 0 {
				e.visitorTurn(bot.Inbound{Choice: reps[i].Choices[0].Value, Step: reps[i].Step})
				break
			}
		}
	}
	e.t.Fatalf("visitor not booked: %v", e.visitors.texts(visitorChat))
	return ""
}

func (e *env) threadReply(eventID, user, ts, text string) {
	e.t.Helper()
	body := messageEvent(eventID, map[string]any{"channel": ftChannel, "channel_type": "channel", "user": user, "text": text, "thread_ts": ts})
	if r := e.postSigned(cepslack.PathEvents, body, nil); r.StatusCode != 200 {
		e.t.Fatalf("HTTP %d", r.StatusCode)
	}
}

// TestRelayRoundTrip: a Telegram visitor (engine + recording adapter) books;
// their next message lands in the card's thread (the card is posted on
// demand, before the outbox is drained); the advisor's thread reply reaches
// the visitor, signed; an outsider's reply does not; after Clôturer, replies
// are refused and the visitor's messages are no longer relayed.
func TestRelayRoundTrip(t *testing.T) {
	var logs syncBuffer
	e := newEnv(t, cepslack.WithLogger(slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	ref := e.bookVisitor()
	b, _ := e.svc.Get(context.Background(), ref)
	adv := e.dir.Advisor(b.AdvisorID)

	e.visitorTurn(bot.Inbound{Text: "J'aurai 10 minutes de retard <désolé> & merci"})
	texts := e.visitors.texts(visitorChat)
	if last := texts[len(texts)-1]; !strings.Contains(last, "transmis à votre conseiller") {
		t.Fatalf("visitor told %q", last)
	}
	c := e.card(ref)
	th := e.thread(c.TS)
	if len(th) != 1 || th[0].Text != "Message du visiteur : J'aurai 10 minutes de retard &lt;désolé&gt; &amp; merci" {
		t.Fatalf("thread %+v", th)
	}
	e.drain() // the notifier finds the card: no second one
	e.card(ref)

	e.threadReply("EvR1", adv.SlackUserID, c.TS, "Pas de souci, à tout à l'heure &amp; bonne route")
	e.threadReply("EvR1", adv.SlackUserID, c.TS, "Pas de souci, à tout à l'heure &amp; bonne route") // redelivered
	want := adv.Name + " : Pas de souci, à tout à l'heure & bonne route"
	waitFor(t, "advisor reply relayed", func() bool {
		ts := e.visitors.texts(visitorChat)
		return ts[len(ts)-1] == want
	})
	e.threadReply("EvR2", "U0NOBODY1", c.TS, "je ne suis pas conseiller")
	waitFor(t, "outsider refused", func() bool {
		ep := e.slack.ephemerals()
		return len(ep) == 1 && ep[0].ThreadTS == c.TS && strings.Contains(ep[0].Text, "Seuls les conseillers et responsables de France Travail")
	})
	// A thread that is not a card thread is ignored.
	e.threadReply("EvR3", adv.SlackUserID, "1699999999.000001", "autre fil")

	// The advisor's message was marked as delivered.
	waitFor(t, "✅ reaction", func() bool {
		rs := e.slack.reactions()
		return len(rs) == 1 && rs[0].Name == "white_check_mark" && rs[0].Channel == ftChannel
	})
	// Close from the card (modal).
	e.press(adv.SlackUserID, ref, "close", func() bool { return e.slack.count("views.open") == 1 })
	e.submit(adv.SlackUserID, map[string]any{"outcome": map[string]any{"type": "static_select", "selected_option": map[string]any{"value": "orientation_faite"}}})
	waitFor(t, "closed told", func() bool {
		ts := e.visitors.texts(visitorChat)
		return strings.HasPrefix(ts[len(ts)-1], "Votre demande est clôturée.")
	})
	e.threadReply("EvR4", adv.SlackUserID, c.TS, "encore un mot")
	waitFor(t, "closed refusal", func() bool {
		ep := e.slack.ephemerals()
		return len(ep) == 2 && ep[1].Text == "Cette demande est clôturée."
	})
	relayed := 0
	for _, s := range e.visitors.texts(visitorChat) {
		if strings.HasPrefix(s, adv.Name+" : ") {
			relayed++
		}
	}
	if relayed != 1 {
		t.Fatalf("%d advisor messages relayed, want 1", relayed)
	}
	// The visitor writes again: the relay has ended with the handoff.
	n := len(e.thread(c.TS))
	e.visitorTurn(bot.Inbound{Text: "Vous êtes là ?"})
	if len(e.thread(c.TS)) != n {
		t.Fatalf("relayed after closing")
	}
	// Logs: events and references only; no text, names or tokens.
	out := logs.String()
	if !strings.Contains(out, ref) {
		t.Fatalf("no logs? %s", out)
	}
	for _, bad := range []string{"retard", "souci", adv.Name, "xoxb", "chômage", signingSecret} {
		if strings.Contains(out, bad) {
			t.Errorf("log contains %q:\n%s", bad, out)
		}
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestRelayStaffDM: the visitor is a staff DM on Slack itself (reception
// desk); advisor replies come back into the DM.
func TestRelayStaffDM(t *testing.T) {
	e := newEnv(t)
	ref := e.bookFromDM(staffDM, staffUser)
	b, _ := e.svc.Get(context.Background(), ref)
	adv := e.dir.Advisor(b.AdvisorID)
	e.dm(staffDM, staffUser, "La personne demande si elle doit apporter son CV")
	c := e.card(ref)
	if th := e.thread(c.TS); len(th) != 1 || !strings.HasPrefix(th[0].Text, "Message du visiteur : La personne demande") {
		t.Fatalf("thread %+v", th)
	}
	e.threadReply("EvS1", adv.SlackUserID, c.TS, "Oui, merci")
	waitFor(t, "reply in the DM", func() bool {
		ts := e.dmTexts(staffDM)
		return ts[len(ts)-1] == Escape(adv.Name+" : Oui, merci")
	})
}

func Escape(s string) string { return cepslack.Escape(s) }

// TestRelayFormattingNotesAndFiles: an advisor's mrkdwn reaches the visitor
// as Telegram HTML (mentions as names), a « note : » stays in Slack, a
// Slack file becomes a document for the visitor, a visitor's file is
// uploaded in the thread and its id recorded for erasure, an oversized one
// is refused with the limit stated.
func TestRelayFormattingNotesAndFiles(t *testing.T) {
	e := newEnv(t)
	ref := e.bookVisitor()
	e.drain()
	b, _ := e.svc.Get(context.Background(), ref)
	adv := e.dir.Advisor(b.AdvisorID)
	c := e.card(ref)
	last := func() bot.Reply {
		e.visitors.mu.Lock()
		defer e.visitors.mu.Unlock()
		rs := e.visitors.got[visitorChat]
		return rs[len(rs)-1]
	}
	n := len(e.visitors.texts(visitorChat))
	e.threadReply("EvF1", adv.SlackUserID, c.TS, "*Merci* ! Voir <https://www.francetravail.fr/x?a=1&amp;b=2|francetravail.fr>, _à demain_ avec <@"+adv.SlackUserID+"> &lt;3")
	waitFor(t, "formatted reply", func() bool { return len(e.visitors.texts(visitorChat)) > n })
	r := last()
	wantHTML := adv.Name + ` : <b>Merci</b> ! Voir <a href="https://www.francetravail.fr/x?a=1&amp;b=2">francetravail.fr</a>, <i>à demain</i> avec ` + adv.Name + " &lt;3"
	if r.HTML != wantHTML || !strings.HasPrefix(r.Text, adv.Name+" : Merci ! Voir francetravail.fr (https://www.francetravail.fr/x?a=1&b=2)") {
		t.Fatalf("relayed\n HTML %q\n want %q\n text %q", r.HTML, wantHTML, r.Text)
	}
	// An internal note: not relayed, marked with a lock.
	n = len(e.visitors.texts(visitorChat))
	e.threadReply("EvF2", adv.SlackUserID, c.TS, "Note : personne très stressée, rappeler avant")
	waitFor(t, "lock reaction", func() bool {
		for _, x := range e.slack.reactions() {
			if x.Name == "lock" {
				return true
			}
		}
		return false
	})
	if len(e.visitors.texts(visitorChat)) != n {
		t.Fatal("an internal note reached the visitor")
	}
	// A Slack file → a document for the visitor.
	e.slack.mu.Lock()
	e.slack.files["F1/liste.pdf"] = []byte("%PDF-1.4 liste des pièces")
	e.slack.mu.Unlock()
	body := messageEvent("EvF3", map[string]any{"channel": ftChannel, "channel_type": "channel", "user": adv.SlackUserID, "subtype": "file_share",
		"text": "La liste", "thread_ts": c.TS, "files": []map[string]any{{"id": "F1", "name": "liste.pdf", "mimetype": "application/pdf", "size": 25,
			"url_private_download": e.slack.URL() + "files/F1/liste.pdf"}}})
	e.postSigned(cepslack.PathEvents, body, nil)
	waitFor(t, "file relayed", func() bool { return len(last().Attachments) == 1 })
	if a := last().Attachments[0]; a.Name != "liste.pdf" || string(a.Data) != "%PDF-1.4 liste des pièces" {
		t.Fatalf("attachment %+v", a)
	}
	// Too big: refused, limit stated, nothing sent.
	n = len(e.visitors.texts(visitorChat))
	body = messageEvent("EvF4", map[string]any{"channel": ftChannel, "channel_type": "channel", "user": adv.SlackUserID, "subtype": "file_share",
		"text": "", "thread_ts": c.TS, "files": []map[string]any{{"id": "F2", "name": "video.mp4", "size": 200 << 20, "url_private_download": e.slack.URL() + "files/F2"}}})
	e.postSigned(cepslack.PathEvents, body, nil)
	waitFor(t, "size refusal", func() bool {
		return countPrefix(e.ephemeralTexts(adv.SlackUserID), "⚠️ Fichier non transmis : la limite est de 20 Mo.") == 1
	})
	if len(e.visitors.texts(visitorChat)) != n {
		t.Fatal("an oversized file was sent")
	}
	// A visitor's file → uploaded in the thread, recorded for erasure.
	if err := e.a.FileToAdvisor(context.Background(), b, bot.Attachment{Name: "cv.pdf", MIME: "application/pdf", Data: []byte("%PDF cv")}); err != nil {
		t.Fatal(err)
	}
	e.slack.mu.Lock()
	ups := append([]upload(nil), e.slack.uploads...)
	e.slack.mu.Unlock()
	if u := ups[len(ups)-1]; u.Channel != ftChannel || u.Name != "cv.pdf" || string(u.Data) != "%PDF cv" {
		t.Fatalf("upload %+v", u)
	}
	if _, ids, err := e.a.RelayedMessages(context.Background(), ref); err != nil || len(ids) != 1 {
		t.Fatalf("relayed records %v %v", ids, err)
	}
	err := e.a.FileToAdvisor(context.Background(), b, bot.Attachment{Name: "gros.zip", Data: make([]byte, cepslack.MaxRelayFile+1)})
	if ve, ok := errors.AsType[*bot.VisitorError](err); !ok || ve.Message != "Ce fichier est trop lourd pour être transmis (limite : 20 Mo)." {
		t.Fatalf("oversized visitor file: %v", err)
	}
}

// TestRelayQuestions: after booking, questions go to the advisor too; the
// knowledge base's answer is suggested in the thread, not sent to the
// visitor.
func TestRelayQuestions(t *testing.T) {
	e := newEnv(t)
	ref := e.bookVisitor()
	e.drain()
	c := e.card(ref)
	for _, q := range []string{"je serai peut-être en retard, est-ce grave ?", "Comment utiliser mon CPF pour une formation ?"} {
		e.visitorTurn(bot.Inbound{Text: q})
		texts := e.visitors.texts(visitorChat)
		if last := texts[len(texts)-1]; !strings.Contains(last, "transmis à votre conseiller") || strings.Contains(last, "Je ne sais pas") {
			t.Fatalf("visitor told %q", last)
		}
		found := false
		for _, m := range e.thread(c.TS) {
			if m.Text == "Message du visiteur : "+Escape(q) {
				found = true
			}
		}
		if !found {
			t.Fatalf("%q not in the thread", q)
		}
	}
	th := e.thread(c.TS)
	if last := th[len(th)-1].Text; !strings.HasPrefix(last, "Réponse suggérée par la base de connaissances (non envoyée au visiteur)") || !strings.Contains(last, "CPF") {
		t.Fatalf("no suggestion for the advisor: %q", last)
	}
	for _, s := range e.visitors.texts(visitorChat) {
		if strings.Contains(s, "compte personnel de formation") || strings.Contains(s, "moncompteformation") {
			t.Fatalf("the knowledge base answered the visitor: %q", s)
		}
	}
}

// TestNoteShortcut: the « Note interne » message shortcut on a card opens a
// modal; the note lands in the thread, never with the visitor.
func TestNoteShortcut(t *testing.T) {
	e := newEnv(t)
	ref := e.bookVisitor()
	e.drain()
	b, _ := e.svc.Get(context.Background(), ref)
	adv := e.dir.Advisor(b.AdvisorID)
	c := e.card(ref)
	n := len(e.visitors.texts(visitorChat))
	pj, _ := json.Marshal(map[string]any{"type": "message_action", "callback_id": cepslack.ShortcutNote, "trigger_id": "tr-note",
		"user": map[string]any{"id": adv.SlackUserID}, "channel": map[string]any{"id": ftChannel},
		"message": map[string]any{"type": "message", "ts": c.TS}})
	if r := e.postSigned(cepslack.PathInteractions, []byte(url.Values{"payload": {string(pj)}}.Encode()), nil); r.StatusCode != 200 {
		t.Fatalf("HTTP %d", r.StatusCode)
	}
	waitFor(t, "note modal", func() bool { return e.slack.count("views.open") == 1 })
	e.submit(adv.SlackUserID, map[string]any{"text": map[string]any{"type": "plain_text_input", "value": "Personne très stressée <à rappeler>"}})
	waitFor(t, "note in the thread", func() bool {
		th := e.thread(c.TS)
		return len(th) > 0 && strings.HasPrefix(th[len(th)-1].Text, "🔒 Note interne de "+adv.Name+" (<@"+adv.SlackUserID+">) : Personne très stressée &lt;à rappeler&gt;")
	})
	if len(e.visitors.texts(visitorChat)) != n {
		t.Fatal("the note reached the visitor")
	}
}

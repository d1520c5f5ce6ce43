package e2e_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/adapters/telegram"
	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/store/memory"
)

const secret = "e2e-signing-secret"

type post struct{ Channel, TS, ThreadTS, Text, Blocks string }

type fake struct {
	mu      sync.Mutex
	n       int
	posts   []*post
	views   []string          // views.open
	uploads map[string][]byte // file id → content (files upload v2)
	names   map[string]string
	done    []string // completed uploads: "channel|thread|name|content"
}

func (f *fake) handle(c slacktest.Customize) {
	c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		f.mu.Lock()
		f.n++
		ch := r.FormValue("channel")
		if strings.HasPrefix(ch, "#") {
			ch = "C" + strings.ToUpper(strings.NewReplacer("#", "", "-", "").Replace(ch))
		}
		p := &post{ch, fmt.Sprintf("1700000000.%06d", f.n), r.FormValue("thread_ts"), r.FormValue("text"), r.FormValue("blocks")}
		f.posts = append(f.posts, p)
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": p.Channel, "ts": p.TS})
	})
	c.Handle("/chat.update", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		f.mu.Lock()
		for _, p := range f.posts {
			if p.TS == r.FormValue("ts") {
				p.Text, p.Blocks = r.FormValue("text"), r.FormValue("blocks")
			}
		}
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": r.FormValue("channel"), "ts": r.FormValue("ts")})
	})
	c.Handle("/chat.postEphemeral", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "message_ts": "1.1"})
	})
	c.Handle("/reactions.add", func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true})
	})
	c.Handle("/views.open", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			View json.RawMessage `json:"view"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		f.mu.Lock()
		f.views = append(f.views, string(req.View))
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "view": map[string]any{"id": "V1"}})
	})
	c.Handle("/files.getUploadURLExternal", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		f.mu.Lock()
		f.n++
		id := fmt.Sprintf("F%d", f.n)
		if f.names == nil {
			f.names, f.uploads = map[string]string{}, map[string][]byte{}
		}
		f.names[id] = r.FormValue("filename")
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "upload_url": "http://" + r.Host + "/upload/" + id, "file_id": id})
	})
	c.Handle("/upload/", func(w http.ResponseWriter, r *http.Request) {
		file, _, err := r.FormFile("file")
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		data, _ := io.ReadAll(file)
		f.mu.Lock()
		f.uploads[strings.TrimPrefix(r.URL.Path, "/upload/")] = data
		f.mu.Unlock()
	})
	c.Handle("/files.completeUploadExternal", func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		var files []struct{ ID string }
		_ = json.Unmarshal([]byte(r.FormValue("files")), &files)
		f.mu.Lock()
		for _, x := range files {
			f.done = append(f.done, r.FormValue("channel_id")+"|"+r.FormValue("thread_ts")+"|"+f.names[x.ID]+"|"+string(f.uploads[x.ID]))
		}
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "files": files})
	})
}

func (f *fake) find(pred func(p post) bool) (post, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range f.posts {
		if pred(*p) {
			return *p, true
		}
	}
	return post{}, false
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func signedPost(t *testing.T, target, path string, body []byte, form bool) {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("v0:" + ts + ":" + string(body)))
	req, _ := http.NewRequest(http.MethodPost, target+path, strings.NewReader(string(body)))
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(m.Sum(nil)))
	if form {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("%s: HTTP %d", path, resp.StatusCode)
	}
}

// TestTelegramVisitorSlackAdvisor: a visitor books on Telegram (fake Bot
// API); the card reaches the operator's Slack channel through the outbox;
// the visitor's message is posted in the card's thread; the advisor's thread
// reply reaches the visitor on Telegram, signed with the advisor's name and
// formatted (Telegram HTML); a document from the visitor is uploaded in the
// thread; Prendre en charge and Clôturer (modal) tell the visitor on
// Telegram.
func TestTelegramVisitorSlackAdvisor(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := memory.New(nil)
	dir := directory.Sample()
	svc := booking.New(st, dir)

	f := &fake{}
	ss := slacktest.NewTestServer(f.handle)
	ss.Start()
	defer ss.Stop()
	sl, err := cepslack.New(cepslack.Config{BotToken: "xoxb-e2e", SigningSecret: secret, APIURL: ss.GetAPIURL()},
		cepslack.WithClaimer(st), cepslack.WithStore(st), cepslack.WithDirectory(dir), cepslack.WithHandoffs(svc), cepslack.WithBookings(st))
	if err != nil {
		t.Fatal(err)
	}
	tgs := telegramtest.NewServer()
	defer tgs.Close()
	tg, err := telegram.New(telegram.Config{Token: telegramtest.Token, Mode: telegram.ModePolling, APIURL: tgs.URL},
		telegram.WithClaimer(st), telegram.WithLimits(telegram.Unlimited), telegram.WithPollTimeout(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	eng := bot.NewEngine(bot.Config{Store: st, Dialog: dialogs.New(dialogs.Deps{Bookings: svc, Relay: sl}), Texts: dialogs.Texts()})
	eng.Attach(sl)
	eng.Attach(tg)
	sl.SetVisitors(eng)
	var wg sync.WaitGroup
	sl.SetFileFetcher(telegram.Channel, tg)
	visitors := sl.Visitors(eng)
	wg.Go(func() { _ = sl.Run(ctx, visitors) })
	wg.Go(func() { _ = tg.Run(ctx, visitors) })
	defer wg.Wait()
	defer cancel()
	hs := httptest.NewServer(sl.Handler())
	defer hs.Close()
	disp := dispatch.New(dispatch.Config{Outbox: st, Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{sl.Notifier()} }})

	const chat = 5151
	saw := func(s string) bool {
		for _, m := range tgs.Messages(chat) {
			if strings.Contains(m.Text, s) {
				return true
			}
		}
		return false
	}
	count := func() int { return len(tgs.Messages(chat)) }
	say := func(text string) {
		n := count()
		tgs.SendText(chat, text)
		waitFor(t, "reply to "+text, func() bool { return count() > n })
		time.Sleep(50 * time.Millisecond)
	}
	say("/start")
	say("oui")
	say("Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003")
	for i := 0; i < 12 && !saw("Référence :"); i++ {
		n := count()
		if _, _, err := tgs.PressIndex(chat, 0); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "answer to a press", func() bool { return count() > n || saw("Référence :") })
		time.Sleep(50 * time.Millisecond)
	}
	bs, _ := st.ListBookings(ctx)
	if len(bs) != 1 {
		t.Fatalf("%d bookings", len(bs))
	}
	b := bs[0]
	adv := dir.Advisor(b.AdvisorID)
	if err := disp.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	card, ok := f.find(func(p post) bool {
		return p.ThreadTS == "" && strings.Contains(p.Blocks, "card-fields") && strings.Contains(p.Blocks, b.Ref)
	})
	if !ok {
		t.Fatal("no card")
	}

	say("Je serai en retard de 10 minutes")
	if _, ok := f.find(func(p post) bool {
		return p.ThreadTS == card.TS && p.Text == "Message du visiteur : Je serai en retard de 10 minutes"
	}); !ok {
		t.Fatal("visitor message not in the thread")
	}

	ev, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": "EvE2E1", "event": map[string]any{
		"type": "message", "channel": card.Channel, "channel_type": "channel", "user": adv.SlackUserID,
		"text": "*Pas de souci*, je vous attends : <https://www.francetravail.fr|francetravail.fr>", "ts": "1700000100.000001", "thread_ts": card.TS}})
	signedPost(t, hs.URL, cepslack.PathEvents, ev, false)
	waitFor(t, "advisor reply on Telegram", func() bool { return saw(adv.Name + " : Pas de souci, je vous attends : francetravail.fr") })
	var raw string
	for _, m := range tgs.Messages(chat) {
		if strings.Contains(m.Text, "Pas de souci") {
			raw = m.Raw
		}
	}
	if raw != adv.Name+` : <b>Pas de souci</b>, je vous attends : <a href="https://www.francetravail.fr">francetravail.fr</a>` {
		t.Fatalf("sent to Telegram: %q", raw)
	}

	// A document from the visitor lands in the card's thread.
	n := count()
	tgs.SendDocument(chat, "DOC1", "cv.pdf", "application/pdf", []byte("%PDF-1.4 cv"), "")
	waitFor(t, "file acknowledged", func() bool { return count() > n })
	if !saw("Fichier transmis à votre conseiller : cv.pdf.") {
		t.Fatalf("visitor told: %v", tgs.Messages(chat)[n:])
	}
	f.mu.Lock()
	done := append([]string(nil), f.done...)
	f.mu.Unlock()
	if len(done) != 1 || done[0] != card.Channel+"|"+card.TS+"|cv.pdf|%PDF-1.4 cv" {
		t.Fatalf("uploads %q", done)
	}

	click := func(action, trigger string) {
		p, _ := json.Marshal(map[string]any{"type": "block_actions", "trigger_id": trigger, "user": map[string]any{"id": adv.SlackUserID},
			"container": map[string]any{"channel_id": card.Channel, "message_ts": card.TS},
			"actions":   []any{map[string]any{"type": "button", "block_id": "card-actions", "action_id": "card:" + action, "value": b.Ref, "action_ts": trigger}}})
		signedPost(t, hs.URL, cepslack.PathInteractions, []byte(url.Values{"payload": {string(p)}}.Encode()), true)
	}
	click(cepslack.ActionClaim, "tr1")
	waitFor(t, "claim on Telegram", func() bool { return saw("Votre conseiller " + adv.Name + " a pris en charge votre demande.") })
	click(cepslack.ActionClose, "tr2")
	waitFor(t, "close modal", func() bool { f.mu.Lock(); defer f.mu.Unlock(); return len(f.views) == 1 })
	var view struct {
		PrivateMetadata string `json:"private_metadata"`
	}
	f.mu.Lock()
	_ = json.Unmarshal([]byte(f.views[0]), &view)
	f.mu.Unlock()
	sub, _ := json.Marshal(map[string]any{"type": "view_submission", "user": map[string]any{"id": adv.SlackUserID},
		"view": map[string]any{"id": "V1", "hash": "h", "callback_id": "cep_close", "private_metadata": view.PrivateMetadata,
			"state": map[string]any{"values": map[string]any{"outcome": map[string]any{"input": map[string]any{"type": "static_select",
				"selected_option": map[string]any{"value": "orientation_faite"}}}}}}})
	signedPost(t, hs.URL, cepslack.PathInteractions, []byte(url.Values{"payload": {string(sub)}}.Encode()), true)
	waitFor(t, "close on Telegram", func() bool { return saw("Votre demande est clôturée.") })
}

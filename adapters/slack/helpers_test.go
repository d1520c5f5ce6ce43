package slack_test

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
	"sync/atomic"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/store/memory"
)

const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// message is one message the bot posted, as the fake Slack keeps it.
type message struct {
	Channel, TS, ThreadTS, Text string
	Blocks                      json.RawMessage
	Updates                     int
}

type ephemeral struct{ Channel, User, ThreadTS, Text string }

type upload struct {
	Channel, Name string
	Data          []byte
}

// fakeSlack records the Web API calls made through slacktest.
type fakeSlack struct {
	t       testing.TB
	srv     *slacktest.Server
	mu      sync.Mutex
	n       int
	msgs    []*message
	eph     []ephemeral
	uploads []upload
	deleted []string
	calls   map[string]int
	fail    map[string][]int // method → retry-after seconds of the next 429s (-1: network-ish 500)
	pending map[string][]byte
	views   []json.RawMessage // views.open
	homes   []homePublish     // views.publish
	reacts  []reaction        // reactions.add
	files   map[string][]byte // served at /files/<name> (url_private_download)
}

type homePublish struct {
	User string
	View json.RawMessage
}

type reaction struct{ Channel, TS, Name string }

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, calls: map[string]int{}, fail: map[string][]int{}, pending: map[string][]byte{}, files: map[string][]byte{}}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", f.post)
		c.Handle("/chat.update", f.update)
		c.Handle("/chat.postEphemeral", f.ephemeral)
		c.Handle("/chat.delete", f.delete)
		c.Handle("/files.getUploadURLExternal", f.uploadURL)
		c.Handle("/upload/", f.uploadData)
		c.Handle("/files.completeUploadExternal", f.completeUpload)
		c.Handle("/views.open", f.viewsOpen)
		c.Handle("/views.publish", f.viewsPublish)
		c.Handle("/reactions.add", f.reactionsAdd)
		c.Handle("/chat.getPermalink", f.permalink)
		c.Handle("/files/", f.fileData)
	})
	f.srv.Start()
	t.Cleanup(f.srv.Stop)
	return f
}

func (f *fakeSlack) URL() string { return f.srv.GetAPIURL() }

// failNext makes the next calls of method answer 429 with Retry-After (or
// 500 when retryAfter < 0).
func (f *fakeSlack) failNext(method string, retryAfter ...int) {
	f.mu.Lock()
	f.fail[method] = append(f.fail[method], retryAfter...)
	f.mu.Unlock()
}

func (f *fakeSlack) failing(w http.ResponseWriter, method string) bool {
	f.calls[method]++
	q := f.fail[method]
	if len(q) == 0 {
		return false
	}
	f.fail[method] = q[1:]
	if q[0] < 0 {
		w.WriteHeader(http.StatusInternalServerError)
		return true
	}
	w.Header().Set("Retry-After", strconv.Itoa(q[0]))
	w.WriteHeader(http.StatusTooManyRequests)
	return true
}

func ok(w http.ResponseWriter, v map[string]any) {
	v["ok"] = true
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func slackErr(w http.ResponseWriter, e string) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": e})
}

func channelID(c string) string {
	if strings.HasPrefix(c, "#") { // Slack answers with the id of a named channel
		return "C" + strings.ToUpper(strings.NewReplacer("#", "", "-", "").Replace(c))
	}
	return c
}

func (f *fakeSlack) post(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failing(w, "chat.postMessage") {
		return
	}
	f.n++
	m := &message{Channel: channelID(r.FormValue("channel")), TS: fmt.Sprintf("1700000000.%06d", f.n),
		ThreadTS: r.FormValue("thread_ts"), Text: r.FormValue("text"), Blocks: json.RawMessage(r.FormValue("blocks"))}
	f.msgs = append(f.msgs, m)
	ok(w, map[string]any{"channel": m.Channel, "ts": m.TS})
}

func (f *fakeSlack) update(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failing(w, "chat.update") {
		return
	}
	for _, m := range f.msgs {
		if m.Channel == r.FormValue("channel") && m.TS == r.FormValue("ts") {
			m.Text, m.Blocks = r.FormValue("text"), json.RawMessage(r.FormValue("blocks"))
			m.Updates++
			ok(w, map[string]any{"channel": m.Channel, "ts": m.TS, "text": m.Text})
			return
		}
	}
	slackErr(w, "message_not_found")
}

func (f *fakeSlack) ephemeral(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failing(w, "chat.postEphemeral") {
		return
	}
	f.eph = append(f.eph, ephemeral{r.FormValue("channel"), r.FormValue("user"), r.FormValue("thread_ts"), r.FormValue("text")})
	ok(w, map[string]any{"message_ts": "1700000001.000001"})
}

func (f *fakeSlack) delete(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls["chat.delete"]++
	for i, m := range f.msgs {
		if m.Channel == r.FormValue("channel") && m.TS == r.FormValue("ts") {
			f.msgs = append(f.msgs[:i], f.msgs[i+1:]...)
			f.deleted = append(f.deleted, m.TS)
			break
		}
	}
	ok(w, map[string]any{"channel": r.FormValue("channel"), "ts": r.FormValue("ts")})
}

func (f *fakeSlack) uploadURL(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	id := fmt.Sprintf("F%d", f.n)
	f.pending[id] = nil
	ok(w, map[string]any{"upload_url": f.URL() + "upload/" + id + "?name=" + url.QueryEscape(r.FormValue("filename")), "file_id": id})
}

func (f *fakeSlack) uploadData(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/upload/")
	file, _, err := r.FormFile("file")
	if err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	data, _ := io.ReadAll(file)
	f.mu.Lock()
	f.pending[id] = append([]byte(r.URL.Query().Get("name")+"\x00"), data...)
	f.mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

func (f *fakeSlack) completeUpload(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	var files []struct{ ID, Title string }
	_ = json.Unmarshal([]byte(r.FormValue("files")), &files)
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(files) != 1 {
		slackErr(w, "invalid_arguments")
		return
	}
	name, data, _ := strings.Cut(string(f.pending[files[0].ID]), "\x00")
	f.uploads = append(f.uploads, upload{Channel: r.FormValue("channel_id"), Name: name, Data: []byte(data)})
	ok(w, map[string]any{"files": []map[string]string{{"id": files[0].ID, "title": files[0].Title}}})
}

func (f *fakeSlack) viewsOpen(w http.ResponseWriter, r *http.Request) {
	var req struct {
		TriggerID string          `json:"trigger_id"`
		View      json.RawMessage `json:"view"`
	}
	_ = json.NewDecoder(r.Body).Decode(&req)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls["views.open"]++
	if req.TriggerID == "" {
		slackErr(w, "invalid_trigger_id")
		return
	}
	f.views = append(f.views, req.View)
	ok(w, map[string]any{"view": map[string]any{"id": fmt.Sprintf("V%d", len(f.views))}})
}

func (f *fakeSlack) viewsPublish(w http.ResponseWriter, r *http.Request) {
	var req struct {
		UserID string          `json:"user_id"`
		View   json.RawMessage `json:"view"`
	}
	_ = json.NewDecoder(r.Body).Decode(&req)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.homes = append(f.homes, homePublish{req.UserID, req.View})
	ok(w, map[string]any{"view": map[string]any{"id": "VHOME"}})
}

func (f *fakeSlack) reactionsAdd(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reacts = append(f.reacts, reaction{r.FormValue("channel"), r.FormValue("timestamp"), r.FormValue("name")})
	ok(w, map[string]any{})
}

func (f *fakeSlack) permalink(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	ok(w, map[string]any{"channel": r.FormValue("channel"),
		"permalink": "https://cep.slack.example/archives/" + r.FormValue("channel") + "/p" + strings.ReplaceAll(r.FormValue("message_ts"), ".", "")})
}

func (f *fakeSlack) fileData(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer xoxb-test-token" {
		http.Error(w, "no token", http.StatusForbidden)
		return
	}
	f.mu.Lock()
	data, found := f.files[strings.TrimPrefix(r.URL.Path, "/files/")]
	f.mu.Unlock()
	if !found {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write(data)
}

func (f *fakeSlack) lastView(t testing.TB) json.RawMessage {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.views) == 0 {
		t.Fatal("no modal opened")
	}
	return f.views[len(f.views)-1]
}

func (f *fakeSlack) reactions() []reaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]reaction(nil), f.reacts...)
}

func (f *fakeSlack) messages(channel string) []message {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []message
	for _, m := range f.msgs {
		if channel == "" || m.Channel == channel {
			out = append(out, *m)
		}
	}
	return out
}

func (f *fakeSlack) ephemerals() []ephemeral {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]ephemeral(nil), f.eph...)
}

func (f *fakeSlack) count(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

// buttons lists the buttons of a message: action_id, value, label.
type button struct {
	ActionID, Value, Label, BlockID string
	Confirm                         bool // asks for a Block Kit confirmation
}

func buttons(m message) []button {
	var blocks []struct {
		Type     string `json:"type"`
		BlockID  string `json:"block_id"`
		Elements []struct {
			Type     string `json:"type"`
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
			Text     struct {
				Text string `json:"text"`
			} `json:"text"`
			Confirm json.RawMessage `json:"confirm"`
		} `json:"elements"`
	}
	_ = json.Unmarshal(m.Blocks, &blocks)
	var out []button
	for _, b := range blocks {
		if b.Type != "actions" {
			continue
		}
		for _, e := range b.Elements {
			if e.Type == "button" {
				out = append(out, button{e.ActionID, e.Value, e.Text.Text, b.BlockID, len(e.Confirm) > 0})
			}
		}
	}
	return out
}

// sign returns the headers of a request signed like Slack does.
func sign(secret string, at time.Time, body []byte) http.Header {
	ts := strconv.FormatInt(at.Unix(), 10)
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte("v0:" + ts + ":"))
	m.Write(body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(m.Sum(nil)))
	return h
}

// env is one adapter wired to the real engine, dialogue, booking service,
// memory store and sample directory, served over httptest.
type env struct {
	t        testing.TB
	slack    *fakeSlack
	a        *cepslack.Adapter
	st       bot.Store
	svc      *booking.Service
	dir      *directory.Directory
	engine   *bot.Engine
	http     *httptest.Server
	disp     *dispatch.Dispatcher
	visitors *recorder // the "telegram" channel of visitors (recording adapter)
	turns    *countingHandler
	evN      int
	shift    atomic.Int64 // added to the clock of the booking service and adapter (ns)
}

func (e *env) now() time.Time { return time.Now().Add(time.Duration(e.shift.Load())) }

// at sets the clock of the booking service and adapter to t.
func (e *env) at(t time.Time) { e.shift.Store(int64(time.Until(t))) }

// recorder is a bot.Adapter for another channel that records replies.
type recorder struct {
	name string
	mu   sync.Mutex
	got  map[string][]bot.Reply
}

func (r *recorder) Channel() string                              { return r.name }
func (r *recorder) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (r *recorder) Send(_ context.Context, to bot.Address, rep bot.Reply) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got[to.Conversation] = append(r.got[to.Conversation], rep)
	return nil
}
func (r *recorder) texts(conv string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, rep := range r.got[conv] {
		out = append(out, rep.Text)
	}
	return out
}

// countingHandler counts turns reaching the engine.
type countingHandler struct {
	h    bot.Handler
	mu   sync.Mutex
	n    map[string]int // update id → count
	done int            // turns over, their replies sent
}

func (c *countingHandler) Handle(ctx context.Context, in bot.Inbound) error {
	c.mu.Lock()
	c.n[in.UpdateID]++
	c.mu.Unlock()
	err := c.h.Handle(ctx, in)
	c.mu.Lock()
	c.done++
	c.mu.Unlock()
	return err
}

func (c *countingHandler) finished() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.done
}

func (c *countingHandler) total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.n {
		n += v
	}
	return n
}

func newEnv(t testing.TB, opts ...cepslack.Option) *env {
	t.Helper()
	return newEnvCfg(t, nil, opts...)
}

func newEnvCfg(t testing.TB, mutate func(*cepslack.Config), opts ...cepslack.Option) *env {
	t.Helper()
	return newEnvOn(t, memory.New(nil), mutate, opts...)
}

// newEnvOn is newEnvCfg on the store st.
func newEnvOn(t testing.TB, st bot.Store, mutate func(*cepslack.Config), opts ...cepslack.Option) *env {
	t.Helper()
	e := &env{t: t, slack: newFakeSlack(t), dir: directory.Sample()}
	e.st = st
	e.svc = booking.New(e.st, e.dir, booking.WithClock(e.now))
	cfg := cepslack.Config{BotToken: "xoxb-test-token", SigningSecret: signingSecret, APIURL: e.slack.URL()}
	base := []cepslack.Option{cepslack.WithClaimer(e.st), cepslack.WithStore(e.st), cepslack.WithDirectory(e.dir),
		cepslack.WithHandoffs(e.svc), cepslack.WithBookings(e.st), cepslack.WithWorkers(4, 16), cepslack.WithClock(e.now)}
	if mutate != nil {
		mutate(&cfg)
	}
	a, err := cepslack.New(cfg, append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	e.a = a
	dlg := dialogs.New(dialogs.Deps{Bookings: e.svc, Relay: a})
	e.engine = bot.NewEngine(bot.Config{Store: e.st, Dialog: dlg, Texts: dialogs.Texts()})
	e.engine.Attach(a)
	e.visitors = &recorder{name: "telegram", got: map[string][]bot.Reply{}}
	e.engine.Attach(e.visitors)
	a.SetVisitors(e.engine)
	e.turns = &countingHandler{h: a.Visitors(e.engine), n: map[string]int{}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, e.turns) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	e.http = httptest.NewServer(a.Handler())
	t.Cleanup(e.http.Close)
	e.disp = dispatch.New(dispatch.Config{Outbox: e.st, Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{a.Notifier()} },
		BaseBackoff: time.Millisecond, MaxAttempts: 50})
	// Wait until Run has started the workers.
	waitFor(t, "adapter running", a.Ready)
	return e
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (e *env) postSigned(path string, body []byte, extra http.Header) *http.Response {
	return e.post(path, body, sign(signingSecret, time.Now(), body), extra)
}

func (e *env) post(path string, body []byte, h, extra http.Header) *http.Response {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+path, strings.NewReader(string(body)))
	for k, v := range h {
		req.Header[k] = v
	}
	for k, v := range extra {
		req.Header[k] = v
	}
	if path == cepslack.PathEvents {
		req.Header.Set("Content-Type", "application/json")
	} else {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

// messageEvent builds an event_callback for a message.
func messageEvent(eventID string, ev map[string]any) []byte {
	ev["type"] = "message"
	if _, ok := ev["ts"]; !ok {
		ev["ts"] = fmt.Sprintf("%d.000100", time.Now().UnixNano())
	}
	b, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": eventID, "team_id": "T1", "event": ev})
	return b
}

// dm sends a direct message from user in channel and waits until the bot
// has processed it (the number of messages in the DM grows).
func (e *env) dm(channel, user, text string) {
	e.t.Helper()
	e.evN++
	before := len(e.slack.messages(channel))
	body := messageEvent(fmt.Sprintf("Ev%04d", e.evN), map[string]any{"channel": channel, "channel_type": "im", "user": user, "text": text, "client_msg_id": fmt.Sprintf("cm-%d", e.evN)})
	if r := e.postSigned(cepslack.PathEvents, body, nil); r.StatusCode != 200 {
		e.t.Fatalf("event: HTTP %d", r.StatusCode)
	}
	waitFor(e.t, "reply to "+text, func() bool { return len(e.slack.messages(channel)) > before })
	time.Sleep(20 * time.Millisecond) // let multi-message replies land
}

// interaction posts a block_actions payload.
func (e *env) interaction(user, channel, messageTS string, b button, trigger string, blocks json.RawMessage) *http.Response {
	e.t.Helper()
	if blocks == nil {
		blocks = json.RawMessage(`[]`)
	}
	payload := map[string]any{
		"type": "block_actions", "trigger_id": trigger,
		"user":      map[string]any{"id": user},
		"channel":   map[string]any{"id": channel},
		"container": map[string]any{"type": "message", "channel_id": channel, "message_ts": messageTS},
		"message":   map[string]any{"ts": messageTS, "type": "message", "blocks": blocks},
		"actions": []map[string]any{{"action_id": b.ActionID, "block_id": b.BlockID, "value": b.Value, "type": "button",
			"action_ts": fmt.Sprintf("%d.0001", time.Now().UnixNano()), "text": map[string]any{"type": "plain_text", "text": b.Label}}},
	}
	pj, _ := json.Marshal(payload)
	body := []byte(url.Values{"payload": {string(pj)}}.Encode())
	return e.postSigned(cepslack.PathInteractions, body, nil)
}

// press presses the first button of the last message of a DM and waits for
// the bot's answer.
func (e *env) pressFirst(channel, user string) {
	e.t.Helper()
	msgs := e.slack.messages(channel)
	var last message
	for i := len(msgs) - 1; i >= 0; i-- {
		if len(buttons(msgs[i])) > 0 {
			last = msgs[i]
			break
		}
	}
	bs := buttons(last)
	if len(bs) == 0 {
		e.t.Fatalf("no buttons to press in %s", channel)
	}
	e.evN++
	before := len(msgs)
	if r := e.interaction(user, channel, last.TS, bs[0], fmt.Sprintf("trig-%d", e.evN), last.Blocks); r.StatusCode != 200 {
		e.t.Fatalf("interaction: HTTP %d", r.StatusCode)
	}
	waitFor(e.t, "answer to button "+bs[0].Label, func() bool { return len(e.slack.messages(channel)) > before })
	time.Sleep(20 * time.Millisecond)
}

func (e *env) dmTexts(channel string) []string {
	var out []string
	for _, m := range e.slack.messages(channel) {
		out = append(out, m.Text)
	}
	return out
}

package telegram

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	cepbot "github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
)

func TestConfigFromEnv(t *testing.T) {
	dir := t.TempDir()
	tokFile := filepath.Join(dir, "token")
	os.WriteFile(tokFile, []byte(telegramtest.Token+"\n"), 0o600)
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

	cfg, err := ConfigFromEnv(env(map[string]string{EnvTokenFile: tokFile}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Token != telegramtest.Token || cfg.Mode != ModePolling || cfg.APIURL != DefaultAPIURL {
		t.Fatalf("defaults: %+v", cfg)
	}
	cfg, err = ConfigFromEnv(env(map[string]string{EnvToken: telegramtest.Token, EnvMode: "webhook",
		EnvWebhookURL: "https://bot.example.fr/telegram/webhook", EnvSecret: testSecret, EnvAPIURL: "http://127.0.0.1:8081/"}))
	if err != nil || cfg.Mode != ModeWebhook || cfg.APIURL != "http://127.0.0.1:8081" {
		t.Fatalf("webhook: %+v %v", cfg, err)
	}

	badSecret := "bad:secret with spaces"
	for name, m := range map[string]map[string]string{
		"missing token":  {},
		"both token":     {EnvToken: telegramtest.Token, EnvTokenFile: tokFile},
		"bad token":      {EnvToken: "not a token " + testSecret},
		"bad mode":       {EnvToken: telegramtest.Token, EnvMode: "push"},
		"webhook bare":   {EnvToken: telegramtest.Token, EnvMode: "webhook"},
		"webhook http":   {EnvToken: telegramtest.Token, EnvMode: "webhook", EnvWebhookURL: "http://bot.example.fr/x", EnvSecret: testSecret},
		"bad secret":     {EnvToken: telegramtest.Token, EnvMode: "webhook", EnvWebhookURL: "https://bot.example.fr/x", EnvSecret: badSecret},
		"missing file":   {EnvTokenFile: filepath.Join(dir, "nope")},
		"bad api url":    {EnvToken: telegramtest.Token, EnvAPIURL: "ftp://x"},
		"secret in file": {EnvToken: telegramtest.Token, EnvSecretFile: filepath.Join(dir, "nope2"), EnvSecret: badSecret},
	} {
		_, err := ConfigFromEnv(env(m))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		msg := err.Error()
		for _, secret := range []string{telegramtest.Token, "TEST-token", testSecret, badSecret} {
			if strings.Contains(msg, secret) {
				t.Errorf("%s: error leaks a secret: %s", name, msg)
			}
		}
	}
}

func TestNewDoesNoIO(t *testing.T) {
	// An unreachable API: New must still succeed (no getMe).
	_, err := New(Config{Token: telegramtest.Token, APIURL: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{Token: "x"}); err == nil || strings.Contains(err.Error(), "x\"") {
		t.Fatalf("bad token: %v", err)
	}
}

func TestPollingEchoCommandsAndStart(t *testing.T) {
	e := newEnv(t, ModePolling)
	rec := &recorder{}
	e.run(cepbot.HandlerFunc(func(ctx context.Context, in cepbot.Inbound) error {
		rec.Handle(ctx, in)
		return e.echo()(ctx, in)
	}))
	e.srv.SendText(42, "/start promo_2026")
	e.srv.SendText(42, "Bonjour <b>&</b>")
	e.srv.SendText(42, "/aide@cepbot_test_bot maintenant")
	waitFor(t, "three replies", func() bool { return len(e.srv.Messages(42)) == 3 })

	ins := rec.all()
	if ins[0].Text != "/start" || ins[0].Payload != "promo_2026" || ins[0].Conversation != "42" || ins[0].User != "42" || ins[0].Channel != "telegram" || ins[0].UpdateID == "" {
		t.Errorf("start: %+v", ins[0])
	}
	if ins[2].Text != "/aide maintenant" {
		t.Errorf("command with bot name: %q", ins[2].Text)
	}
	msgs := e.srv.Messages(42)
	if msgs[1].Text != "echo: Bonjour <b>&</b>" || msgs[1].ParseMode != "HTML" || msgs[1].Raw != "echo: Bonjour &lt;b&gt;&amp;&lt;/b&gt;" {
		t.Errorf("escaping: %+v", msgs[1])
	}
	cmds := e.srv.Calls("setMyCommands")
	if len(cmds) != 1 || !strings.Contains(cmds[0].Params["commands"], `"conseiller"`) || !strings.Contains(cmds[0].Params["commands"], "Effacer mes données") {
		t.Errorf("commands: %+v", cmds)
	}
	if e.srv.Count("deleteWebhook") != 1 {
		t.Error("polling must delete the webhook first")
	}
	// The offset confirms processed updates.
	waitFor(t, "confirmation", func() bool { return e.srv.Pending() == 0 })
}

func TestPollingDuplicateProcessedOnce(t *testing.T) {
	e := newEnv(t, ModePolling)
	rec := &recorder{}
	e.run(rec)
	body := telegramtest.TextUpdate(777, 5, "un")
	e.srv.InjectRaw(777, body)
	waitFor(t, "first", func() bool { return rec.len() == 1 })
	e.srv.Redeliver(777, body) // same update_id again
	e.srv.SendText(5, "deux")
	waitFor(t, "second", func() bool { return rec.len() >= 2 })
	time.Sleep(50 * time.Millisecond)
	if got := rec.all(); len(got) != 2 || got[1].Text != "deux" {
		t.Fatalf("duplicate processed: %+v", got)
	}
}

// countingDialog is a minimal dialogue for the engine: it counts steps and
// answers each message, offering two choices with the session step.
type countingDialog struct {
	steps atomic.Int64
}

func (d *countingDialog) Step(_ context.Context, s *cepbot.Session, in cepbot.Inbound) ([]cepbot.Reply, error) {
	d.steps.Add(1)
	step := strconv.FormatUint(uint64(s.Step), 10)
	if in.Step != "" && in.Step != step {
		return []cepbot.Reply{{Text: "Cette question est dépassée."}}, nil
	}
	s.Step++
	s.Set("last", in.Text+in.Choice)
	return []cepbot.Reply{{Text: "Question " + strconv.Itoa(int(s.Step)), Step: strconv.FormatUint(uint64(s.Step), 10),
		Choices: []cepbot.Choice{{Label: "Oui", Value: "oui"}, {Label: "Non", Value: "non"}}}}, nil
}

// Two replicas (two adapters, two engines) sharing one store receive the
// same webhook update: the engine's dedupe makes it processed once.
func TestDuplicateAcrossReplicasThroughEngine(t *testing.T) {
	st := memory.New(nil)
	d := &countingDialog{}
	var envs []*env
	for range 2 {
		e := newEnv(t, ModeWebhook, WithClaimer(st))
		eng := cepbot.NewEngine(cepbot.Config{Store: st, Dialog: d})
		eng.Attach(e.a)
		e.run(eng)
		envs = append(envs, e)
	}
	body := telegramtest.TextUpdate(9001, 77, "bonjour")
	for _, e := range envs {
		if code := post(t, e.hook.URL+"/telegram/webhook", testSecret, body); code != 200 {
			t.Fatalf("status %d", code)
		}
	}
	// Both are acknowledged; exactly one step and one reply happen.
	waitFor(t, "a reply", func() bool {
		return len(envs[0].srv.Messages(77))+len(envs[1].srv.Messages(77)) >= 1
	})
	time.Sleep(100 * time.Millisecond)
	// Both engines may step the dialogue when they race on the same
	// version: the loser's save conflicts and its turn is discarded, so the
	// invariant is one reply (below), not one call of Step.
	if n := d.steps.Load(); n < 1 || n > 2 {
		t.Fatalf("dialogue stepped %d times for one update", n)
	}
	if n := len(envs[0].srv.Messages(77)) + len(envs[1].srv.Messages(77)); n != 1 {
		t.Fatalf("%d replies for one update", n)
	}
}

// orderProbe records, per chat, the sequence numbers handled and checks
// that no two updates of a chat run at once, while chats overlap.
type orderProbe struct {
	mu       sync.Mutex
	seqs     map[string][]int
	inChat   map[string]int
	overlap  bool // two updates of one chat at once: must never happen
	cur, max atomic.Int64
}

func newOrderProbe() *orderProbe {
	return &orderProbe{seqs: map[string][]int{}, inChat: map[string]int{}}
}

func (p *orderProbe) Handle(_ context.Context, in cepbot.Inbound) error {
	n := p.cur.Add(1)
	for {
		m := p.max.Load()
		if n <= m || p.max.CompareAndSwap(m, n) {
			break
		}
	}
	p.mu.Lock()
	p.inChat[in.Conversation]++
	if p.inChat[in.Conversation] > 1 {
		p.overlap = true
	}
	p.mu.Unlock()
	time.Sleep(time.Millisecond) // give other chats a chance to run meanwhile
	seq, _ := strconv.Atoi(strings.TrimPrefix(in.Text, "m"))
	p.mu.Lock()
	p.seqs[in.Conversation] = append(p.seqs[in.Conversation], seq)
	p.inChat[in.Conversation]--
	p.mu.Unlock()
	p.cur.Add(-1)
	return nil
}

func (p *orderProbe) check(t *testing.T, chats, per int) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.overlap {
		t.Error("two updates of one chat were processed concurrently")
	}
	if len(p.seqs) != chats {
		t.Fatalf("%d chats processed, want %d", len(p.seqs), chats)
	}
	for chat, s := range p.seqs {
		if len(s) != per {
			t.Fatalf("chat %s: %d updates processed, want %d", chat, len(s), per)
		}
		for i, v := range s {
			if v != i {
				t.Fatalf("chat %s: out of order: %v", chat, s)
			}
		}
	}
	if p.max.Load() < 2 {
		t.Errorf("chats never processed in parallel (max concurrency %d)", p.max.Load())
	}
	t.Logf("%d chats × %d updates in order; max concurrency %d", chats, per, p.max.Load())
}

func TestPerChatOrderPolling(t *testing.T) {
	const chats, per = 30, 20
	e := newEnv(t, ModePolling, WithWorkers(8))
	p := newOrderProbe()
	// Interleave the chats' messages, as Telegram would.
	for i := range per {
		for c := range chats {
			e.srv.SendText(int64(1000+c), "m"+strconv.Itoa(i))
		}
	}
	e.run(p)
	waitFor(t, "all updates", func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		n := 0
		for _, s := range p.seqs {
			n += len(s)
		}
		return n == chats*per
	})
	p.check(t, chats, per)
}

func TestPerChatOrderWebhook(t *testing.T) {
	const chats, per = 30, 20
	e := newEnv(t, ModeWebhook, WithWorkers(8), WithQueueSize(per))
	p := newOrderProbe()
	e.run(p)
	url := e.hook.URL + "/telegram/webhook"
	var wg sync.WaitGroup
	var id atomic.Int64
	id.Store(50_000)
	for c := range chats {
		wg.Go(func() { // each chat's updates posted in order, chats concurrently
			for i := range per {
				body := telegramtest.TextUpdate(id.Add(1), int64(2000+c), "m"+strconv.Itoa(i))
				for post(t, url, testSecret, body) == http.StatusServiceUnavailable {
					time.Sleep(time.Millisecond)
				}
			}
		})
	}
	wg.Wait()
	waitFor(t, "all updates", func() bool {
		p.mu.Lock()
		defer p.mu.Unlock()
		n := 0
		for _, s := range p.seqs {
			n += len(s)
		}
		return n == chats*per
	})
	p.check(t, chats, per)
}

func TestButtonsCallbacksAndStaleSteps(t *testing.T) {
	e := newEnv(t, ModePolling)
	rec := &recorder{}
	long := strings.Repeat("valeur-longue-", 8) // > 64 bytes: sent by index
	e.run(rec)
	ctx := context.Background()
	to := cepbot.Address{Channel: Channel, Conversation: "8"}
	if err := e.a.Send(ctx, to, cepbot.Reply{Text: "Votre statut ?", Step: "3",
		Choices: []cepbot.Choice{{Label: "Salarié", Value: "salarie"}, {Label: "Autre", Value: long}}}); err != nil {
		t.Fatal(err)
	}
	msgs := e.srv.Messages(8)
	if len(msgs) != 1 || len(msgs[0].Keyboard) != 2 || msgs[0].Keyboard[0][0].Data != "s3|salarie" || msgs[0].Keyboard[1][0].Data != "s3#1" {
		t.Fatalf("keyboard: %+v", msgs)
	}
	if _, err := e.srv.Press(8, "Salarié"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "callback", func() bool { return rec.len() == 1 })
	in := rec.all()[0]
	if in.Choice != "salarie" || in.Step != "3" || in.Text != "" || in.Conversation != "8" || in.User != "8" {
		t.Errorf("inbound: %+v", in)
	}
	waitFor(t, "answer and edit", func() bool {
		return e.srv.Count("answerCallbackQuery") == 1 && e.srv.Messages(8)[0].Edited
	})
	m := e.srv.Messages(8)[0]
	if m.Text != "Votre statut ?\n\n✔ Salarié" || len(m.Keyboard) != 0 {
		t.Errorf("chosen label: %+v", m)
	}
	// A stale button (the old message as it was shown) still reaches the
	// dialogue with its step token; the long value comes back by index.
	e.srv.PressData(msgs[0], "s3#1")
	e.srv.PressData(msgs[0], "garbage") // malformed: answered, ignored
	waitFor(t, "stale", func() bool { return rec.len() == 2 && e.srv.Count("answerCallbackQuery") == 3 })
	if in := rec.all()[1]; in.Step != "3" || in.Choice != long {
		t.Errorf("stale/long: %+v", in)
	}
	time.Sleep(30 * time.Millisecond)
	if rec.len() != 2 {
		t.Errorf("malformed callback data was passed on")
	}
}

func Test429RetryAfterHonoured(t *testing.T) {
	e := newEnv(t, ModePolling)
	e.srv.FailNext("sendMessage", 1, 1)
	start := time.Now()
	err := e.a.Send(context.Background(), cepbot.Address{Channel: Channel, Conversation: "9"}, cepbot.Reply{Text: "x"})
	if err != nil {
		t.Fatal(err)
	}
	calls := e.srv.Calls("sendMessage")
	if len(calls) != 2 || calls[1].At.Sub(calls[0].At) < time.Second || time.Since(start) < time.Second {
		t.Fatalf("retry_after not honoured: %d calls", len(calls))
	}
	// Too long a wait, or too many 429s: a transient error, not a hang.
	e2 := newEnv(t, ModePolling, WithMaxRetryAfter(500*time.Millisecond))
	e2.srv.FailNext("sendMessage", 1, 30)
	err = e2.a.Send(context.Background(), cepbot.Address{Channel: Channel, Conversation: "9"}, cepbot.Reply{Text: "x"})
	if !errors.Is(err, cepbot.ErrTransient) {
		t.Fatalf("want ErrTransient, got %v", err)
	}
}

func TestTransientAndPermanentErrors(t *testing.T) {
	var blocked []string
	var mu sync.Mutex
	e := newEnv(t, ModePolling, WithOnBlocked(func(id string) { mu.Lock(); blocked = append(blocked, id); mu.Unlock() }))
	to := cepbot.Address{Channel: Channel, Conversation: "10"}
	e.srv.FailNextCode("sendMessage", 2, 502, "Bad Gateway")
	if err := e.a.Send(context.Background(), to, cepbot.Reply{Text: "a"}); err != nil {
		t.Fatalf("5xx not retried: %v", err)
	}
	e.srv.FailNextCode("sendMessage", 10, 500, "Internal Server Error")
	err := e.a.Send(context.Background(), to, cepbot.Reply{Text: "b"})
	if !errors.Is(err, cepbot.ErrTransient) {
		t.Fatalf("want ErrTransient, got %v", err)
	}
	e.srv.ClearFailures()
	e.srv.Block(10)
	err = e.a.Send(context.Background(), to, cepbot.Reply{Text: "c"})
	if !errors.Is(err, ErrBlocked) || errors.Is(err, cepbot.ErrTransient) {
		t.Fatalf("want ErrBlocked, got %v", err)
	}
	mu.Lock()
	if len(blocked) != 1 || blocked[0] != "10" {
		t.Errorf("onBlocked: %v", blocked)
	}
	mu.Unlock()
	// Network failure: transient, and the token never shows.
	a, _ := New(Config{Token: telegramtest.Token, APIURL: "http://127.0.0.1:1"}, WithRetry(2, time.Millisecond))
	err = a.Send(context.Background(), to, cepbot.Reply{Text: "d"})
	if !errors.Is(err, cepbot.ErrTransient) || strings.Contains(err.Error(), telegramtest.Token) {
		t.Fatalf("network error: %v", err)
	}
}

func TestMyChatMemberBlocked(t *testing.T) {
	got := make(chan string, 2)
	e := newEnv(t, ModePolling, WithOnBlocked(func(id string) { got <- id }))
	e.run(&recorder{})
	kicked := map[string]any{"my_chat_member": map[string]any{
		"chat": map[string]any{"id": 31, "type": "private"}, "from": map[string]any{"id": 31, "first_name": "V"}, "date": 1,
		"old_chat_member": map[string]any{"status": "member", "user": map[string]any{"id": 1, "is_bot": true, "first_name": "b"}},
		"new_chat_member": map[string]any{"status": "kicked", "user": map[string]any{"id": 1, "is_bot": true, "first_name": "b"}, "until_date": 0},
	}}
	e.srv.Inject(kicked)
	select {
	case id := <-got:
		if id != "31" {
			t.Errorf("blocked %q", id)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("onBlocked not called")
	}
}

func TestWebhookSecurityAndBadInput(t *testing.T) {
	e := newEnv(t, ModeWebhook, WithMaxBody(4096))
	rec := &recorder{}
	e.run(rec)
	waitFor(t, "webhook registration", func() bool { u, _ := e.srv.Webhook(); return u != "" })
	url := e.hook.URL + "/telegram/webhook"
	body := telegramtest.TextUpdate(1, 3, "secret text")

	for name, c := range map[string]struct {
		secret string
		body   []byte
		want   int
	}{
		"forged secret":  {"s3cret-Webhook_tokem", body, 401},
		"no secret":      {"", body, 401},
		"prefix secret":  {testSecret[:5], body, 401},
		"oversize":       {testSecret, []byte(`{"update_id":2,"message":{"text":"` + strings.Repeat("a", 5000) + `"}}`), 413},
		"invalid json":   {testSecret, []byte(`{"update_id":`), 400},
		"no update id":   {testSecret, []byte(`{"message":{}}`), 400},
		"unknown type":   {testSecret, []byte(`{"update_id":4,"poll":{"id":"p","question":"?","options":[]},"future_type":{"x":1}}`), 200},
		"inline query":   {testSecret, []byte(`{"update_id":5,"inline_query":{"id":"q","from":{"id":1,"first_name":"a"},"query":"x","offset":""}}`), 200},
		"bad utf8 text":  {testSecret, append(append([]byte(`{"update_id":6,"message":{"message_id":1,"date":1,"chat":{"id":6,"type":"private"},"text":"`), 0xff, 0xfe), []byte(`"}}`)...), 200},
		"channel no id":  {testSecret, []byte(`{"update_id":7,"channel_post":{"message_id":1,"date":1,"chat":{"type":"channel"}}}`), 200},
		"callback no id": {testSecret, []byte(`{"update_id":8,"callback_query":{"data":"s1|x"}}`), 200},
	} {
		if got := post(t, url, c.secret, c.body); got != c.want {
			t.Errorf("%s: status %d, want %d", name, got, c.want)
		}
	}
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set(WebhookSecretHeader, testSecret)
	// GET is refused by the mux pattern (405), and by the handler itself:
	rw := &statusRecorder{header: http.Header{}}
	e.a.WebhookHandler().ServeHTTP(rw, req)
	if rw.status != 405 {
		t.Errorf("GET: %d", rw.status)
	}
	time.Sleep(50 * time.Millisecond)
	for _, in := range rec.all() {
		if in.UpdateID != "6" {
			t.Errorf("processed: %+v", in)
		}
	}
	if logs := e.logs.String(); strings.Contains(logs, "secret text") || strings.Contains(logs, testSecret) || strings.Contains(logs, telegramtest.Token) {
		t.Errorf("logs leak text or secrets: %s", logs)
	}
	// The real Telegram posts with the registered secret.
	if _, secret := e.srv.Webhook(); secret != testSecret {
		t.Errorf("setWebhook secret_token not sent")
	}
	sw := e.srv.Calls("setWebhook")[0]
	if !strings.Contains(sw.Params["allowed_updates"], "callback_query") || !strings.Contains(sw.Params["allowed_updates"], "my_chat_member") {
		t.Errorf("allowed_updates: %q", sw.Params["allowed_updates"])
	}
}

type statusRecorder struct {
	header http.Header
	status int
}

func (r *statusRecorder) Header() http.Header         { return r.header }
func (r *statusRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *statusRecorder) WriteHeader(s int)           { r.status = s }

func TestWebhookNoSecretConfiguredRefusesAll(t *testing.T) {
	a, err := New(Config{Token: telegramtest.Token})
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, "/telegram/webhook", strings.NewReader(`{"update_id":1}`))
	rw := &statusRecorder{header: http.Header{}}
	a.WebhookHandler().ServeHTTP(rw, req)
	if rw.status != 401 {
		t.Fatalf("status %d", rw.status)
	}
}

// Telegram's own delivery (the fake server posts to the registered webhook
// and redelivers on 503): a full queue refuses, redelivery completes.
func TestWebhookDeliveryQueueFullRedelivered(t *testing.T) {
	e := newEnv(t, ModeWebhook, WithWorkers(1), WithQueueSize(1))
	release := make(chan struct{})
	rec := &recorder{}
	e.run(cepbot.HandlerFunc(func(ctx context.Context, in cepbot.Inbound) error {
		<-release
		rec.Handle(ctx, in)
		return e.a.Send(ctx, in.Addr(), cepbot.Reply{Text: "ok " + in.Text})
	}))
	waitFor(t, "webhook registration", func() bool { u, _ := e.srv.Webhook(); return u != "" })
	for i := range 4 {
		e.srv.SendText(12, "m"+strconv.Itoa(i))
	}
	waitFor(t, "a 503", func() bool {
		for _, d := range e.srv.Deliveries() {
			if d.Status == 503 {
				return true
			}
		}
		return false
	})
	close(release)
	waitFor(t, "all processed", func() bool { return rec.len() == 4 })
	for i, in := range rec.all() {
		if in.Text != "m"+strconv.Itoa(i) {
			t.Fatalf("order after redelivery: %+v", rec.all())
		}
	}
}

func TestGroupAnsweredOnce(t *testing.T) {
	st := memory.New(nil)
	e := newEnv(t, ModePolling, WithClaimer(st))
	rec := &recorder{}
	e.run(rec)
	e.srv.SendText(-100, "/start")
	e.srv.SendText(-100, "bonjour le groupe")
	e.srv.SendText(44, "privé")
	waitFor(t, "private message", func() bool { return rec.len() == 1 })
	waitFor(t, "notice", func() bool { return len(e.srv.Messages(-100)) == 1 })
	time.Sleep(50 * time.Millisecond)
	if m := e.srv.Messages(-100); len(m) != 1 || m[0].Text != GroupNotice {
		t.Fatalf("group messages: %+v", m)
	}
	// Another replica sharing the claimer does not answer again.
	e2 := newEnv(t, ModePolling, WithClaimer(st))
	e2.run(rec)
	e2.srv.SendText(-100, "encore")
	waitFor(t, "confirmation", func() bool { return e2.srv.Pending() == 0 })
	time.Sleep(50 * time.Millisecond)
	if n := len(e2.srv.Messages(-100)); n != 0 {
		t.Fatalf("second replica answered the group again (%d)", n)
	}
	if rec.len() != 1 {
		t.Fatalf("group message passed to the dialogue")
	}
}

func TestLongTextSplitAndAttachment(t *testing.T) {
	e := newEnv(t, ModePolling)
	var b strings.Builder
	for i := 0; b.Len() < 12000; i++ {
		fmt.Fprintf(&b, "Ligne %d : <b> & 😀 é\n", i)
	}
	text := b.String()
	err := e.a.Send(context.Background(), cepbot.Address{Channel: Channel, Conversation: "13"}, cepbot.Reply{
		Text: text, Step: "1", Choices: []cepbot.Choice{{Label: "OK", Value: "ok"}},
		Attachments: []cepbot.Attachment{{Name: "rendez-vous.ics", MIME: "text/calendar", Data: []byte("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	msgs := e.srv.Messages(13)
	if len(msgs) < 4 {
		t.Fatalf("%d messages", len(msgs))
	}
	var parts []string
	for i, m := range msgs[:len(msgs)-1] {
		parts = append(parts, m.Text)
		if (len(m.Keyboard) > 0) != (i == len(msgs)-2) {
			t.Errorf("keyboard on part %d", i)
		}
		if !strings.HasSuffix(m.Text, "é") {
			t.Errorf("part %d not cut at a line break", i)
		}
	}
	if strings.Join(parts, "\n") != strings.TrimRight(text, "\n") {
		t.Error("text changed by splitting")
	}
	doc := msgs[len(msgs)-1].Document
	if doc == nil || doc.Name != "rendez-vous.ics" || !strings.HasPrefix(string(doc.Data), "BEGIN:VCALENDAR") {
		t.Errorf("document: %+v", doc)
	}
}

func TestPanicRecovered(t *testing.T) {
	e := newEnv(t, ModePolling, WithWorkers(1))
	rec := &recorder{}
	e.run(cepbot.HandlerFunc(func(ctx context.Context, in cepbot.Inbound) error {
		if in.Text == "boom" {
			panic("dialogue bug")
		}
		return rec.Handle(ctx, in)
	}))
	e.srv.SendText(14, "boom")
	e.srv.SendText(14, "after")
	waitFor(t, "next update", func() bool { return rec.len() == 1 })
	if !strings.Contains(e.logs.String(), "panic") {
		t.Error("panic not logged")
	}
}

func TestThrottlePerChat(t *testing.T) {
	e := newEnv(t, ModePolling, WithLimits(Limits{Global: 1000, GlobalBurst: 10, PerChat: 20, PerChatBurst: 1}))
	to := cepbot.Address{Channel: Channel, Conversation: "15"}
	start := time.Now()
	for range 5 {
		if err := e.a.Send(context.Background(), to, cepbot.Reply{Text: "x"}); err != nil {
			t.Fatal(err)
		}
	}
	// 5 messages at 20/s with burst 1: at least 4 intervals of 50 ms.
	if d := time.Since(start); d < 190*time.Millisecond {
		t.Fatalf("not throttled: %v", d)
	}
}

func TestRunStopsAndRefuses(t *testing.T) {
	e := newEnv(t, ModeWebhook)
	stop := e.run(&recorder{})
	waitFor(t, "webhook registration", func() bool { u, _ := e.srv.Webhook(); return u != "" })
	stop()
	if code := post(t, e.hook.URL+"/telegram/webhook", testSecret, telegramtest.TextUpdate(1, 1, "x")); code != 503 {
		t.Fatalf("after stop: %d", code)
	}
	if err := e.a.Run(context.Background(), &recorder{}); err == nil {
		t.Fatal("second Run accepted")
	}
}

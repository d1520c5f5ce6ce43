package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/file"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// The crash tests play Telegram: a burst of 20 chats × 11 updates posted to
// the webhook of `cepbot serve` (this test binary as a child process), each
// update posted again until it gets a 2xx, as Telegram does. The bot is
// killed at a random point (SIGKILL or SIGTERM), or its Redis is, then
// restarted on the same store; the test counts, per chat, the replies
// received against a run without a crash:
//   - every acknowledged update processed exactly once and in order: the
//     final session (state, question count) equals the reference run's, every
//     update id is in it, and the replies match the reference's one for one;
//   - every reply received (0 lost), in order; replies sent again counted as
//     duplicates: after a SIGKILL or a Redis outage, at most one reply in
//     all (the one in flight, accepted by Telegram but not yet marked
//     sent); none after a SIGTERM.

const (
	crashChats   = 20
	crashUpdates = 11
	crashSecret  = "crash-test-secret"
)

// crashScript is what each visitor types; chat c starts at line c%len so
// that chats are at different points of the dialogue.
var crashScript = []string{
	"/start", "oui", "Je suis au chômage et j'habite à Lille", "42", "oui",
	"Je voudrais changer de métier", "1", "non", "/aide", "2", "merci",
}

var crashDate = time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("", 3600)).Unix()

func crashUpdate(id, chat int64, text string) []byte {
	msg := map[string]any{
		"message_id": id, "date": crashDate, "text": text,
		"chat": map[string]any{"id": chat, "type": "private", "first_name": "V"},
		"from": map[string]any{"id": chat, "is_bot": false, "first_name": "V"},
	}
	if strings.HasPrefix(text, "/") {
		msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len(text)}}
	}
	b, _ := json.Marshal(map[string]any{"update_id": id, "message": msg})
	return b
}

type crashUpd struct {
	id, chat int64
	body     []byte
}

// crashBurst is the burst: update ids grow with time, chats interleaved.
func crashBurst() map[int64][]crashUpd {
	out := map[int64][]crashUpd{}
	id := int64(500000)
	for i := range crashUpdates {
		for c := range crashChats {
			chat := int64(81000 + c)
			id++
			out[chat] = append(out[chat], crashUpd{id, chat, crashUpdate(id, chat, crashScript[(i+c)%len(crashScript)])})
		}
	}
	return out
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// crashBot runs `cepbot serve` children on one store and one address.
type crashBot struct {
	t     *testing.T
	tg    *telegramtest.Server
	addr  string
	store string
	extra []string
	cmd   *exec.Cmd
	logs  *syncBuffer
	all   strings.Builder
}

func (b *crashBot) start() {
	b.t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "CEPBOT_TEST_CHILD=1", "CEPBOT_TEST_ARGS=serve",
		"CEPBOT_TELEGRAM_TOKEN="+b.tg.Token, "CEPBOT_TELEGRAM_API_URL="+b.tg.URL,
		"CEPBOT_TELEGRAM_MODE=webhook", "CEPBOT_TELEGRAM_WEBHOOK_URL=https://bot.example/telegram/webhook",
		"CEPBOT_TELEGRAM_SECRET="+crashSecret, "CEPBOT_TELEGRAM_THROTTLE=off",
		"CEPBOT_HTTP_ADDR="+b.addr, "CEPBOT_STORE="+b.store, "CEPBOT_REPLICA=crash-test",
		"CEPBOT_PSEUDONYM_KEY=k", "CEPBOT_NOW=2026-12-01T09:00:00+01:00", "CEPBOT_LOG_LEVEL=warn")
	cmd.Env = append(cmd.Env, b.extra...)
	b.logs = &syncBuffer{}
	cmd.Stdout, cmd.Stderr = b.logs, b.logs
	if err := cmd.Start(); err != nil {
		b.t.Fatal(err)
	}
	b.cmd = cmd
	b.t.Cleanup(func() { _ = cmd.Process.Kill(); _, _ = cmd.Process.Wait() })
}

func (b *crashBot) stop(sig syscall.Signal) {
	b.t.Helper()
	if err := b.cmd.Process.Signal(sig); err != nil {
		b.t.Fatal(err)
	}
	err := b.cmd.Wait()
	b.all.WriteString(b.logs.String())
	if sig == syscall.SIGTERM && err != nil {
		b.t.Fatalf("after SIGTERM: %v\n%s", err, b.logs.String())
	}
}

// post delivers every update of the burst, chats in parallel, each chat's
// updates one after the other, retrying until 2xx. onAck sees each ack.
func post(ctx context.Context, addr string, burst map[int64][]crashUpd, onAck func()) {
	client := &http.Client{Timeout: 10 * time.Second}
	var wg sync.WaitGroup
	for _, upds := range burst {
		wg.Go(func() {
			for _, u := range upds {
				for ctx.Err() == nil {
					req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr+"/telegram/webhook", bytes.NewReader(u.body))
					req.Header.Set("Content-Type", "application/json")
					req.Header.Set("X-Telegram-Bot-Api-Secret-Token", crashSecret)
					resp, err := client.Do(req)
					if err == nil {
						resp.Body.Close()
						if resp.StatusCode/100 == 2 {
							onAck()
							break
						}
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
		})
	}
	wg.Wait()
}

// sent returns the texts sent to each chat, in order.
func sent(tg *telegramtest.Server) map[int64][]string {
	out := map[int64][]string{}
	for _, c := range tg.Calls("sendMessage", "sendDocument") {
		chat, _ := strconv.ParseInt(c.Params["chat_id"], 10, 64)
		text := c.Params["text"]
		if c.Method == "sendDocument" {
			text = "document:" + c.Params["caption"]
		}
		out[chat] = append(out[chat], text)
	}
	return out
}

// compare walks got against want: an item equal to want's next is
// expected; an item equal to an earlier one of want is a duplicate; any
// other is an error. It returns how many of want were received, the
// duplicates, and the runs of duplicates (a turn's replies sent again).
func compare(want, got []string) (received, dups, runs int, err error) {
	inRun := false
	for _, g := range got {
		switch {
		case received < len(want) && g == want[received]:
			received++
			inRun = false
		case slicesContains(want[:received], g):
			dups++
			if !inRun {
				runs++
			}
			inRun = true
		default:
			return received, dups, runs, fmt.Errorf("unexpected reply %q after %d of %d", g, received, len(want))
		}
	}
	return received, dups, runs, nil
}

func slicesContains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

type crashRef struct {
	replies  map[int64][]string
	sessions map[int64]*bot.Session
}

var (
	refOnce sync.Once
	ref     crashRef
)

// reference runs the burst once without a crash (file store).
func reference(t *testing.T) crashRef {
	refOnce.Do(func() {
		tg := telegramtest.NewServer()
		defer tg.Close()
		db := filepath.Join(t.TempDir(), "ref.db")
		b := &crashBot{t: t, tg: tg, addr: freeAddr(t), store: "file:" + db}
		b.start()
		burst := crashBurst()
		post(t.Context(), b.addr, burst, func() {})
		// The reference is taken after 3 s without a reply, not the 700 ms
		// the crash runs wait for duplicates: under CI with -race a pause
		// of the bot longer than 700 ms truncated it, and the crash run's
		// later, correct replies were then reported as unexpected.
		if !waitQuietFor(tg, 60*time.Second, 3*time.Second) {
			t.Fatal("reference run did not settle")
		}
		b.stop(syscall.SIGTERM)
		ref.replies = sent(tg)
		ref.sessions = fileSessions(t, db, burst)
	})
	if ref.replies == nil {
		t.Fatal("no reference run")
	}
	return ref
}

// waitQuiet waits until no message was sent for a while.
func waitQuiet(tg *telegramtest.Server, limit time.Duration) bool {
	return waitQuietFor(tg, limit, 700*time.Millisecond)
}

// waitQuietFor waits, at most limit, until no message was sent for quiet.
func waitQuietFor(tg *telegramtest.Server, limit, quiet time.Duration) bool {
	deadline := time.Now().Add(limit)
	last, since := -1, time.Now()
	for time.Now().Before(deadline) {
		n := len(tg.Calls("sendMessage", "sendDocument"))
		if n != last {
			last, since = n, time.Now()
		} else if n > 0 && time.Since(since) > quiet {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

func fileSessions(t *testing.T, db string, burst map[int64][]crashUpd) map[int64]*bot.Session {
	st, err := file.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return loadSessions(t, st, burst)
}

func loadSessions(t *testing.T, st bot.SessionStore, burst map[int64][]crashUpd) map[int64]*bot.Session {
	out := map[int64]*bot.Session{}
	for chat := range burst {
		key := "telegram:" + strconv.FormatInt(chat, 10)
		data, v, err := st.LoadSession(context.Background(), key)
		if err != nil {
			t.Fatalf("chat %d: %v", chat, err)
		}
		s, err := bot.DecodeSession(key, v, data)
		if err != nil {
			t.Fatal(err)
		}
		out[chat] = s
	}
	return out
}

type crashCase struct {
	name    string
	redis   bool
	kill    string // "SIGKILL", "SIGTERM", "redis"
	polling bool   // long polling instead of the webhook
}

func TestCrashLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("runs cepbot serve under a burst several times")
	}
	want := reference(t)
	for _, c := range []crashCase{
		{"file/SIGKILL", false, "SIGKILL", false},
		{"file/SIGTERM", false, "SIGTERM", false},
		{"redis/SIGKILL", true, "SIGKILL", false},
		{"redis/SIGTERM", true, "SIGTERM", false},
		{"redis/redis-killed", true, "redis", false},
		{"file/polling/SIGKILL", false, "SIGKILL", true},
		{"file/polling/SIGTERM", false, "SIGTERM", true},
	} {
		t.Run(c.name, func(t *testing.T) { crashRun(t, c, want) })
	}
}

func crashRun(t *testing.T, c crashCase, want crashRef) {
	tg := telegramtest.NewServer()
	defer tg.Close()
	b := &crashBot{t: t, tg: tg, addr: freeAddr(t)}
	var openStore func() bot.SessionStore
	var stopRedis, restartRedis func()
	if c.redis {
		var url string
		if c.kill == "redis" {
			// Its own server, with the AOF fsynced at every write, as a
			// production Redis that must not lose acknowledged writes.
			url, stopRedis, restartRedis = redistest.StartPersistentServer(t)
		} else {
			url = redistest.URL(t)
		}
		prefix := fmt.Sprintf("crash%d", time.Now().UnixNano())
		b.store, b.extra = url, []string{"CEPBOT_REDIS_PREFIX=" + prefix, "CEPBOT_INBOX_LEASE=3s"}
		openStore = func() bot.SessionStore {
			s, err := redisstore.Open(context.Background(), url, redisstore.WithPrefix(prefix))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { purgeRedis(s, prefix); s.Close() })
			return s
		}
	} else {
		db := filepath.Join(t.TempDir(), "cepbot.db")
		b.store = "file:" + db
		openStore = func() bot.SessionStore {
			s, err := file.Open(db)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	}
	seed := uint64(time.Now().UnixNano())
	// CEPBOT_CRASH_SEED replays the kill point of a logged failure.
	if v := os.Getenv("CEPBOT_CRASH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("CEPBOT_CRASH_SEED %q: %v", v, err)
		}
		seed = n
	}
	rng := rand.New(rand.NewPCG(seed, 18))
	killAt := int64(10 + rng.IntN(crashChats*crashUpdates-40))
	t.Logf("seed %d: %s after %d acknowledged updates", seed, c.kill, killAt)

	burst := crashBurst()
	var acks atomic.Int64
	killed := make(chan struct{})
	var once sync.Once
	done := make(chan struct{})
	if c.polling {
		// Telegram keeps the updates until a getUpdates offset confirms
		// them; the kill comes after a random number of replies.
		b.extra = append(b.extra, "CEPBOT_TELEGRAM_MODE=polling")
		var all []crashUpd
		for _, upds := range burst {
			all = append(all, upds...)
		}
		slices.SortFunc(all, func(a, b crashUpd) int { return cmp.Compare(a.id, b.id) })
		for _, u := range all {
			tg.InjectRaw(u.id, u.body)
		}
		b.start()
		go func() {
			defer close(done)
			telegramtest.WaitFor(30*time.Second, func() bool { return int64(len(tg.Calls("sendMessage"))) >= killAt/2 })
			close(killed)
			telegramtest.WaitFor(60*time.Second, func() bool { return tg.Pending() == 0 })
			acks.Store(int64(len(all) - tg.Pending()))
		}()
	} else {
		b.start()
		go func() {
			defer close(done)
			post(t.Context(), b.addr, burst, func() {
				if acks.Add(1) == killAt {
					once.Do(func() { close(killed) })
				}
			})
		}()
	}
	<-killed
	switch c.kill {
	case "SIGKILL":
		b.stop(syscall.SIGKILL)
		b.start()
	case "SIGTERM":
		b.stop(syscall.SIGTERM)
		b.start()
	case "redis":
		stopRedis()
		time.Sleep(500 * time.Millisecond)
		restartRedis()
	}
	<-done
	// Every reply of the reference received (or a timeout, then counted),
	// then a quiet moment to catch late duplicates.
	telegramtest.WaitFor(30*time.Second, func() bool {
		got := sent(tg)
		for chat, w := range want.replies {
			if r, _, _, _ := compare(w, got[chat]); r < len(w) {
				return false
			}
		}
		return true
	})
	if !waitQuiet(tg, 30*time.Second) {
		t.Fatalf("did not settle:\n%s", b.logs.String())
	}
	b.stop(syscall.SIGTERM)

	got := sent(tg)
	lost, dups, runs, maxRuns := 0, 0, 0, 0
	for chat, w := range want.replies {
		received, d, r, err := compare(w, got[chat])
		if err != nil {
			t.Errorf("chat %d: %v", chat, err)
		}
		lost += len(w) - received
		dups += d
		runs += r
		maxRuns = max(maxRuns, r)
	}
	sessions := loadSessions(t, openStore(), burst)
	wrong := 0
	for chat, s := range sessions {
		r := want.sessions[chat]
		// State and question count (variables hold the turn times, which
		// follow the clock and differ between runs); the replies compared
		// above show each turn ran once and in order.
		if s.State != r.State || s.Step != r.Step || len(s.Out) != 0 {
			wrong++
			t.Errorf("chat %d: ended in %q step %d (%d pending replies), want %q step %d",
				chat, s.State, s.Step, len(s.Out), r.State, r.Step)
		}
		for _, u := range burst[chat] {
			if !s.HasSeen(strconv.FormatInt(u.id, 10)) {
				t.Errorf("chat %d: acknowledged update %d never processed", chat, u.id)
			}
		}
	}
	t.Logf("%s: %d updates acknowledged, replies lost %d, duplicated %d (turns repeated %d), conversations diverging %d",
		c.name, acks.Load(), lost, dups, runs, wrong)
	if lost > 0 {
		t.Errorf("%d replies lost", lost)
	}
	switch c.kill {
	case "SIGTERM":
		if dups > 0 {
			t.Errorf("%d replies sent twice after a SIGTERM", dups)
		}
	default:
		// At least once: the reply in flight at the kill (handed to
		// Telegram, not yet marked sent) may be sent again; the engine
		// lets one reply at a time be in that window.
		if dups > 1 {
			t.Errorf("%d replies sent again after one crash (%d conversations, at most %d turns in one), want at most one",
				dups, runs, maxRuns)
		}
	}
	if t.Failed() {
		t.Logf("logs:\n%s%s", b.all.String(), b.logs.String())
	}
}

func purgeRedis(s *redisstore.Store, prefix string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	rdb := s.Client()
	for _, pattern := range []string{prefix + ":*", "{" + prefix + ":bk}:*", "{" + prefix + ":in:*"} {
		iter := rdb.Scan(ctx, 0, pattern, 500).Iterator()
		for iter.Next(ctx) {
			rdb.Unlink(ctx, iter.Val())
		}
	}
}

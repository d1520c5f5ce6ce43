package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
)

// A burst of 3 000 new chats, each sending /start, posted to the webhook by
// 100 connections at once (Telegram's max_connections is 40 per bot; more
// here): none is refused (backpressure is the inbox's length, not 503s) and
// every chat is answered. The drain time and the inbox depth over time are
// logged (measurements, not assertions).
func TestBurstOfNewChatsIsQueuedNotRefused(t *testing.T) {
	// Waits mostly on Telegram's pacing: runs beside the other slow tests.
	t.Parallel()
	if testing.Short() {
		t.Skip("3 000 conversations through cepbot serve")
	}
	const chats, conns = 3000, 100
	tg := telegramtest.NewServer()
	defer tg.Close()
	b := &crashBot{t: t, tg: tg, addr: freeAddr(t), store: "file:" + filepath.Join(t.TempDir(), "cepbot.db"),
		extra: []string{"CEPBOT_LOG_LEVEL=info"}}
	wait := 120 * time.Second
	// Measurement runs: CEPBOT_BURST_PACED=1 keeps Telegram's pacing (30
	// messages/s overall), CEPBOT_BURST_STORE picks another store.
	if os.Getenv("CEPBOT_BURST_PACED") == "1" {
		b.extra = append(b.extra, "CEPBOT_TELEGRAM_THROTTLE=on")
		wait = 10 * time.Minute
	}
	if s := os.Getenv("CEPBOT_BURST_STORE"); s != "" {
		b.store = s
		b.extra = append(b.extra, fmt.Sprintf("CEPBOT_REDIS_PREFIX=burst%d", time.Now().UnixNano()))
	}
	b.start()
	serveAddr(t, b.logs)

	var refused, sentN atomic.Int64
	next := make(chan int64)
	start := time.Now()
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 30 * time.Second}
	for range conns {
		wg.Go(func() {
			for chat := range next {
				id := 700000 + chat
				body := crashUpdate(id, 900000+chat, "/start")
				for {
					req, _ := http.NewRequest(http.MethodPost, "http://"+b.addr+"/telegram/webhook", bytes.NewReader(body))
					req.Header.Set("X-Telegram-Bot-Api-Secret-Token", crashSecret)
					resp, err := client.Do(req)
					if err == nil {
						resp.Body.Close()
						if resp.StatusCode/100 == 2 {
							sentN.Add(1)
							break
						}
						refused.Add(1)
					}
					time.Sleep(50 * time.Millisecond)
				}
			}
		})
	}
	for c := range int64(chats) {
		next <- c
	}
	close(next)
	wg.Wait()
	acked := time.Since(start)
	answered := func() int {
		seen := map[string]bool{}
		for _, c := range tg.Calls("sendMessage") {
			seen[c.Params["chat_id"]] = true
		}
		return len(seen)
	}
	if !telegramtest.WaitFor(wait, func() bool { return answered() == chats }) {
		t.Errorf("%d of %d chats answered", answered(), chats)
	}
	drained := time.Since(start)
	b.stop(syscall.SIGTERM)
	if refused.Load() > 0 {
		t.Errorf("%d webhook posts refused during the burst, want 0", refused.Load())
	}
	var depth []string
	for _, line := range strings.Split(b.logs.String(), "\n") {
		var rec struct {
			Time  time.Time
			Msg   string
			Depth int64
		}
		if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "inbox: backlog" {
			depth = append(depth, rec.Time.Sub(start).Round(100*time.Millisecond).String()+"="+jsonInt(rec.Depth))
		}
	}
	t.Logf("%d chats: all acknowledged after %v (%d refused), all answered after %v; inbox depth over time: %s",
		chats, acked.Round(time.Millisecond), refused.Load(), drained.Round(time.Millisecond), strings.Join(depth, " "))
}

func jsonInt(n int64) string { b, _ := json.Marshal(n); return string(b) }

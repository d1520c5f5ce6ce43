package telegram

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	cepbot "github.com/cep-accueil/cepbot/bot"
)

// BenchmarkWebhook measures updates per second accepted by the webhook
// handler over loopback HTTP (keep-alive, 8 concurrent posters, 1 000
// chats) and fully processed:
//   - ack: a handler that only counts;
//   - echo: a handler that replies through the adapter to the fake Bot API;
//   - reception: the engine + memory store + the reception dialogue ("/start"
//     in new conversations, replies sent to the fake Bot API).
func BenchmarkWebhook(b *testing.B) {
	b.Run("ack", func(b *testing.B) {
		benchWebhook(b, func(e *env, done func()) cepbot.Handler {
			return cepbot.HandlerFunc(func(context.Context, cepbot.Inbound) error { done(); return nil })
		}, "bonjour")
	})
	b.Run("echo", func(b *testing.B) {
		benchWebhook(b, func(e *env, done func()) cepbot.Handler {
			return cepbot.HandlerFunc(func(ctx context.Context, in cepbot.Inbound) error {
				defer done()
				return e.a.Send(ctx, in.Addr(), cepbot.Reply{Text: "echo"})
			})
		}, "bonjour")
	})
	b.Run("reception", func(b *testing.B) {
		benchWebhook(b, func(e *env, done func()) cepbot.Handler {
			eng, _ := newReception(time.Now)
			eng.Attach(e.a)
			return cepbot.HandlerFunc(func(ctx context.Context, in cepbot.Inbound) error {
				defer done()
				return eng.Handle(ctx, in)
			})
		}, "/start")
	})
}

func benchWebhook(b *testing.B, mk func(e *env, done func()) cepbot.Handler, text string) {
	e := newEnv(b, ModeWebhook, WithWorkers(64), WithQueueSize(256))
	var wg sync.WaitGroup
	e.run(mk(e, wg.Done))
	url := e.hook.URL + "/telegram/webhook"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	const posters, chats = 8, 1000
	bodies := make([][]byte, b.N)
	for i := range bodies {
		bodies[i] = telegramtest.TextUpdate(int64(i+1), int64(1+i%chats), text)
	}
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	wg.Add(b.N)
	var pw sync.WaitGroup
	for range posters {
		pw.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				for {
					req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(bodies[i]))
					req.Header.Set("Content-Type", "application/json")
					req.Header.Set(WebhookSecretHeader, testSecret)
					resp, err := client.Do(req)
					if err != nil {
						b.Error(err)
						return
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode == http.StatusOK {
						break
					}
					time.Sleep(100 * time.Microsecond) // 503: queue full, redeliver
				}
			}
		})
	}
	pw.Wait()
	wg.Wait()
	el := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/el.Seconds(), "updates/s")
}

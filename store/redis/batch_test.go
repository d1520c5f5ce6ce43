package redis

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

func openThrough(t *testing.T, url string, opts ...Option) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := Open(ctx, url, append([]Option{WithPrefix(fmt.Sprintf("cepbotbatch%d", time.Now().UnixNano()))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestBatcherEachCallerGetsItsOwnReply sends the commands of many
// concurrent callers through the batcher: each one gets its own reply, or
// its own Redis error, never another caller's; a caller's multi-command
// request stays in order; and fewer round trips than commands were sent.
func TestBatcherEachCallerGetsItsOwnReply(t *testing.T) {
	s := openThrough(t, redistest.URL(t))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	wrongType := s.prefix + ":batch:str"
	if err := s.rdb.Set(ctx, wrongType, "x", time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	defer s.rdb.Del(context.Background(), wrongType)
	const callers, rounds = 64, 50
	trips0 := s.RoundTrips()
	var wg sync.WaitGroup
	var bad atomic.Int64
	for i := range callers {
		wg.Go(func() {
			key := fmt.Sprintf("%s:batch:%d", s.prefix, i)
			defer s.rdb.Del(context.Background(), key)
			for r := range rounds {
				want := fmt.Sprintf("caller %d round %d", i, r)
				switch (i + r) % 3 {
				case 0: // one command
					cmd := goredis.NewStringCmd(ctx, "echo", want)
					if err := s.hot(ctx, cmd); err != nil || cmd.Val() != want {
						t.Errorf("caller %d: echo = %q, %v; want %q", i, cmd.Val(), err, want)
						bad.Add(1)
					}
				case 1: // a Redis error is the caller's own
					cmd := goredis.NewStringCmd(ctx, "hget", wrongType, want)
					if err := s.hot(ctx, cmd); err == nil || !strings.HasPrefix(err.Error(), "WRONGTYPE") {
						t.Errorf("caller %d: hget on a string = %q, %v; want WRONGTYPE", i, cmd.Val(), err)
						bad.Add(1)
					}
				default: // several commands, in order, in one batch
					var set *goredis.StatusCmd
					var get *goredis.StringCmd
					err := s.pipeHot(ctx, func(p goredis.Pipeliner) {
						set = p.Set(ctx, key, want, time.Minute)
						get = p.Get(ctx, key)
					})
					if err != nil || set.Val() != "OK" || get.Val() != want {
						t.Errorf("caller %d: set+get = %q %q, %v; want OK %q", i, set.Val(), get.Val(), err, want)
						bad.Add(1)
					}
				}
				if bad.Load() > 10 {
					return
				}
			}
		})
	}
	wg.Wait()
	cmds := uint64(callers * rounds * 4 / 3)
	trips := s.RoundTrips() - trips0
	t.Logf("%d requests (≈ %d commands) in %d round trips", callers*rounds, cmds, trips)
	if trips >= callers*rounds {
		t.Errorf("%d round trips for %d requests: nothing was shared", trips, callers*rounds)
	}
}

// TestBatcherConnectionKilledMidBatch cuts the batcher's connection right
// after a batch was written, while many callers are waiting: the callers of
// that batch get an error that says Redis is unavailable (not a reply of
// someone else, not a hang); the others, and every caller afterwards, get
// their own replies.
func TestBatcherConnectionKilledMidBatch(t *testing.T) {
	url, _, _ := redistest.StartServer(t)
	p := redistest.NewProxy(t, strings.TrimSuffix(strings.TrimPrefix(url, "redis://"), "/0"))
	// No retry: a retried pipeline would hide the cut.
	s := openThrough(t, p.URL(), WithClientOptions(func(o *goredis.UniversalOptions) { o.MaxRetries = -1 }))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	const callers = 100
	var (
		ok, failed atomic.Int64
		stop       atomic.Bool
		wg         sync.WaitGroup
	)
	for i := range callers {
		wg.Go(func() {
			for r := 0; !stop.Load() || r < 20; r++ {
				want := fmt.Sprintf("caller %d round %d", i, r)
				cmd := goredis.NewStringCmd(ctx, "echo", want)
				err := s.hot(ctx, cmd)
				switch {
				case err == nil && cmd.Val() == want:
					ok.Add(1)
				case err == nil:
					t.Errorf("caller %d: got %q, want %q", i, cmd.Val(), want)
					return
				case unavailable(err):
					failed.Add(1)
				default:
					t.Errorf("caller %d: %v; want a connection error", i, err)
					return
				}
			}
		})
	}
	// Three cuts while the callers run, and more until one lands on a batch
	// on the wire: a cut between two batches kills an idle connection that
	// the pool redials, which no caller sees (a CI run under load once
	// made its three cuts that way in 0.13 s).
	for (p.Cuts.Load() < 3 || failed.Load() == 0) && ctx.Err() == nil {
		if !p.CutNext.Load() {
			p.CutNext.Store(true)
		}
		time.Sleep(5 * time.Millisecond)
	}
	stop.Store(true)
	wg.Wait()
	t.Logf("%d replies, %d errors from %d cuts", ok.Load(), failed.Load(), p.Cuts.Load())
	if p.Cuts.Load() < 3 {
		t.Fatalf("only %d cuts", p.Cuts.Load())
	}
	if failed.Load() == 0 {
		t.Error("no caller saw the killed connection")
	}
	if ok.Load() == 0 {
		t.Error("no caller got a reply")
	}
	// The store works on afterwards.
	cmd := goredis.NewStringCmd(ctx, "echo", "after")
	if err := s.hot(ctx, cmd); err != nil || cmd.Val() != "after" {
		t.Fatalf("after the cuts: %q, %v", cmd.Val(), err)
	}
	if _, err := s.SaveSession(ctx, "after", []byte("x"), 0, time.Minute); err != nil {
		t.Fatalf("after the cuts: %v", err)
	}
}

// TestBatcherCallerGivesUp: a caller whose context ends while its command
// waits behind a batch on a hung connection returns at once with its
// context's error, and its command is never sent.
func TestBatcherCallerGivesUp(t *testing.T) {
	url, _, _ := redistest.StartServer(t)
	p := redistest.NewProxy(t, strings.TrimSuffix(strings.TrimPrefix(url, "redis://"), "/0"))
	p.CountDropped("stuck") // the stuck calls swallowed while frozen
	s := openThrough(t, p.URL(), WithBatching(1, 16), WithClientOptions(func(o *goredis.UniversalOptions) {
		o.MaxRetries = -1
		o.ReadTimeout = 500 * time.Millisecond
	}))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// The connections of the two stuck calls are open before the freeze (a
	// dial would hang in the connection's set-up): a lone command goes on
	// the client's own pool (runBatch), two at once open two.
	var warm sync.WaitGroup
	for range 2 {
		warm.Go(func() { s.rdb.Do(ctx, "blpop", s.prefix+":warm", "0.1") }) // blocks 100 ms
	}
	warm.Wait()
	if err := s.hot(ctx, goredis.NewStringCmd(ctx, "echo", "warm")); err != nil {
		t.Fatal(err)
	}
	p.Frozen.Store(true)
	// Two stuck calls: the first is sent by its caller (nothing else on
	// the wire), the second by the only loop, which then waits.
	stuck := make(chan error, 2)
	for n := range int64(2) {
		go func() { stuck <- s.hot(ctx, goredis.NewStringCmd(ctx, "echo", "stuck")) }()
		for p.Dropped.Load() <= n && ctx.Err() == nil {
			time.Sleep(time.Millisecond)
		}
	}
	marker := s.prefix + ":gaveup"
	short, cancelShort := context.WithTimeout(ctx, 20*time.Millisecond)
	err := s.hot(short, goredis.NewStatusCmd(short, "set", marker, "1"))
	cancelShort()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("gave up: %v, want the context's deadline", err)
	}
	if !errors.Is(s.fail("x", err), bot.ErrUnavailable) {
		t.Errorf("a caller's deadline is not classified unavailable: %v", err)
	}
	// Thawed before the stuck batch times out: were the abandoned command
	// sent afterwards, it would run.
	p.Frozen.Store(false)
	for range 2 {
		if err := <-stuck; !unavailable(err) {
			t.Fatalf("stuck batch: %v, want a timeout", err)
		}
	}
	// The next batch skips the abandoned command.
	cmd := goredis.NewStringCmd(ctx, "echo", "next")
	if err := s.hot(ctx, cmd); err != nil || cmd.Val() != "next" {
		t.Fatalf("after the thaw: %q, %v", cmd.Val(), err)
	}
	if n, err := s.rdb.Exists(ctx, marker).Result(); err != nil || n != 0 {
		t.Errorf("the abandoned command ran: exists = %d, %v", n, err)
	}
}

// TestBatcherClose: commands after Close fail with ErrClosed, classified
// unavailable.
func TestBatcherClose(t *testing.T) {
	s := openThrough(t, redistest.URL(t))
	s.Close()
	ctx := context.Background()
	_, _, err := s.LoadSession(ctx, "k")
	if !errors.Is(err, goredis.ErrClosed) || !errors.Is(err, bot.ErrUnavailable) {
		t.Fatalf("after Close: %v", err)
	}
}

// TestBatcherSessionCallersGiveUp: session loads and saves whose callers
// give up at random moments (before their call is taken, while it is on
// the wire, or after) among callers that wait: the call of a load or a
// save lives in its pooled argument buffer (argBuf.c), so a call left to a
// loop or to the garbage collector must never be handed to the next
// caller of that buffer. Every load that succeeds reads its own session.
func TestBatcherSessionCallersGiveUp(t *testing.T) {
	s := openThrough(t, redistest.URL(t), WithBatching(2, 8))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	const callers, rounds = 40, 150
	var (
		wg            sync.WaitGroup
		loads, gaveUp atomic.Int64
		wrong         atomic.Int64
	)
	for i := range callers {
		wg.Go(func() {
			key := fmt.Sprintf("giveup%d", i)
			version := int64(0)
			for r := range rounds {
				c, stop := ctx, context.CancelFunc(func() {})
				if (i+r)%3 != 0 { // a deadline of 0 to 300 µs
					c, stop = context.WithTimeout(ctx, time.Duration((i*7+r*13)%300)*time.Microsecond)
				}
				data := fmt.Sprintf("%s|%d|%s", key, r, strings.Repeat("x", (i*r)%700))
				if v, err := s.SaveSession(c, key, []byte(data), version, time.Minute); err == nil {
					version = v
				} else if errors.Is(err, bot.ErrConflict) || c.Err() != nil {
					// a save given up may have run: read the version back
					if _, v, err := s.LoadSessionString(ctx, key); err == nil {
						version = v
					} else if !errors.Is(err, bot.ErrNotFound) {
						t.Errorf("%s: reload: %v", key, err)
					}
				} else {
					t.Errorf("%s: save: %v", key, err)
				}
				got, _, err := s.LoadSessionString(c, key)
				stop()
				switch {
				case err == nil:
					loads.Add(1)
					if !strings.HasPrefix(got, key+"|") {
						wrong.Add(1)
						t.Errorf("%s: loaded %.20q…, another caller's", key, got)
					}
				case errors.Is(err, context.DeadlineExceeded), errors.Is(err, bot.ErrNotFound),
					c.Err() != nil && errors.Is(err, bot.ErrUnavailable): // a lone caller's deadline is its socket's
					gaveUp.Add(1)
				default:
					t.Errorf("%s: load: %v", key, err)
				}
				if wrong.Load() > 5 {
					return
				}
			}
		})
	}
	wg.Wait()
	t.Logf("%d loads read, %d given up", loads.Load(), gaveUp.Load())
	if loads.Load() == 0 || gaveUp.Load() == 0 {
		t.Errorf("%d loads read, %d given up: want some of each", loads.Load(), gaveUp.Load())
	}
}

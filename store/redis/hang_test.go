package redis_test

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// freezer is a TCP proxy to Redis that can stop forwarding while keeping
// connections open: a hung server or a network partition, the failure a
// refused connection does not show.
type freezer struct {
	l      net.Listener
	target string
	frozen atomic.Bool
	mu     sync.Mutex
	conns  []net.Conn
	wg     sync.WaitGroup
}

func newFreezer(t *testing.T, target string) *freezer {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &freezer{l: l, target: target}
	f.wg.Go(f.serve)
	t.Cleanup(f.close)
	return f
}

func (f *freezer) addr() string { return f.l.Addr().String() }

func (f *freezer) serve() {
	for {
		c, err := f.l.Accept()
		if err != nil {
			return
		}
		up, err := net.Dial("tcp", f.target)
		if err != nil {
			c.Close()
			continue
		}
		f.mu.Lock()
		f.conns = append(f.conns, c, up)
		f.mu.Unlock()
		f.wg.Go(func() { f.pipe(up, c) })
		f.wg.Go(func() { f.pipe(c, up) })
	}
}

// pipe copies while not frozen; frozen bytes are swallowed, so the reader
// waits forever as it would on a hung server.
func (f *freezer) pipe(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 && !f.frozen.Load() {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				dst.Close()
			}
			return
		}
	}
}

func (f *freezer) close() {
	f.l.Close()
	f.mu.Lock()
	for _, c := range f.conns {
		c.Close()
	}
	f.mu.Unlock()
	f.wg.Wait()
}

func TestServerHung(t *testing.T) {
	url, _, _ := redistest.StartServer(t)
	target := strings.TrimSuffix(strings.TrimPrefix(url, "redis://"), "/0")
	f := newFreezer(t, target)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := redis.Open(ctx, "redis://"+f.addr()+"/0", redis.WithPrefix(uniquePrefix()))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.SaveSession(ctx, "k", []byte("x"), 0, time.Hour); err != nil {
		t.Fatal(err)
	}

	f.frozen.Store(true)
	for _, op := range []struct {
		name string
		run  func(context.Context) error
	}{
		{"LoadSession", func(c context.Context) error { _, _, err := s.LoadSession(c, "k"); return err }},
		{"SaveSession", func(c context.Context) error { _, err := s.SaveSession(c, "k", []byte("y"), 1, time.Hour); return err }},
	} {
		c, cancel := context.WithTimeout(context.Background(), 30*time.Second) // the store's own timeouts must fire first
		start := time.Now()
		err := op.run(c)
		cancel()
		d := time.Since(start)
		if !errors.Is(err, bot.ErrUnavailable) || d > 5*time.Second {
			t.Errorf("hung server: %s = %v after %v; want bot.ErrUnavailable within 5 s", op.name, err, d)
		}
		t.Logf("hung server: %s failed in %v: %v", op.name, d.Round(time.Millisecond), err)
	}

	// A caller's shorter deadline bounds the wait too (ContextTimeoutEnabled).
	c, cancel2 := context.WithTimeout(context.Background(), 200*time.Millisecond)
	start := time.Now()
	_, _, err = s.LoadSession(c, "k")
	cancel2()
	if d := time.Since(start); !errors.Is(err, bot.ErrUnavailable) || d > time.Second {
		t.Errorf("hung server, 200 ms deadline: %v after %v", err, d)
	}

	f.frozen.Store(false)
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, _, err := s.LoadSession(ctx, "k")
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("still failing after the thaw: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

package redis_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

func TestServerHung(t *testing.T) {
	url, _, _ := redistest.StartServer(t)
	target := strings.TrimSuffix(strings.TrimPrefix(url, "redis://"), "/0")
	f := redistest.NewProxy(t, target)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := redis.Open(ctx, "redis://"+f.Addr()+"/0", redis.WithPrefix(uniquePrefix()))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.SaveSession(ctx, "k", []byte("x"), 0, time.Hour); err != nil {
		t.Fatal(err)
	}

	f.Frozen.Store(true)
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

	f.Frozen.Store(false)
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

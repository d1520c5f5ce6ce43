package redis

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// TestFoldedSessionSavesKeepEachCallersOutcome saves many sessions at once
// so that the batcher folds their saves into one script call: each caller
// gets its own outcome — its next version, ErrConflict when its version is
// stale, or the error of its own key (a key of another type) —, every
// stored session is the one its caller saved, with its caller's TTL (one
// caller in three uses another TTL than the rest: its saves are not folded
// with theirs), and saves were folded.
func TestFoldedSessionSavesKeepEachCallersOutcome(t *testing.T) {
	s := openThrough(t, redistest.URL(t))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	const callers, rounds = 48, 40
	// a session key holding a string: its saves fail, the others' do not
	broken := "broken"
	if err := s.rdb.Set(ctx, s.sessionKey(broken), "x", time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range callers {
		wg.Go(func() {
			key := fmt.Sprintf("chat-%d", i)
			if i == 0 {
				key = broken
			}
			var version int64
			ttl := time.Hour
			if i%3 == 2 {
				ttl = 30 * time.Minute
			}
			for r := range rounds {
				data := []byte(fmt.Sprintf("caller %d round %d %s", i, r, strings.Repeat("é", i)))
				if i%4 == 1 && r%5 == 4 {
					// a stale version: refused, nothing written
					if _, err := s.SaveSession(ctx, key, []byte("stale"), version-1, time.Hour); !errors.Is(err, bot.ErrConflict) {
						t.Errorf("%s: stale save = %v, want ErrConflict", key, err)
					}
					continue
				}
				next, err := s.SaveSession(ctx, key, data, version, ttl)
				if key == broken {
					if err == nil || !strings.Contains(err.Error(), "WRONGTYPE") {
						t.Errorf("saving over a string: %v, want WRONGTYPE", err)
					}
					continue
				}
				if err != nil || next != version+1 {
					t.Errorf("%s round %d: SaveSession = %d, %v; want %d", key, r, next, err, version+1)
					return
				}
				version = next
				got, v, err := s.LoadSession(ctx, key)
				if err != nil || v != version || string(got) != string(data) {
					t.Errorf("%s round %d: LoadSession = %q, %d, %v; want %q, %d", key, r, got, v, err, data, version)
					return
				}
			}
			if key == broken {
				return
			}
			if left := s.rdb.PTTL(ctx, s.sessionKey(key)).Val(); left > ttl || left < ttl-time.Minute {
				t.Errorf("%s: TTL %v left, want %v", key, left, ttl)
			}
		})
	}
	wg.Wait()
	if s.batch.folded.Load() == 0 {
		t.Error("no save was folded with another: the test did not exercise saveSessions")
	}
	t.Logf("%d of %d saves folded", s.batch.folded.Load(), callers*rounds)
}

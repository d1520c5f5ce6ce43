package redis_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// go-redis's own messages (here: a dial to a server that is down) come out
// as JSON log records, not plain text.
func TestGoRedisLogsGoToSlog(t *testing.T) {
	url, stop, _ := redistest.StartServer(t)
	var buf bytes.Buffer
	redis.SetLogger(slog.New(slog.NewJSONHandler(&buf, nil)))
	t.Cleanup(func() { redis.SetLogger(slog.New(slog.DiscardHandler)) })
	s := open(t, url, redis.WithClientOptions(func(o *goredis.UniversalOptions) { o.MaxRetries = -1 }))
	stop()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = s.Ping(ctx)
	out := strings.TrimSpace(buf.String())
	if out == "" {
		t.Fatal("nothing logged")
	}
	for _, line := range strings.Split(out, "\n") {
		var rec struct{ Msg, Detail string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil || rec.Msg != "redis client" || rec.Detail == "" {
			t.Fatalf("not a structured record: %q", line)
		}
	}
}

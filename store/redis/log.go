package redis

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	goredis "github.com/redis/go-redis/v9"
)

// SetLogger routes go-redis's own messages (failed dials, pool trouble),
// which it otherwise prints as plain text on stderr, to l as structured
// warnings. go-redis has one logger per process: the last call wins.
func SetLogger(l *slog.Logger) {
	if l == nil {
		return
	}
	goredis.SetLogger(slogLogger{l})
}

type slogLogger struct{ l *slog.Logger }

func (s slogLogger) Printf(ctx context.Context, format string, v ...any) {
	msg := strings.TrimSpace(strings.TrimPrefix(fmt.Sprintf(format, v...), "redis: "))
	s.l.WarnContext(ctx, "redis client", "detail", msg)
}

package redis_test

import (
	"context"
	"fmt"
	"os"

	goredis "github.com/redis/go-redis/v9"
)

type dbgHook struct{}

func (dbgHook) DialHook(next goredis.DialHook) goredis.DialHook { return next }
func (dbgHook) ProcessHook(next goredis.ProcessHook) goredis.ProcessHook {
	return func(ctx context.Context, cmd goredis.Cmder) error {
		if os.Getenv("DBG") != "" {
			fmt.Println("CMD", cmd.Args()[:min(3, len(cmd.Args()))])
		}
		return next(ctx, cmd)
	}
}
func (dbgHook) ProcessPipelineHook(next goredis.ProcessPipelineHook) goredis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []goredis.Cmder) error {
		if os.Getenv("DBG") != "" {
			fmt.Println("PIPE", len(cmds), cmds[0].Args()[:1])
		}
		return next(ctx, cmds)
	}
}

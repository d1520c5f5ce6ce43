package redis

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"
)

// ServerCPU is the processor time Redis has used since it started (user and
// system, every thread, summed over the Cluster's masters), from INFO cpu.
// `cepbot bench` reads it around its measure: on a machine shared by the bot
// and Redis, the CPU each spends per turn is steadier than turns per second,
// which follow the machine's load. Replicas are not counted: they replay the
// writes, they do not serve the turns.
func (s *Store) ServerCPU(ctx context.Context) (time.Duration, error) {
	var (
		mu    sync.Mutex // ForEachMaster runs f on the masters concurrently
		total time.Duration
	)
	err := s.eachMaster(ctx, func(ctx context.Context, c goredis.Cmdable) error {
		info, err := c.Info(ctx, "cpu").Result()
		if err != nil {
			return s.fail("reading Redis INFO cpu", err)
		}
		d, err := parseCPU(info)
		if err != nil {
			return err
		}
		mu.Lock()
		total += d
		mu.Unlock()
		return nil
	})
	return total, err
}

// parseCPU reads used_cpu_sys and used_cpu_user (seconds, as decimals) from
// an INFO cpu reply.
func parseCPU(info string) (time.Duration, error) {
	var total time.Duration
	for _, f := range [...]string{"used_cpu_sys", "used_cpu_user"} {
		v := infoField(info, f)
		if v == "" {
			return 0, fmt.Errorf("reading Redis INFO cpu: no %s field", f)
		}
		sec, err := strconv.ParseFloat(v, 64)
		if err != nil || !(sec >= 0 && sec <= 1e9) { // NaN too
			return 0, fmt.Errorf("reading Redis INFO cpu: %s is %q, not a number of seconds", f, v)
		}
		total += time.Duration(sec * float64(time.Second))
	}
	return total, nil
}

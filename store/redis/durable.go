package redis

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// WithWaitReplicas makes a booking confirmed only once n replicas have its
// write (WAIT n), within timeout: a failover then cannot lose a booking the
// visitor saw confirmed. n < 0 (the default): 1 when the server has
// replicas at Open, else 0 (no WAIT). timeout <= 0: 500 ms; it is kept
// under the client's read timeout (3/4 of it).
func WithWaitReplicas(n int, timeout time.Duration) Option {
	return func(c *config) { c.waitN, c.waitFor = n, timeout }
}

// WithAllowEviction lets Open accept a maxmemory-policy other than
// noeviction (Redis may then drop sessions and bookings under memory
// pressure).
func WithAllowEviction() Option { return func(c *config) { c.allowEviction = true } }

// ErrReplicaTimeout: WAIT returned before enough replicas had the write.
var ErrReplicaTimeout = errors.New("not enough replicas acknowledged the write in time")

// infoField reads one field of an INFO reply.
func infoField(info, name string) string {
	for line := range strings.SplitSeq(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), name+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// eachMaster runs f on every master (the one node, or every Cluster master).
func (s *Store) eachMaster(ctx context.Context, f func(context.Context, goredis.Cmdable) error) error {
	if cc, ok := s.rdb.(*goredis.ClusterClient); ok {
		return cc.ForEachMaster(ctx, func(ctx context.Context, c *goredis.Client) error { return f(ctx, c) })
	}
	return f(ctx, s.rdb)
}

// checkServer refuses an evicting server and settles the WAIT count.
func (s *Store) checkServer(ctx context.Context, cfg config) error {
	replicas := -1
	var mu sync.Mutex // ForEachMaster runs f on the masters concurrently
	err := s.eachMaster(ctx, func(ctx context.Context, c goredis.Cmdable) error {
		mem, err := c.Info(ctx, "memory").Result()
		if err != nil {
			return s.fail("reading Redis INFO memory", err)
		}
		if p := infoField(mem, "maxmemory_policy"); p != "" && p != "noeviction" && !cfg.allowEviction {
			return fmt.Errorf("Redis maxmemory-policy is %s: under memory pressure Redis would silently drop sessions and bookings. "+
				"Set maxmemory-policy noeviction (redis.conf or CONFIG SET), or CEPBOT_REDIS_ALLOW_EVICTION=1 to accept the risk", p)
		}
		rep, err := c.Info(ctx, "replication").Result()
		if err != nil {
			return s.fail("reading Redis INFO replication", err)
		}
		n, _ := strconv.Atoi(infoField(rep, "connected_slaves"))
		mu.Lock()
		if replicas < 0 || n < replicas {
			replicas = n
		}
		mu.Unlock()
		return nil
	})
	if err != nil {
		return err
	}
	s.waitN, s.waitFor = cfg.waitN, cfg.waitFor
	if s.waitN < 0 {
		s.waitN = min(1, max(replicas, 0))
	}
	if s.waitFor <= 0 {
		s.waitFor = 500 * time.Millisecond
	}
	// WAIT shares the booking's pipeline, whose replies are read within the
	// client's read timeout: a longer WAIT would end as a network timeout.
	if rt := s.readTimeout; rt > 0 && s.waitFor > rt*3/4 {
		s.waitFor = rt * 3 / 4
	}
	return nil
}

// WaitReplicas is the number of replicas a booking waits for (0: none).
func (s *Store) WaitReplicas() int { return s.waitN }

// agencyPipe runs fn in one pipeline on the connection of the master that
// holds agency ag, followed by WAIT when bookings wait for replicas: WAIT
// counts the writes of its own connection, so it must share the pipeline.
func (s *Store) agencyPipe(ctx context.Context, ag string, fn func(goredis.Pipeliner)) (*goredis.Cmd, error) {
	var wait *goredis.Cmd
	var c goredis.Cmdable = s.rdb
	if cc, ok := s.rdb.(*goredis.ClusterClient); ok && s.waitN > 0 {
		m, err := cc.MasterForKey(ctx, s.agencyKeys(ag)[0])
		if err != nil {
			return nil, err
		}
		c = m
	}
	full := func(p goredis.Pipeliner) {
		fn(p)
		if s.waitN > 0 {
			wait = p.Do(ctx, "WAIT", s.waitN, s.waitFor.Milliseconds())
		}
	}
	if s.waitN == 0 {
		// No WAIT: the step shares the batcher's round trips.
		return nil, s.pipeHot(ctx, fn)
	}
	err := s.pipeOn(ctx, c, full)
	return wait, err
}

// agencyCmds is agencyPipe for commands the caller built: without WAIT
// they go to the batcher as they are, with no pipeline, closure or command
// list of their own (pipeHot's), and are sent again once after a NOSCRIPT
// (the scripts reloaded), as pipeWith does.
func (s *Store) agencyCmds(ctx context.Context, ag string, cmds []goredis.Cmder) (*goredis.Cmd, error) {
	if s.waitN != 0 || s.batch == nil {
		return s.agencyPipe(ctx, ag, func(p goredis.Pipeliner) { processAll(ctx, p, cmds) })
	}
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := s.batch.doAll(ctx, cmds); err != nil {
			return nil, err // ctx or a closed store: the replies are not ours to read
		}
		if anyNoScript(cmds) && attempt == 0 {
			if err := s.loadScripts(ctx); err != nil {
				return nil, err
			}
			continue
		}
		if e := firstFailure(cmds); e != nil {
			return nil, e
		}
		return nil, nil
	}
}

// waited checks a WAIT reply.
func (s *Store) waited(op string, wait *goredis.Cmd) error {
	if wait == nil {
		return nil
	}
	n, err := wait.Int64()
	if err != nil {
		return s.fail(op, err)
	}
	if int(n) < s.waitN {
		return fmt.Errorf("%s: %w: %w (%d of %d replicas)", op, bot.ErrUnavailable, ErrReplicaTimeout, n, s.waitN)
	}
	return nil
}

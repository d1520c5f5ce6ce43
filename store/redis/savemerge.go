package redis

import (
	"context"
	"errors"
	"sync/atomic"

	goredis "github.com/redis/go-redis/v9"
)

// saveSessions is saveSession for several sessions at once: KEYS the
// sessions, ARGV the ttl ms shared by all, then three per key (expected
// version, next version, data). Each key is compared and written on its own, as saveSession would;
// the reply holds, per key, 1, the stored version on conflict, or the
// error of its write.
//
// The next version is always the expected one plus one, and still an
// argument: computed in Lua (string.format('%d', ARGV[j] + 1), exact below
// 2^53) it costs Redis ≈ 2 200 instructions where an argument costs
// ≈ 1 300 (callgrind, redis-server 7.0 fed 2 000 EVALSHA of either).
//
// A script call costs Redis ≈ 3 µs beyond its commands (INFO commandstats,
// redis-benchmark -P 16: EVALSHA of saveSession 6.3–7.8 µs against 3.4–4.5
// µs for its three commands), once per turn since every turn saves its
// session: the batcher folds the saves of a batch into one call
// (saveMerger), so that the call's fixed part is paid once per round trip
// instead of once per turn. Measured on cepbot bench --store redis (100
// concurrent, six runs alternated with the version before): Redis CPU per
// turn 34.1 → 32.5 µs on average, within the machine's noise per run.
var saveSessions = goredis.NewScript(`
local out = {}
local ttl = ARGV[1]
for i = 1, #KEYS do
  local j = i * 3 - 1
  local k = KEYS[i]
  -- pcall: a key of another type fails its own save, not the batch's
  local cur = redis.pcall('HGET', k, 'v')
  if type(cur) == 'table' and cur.err then
    out[i] = cur
  elseif (cur or '0') ~= ARGV[j] then
    out[i] = cur or '0'
  else
    redis.call('HSET', k, 'v', ARGV[j+1], 'd', ARGV[j+2])
    if ttl ~= '0' then redis.call('PEXPIRE', k, ttl) else redis.call('PERSIST', k) end
    out[i] = 1
  end
end
return out
`)

var saveSessionsSHA any = saveSessions.Hash()

var errUnexpectedMerge = errors.New("saving sessions: unexpected reply")

func init() { allScripts = append(allScripts, saveSessions) }

// saveMerger folds the session saves of a batch into one saveSessions
// call. It belongs to one batcher loop and keeps its slices between
// batches. Only a store whose keys all live on one server may use it: in
// a Cluster the sessions of a batch are on several slots.
type saveMerger struct {
	rdb    goredis.UniversalClient
	saves  []*goredis.Cmd
	args   []any
	merged *goredis.Cmd
	folded *atomic.Uint64 // saves sent folded, for tests
}

// isSave reports whether c is a lone session save (SaveSession's
// argBuf.save, sent with doOwned).
func isSave(c *call) bool {
	return c.buf != nil && len(c.cmds) == 1 && c.cmds[0] == goredis.Cmder(&c.buf.save)
}

// fold returns the commands to send for calls: every command but the
// session saves, in order, and one saveSessions call in place of the
// first save when there are two or more with the TTL of the first (one
// save goes as it is, and so does a save with another TTL).
//
// The TTL goes once per call rather than once per save: every Lua string
// costs Redis ≈ 1 700 instructions (README, « Performance »), and the
// saves of a batch nearly always share the engine's session TTL
// (callgrind, a redis-server fed 500 calls of 8 saves of 480 bytes:
// 34 800 → 34 100 instructions per save).
func (m *saveMerger) fold(ctx context.Context, calls []*call, cmds []goredis.Cmder) []goredis.Cmder {
	m.saves = m.saves[:0]
	var ttl any
	for _, c := range calls {
		if isSave(c) {
			if len(m.saves) == 0 {
				ttl = c.buf.save.Args()[7]
			}
			if c.buf.save.Args()[7] == ttl {
				m.saves = append(m.saves, &c.buf.save)
			}
		}
	}
	m.merged = nil
	if len(m.saves) < 2 {
		return cmds
	}
	n := len(m.saves)
	m.args = append(m.args[:0], "evalsha", saveSessionsSHA, n)
	for _, sv := range m.saves {
		m.args = append(m.args, sv.Args()[3]) // the key
	}
	m.args = append(m.args, ttl)
	for _, sv := range m.saves {
		a := sv.Args()
		m.args = append(m.args, a[4], a[5], a[6]) // expected, next, data
	}
	m.merged = goredis.NewCmd(ctx, m.args...)
	m.folded.Add(uint64(n))
	out := cmds[:0]
	placed := false
	for _, c := range calls {
		if isSave(c) && c.buf.save.Args()[7] == ttl {
			if !placed {
				out = append(out, m.merged)
				placed = true
			}
			continue
		}
		out = append(out, c.cmds...)
	}
	return out
}

// spread gives each folded save its reply (or the call's error) once the
// batch is back. A server that lost its scripts (a restart) gets the
// script again, and each save its NOSCRIPT error, which SaveSession
// answers with its own EVAL.
func (m *saveMerger) spread(ctx context.Context) {
	if m.merged == nil {
		return
	}
	defer clear(m.args)
	err := m.merged.Err()
	if err == nil {
		vals, ok := m.merged.Val().([]any)
		if ok && len(vals) == len(m.saves) {
			for i, sv := range m.saves {
				if e, isErr := vals[i].(error); isErr {
					sv.SetErr(e)
				} else {
					sv.SetVal(vals[i])
				}
			}
			clear(m.saves)
			m.merged = nil
			return
		}
		err = errUnexpectedMerge
	}
	if goredis.HasErrorPrefix(err, "NOSCRIPT") {
		_ = saveSessions.Load(ctx, m.rdb).Err()
	}
	for _, sv := range m.saves {
		sv.SetErr(err)
	}
	clear(m.saves)
	m.merged = nil
}

// Package redis is the store shared by several `cepbot serve` replicas: a
// go-redis v9 UniversalClient on a single Redis node, a Sentinel-managed
// master or a Redis Cluster.
//
// # URLs
//
//	redis://[user:pass@]host:6379/0[?dial_timeout=2s&read_timeout=1s&…]   single node (go-redis ParseURL parameters)
//	rediss://[user:pass@]host:6380/0                                        single node over TLS
//	redis+sentinel://[user:pass@]h1:26379,h2:26379/mymaster[/0][?…]          Sentinel: sentinel addresses, master name, DB
//	redis+cluster://[user:pass@]h1:7000,h2:7001[?…]                          Cluster: seed nodes (no DB number)
//	rediss+sentinel://…, rediss+cluster://…                                 the same over TLS
//
// user:pass authenticate to the data nodes (percent-encode special
// characters). Sentinel and Cluster URLs accept the parameters dial_timeout,
// read_timeout, write_timeout (Go durations or seconds), max_retries,
// pool_size, client_name, and for Sentinel sentinel_username and
// sentinel_password. Unknown parameters are errors. Defaults favour failing
// fast over hanging: dial 2 s, read and write 1 s, one retry, two dial
// attempts, and context deadlines bound every command
// (ContextTimeoutEnabled). Errors never contain the URL or its password.
//
// # Keys
//
// See keys.go for the layout: sessions and claims under their own hash tag,
// bookings, slot keys, indexes and outbox under their agency's tag
// {a:<agency>}, a visitor's index and active-booking pointer under
// {v:<visitor>}, and a few bounded hints under {g}. Steps that span two
// slots (the per-visitor index, one active booking per visitor, a move to
// another agency) are idempotent two-steps keyed by the booking's
// deterministic reference (booking.go).
//
//	p:{in:N}:s     inbox of received updates, stream of shard N, consumer group "inbox" (inbox.go)
//
// # Operations
//
// Every multi-key operation within a slot is one Lua script (loaded at
// Open, run with EVALSHA, reloaded after a server restart). A turn waits for
// two replies: LoadSession (HMGET) and SaveSession (a script that compares
// the version and writes data, version and expiry). A booking adds one (the
// intent, the agency step and the hints in one pipeline; two on a Cluster).
//
// The commands of concurrent turns share round trips (batch.go): a loop
// (WithBatching: several) sends whatever is queued as one pipeline and
// hands every caller its own replies (group commit); a lone command is
// sent at once. WAIT,
// transactions and blocking reads keep their own connections. RoundTrips
// counts what goes on the wire: each command, pipeline or shared batch is
// one.
//
// # Outbox
//
// Each agency has its outbox (see outbox.go). Within it, events due now
// are entries of a Redis Stream (p:{a:<agency>}:ostr) read by the
// consumer group "dispatch"; events due later (reminders, retries after a
// backoff) wait in a sorted set by due time (…:odue) and are moved onto
// the stream, atomically, by the first claim that finds them due. A claim is
// one script: promote due events, take back with XAUTOCLAIM the pending
// entries whose lease has ended (their consumer died or gave up), then read
// new entries with XREADGROUP. Leases are kept per event (…:olease)
// with the caller's clock rather than the server's idle time, so claims
// behave the same with a pinned clock (tests, CEPBOT_NOW) and on every
// replica; XAUTOCLAIM scans the pending list with a minimum idle of zero and
// only expired leases are handed out. Ack and Retry remove the stream entry
// (XACK, XDEL); Retry puts the event back in the due set, or among the dead.
// Event bodies, attempts and retry state stay in hashes, which also give the
// listings (pending in append order, dead) of `cepbot handoffs list`.
//
// Acknowledged events are deleted. Stream entries of acknowledged events are
// deleted with them, so the stream holds only pending events.
//
// # Errors and retention
//
// Errors name the operation; connection failures, timeouts, a closed client
// and LOADING/MASTERDOWN/CLUSTERDOWN/TRYAGAIN/READONLY replies also wrap
// bot.ErrUnavailable, so the engine tells the visitor the service is
// momentarily unavailable. Sessions expire by PEXPIRE (refreshed at every
// save). Bookings are anonymised 90 days after the appointment by the
// service's retention job (bot/booking Anonymise), found through the
// agencies' retention index, and deleted with their slot keys after the
// archive period (PruneArchived).
package redis

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
)

// Store implements bot.Store on Redis. Safe for concurrent use.
type Store struct {
	rdb         goredis.UniversalClient
	batch       *batcher  // the turn's commands share round trips (batch.go), unless disabled
	pipes       sync.Pool // goredis.Pipeliner, for runBatch
	ttlBox      atomic.Pointer[boxedMillis]
	prefix      string
	cluster     bool
	akeys       sync.Map // agency -> its KEYS
	hstems      sync.Map // agency -> its hold key stems (holdStems)
	gkeys       globalKeys
	evAgency    sync.Map // claimed event id -> agency
	rotor       atomic.Uint64
	trips       atomic.Uint64
	waitN       int           // replicas a booking waits for (WAIT)
	waitFor     time.Duration // WAIT timeout
	readTimeout time.Duration

	inboxReady atomic.Bool // the inbox streams and groups exist (inbox.go)
}

var _ bot.Store = (*Store)(nil)

type config struct {
	prefix        string
	tune          []func(*goredis.UniversalOptions)
	waitN         int
	waitFor       time.Duration
	allowEviction bool
	batchLoops    int // 0: no batching
	batchCmds     int
}

// Batching defaults: two batches on the wire at a time (each gathers what
// is ready while the other is read), of at most 256 commands. With one,
// the bot's work and Redis' took turns: on the idle 2-core machine
// `cepbot bench --store redis` (100 concurrent conversations, the two
// binaries alternated) did 29 100–30 600 turns/s with two against 27 200–
// 27 700 with one, 0.10 instead of 0.05 round trips per turn, less CPU per
// turn and a lower p99; at 200 concurrent, 31 600–32 300 against 29 100–
// 30 700; a third loop added nothing (31 400–32 000). On a machine loaded
// by other processes (load 8–16) one loop had been better (issue 20).
const (
	defaultBatchLoops = 2
	defaultBatchCmds  = 256
)

// WithoutBatching sends each command of a turn on its own round trip (for
// comparisons; the default shares round trips between concurrent turns).
func WithoutBatching() Option { return func(c *config) { c.batchLoops = 0 } }

// WithBatching sets how many batches may be on the wire at once (loops ≥ 1)
// and how many commands a batch holds at most.
func WithBatching(loops, maxCmds int) Option {
	return func(c *config) { c.batchLoops, c.batchCmds = max(loops, 1), max(maxCmds, 1) }
}

// hot runs a command of a turn: in the batcher's next round trip, waiting
// at most until ctx is done, or on its own round trip.
func (s *Store) hot(ctx context.Context, cmd goredis.Cmder) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.batch == nil {
		return s.rdb.Process(ctx, cmd)
	}
	return s.batch.do(ctx, cmd)
}

// hotAll sends cmds, in order, in the batcher's next round trip (one
// pipeline without a batcher): each command holds its reply or its error;
// the error returned is the context's or the connection's.
func (s *Store) hotAll(ctx context.Context, cmds []goredis.Cmder) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.batch != nil {
		return s.batch.doAll(ctx, cmds)
	}
	pipe := s.rdb.Pipeline()
	for _, c := range cmds {
		_ = pipe.Process(ctx, c)
	}
	// Exec's error is a command's own: go-redis gives every command its
	// error, a connection's included, and the caller reads them.
	_, _ = pipe.Exec(ctx)
	return nil
}

// evalHot runs script sc in the batcher's next round trip: EVALSHA, then
// EVAL on its own round trip when a restarted server has lost it. The
// returned command holds the reply or the error.
func (s *Store) evalHot(ctx context.Context, sc *goredis.Script, keys []string, args ...any) *goredis.Cmd {
	a := make([]any, 3, 3+len(keys)+len(args))
	a[0], a[1], a[2] = "evalsha", shaArg(sc), len(keys)
	// go-redis writes a *string as its string (and hashes it for a
	// Cluster's slot): pointers into keys, which every caller builds for
	// the call and no one changes, are arguments without a box each (18
	// allocations per offer in SlotHolders otherwise).
	for i := range keys {
		a = append(a, &keys[i])
	}
	cmd := goredis.NewCmd(ctx, append(a, args...)...)
	err := s.hot(ctx, cmd)
	switch {
	case err == nil, errors.Is(err, goredis.Nil):
		return cmd
	case goredis.HasErrorPrefix(err, "NOSCRIPT"):
		return sc.Run(ctx, s.rdb, keys, args...)
	}
	// A caller that gave up may leave cmd still being read: answer with
	// a command of its own.
	failed := goredis.NewCmd(ctx)
	failed.SetErr(err)
	return failed
}

// shaArgs holds each script's SHA boxed once (*goredis.Script -> any): a
// string put in an interface is an allocation per command.
var shaArgs sync.Map

func shaArg(sc *goredis.Script) any {
	if v, ok := shaArgs.Load(sc); ok {
		return v
	}
	v, _ := shaArgs.LoadOrStore(sc, any(sc.Hash()))
	return v
}

// runBatch sends cmds as one pipeline: one write, one read of the replies.
// Each command holds its own reply or error.
//
// A lone command (a lone turn's session load or save, sent by its caller)
// goes as a plain command: go-redis's pipeline path costs three more
// allocations per round trip than Process (its command list, the checks of
// its error), and under a light load a turn makes about two round trips of
// one command. Its connection comes from the client's main pool rather than
// the pipelines' own; the batcher has at most maxOnWire round trips on the
// wire, far below either pool's size.
//
// The pipelines are pooled: go-redis's Pipeline() is four allocations (the
// pipeline and three method values), once per round trip, and Exec leaves
// a pipeline empty and reusable, holding none of the commands it sent.
func (s *Store) runBatch(ctx context.Context, cmds []goredis.Cmder) error {
	if len(cmds) == 1 {
		return s.rdb.Process(ctx, cmds[0])
	}
	p, _ := s.pipes.Get().(goredis.Pipeliner)
	if p == nil {
		p = s.rdb.Pipeline()
	}
	_ = p.BatchProcess(ctx, cmds...) // only queues
	_, err := p.Exec(ctx)
	s.pipes.Put(p)
	return err
}

// Option configures Open.
type Option func(*config)

// WithPrefix sets the key prefix (default "cepbot"): several deployments, or
// tests, share one server without seeing each other's keys. It must not
// contain braces.
func WithPrefix(p string) Option { return func(c *config) { c.prefix = p } }

// WithClientOptions adjusts the go-redis options after URL parsing and
// defaults (timeouts for fault tests, pool size for benchmarks).
func WithClientOptions(f func(*goredis.UniversalOptions)) Option {
	return func(c *config) { c.tune = append(c.tune, f) }
}

// Open connects to the Redis described by rawURL (see the package doc), checks
// that it answers and loads the scripts. An unreachable server is an error
// wrapping bot.ErrUnavailable.
func Open(ctx context.Context, rawURL string, opts ...Option) (*Store, error) {
	cfg := config{prefix: "cepbot", waitN: -1, batchLoops: defaultBatchLoops, batchCmds: defaultBatchCmds}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.prefix == "" || strings.ContainsAny(cfg.prefix, "{}") {
		return nil, fmt.Errorf("redis store: invalid key prefix %q (non-empty, no braces)", cfg.prefix)
	}
	uo, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	for _, f := range cfg.tune {
		f(uo)
	}
	s := &Store{rdb: goredis.NewUniversalClient(uo), prefix: cfg.prefix, readTimeout: uo.ReadTimeout}
	_, s.cluster = s.rdb.(*goredis.ClusterClient)
	s.initGlobalKeys()
	s.rdb.AddHook(counter{&s.trips})
	if cfg.batchLoops > 0 {
		// The commands of concurrent turns share round trips: while a
		// batch is on the wire, the next one gathers what is ready (group
		// commit). A lone turn is sent at once.
		var fold goredis.UniversalClient
		if !s.cluster {
			fold = s.rdb
		}
		s.batch = newBatcher(s.runBatch, cfg.batchLoops, cfg.batchCmds, fold)
	}
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("opening the Redis store: %w", err)
	}
	if err := s.checkServer(ctx, cfg); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.loadScripts(ctx); err != nil {
		s.Close()
		return nil, err
	}
	// go-redis keeps pipelines on a pool of their own: open one connection
	// now, so that the first booking does not pay the handshake.
	if _, err := s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error { p.Ping(ctx); return nil }); err != nil {
		s.Close()
		return nil, s.fail("opening the Redis store", err)
	}
	return s, nil
}

// Prefix returns the key prefix.
func (s *Store) Prefix() string { return s.prefix }

// Client returns the underlying client (for readiness details and tests).
func (s *Store) Client() goredis.UniversalClient { return s.rdb }

// RoundTrips returns how many commands and pipelines the store has sent
// (each counts one; internal retries are not counted).
func (s *Store) RoundTrips() uint64 { return s.trips.Load() }

// Ping implements bot.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return s.fail("pinging Redis", err)
	}
	return nil
}

// Close implements bot.Store. Commands still queued for a batch fail with
// goredis.ErrClosed.
func (s *Store) Close() error {
	if s.batch != nil {
		s.batch.close()
	}
	if err := s.rdb.Close(); err != nil {
		return fmt.Errorf("closing the Redis client: %w", err)
	}
	return nil
}

// fail gives err the operation's context and classifies it.
func (s *Store) fail(op string, err error) error {
	if unavailable(err) {
		return fmt.Errorf("%s: %w: %w", op, bot.ErrUnavailable, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// unavailable reports whether err means that Redis cannot serve now, as
// opposed to a bug (a script error, a wrong type). A cancelled context is
// the caller giving up, not Redis failing.
func unavailable(err error) bool {
	if errors.Is(err, context.Canceled) {
		return false
	}
	var ne net.Error
	switch {
	case errors.As(err, &ne),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, goredis.ErrClosed), errors.Is(err, goredis.ErrPoolTimeout), errors.Is(err, goredis.ErrPoolExhausted),
		errors.Is(err, context.DeadlineExceeded):
		return true
	}
	for _, p := range []string{"LOADING", "MASTERDOWN", "CLUSTERDOWN", "TRYAGAIN", "READONLY", "BUSY"} {
		if goredis.HasErrorPrefix(err, p) {
			return true
		}
	}
	return false
}

// counter is the go-redis hook behind RoundTrips.
type counter struct{ n *atomic.Uint64 }

func (c counter) DialHook(next goredis.DialHook) goredis.DialHook { return next }

func (c counter) ProcessHook(next goredis.ProcessHook) goredis.ProcessHook {
	return func(ctx context.Context, cmd goredis.Cmder) error {
		c.n.Add(1)
		return next(ctx, cmd)
	}
}

func (c counter) ProcessPipelineHook(next goredis.ProcessPipelineHook) goredis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []goredis.Cmder) error {
		c.n.Add(1)
		return next(ctx, cmds)
	}
}

// ParseURL turns a store URL (see the package doc) into client options with
// this package's defaults applied. Its errors never quote the URL.
func ParseURL(raw string) (*goredis.UniversalOptions, error) {
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return nil, errors.New("invalid Redis URL: no scheme (want one of " + strings.Join(Schemes, "://, ") + "://)")
	}
	var (
		uo  *goredis.UniversalOptions
		err error
	)
	switch scheme {
	case "redis", "rediss":
		uo, err = parseSingle(raw)
	case "redis+sentinel", "rediss+sentinel", "redis+cluster", "rediss+cluster":
		uo, err = parseMulti(scheme, rest)
	default:
		return nil, fmt.Errorf("invalid Redis URL: unknown scheme %q", scheme)
	}
	if err != nil {
		return nil, fmt.Errorf("invalid Redis URL (%s://…): %w", scheme, err)
	}
	if uo.DialTimeout == 0 {
		uo.DialTimeout = 2 * time.Second
	}
	if uo.ReadTimeout == 0 {
		uo.ReadTimeout = time.Second
	}
	if uo.WriteTimeout == 0 {
		uo.WriteTimeout = time.Second
	}
	if uo.MaxRetries == 0 {
		uo.MaxRetries = 1
	}
	if uo.Protocol == 0 {
		// RESP2 unless the URL asks for RESP3 (?protocol=3): the store uses
		// no push notification (no client-side caching, no pub/sub), and
		// under RESP3 go-redis looks for pending pushes before reading each
		// reply of a pipeline — 3.7 % of the bot's CPU in a profile of
		// cepbot bench --store redis.
		uo.Protocol = 2
	}
	uo.DialerRetries = 2 // go-redis default 5: 5 refused dials per command when Redis is down
	uo.ContextTimeoutEnabled = true
	return uo, nil
}

func parseSingle(raw string) (*goredis.UniversalOptions, error) {
	o, err := goredis.ParseURL(raw)
	if err != nil {
		if ue, ok := errors.AsType[*url.Error](err); ok {
			err = ue.Err // url.Error quotes the URL, password included
		}
		return nil, err
	}
	return &goredis.UniversalOptions{
		Addrs: []string{o.Addr}, ClientName: o.ClientName, DB: o.DB, Protocol: o.Protocol,
		Username: o.Username, Password: o.Password, TLSConfig: o.TLSConfig,
		MaxRetries: o.MaxRetries, MinRetryBackoff: o.MinRetryBackoff, MaxRetryBackoff: o.MaxRetryBackoff,
		DialTimeout: o.DialTimeout, ReadTimeout: o.ReadTimeout, WriteTimeout: o.WriteTimeout,
		PoolFIFO: o.PoolFIFO, PoolSize: o.PoolSize, PoolTimeout: o.PoolTimeout,
		MinIdleConns: o.MinIdleConns, MaxIdleConns: o.MaxIdleConns, MaxActiveConns: o.MaxActiveConns,
		ConnMaxIdleTime: o.ConnMaxIdleTime, ConnMaxLifetime: o.ConnMaxLifetime,
	}, nil
}

// parseMulti parses the Sentinel and Cluster forms by hand: their host lists
// are not URL hosts, and go-redis has no parser that yields UniversalOptions.
func parseMulti(scheme, rest string) (*goredis.UniversalOptions, error) {
	sentinel := strings.HasSuffix(scheme, "+sentinel")
	rest, query, _ := strings.Cut(rest, "?")
	authority, path, _ := strings.Cut(rest, "/")
	uo := &goredis.UniversalOptions{}
	if i := strings.LastIndex(authority, "@"); i >= 0 {
		user, pass, hasPass := strings.Cut(authority[:i], ":")
		var err error
		if uo.Username, err = url.PathUnescape(user); err != nil {
			return nil, errors.New("bad percent-encoding in the user name")
		}
		if hasPass {
			if uo.Password, err = url.PathUnescape(pass); err != nil {
				return nil, errors.New("bad percent-encoding in the password")
			}
		}
		authority = authority[i+1:]
	}
	defPort := "6379"
	if sentinel {
		defPort = "26379"
	}
	for h := range strings.SplitSeq(authority, ",") {
		if h == "" {
			return nil, errors.New("empty host in the host list")
		}
		if _, _, err := net.SplitHostPort(h); err != nil {
			if strings.Contains(err.Error(), "missing port") {
				h = net.JoinHostPort(strings.Trim(h, "[]"), defPort)
			} else {
				return nil, fmt.Errorf("bad host %q: %w", h, err)
			}
		}
		uo.Addrs = append(uo.Addrs, h)
	}
	if len(uo.Addrs) == 0 {
		return nil, errors.New("no host")
	}
	segs := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	db := ""
	if sentinel {
		if len(segs) == 0 || len(segs) > 2 {
			return nil, errors.New("want /master-name[/db] after the sentinel addresses")
		}
		uo.MasterName = segs[0]
		if len(segs) == 2 {
			db = segs[1]
		}
	} else {
		uo.IsClusterMode = true
		switch {
		case len(segs) > 1:
			return nil, errors.New("a cluster URL has no path")
		case len(segs) == 1 && segs[0] != "0":
			return nil, errors.New("Redis Cluster has only database 0")
		}
	}
	if db != "" {
		n, err := strconv.Atoi(db)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("bad database number %q", db)
		}
		uo.DB = n
	}
	if strings.HasPrefix(scheme, "rediss") {
		host, _, _ := net.SplitHostPort(uo.Addrs[0])
		uo.TLSConfig = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return nil, errors.New("bad query string")
	}
	for name, vs := range q {
		v := vs[len(vs)-1]
		var err error
		switch name {
		case "dial_timeout":
			uo.DialTimeout, err = duration(v)
		case "read_timeout":
			uo.ReadTimeout, err = duration(v)
		case "write_timeout":
			uo.WriteTimeout, err = duration(v)
		case "max_retries":
			uo.MaxRetries, err = strconv.Atoi(v)
		case "pool_size":
			uo.PoolSize, err = strconv.Atoi(v)
		case "client_name":
			uo.ClientName = v
		case "sentinel_username", "sentinel_password":
			if !sentinel {
				return nil, fmt.Errorf("parameter %s is for Sentinel URLs", name)
			}
			if name == "sentinel_username" {
				uo.SentinelUsername = v
			} else {
				uo.SentinelPassword = v
			}
		default:
			return nil, fmt.Errorf("unknown parameter %q", name)
		}
		if err != nil {
			return nil, fmt.Errorf("bad value for %s: %q", name, v)
		}
	}
	return uo, nil
}

// duration reads a Go duration or, like go-redis, a bare number of seconds.
func duration(v string) (time.Duration, error) {
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(n) * time.Second, nil
	}
	return time.ParseDuration(v)
}

package redis_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
	"github.com/cep-accueil/cepbot/store/storetest"
)

var prefixes atomic.Int64

// uniquePrefix isolates one store: tests never flush, the server may be
// shared (CEPBOT_REDIS_URL).
func uniquePrefix() string {
	return fmt.Sprintf("cepbottest%d-%d", time.Now().UnixNano(), prefixes.Add(1))
}

func open(t testing.TB, url string, opts ...redis.Option) *redis.Store {
	t.Helper()
	return openPrefix(t, url, uniquePrefix(), opts...)
}

func openPrefix(t testing.TB, url, prefix string, opts ...redis.Option) *redis.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := redis.Open(ctx, url, append([]redis.Option{redis.WithPrefix(prefix)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		purge(t, s)
		s.Close()
	})
	return s
}

// purge deletes a test's keys (bookings have no TTL) from a shared server,
// on every master of a cluster.
// purge deletes the test's keys (Store.Purge); the server may be down on
// purpose (fault tests).
func purge(t testing.TB, s *redis.Store) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.Purge(ctx)
}

func TestConformance(t *testing.T) {
	url := redistest.URL(t)
	storetest.Run(t, func(t *testing.T) bot.Store { return open(t, url) }, storetest.Options{})
}

// TestConformanceCluster runs the suite on a real three-master Redis
// Cluster: every multi-key script must keep its keys in one slot.
func TestConformanceCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	url := redistest.StartCluster(t)
	storetest.Run(t, func(t *testing.T) bot.Store { return open(t, url) }, storetest.Options{})
	// The sessions of different conversations spread over the masters.
	s := open(t, url)
	c := t.Context()
	for i := range 50 {
		if _, err := s.SaveSession(c, fmt.Sprint("telegram:", i), []byte("x"), 0, time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	var withKeys atomic.Int32
	s.Client().(*goredis.ClusterClient).ForEachMaster(c, func(ctx context.Context, n *goredis.Client) error {
		if n.DBSize(ctx).Val() > 0 {
			withKeys.Add(1)
		}
		return nil
	})
	if withKeys.Load() < 2 {
		t.Fatalf("50 sessions landed on %d master(s), want them spread", withKeys.Load())
	}
	// Bookings of different agencies land on different slots, and on
	// several masters: each agency's keys share its hash tag.
	cc := s.Client().(*goredis.ClusterClient)
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	slots := map[int64]string{}
	masters := map[string]bool{}
	for i, ag := range []string{"ft-69", "ml-13", "apec-75", "cap-33", "ft-59", "ml-35"} {
		b := testBooking(fmt.Sprint("C", i), fmt.Sprint("cv", i), ag, "adv-"+ag, day)
		if err := s.Book(c, b, []bot.Event{{ID: fmt.Sprint("ce", i), Type: bot.EventBooked, Ref: b.Ref, Booking: b}}); err != nil {
			t.Fatal(err)
		}
		key := s.Prefix() + ":{a:" + ag + "}:b"
		slot, err := cc.ClusterKeySlot(c, key).Result()
		if err != nil {
			t.Fatal(err)
		}
		if other, dup := slots[slot]; dup {
			t.Fatalf("agencies %s and %s share slot %d", ag, other, slot)
		}
		slots[slot] = ag
		for _, k := range []string{":{a:" + ag + "}:slot", ":{a:" + ag + "}:ostr"} {
			if sl, _ := cc.ClusterKeySlot(c, s.Prefix()+k).Result(); sl != slot {
				t.Fatalf("%s on slot %d, its bookings on %d", k, sl, slot)
			}
		}
		m, err := cc.MasterForKey(c, key)
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := m.HExists(c, key, b.Ref).Result(); !ok {
			t.Fatalf("booking %s not on the master of its slot", b.Ref)
		}
		masters[m.Options().Addr] = true
		t.Logf("agency %s: slot %d on %s", ag, slot, m.Options().Addr)
	}
	if len(masters) < 2 {
		t.Fatalf("bookings of 6 agencies on %d master(s), want them spread", len(masters))
	}
	// Purge reaches every master.
	if n, err := s.Purge(c); err != nil || n == 0 {
		t.Fatalf("Purge = %d, %v", n, err)
	}
	cc.ForEachMaster(c, func(ctx context.Context, m *goredis.Client) error {
		if keys, _, _ := m.Scan(ctx, 0, s.Prefix()+":*", 1000).Result(); len(keys) > 0 {
			t.Errorf("%s keeps %d keys after Purge, e.g. %s", m.Options().Addr, len(keys), keys[0])
		}
		return nil
	})
}

// Purge deletes its own prefix's keys — sessions, bookings, the inbox —
// and nothing of a prefix that merely starts like it.
func TestPurgeTakesOnlyItsPrefix(t *testing.T) {
	url := redistest.URL(t)
	p := uniquePrefix()
	a, b := openPrefix(t, url, p), openPrefix(t, url, p+"x")
	c := t.Context()
	day := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	for i, s := range []*redis.Store{a, b} {
		for j := range 20 {
			if _, err := s.SaveSession(c, fmt.Sprint("telegram:", j), []byte("x"), 0, time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		bk := testBooking(fmt.Sprint("P", i), fmt.Sprint("pv", i), "ft-69", "adv-ft-69", day)
		if err := s.Book(c, bk, []bot.Event{{ID: fmt.Sprint("pe", i), Type: bot.EventBooked, Ref: bk.Ref, Booking: bk}}); err != nil {
			t.Fatal(err)
		}
		if err := s.Client().Set(c, "{"+s.Prefix()+":in:0}:s", "x", 0).Err(); err != nil {
			t.Fatal(err)
		}
	}
	count := func(s *redis.Store) int {
		n := 0
		for _, m := range []string{s.Prefix() + ":*", "{" + s.Prefix() + ":in:*"} {
			keys, err := s.Client().Keys(c, m).Result() // a test server: KEYS is fine here
			if err != nil {
				t.Fatal(err)
			}
			n += len(keys)
		}
		return n
	}
	before := count(b)
	n, err := a.Purge(c)
	if err != nil {
		t.Fatal(err)
	}
	if n < 22 {
		t.Errorf("Purge deleted %d keys, want at least the 20 sessions, a booking and the inbox", n)
	}
	if left := count(a); left != 0 {
		t.Errorf("%d keys of %s left", left, a.Prefix())
	}
	if after := count(b); after != before || after < 22 {
		t.Errorf("the other prefix went from %d to %d keys", before, after)
	}
}

// TestConformanceSentinel runs the suite through a Sentinel, which gives
// the client the master's address.
func TestConformanceSentinel(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Sentinel")
	}
	url := redistest.StartSentinel(t)
	storetest.Run(t, func(t *testing.T) bot.Store { return open(t, url) }, storetest.Options{SkipTTL: true})
}

func TestParseURL(t *testing.T) {
	for _, c := range []struct {
		url     string
		addrs   []string
		db      int
		master  string
		cluster bool
		tls     bool
		user    string
		pass    string
		wantErr string
	}{
		{url: "redis://localhost:6379/0", addrs: []string{"localhost:6379"}},
		{url: "redis://u:p%40ss@h:6380/3", addrs: []string{"h:6380"}, db: 3, user: "u", pass: "p@ss"},
		{url: "rediss://h/1", addrs: []string{"h:6379"}, db: 1, tls: true},
		{url: "redis+sentinel://:secret@s1:26379,s2:26380/mymaster/2", addrs: []string{"s1:26379", "s2:26380"}, db: 2, master: "mymaster", pass: "secret"},
		{url: "redis+sentinel://s1,s2/m", addrs: []string{"s1:26379", "s2:26379"}, master: "m"},
		{url: "redis+cluster://h1:7000,h2:7001", addrs: []string{"h1:7000", "h2:7001"}, cluster: true},
		{url: "rediss+cluster://u:p@h1:7000?read_timeout=3s&max_retries=2", addrs: []string{"h1:7000"}, cluster: true, tls: true, user: "u", pass: "p"},
		{url: "redis+sentinel://s1:26379", wantErr: "master-name"},
		{url: "redis+cluster://h1:7000/3", wantErr: "only database 0"},
		{url: "redis+cluster://h1:7000?bogus=1", wantErr: "unknown parameter"},
		{url: "redis+cluster://h1:7000,,h2", wantErr: "empty host"},
		{url: "memcached://h", wantErr: "unknown scheme"},
		{url: "localhost:6379", wantErr: "no scheme"},
		{url: "redis://u:topsecret@h:6379/x", wantErr: "invalid database"},
		{url: "redis://u:topsecret@h:notaport/0", wantErr: "invalid"},
	} {
		t.Run(c.url, func(t *testing.T) {
			o, err := redis.ParseURL(c.url)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, c.wantErr)
				}
				if strings.Contains(err.Error(), "topsecret") {
					t.Fatalf("error leaks the password: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(o.Addrs) != fmt.Sprint(c.addrs) || o.DB != c.db || o.MasterName != c.master ||
				o.IsClusterMode != c.cluster || (o.TLSConfig != nil) != c.tls || o.Username != c.user || o.Password != c.pass {
				t.Fatalf("got addrs %v db %d master %q cluster %v tls %v user %q pass %q",
					o.Addrs, o.DB, o.MasterName, o.IsClusterMode, o.TLSConfig != nil, o.Username, o.Password)
			}
			if !o.ContextTimeoutEnabled || o.ReadTimeout <= 0 || o.MaxRetries < 1 {
				t.Fatalf("defaults not applied: %+v", o)
			}
		})
	}
}

// TestRoundTripsPerTurn pins SPEC §10's budget: a turn (load + save) costs
// at most 3 Redis round trips; the store does it in 2.
func TestRoundTripsPerTurn(t *testing.T) {
	s := open(t, redistest.URL(t))
	c := t.Context()
	var version int64
	for turn := range 5 {
		before := s.RoundTrips()
		data, v, err := s.LoadSession(c, "telegram:42")
		switch {
		case errors.Is(err, bot.ErrNotFound) && turn == 0:
		case err != nil:
			t.Fatal(err)
		case v != version:
			t.Fatalf("turn %d: loaded version %d, want %d", turn, v, version)
		}
		data = append(data, 'x')
		if version, err = s.SaveSession(c, "telegram:42", data, v, 30*24*time.Hour); err != nil {
			t.Fatal(err)
		}
		if n := s.RoundTrips() - before; n > 3 {
			t.Fatalf("turn %d cost %d round trips, want <= 3", turn, n)
		} else if n != 2 {
			t.Errorf("turn %d cost %d round trips, expected 2", turn, n)
		}
	}
}

func TestSessionExpiryIsRefreshed(t *testing.T) {
	prefix := uniquePrefix()
	s := openPrefix(t, redistest.URL(t), prefix)
	c := t.Context()
	key := prefix + ":s:{k}"
	v, err := s.SaveSession(c, "k", []byte("x"), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if ttl, err := s.Client().PTTL(c, key).Result(); err != nil || ttl <= 59*time.Minute || ttl > time.Hour {
		t.Fatalf("PTTL after a 1 h save = %v, %v", ttl, err)
	}
	// ttl 0 means no expiry: the earlier PEXPIRE must not survive.
	if _, err := s.SaveSession(c, "k", []byte("y"), v, 0); err != nil {
		t.Fatal(err)
	}
	if ttl, err := s.Client().PTTL(c, key).Result(); err != nil || ttl != -1 {
		t.Fatalf("PTTL after a save without ttl = %v, %v; want -1 (no expiry)", ttl, err)
	}
}

// TestErrorsClassified: a reply error that is a bug (here WRONGTYPE) is not
// reported as an unavailable store, which would hide it behind "try again".
func TestErrorsClassified(t *testing.T) {
	prefix := uniquePrefix()
	s := openPrefix(t, redistest.URL(t), prefix)
	c := t.Context()
	if err := s.Client().Set(c, prefix+":s:{k}", "not a hash", time.Minute).Err(); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.LoadSession(c, "k")
	if err == nil || errors.Is(err, bot.ErrUnavailable) || !strings.Contains(err.Error(), "WRONGTYPE") {
		t.Fatalf("LoadSession on a string key = %v; want a WRONGTYPE error, not bot.ErrUnavailable", err)
	}
	if _, err := s.SaveSession(c, "k", []byte("x"), 0, time.Hour); err == nil || errors.Is(err, bot.ErrUnavailable) {
		t.Fatalf("SaveSession on a string key = %v; want a script error, not bot.ErrUnavailable", err)
	}
	cancelled, cancel := context.WithCancel(c)
	cancel()
	if _, _, err := s.LoadSession(cancelled, "k"); !errors.Is(err, context.Canceled) || errors.Is(err, bot.ErrUnavailable) {
		t.Fatalf("LoadSession with a cancelled context = %v; want context.Canceled only", err)
	}
}

// TestServerDown kills the server under an open store: every operation
// fails quickly with bot.ErrUnavailable, and works again once the server is
// back. Closing the store leaves no goroutine behind.
func TestServerDown(t *testing.T) {
	goroutines := runtime.NumGoroutine()
	url, stop, restart := redistest.StartServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := redis.Open(ctx, url, redis.WithPrefix(uniquePrefix()))
	if err != nil {
		t.Fatal(err)
	}
	ops := []struct {
		name string
		run  func(context.Context) error
	}{
		{"Ping", s.Ping},
		{"LoadSession", func(c context.Context) error {
			_, _, err := s.LoadSession(c, "k")
			if errors.Is(err, bot.ErrNotFound) {
				return nil
			}
			return err
		}},
		{"SaveSession", func(c context.Context) error {
			_, err := s.SaveSession(c, fmt.Sprint("k", time.Now().UnixNano()), []byte("x"), 0, time.Hour)
			return err
		}},
		{"Claim", func(c context.Context) error {
			_, err := s.Claim(c, fmt.Sprint("e", time.Now().UnixNano()), time.Hour)
			return err
		}},
		{"Book", func(c context.Context) error {
			n := time.Now().UnixNano()
			b := &bot.Booking{Ref: fmt.Sprint("R", n), Visitor: fmt.Sprint("v", n), AdvisorID: "a", Start: time.Unix(n/1e9*60, 0), Status: bot.StatusBooked}
			return s.Book(c, b, []bot.Event{{ID: "e" + b.Ref, Type: bot.EventBooked}})
		}},
		{"ClaimEvents", func(c context.Context) error {
			_, err := s.ClaimEvents(c, "w", time.Now(), time.Minute, 10)
			return err
		}},
		{"ListBookings", func(c context.Context) error { _, err := s.ListBookings(c); return err }},
	}
	runAll := func(phase string) {
		for _, op := range ops {
			if err := op.run(ctx); err != nil {
				t.Fatalf("%s: %s: %v", phase, op.name, err)
			}
		}
	}
	runAll("server up")

	stop()
	for _, op := range ops {
		c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		start := time.Now()
		err := op.run(c)
		cancel()
		d := time.Since(start)
		if !errors.Is(err, bot.ErrUnavailable) {
			t.Errorf("server down: %s = %v, want bot.ErrUnavailable", op.name, err)
		}
		if d > 3*time.Second {
			t.Errorf("server down: %s took %v", op.name, d)
		}
		t.Logf("server down: %s failed in %v: %v", op.name, d.Round(time.Millisecond), err)
	}

	restart()
	start := time.Now()
	for {
		err := s.Ping(ctx)
		if err == nil {
			break
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("still failing 5 s after the restart: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("recovered %v after the restart", time.Since(start).Round(time.Millisecond))
	runAll("server restarted (empty, scripts reloaded by EVAL)")

	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > goroutines+2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > goroutines+2 {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines after Close, %d before Open:\n%s", n, goroutines, buf[:runtime.Stack(buf, true)])
	}
}

func TestOpenUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	_, err := redis.Open(ctx, "redis://127.0.0.1:1/0")
	if !errors.Is(err, bot.ErrUnavailable) {
		t.Fatalf("Open on a closed port: %v, want bot.ErrUnavailable", err)
	}
	if d := time.Since(start); d > 4*time.Second {
		t.Fatalf("Open on a closed port took %v", d)
	}
}

func opsPerSec(b *testing.B, unit string) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), unit)
}

// BenchmarkSaveLoad is one turn's store traffic (LoadSession + SaveSession
// of a 600-byte session) on loopback, sequential: latency-bound.
func BenchmarkSaveLoad(b *testing.B) {
	s := open(b, redistest.URL(b))
	c := context.Background()
	data := make([]byte, 600)
	v, err := s.SaveSession(c, "telegram:1", data, 0, time.Hour)
	if err != nil {
		b.Fatal(err)
	}
	trips := s.RoundTrips()
	for b.Loop() {
		if _, v, err = s.LoadSession(c, "telegram:1"); err != nil {
			b.Fatal(err)
		}
		if v, err = s.SaveSession(c, "telegram:1", data, v, time.Hour); err != nil {
			b.Fatal(err)
		}
	}
	opsPerSec(b, "turns/s")
	b.ReportMetric(float64(s.RoundTrips()-trips)/float64(b.N), "roundtrips/turn")
}

// BenchmarkSaveLoadParallel runs turns of many conversations concurrently
// (64 goroutines per core), as the engine does under load.
func BenchmarkSaveLoadParallel(b *testing.B) {
	s := open(b, redistest.URL(b))
	data := make([]byte, 600)
	var ids atomic.Int64
	b.SetParallelism(64)
	cpu0 := processCPU()
	b.RunParallel(func(pb *testing.PB) {
		c := context.Background()
		key := fmt.Sprint("telegram:", ids.Add(1))
		var v int64
		for pb.Next() {
			_, lv, err := s.LoadSession(c, key)
			if err != nil && !errors.Is(err, bot.ErrNotFound) {
				b.Error(err)
				return
			}
			if v, err = s.SaveSession(c, key, data, lv, time.Hour); err != nil {
				b.Error(err)
				return
			}
		}
		_ = v
	})
	opsPerSec(b, "turns/s")
	// CPU rather than wall time: on a shared machine the wall clock is
	// noise, the process's CPU per turn is what the store path costs.
	b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/float64(b.N), "cpu-µs/turn")
}

// processCPU is the user and system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkBook(b *testing.B) {
	s := open(b, redistest.URL(b))
	c := context.Background()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	i := 0
	for b.Loop() {
		start := t0.Add(time.Duration(i) * time.Hour)
		bk := &bot.Booking{Ref: fmt.Sprintf("R%06d", i), Visitor: fmt.Sprintf("v%06d", i), AdvisorID: "adv1",
			Start: start, End: start.Add(45 * time.Minute), Status: bot.StatusBooked, Created: t0}
		ev := bot.Event{ID: "e" + bk.Ref, Type: bot.EventBooked, Ref: bk.Ref, Created: t0, Booking: bk}
		if err := s.Book(c, bk, []bot.Event{ev}); err != nil {
			b.Fatal(err)
		}
		i++
	}
	opsPerSec(b, "ops/s")
}

// A turn's session traffic (issue 20): the load's key, argument list and
// values, the save's key, versions and argument list, and both commands
// are not boxed nor built per call: what is left is the load's reply (its
// slice and two strings) and go-redis's own per-command work. Under load
// (BenchmarkSaveLoadParallel) the pair went from 16 allocations to 6, then
// to 4 with the commands kept in the pooled argument buffer.
func TestSessionCommandsAllocations(t *testing.T) {
	if raceDetector {
		t.Skip("allocation counts are not those of a build without -race (sync.Pool drops items at random)")
	}
	// Without batching: a lone batch's pipeline costs allocations of its
	// own, shared by the batch's commands under load.
	s := open(t, redistest.URL(t), redis.WithoutBatching())
	ctx := context.Background()
	data := make([]byte, 600)
	v, err := s.SaveSession(ctx, "telegram:allocs", data, 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	_ = v
	n := testing.AllocsPerRun(200, func() {
		_, lv, err := s.LoadSessionString(ctx, "telegram:allocs")
		if err != nil {
			t.Fatal(err)
		}
		if v, err = s.SaveSession(ctx, "telegram:allocs", data, lv, time.Hour); err != nil {
			t.Fatal(err)
		}
	})
	if n > 9 {
		t.Fatalf("%v allocations for a session's load and save, want at most 9", n)
	}
}

// A lone turn's session load and save through the batcher: each is a
// round trip of its own. 23 allocations before, 15 with go-redis's
// pipelines pooled, 9 with a lone command sent as a plain command rather
// than a pipeline of one (runBatch), as many as without the batcher: what
// is left is the load's reply and go-redis's own work for each round trip
// (the pool's health check of the connection among them).
func TestBatchedSessionAllocations(t *testing.T) {
	if raceDetector {
		t.Skip("allocation counts are not those of a build without -race (sync.Pool drops items at random)")
	}
	s := open(t, redistest.URL(t))
	ctx := context.Background()
	data := make([]byte, 600)
	v, err := s.SaveSession(ctx, "telegram:batchallocs", data, 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	n := testing.AllocsPerRun(200, func() {
		_, lv, err := s.LoadSessionString(ctx, "telegram:batchallocs")
		if err != nil {
			t.Fatal(err)
		}
		if lv != v {
			t.Fatalf("loaded version %d, want %d", lv, v)
		}
		if v, err = s.SaveSession(ctx, "telegram:batchallocs", data, lv, time.Hour); err != nil {
			t.Fatal(err)
		}
	})
	if n > 9 {
		t.Fatalf("%v allocations for a session's load and save through the batcher, want at most 9", n)
	}
}

// A booking's commands (hints, intent, agency step) live in one struct
// with their arguments, and go to the batcher without a pipeline of their
// own: 66 allocations for this booking and its event before, 37 after
// (the booking's and the event's JSON, the reply strings and go-redis'
// own work for a lone round trip included).
func TestBookAllocations(t *testing.T) {
	if raceDetector {
		t.Skip("allocation counts are not those of a build without -race (sync.Pool drops items at random)")
	}
	s := open(t, redistest.URL(t))
	ctx := context.Background()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	var bks [201]bot.Booking
	evs := make([][]bot.Event, len(bks))
	for i := range bks {
		start := t0.Add(time.Duration(i) * time.Hour)
		bks[i] = bot.Booking{Ref: fmt.Sprintf("R%06d", i), Visitor: fmt.Sprintf("v%06d", i), AdvisorID: "adv1", AgencyID: "ag1",
			Start: start, End: start.Add(45 * time.Minute), Status: bot.StatusBooked, Created: t0}
		evs[i] = []bot.Event{{ID: "e" + bks[i].Ref, Type: bot.EventBooked, Ref: bks[i].Ref, Created: t0, Booking: &bks[i]}}
	}
	i := 0
	n := testing.AllocsPerRun(200, func() {
		if err := s.Book(ctx, &bks[i], evs[i]); err != nil {
			t.Fatal(err)
		}
		i++
	})
	if n > 40 {
		t.Fatalf("%v allocations for a booking, want at most 40", n)
	}
}

// A server that lost its scripts (a restart, SCRIPT FLUSH) answers NOSCRIPT:
// a booking's step and its update load them again and are sent once more
// (anyNoScript), on the batched path and on the pipelined one.
func TestScriptsLostAreReloaded(t *testing.T) {
	url, _, _ := redistest.StartServer(t)
	opt, err := goredis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	admin := goredis.NewClient(opt)
	defer admin.Close()
	ctx := context.Background()
	t0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for _, batched := range []bool{true, false} {
		var opts []redis.Option
		if !batched {
			opts = append(opts, redis.WithoutBatching())
		}
		s := open(t, url, opts...)
		b := bot.Booking{Ref: fmt.Sprintf("RNOSCRIPT%v", batched), Visitor: "v1", AdvisorID: "adv1", AgencyID: "ag1",
			Start: t0, End: t0.Add(45 * time.Minute), Status: bot.StatusBooked, Created: t0}
		if err := admin.ScriptFlush(ctx).Err(); err != nil {
			t.Fatal(err)
		}
		if err := s.Book(ctx, &b, []bot.Event{{ID: "e" + b.Ref, Type: bot.EventBooked, Ref: b.Ref, Created: t0, Booking: &b}}); err != nil {
			t.Fatalf("batched %v: booking after SCRIPT FLUSH: %v", batched, err)
		}
		if err := admin.ScriptFlush(ctx).Err(); err != nil {
			t.Fatal(err)
		}
		b.Status, b.Updated = bot.StatusCancelled, t0.Add(time.Hour)
		if err := s.UpdateBooking(ctx, &b, nil); err != nil {
			t.Fatalf("batched %v: update after SCRIPT FLUSH: %v", batched, err)
		}
		got, err := s.GetBooking(ctx, b.Ref)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != bot.StatusCancelled {
			t.Fatalf("batched %v: status %s, want %s", batched, got.Status, bot.StatusCancelled)
		}
	}
}

// An offer's read of nine slots, four of them held and three booked:
// the holds come back as strings (one allocation each, not a string and
// its box), and the agency's hold key stems are not built again.
// 38 allocations before, 31 after (go-redis's pipeline and the replies'
// own are most of what is left).
func TestSlotHoldersAllocations(t *testing.T) {
	if raceDetector {
		t.Skip("allocation counts are not those of a build without -race (sync.Pool drops items at random)")
	}
	s := open(t, redistest.URL(t), redis.WithoutBatching())
	ctx := context.Background()
	const ag = "ag-allocs"
	keys := make([]string, 9)
	for i := range keys {
		keys[i] = fmt.Sprintf("adv1@20261207T%02d00Z", 8+i)
	}
	for i := range 4 {
		if err := s.HoldSlot(ctx, ag, fmt.Sprintf("visitor-%d", i), keys[i], time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	t0 := time.Date(2026, 12, 8, 9, 0, 0, 0, time.UTC)
	for i := range 3 {
		// booked on other days: taken in the slot hash under these keys
		b := &bot.Booking{Ref: fmt.Sprintf("SA%d", i), Visitor: fmt.Sprintf("sv%d", i), AgencyID: ag, AdvisorID: "adv1",
			Start: t0.Add(time.Duration(i) * time.Hour), End: t0.Add(time.Duration(i)*time.Hour + 45*time.Minute), Status: bot.StatusBooked, Created: t0}
		if err := s.Book(ctx, b, nil); err != nil {
			t.Fatal(err)
		}
		keys[4+i] = b.SlotKey()
	}
	st, err := s.SlotHolders(ctx, ag, "", keys)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"visitor-0", "visitor-1", "visitor-2", "visitor-3", "", "", "", "", ""}
	if fmt.Sprint(st.Holders) != fmt.Sprint(want) || fmt.Sprint(st.Taken) != "[false false false false true true true false false]" {
		t.Fatalf("SlotHolders = %q %v", st.Holders, st.Taken)
	}
	n := testing.AllocsPerRun(100, func() {
		if _, err := s.SlotHolders(ctx, ag, "", keys); err != nil {
			t.Fatal(err)
		}
	})
	if n > 31 {
		t.Fatalf("%v allocations for an offer's read of nine slots, want at most 31", n)
	}
}

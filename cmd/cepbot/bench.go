package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/workpool"
	"github.com/cep-accueil/cepbot/cmd/cepbot/internal/pace"
	"github.com/cep-accueil/cepbot/dialogs/geo"
)

func init() {
	register(command{name: "bench", usage: "bench [--store S] [--conversations N] [--concurrency C | --rate R [--streams K]]",
		summary: "conversations d'accueil scriptées de bout en bout dans le moteur ; débit et latences", run: runBench})
}

// benchPlace spreads the scripted visitors over the 101 départements (a
// postal code of each), so that the directory has slots for all of them.
func benchPlace(i int) string {
	placesOnce.Do(func() {
		for _, d := range geo.Departements() {
			prefix, width := d, 3
			switch {
			case d == "2A" || d == "2B":
				prefix = "20"
			case len(d) == 3:
				width = 2
			}
			for n := range 1000 {
				cp := prefix + fmt.Sprintf("%0*d", width, n)
				if len(cp) != 5 {
					break
				}
				if dep, known, outside := geo.PostalCode(cp); known && !outside && dep == d {
					places = append(places, cp)
					break
				}
			}
		}
	})
	return places[i%len(places)]
}

var (
	placesOnce sync.Once
	places     []string
)

// benchScript is one reception conversation: consent, then one message with
// the whole situation; the driver then answers every question with an
// option (the first, or a random one of the offered slots) until booked.
// Three profiles, routed to three operators that have an agency in every
// département, share the load of the directory.
func benchScript(i int) [3]string {
	place := benchPlace(i)
	var text string
	switch i % 3 {
	case 0:
		text = fmt.Sprintf("Bonjour, je suis au chômage depuis 6 mois, j'ai %d ans, j'habite au %s et je voudrais me reconvertir dans l'animation.", 30+i%30, place)
	case 1:
		text = fmt.Sprintf("J'ai une RQTH depuis 2 ans, je cherche un emploi, j'ai %d ans et j'habite au %s.", 30+i%30, place)
	default:
		text = fmt.Sprintf("slt jai %d ans je cherche du travail et jhabite au %s", 18+i%8, place)
	}
	return [3]string{"/start", "oui", text}
}

// benchMaxTurns bounds one scripted conversation.
const benchMaxTurns = 20

type benchResult struct {
	Conversations int     `json:"conversations"`
	Turns         int64   `json:"turns"`
	Seconds       float64 `json:"seconds"`
	TurnsPerSec   float64 `json:"turns_per_sec"`
	P50us         float64 `json:"p50_us"`
	P99us         float64 `json:"p99_us"`
	P999us        float64 `json:"p999_us"`
	AllocsPerTurn float64 `json:"allocs_per_turn"`
	BytesPerTurn  float64 `json:"bytes_per_turn"`
	Bookings      int64   `json:"bookings"`
	Errors        int64   `json:"errors"`
	// Choices counts conversations by how many slot choices they made
	// before booking ("1": booked at the first choice).
	Choices     map[string]int64 `json:"choices"`
	Store       string           `json:"store"`
	Concurrency int              `json:"concurrency,omitempty"`
	Rate        float64          `json:"rate,omitempty"`    // open loop: turns started per second
	Streams     int              `json:"streams,omitempty"` // open loop of --streams: independent arrival streams
	Mode        string           `json:"mode"`              // "closed" or "open"
	GOMAXPROCS  int              `json:"gomaxprocs"`
	// RoundTripsPerTurn: the Redis store's round trips (commands, pipelines
	// and shared batches, each one) per turn.
	RoundTripsPerTurn float64 `json:"round_trips_per_turn,omitempty"`
	// Open loop only: the same percentiles of the engine's own time, from
	// the turn's actual start to its answer. The gap with p50/p99 is the
	// time a turn waited after its planned instant (a busy machine, the
	// scheduler, the clock's wake-up).
	ServiceP50us float64 `json:"service_p50_us,omitempty"`
	ServiceP99us float64 `json:"service_p99_us,omitempty"`
	// Open loop only: how late the bench's own clock woke for each planned
	// arrival. It bounds what the engine can be blamed for: an arrival
	// started late waits whatever the engine does (on this 2-core VM the
	// wake-up of an idle processor alone is ≈ 70 µs at the median).
	PacerP50us float64 `json:"pacer_late_p50_us,omitempty"`
	PacerP99us float64 `json:"pacer_late_p99_us,omitempty"`
	// Open loop of --synthetic: each turn was only this much computation,
	// no engine and no store. Its latencies are the floor that the machine
	// and the bench's clock put under any engine at that rate.
	SyntheticUs float64 `json:"synthetic_us,omitempty"`
	// The collector during the measure (runtime/metrics): its cycles and its
	// share of the process's CPU; then, after one more collection once the
	// measure is over, what lives (the stored conversations with the
	// process's tables): what each mark has to go through. An
	// open-loop p99 far above service_p99_us with GOGC=off close to it is
	// the collector's marks (README, Performance).
	GCCycles uint64 `json:"gc_cycles"`
	// Processor time per turn during the measure: the bench process's (the
	// engine and its driver), and with Redis the server's (INFO cpu, every
	// client's work counted). On a machine shared with other work these are
	// steadier than turns/s: 2 cores ÷ their sum bounds the rate.
	CPUusPerTurn       float64 `json:"cpu_us_per_turn,omitempty"`
	ServerCPUusPerTurn float64 `json:"server_cpu_us_per_turn,omitempty"`
	// --redis-benchmark: redis-benchmark -t set,get on the same server, the
	// mean of a run before and one after the measure, and turns/s ÷ SET/s.
	RedisSetPerSec float64 `json:"redis_benchmark_set_per_sec,omitempty"`
	RedisGetPerSec float64 `json:"redis_benchmark_get_per_sec,omitempty"`
	TurnsPerSet    float64 `json:"turns_per_set,omitempty"`
	GCCPUFraction  float64 `json:"gc_cpu_fraction"`
	HeapLiveBytes  uint64  `json:"heap_live_bytes"`
	GCScanBytes    uint64  `json:"gc_scan_bytes"`
	HeapObjects    uint64  `json:"heap_objects"`
}

// redisBenchmarkN is the requests of each redis-benchmark run.
const redisBenchmarkN = 200000

// roundTripper is a store that counts its round trips (store/redis).
type roundTripper interface{ RoundTrips() uint64 }

func runBench(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", "memory", "magasin : memory, file:/chemin/bench.db ou redis://hôte:6379/0")
	n := fs.Int("conversations", 20000, "nombre de conversations")
	conc := fs.Int("concurrency", 1000, "conversations menées en même temps")
	cpuProfile := fs.String("cpuprofile", "", "écrit un profil CPU (pprof) dans ce fichier")
	memProfile := fs.String("memprofile", "", "écrit un profil des allocations (pprof) dans ce fichier")
	mutexProfile := fs.String("mutexprofile", "", "écrit un profil des attentes sur les verrous (pprof) dans ce fichier")
	traceFile := fs.String("trace", "", "écrit une trace d'exécution (go tool trace) de la mesure dans ce fichier")
	maxTurns := fs.Int("max-turns", 0, "tours traités en même temps au plus (0 : sans limite)")
	rate := fs.Float64("rate", 0, "boucle ouverte : tours démarrés par seconde (arrivées exponentielles), latence mesurée depuis le départ prévu")
	streams := fs.Int("streams", 0, "boucle ouverte : 0, un départ de tour par arrivée ; N, N flux d'arrivées indépendants qui mènent chacun leurs tours (au débit --rate divisé par N)")
	vsRedis := fs.Bool("redis-benchmark", false, "avec --store redis://… : lance aussi redis-benchmark -t set,get sur le même serveur, avant et après la mesure, et donne le rapport tours/s ÷ SET/s")
	synthetic := fs.Duration("synthetic", 0, "boucle ouverte : chaque tour ne fait que ce temps de calcul, sans moteur ni magasin (10 tours par conversation) ; la latence mesurée est alors celle de la machine et du banc, à comparer à celle du moteur au même débit")
	spin := fs.Duration("spin", 1500*time.Microsecond, "boucle ouverte avec --streams : chaque flux cède le processeur en boucle au lieu de dormir pendant ce délai avant chaque arrivée")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *n < 1 || *conc < 1 || *rate < 0 || *streams < 0 || *spin < 0 || *synthetic < 0 {
		fmt.Fprintln(env.Stderr, "cepbot bench: --conversations, --concurrency, --rate, --streams, --spin et --synthetic doivent être positifs")
		return 2
	}
	if *synthetic > 0 && *rate == 0 {
		fmt.Fprintln(env.Stderr, "cepbot bench: --synthetic ne vaut qu'en boucle ouverte (--rate)")
		return 2
	}
	concSet := false
	fs.Visit(func(f *flag.Flag) { concSet = concSet || f.Name == "concurrency" })
	if *rate > 0 && concSet {
		fmt.Fprintln(env.Stderr, "cepbot bench: --concurrency (boucle fermée) et --rate (boucle ouverte) s'excluent")
		return 2
	}
	benv, own := benchEnv(env, *storeSpec)
	store, err := openStore(ctx, benv, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
		return 1
	}
	defer store.Close()
	if p, ok := store.(purger); ok && own {
		// after the profiles and the trace are written (deferred later)
		defer func() {
			n, err := p.Purge(context.WithoutCancel(ctx))
			if err != nil {
				fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
				return
			}
			fmt.Fprintf(env.Stderr, "cepbot bench : %d clés du préfixe %s effacées\n", n, benv.Getenv("CEPBOT_REDIS_PREFIX"))
		}()
	}
	dir, err := loadDirectory(env.Getenv("CEPBOT_DIRECTORY"))
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
		return 1
	}
	a := newApp(env, store, dir, slog.New(slog.DiscardHandler), appOptions{maxTurns: *maxTurns})
	if err := benchWarm(ctx, a.engine); err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
		return 1
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		runtime.MemProfileRate = 4096
		defer func() {
			f, err := os.Create(*memProfile)
			if err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	if *mutexProfile != "" {
		runtime.SetMutexProfileFraction(1)
		defer func() {
			f, err := os.Create(*mutexProfile)
			if err == nil {
				pprof.Lookup("mutex").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	if *traceFile != "" {
		f, err := os.Create(*traceFile)
		if err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := trace.Start(f); err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
			return 1
		}
		defer trace.Stop()
	}
	var rates0 setRates
	if *vsRedis {
		if rates0, err = redisBenchmark(ctx, *storeSpec, redisBenchmarkN); err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
			return 1
		}
	}
	var trips0 uint64
	rt, counted := store.(roundTripper)
	srv, hasServer := store.(serverCPUer)
	var srv0 time.Duration
	if hasServer {
		if srv0, err = srv.ServerCPU(ctx); err != nil {
			hasServer = false // the bench goes on; only that figure is missing
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
		}
	}
	cpu0 := processCPU()
	if counted {
		trips0 = rt.RoundTrips()
	}
	gc0 := readGC()
	var res benchResult
	if *rate > 0 {
		var e turner = a.engine
		if *synthetic > 0 {
			e = newSyntheticTurner(*synthetic)
		}
		open := func() (benchResult, error) { return benchOpen(ctx, e, *n, *rate) }
		if *streams > 0 {
			open = func() (benchResult, error) { return benchStreams(ctx, e, *n, *rate, *streams, *spin) }
		}
		if res, err = open(); err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
			return 1
		}
		res.SyntheticUs = float64(*synthetic) / float64(time.Microsecond) // 0 (left out) for the engine
	} else {
		res = benchRun(ctx, a.engine, *n, *conc)
	}
	cpu1 := processCPU()
	if hasServer && res.Turns > 0 {
		if srv1, err := srv.ServerCPU(ctx); err == nil {
			res.ServerCPUusPerTurn = float64(srv1-srv0) / float64(time.Microsecond) / float64(res.Turns)
		}
	}
	if cpu0 > 0 && res.Turns > 0 {
		res.CPUusPerTurn = float64(cpu1-cpu0) / float64(time.Microsecond) / float64(res.Turns)
	}
	res.addGC(gc0, readGC(), liveAfterGC())
	if *vsRedis {
		rates1, err := redisBenchmark(ctx, *storeSpec, redisBenchmarkN)
		if err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
			return 1
		}
		// the machine's speed drifts: the mean of a run before and one after
		res.RedisSetPerSec = (rates0.set + rates1.set) / 2
		res.RedisGetPerSec = (rates0.get + rates1.get) / 2
		res.TurnsPerSet = res.TurnsPerSec / res.RedisSetPerSec
	}
	if counted && res.Turns > 0 {
		res.RoundTripsPerTurn = float64(rt.RoundTrips()-trips0) / float64(res.Turns)
	}
	res.Store = redactStore(*storeSpec)
	fmt.Fprintf(env.Stdout, "%d conversations, %d tours en %.2f s : %.0f tours/s ; latence p50 %.0f µs, p99 %.0f µs, p999 %.0f µs ; %.0f allocations/tour ; %d rendez-vous ; %d erreurs\n",
		res.Conversations, res.Turns, res.Seconds, res.TurnsPerSec, res.P50us, res.P99us, res.P999us, res.AllocsPerTurn, res.Bookings, res.Errors)
	fmt.Fprintf(env.Stdout, "choix de créneau par rendez-vous : %s\n", choicesLine(res.Choices))
	if *vsRedis {
		fmt.Fprintf(env.Stdout, "redis-benchmark sur le même serveur : %.0f SET/s, %.0f GET/s ; tours/s ÷ SET/s = %.2f\n", res.RedisSetPerSec, res.RedisGetPerSec, res.TurnsPerSet)
	}
	line, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(line))
	if res.Errors > 0 {
		return 1
	}
	return 0
}

// purger is a store that can delete everything under its key prefix
// (store/redis).
type purger interface {
	Purge(ctx context.Context) (int64, error)
}

// benchEnv gives a Redis bench a key prefix of its own, unless
// CEPBOT_REDIS_PREFIX names one: its bookings would otherwise take the
// slots of the agencies of the deployment sharing that Redis (and of the
// previous bench runs, each run then finding fewer free slots and taking
// more turns per conversation). own reports that prefix, purged after the
// run.
func benchEnv(env *Env, spec string) (_ *Env, own bool) {
	s, err := parseStore(spec)
	if err != nil || s.kind != storeRedis || env.Getenv("CEPBOT_REDIS_PREFIX") != "" {
		return env, false
	}
	prefix := fmt.Sprintf("cepbot-bench-%08x", rand.Uint32())
	e := *env
	e.Getenv = func(k string) string {
		if k == "CEPBOT_REDIS_PREFIX" {
			return prefix
		}
		return env.Getenv(k)
	}
	return &e, true
}

// benchConv is one scripted conversation in progress.
type benchConv struct {
	user string
	// script is the visitor's first messages; the Inbound of each turn is
	// built as a value (next), so that the harness allocates as little as
	// it can: bytes_per_turn counts the whole process's allocations, and a
	// slice of three Inbound per conversation was ≈ 60 bytes of each turn
	script   [3]string
	k        int
	offering bool
	choices  int       // slot choices made
	answered time.Time // when the previous turn's replies came (open loop)
}

// choiceCounts counts booked conversations by slot choices made.
type choiceCounts [benchMaxTurns + 1]atomic.Int64

func (cc *choiceCounts) dist() map[string]int64 {
	dist := map[string]int64{}
	for c := range cc {
		if k := cc[c].Load(); k > 0 {
			dist[strconv.Itoa(c)] = k
		}
	}
	return dist
}

func newBenchConv(run string, i int) *benchConv {
	return &benchConv{user: fmt.Sprintf("%s-%d", run, i), script: benchScript(i)}
}

// next is the visitor's next message. A slot taken by a concurrent visitor
// costs two more turns (new slot, confirm): keep answering until booked.
func (c *benchConv) next() bot.Inbound {
	in := bot.Inbound{Text: "1"}
	if c.k < len(c.script) {
		in.Text = c.script[c.k]
	}
	if c.offering {
		in.Text = strconv.Itoa(1 + rand.IntN(3)) // visitors pick different slots
		c.choices++
	}
	in.Channel, in.Conversation, in.User = "bench", c.user, c.user
	in.UpdateID = strconv.Itoa(c.k + 1)
	c.k++
	return in
}

// done records the turn's outcome and reports whether the conversation is
// over (booked, failed, or too long).
func (c *benchConv) done(replies []bot.Reply, err error, bookings, errs *atomic.Int64, cc *choiceCounts) bool {
	if err != nil {
		errs.Add(1)
		return true
	}
	if len(replies) > 0 && strings.Contains(replies[0].Text, "Référence :") {
		bookings.Add(1)
		cc[min(c.choices, benchMaxTurns)].Add(1)
		return true
	}
	c.offering = len(replies) > 0 && strings.Contains(replies[len(replies)-1].Text, "créneaux")
	return c.k >= benchMaxTurns
}

// benchRun drives n conversations, conc at a time, through the engine (no
// adapter): every turn loads and saves the session in the store. Closed
// loop: each conversation waits for its previous turn.
func benchRun(ctx context.Context, e *bot.Engine, n, conc int) benchResult {
	run := fmt.Sprintf("bench-%x", rand.Uint32())
	var next, turns, bookings, errs atomic.Int64
	var cc choiceCounts
	lat := make([][]time.Duration, conc)
	for w := range lat {
		// sized before the measure (≈ 10 turns a conversation): growing
		// them would count as the bot's bytes per turn
		lat[w] = make([]time.Duration, 0, (n/conc+1)*12)
	}
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	var wg sync.WaitGroup
	for w := range conc {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n || ctx.Err() != nil {
					return
				}
				c := newBenchConv(run, i)
				for {
					in := c.next()
					t0 := time.Now()
					replies, err := e.Turn(ctx, in)
					lat[w] = append(lat[w], time.Since(t0))
					turns.Add(1)
					if c.done(replies, err, &bookings, &errs, &cc) {
						break
					}
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms1)
	res := benchStats(slices.Concat(lat...), turns.Load(), elapsed, &ms0, &ms1)
	res.Conversations, res.Bookings, res.Errors, res.Concurrency, res.Mode = n, bookings.Load(), errs.Load(), conc, "closed"
	res.Choices = cc.dist()
	return res
}

// benchWarm drives, before the measure, one conversation of each profile
// in each département (benchWarmers at a time). The first turns of a
// process build its lazy tables (communes, lexicon, ...): a one-off stall
// of tens of milliseconds that an open loop at 20 000 turns/s would count
// against a thousand turns or more, i.e. in its p99, though no visitor of
// a running server meets it twice.
func benchWarm(ctx context.Context, e *bot.Engine) error {
	run := fmt.Sprintf("warm-%x", rand.Uint32())
	benchPlace(0)
	var next atomic.Int64
	errs := make([]error, benchWarmers)
	var wg sync.WaitGroup
	for w := range benchWarmers {
		wg.Go(func() {
			var bookings, failed atomic.Int64
			var cc choiceCounts
			for {
				i := int(next.Add(1)) - 1
				if i >= 3*len(places) {
					return
				}
				c := newBenchConv(run, i)
				for {
					replies, err := e.Turn(ctx, c.next())
					if err != nil {
						errs[w] = fmt.Errorf("warm-up conversation %d: %w", i, err)
						return
					}
					if c.done(replies, nil, &bookings, &failed, &cc) {
						break
					}
				}
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// benchWarmers is the warm-up's concurrency: enough to overlap the round
// trips of a Redis or file store.
const benchWarmers = 16

// benchOpen starts turns at rate per second, with exponential
// inter-arrival times, whatever the engine's speed (open loop). Each
// arrival takes the next turn of a conversation whose previous turn is
// answered, or starts a new conversation. A turn's latency runs from its
// intended start, so time spent waiting behind a slow engine counts (no
// coordinated omission); that start is the arrival's planned instant, or,
// when every conversation was still waiting for an answer (the last ones),
// the instant its previous answer came: a visitor writes after reading,
// and the wait for that answer is the previous turn's latency, already
// counted. It stops when n conversations are over.
func benchOpen(ctx context.Context, e turner, n int, rate float64) (benchResult, error) {
	run := fmt.Sprintf("bench-%x", rand.Uint32())
	clock, err := pace.New()
	if err != nil {
		return benchResult{}, err
	}
	defer clock.Close()
	var turns, bookings, errs atomic.Int64
	var cc choiceCounts
	ready := make(chan *benchConv, n)
	var mu sync.Mutex
	lat, svc := make([]time.Duration, 0, n*12), make([]time.Duration, 0, n*12) // sized before the measure, as in benchRun
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	intended := start
	started := 0
	var over atomic.Int64
	doneCh := make(chan struct{}, n)
	var wg sync.WaitGroup
	pool := workpool.New(time.Second)
	late := make([]time.Duration, 0, n*12) // the generator's own: no lock
	for ctx.Err() == nil && int(over.Load()) < n {
		intended = intended.Add(time.Duration(rand.ExpFloat64() / rate * float64(time.Second)))
		if err := clock.Until(intended); err != nil {
			wg.Wait()
			return benchResult{}, err
		}
		late = append(late, time.Since(intended))
		var c *benchConv
		select {
		case c = <-ready:
		default:
			if started < n {
				c = newBenchConv(run, started)
				started++
			} else {
				select { // every conversation is in a turn: wait for one
				case c = <-ready:
				case <-doneCh: // one is over: check whether all are
					continue
				case <-ctx.Done():
				}
			}
		}
		if c == nil {
			break
		}
		in := c.next()
		t0 := intended
		if c.answered.After(t0) {
			t0 = c.answered
		}
		wg.Add(1)
		pool.Go(func() { // as the inbox runner runs a chat's turns
			defer wg.Done()
			began := time.Now()
			replies, err := e.Turn(ctx, in)
			c.answered = time.Now()
			d := c.answered.Sub(t0)
			turns.Add(1)
			mu.Lock()
			lat = append(lat, d)
			svc = append(svc, c.answered.Sub(began))
			mu.Unlock()
			if c.done(replies, err, &bookings, &errs, &cc) {
				over.Add(1)
				doneCh <- struct{}{}
				return
			}
			ready <- c
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms1)
	res := benchStats(lat, turns.Load(), elapsed, &ms0, &ms1)
	res.Conversations, res.Bookings, res.Errors, res.Rate, res.Mode = n, bookings.Load(), errs.Load(), rate, "open"
	sv := benchStats(svc, 0, elapsed, &ms0, &ms1)
	res.ServiceP50us, res.ServiceP99us = sv.P50us, sv.P99us
	pc := benchStats(late, 0, elapsed, &ms0, &ms1)
	res.PacerP50us, res.PacerP99us = pc.P50us, pc.P99us
	res.Choices = cc.dist()
	return res, nil
}

// benchStreams is the open loop of --streams: as benchOpen it starts turns
// at rate per second with exponential inter-arrival times whatever the
// engine's speed, counts each turn's latency from its intended start, and
// stops when n conversations are over. But the arrivals are split, as wrk2
// splits them over its connections, into
// streams independent Poisson streams of rate rate/streams: their sum is a
// Poisson stream of rate rate. Each stream is one goroutine that waits for
// its next planned instant on its own clock and runs the turn itself: the
// next turn of its conversation, or the first of a new one when its
// conversation is over. A turn planned while the stream's previous one
// still runs starts late and counts that wait; with many streams and a
// per-stream rate far below a turn's inverse duration that is rare, and it
// is latency a visitor would see. Each stream's clock spins for the last
// spin before an instant (pace.Clock.Spin): with a few streams and the
// memory store, whose turns never wait, the processors then never sleep,
// and neither a goroutine's creation and stack growths per turn (12 % of
// benchOpen's CPU profile) nor the wake-up of a sleeping processor (50 µs
// to milliseconds on this virtual machine) is counted as the engine's.
// Turns that wait on a network (Redis) need many streams, and many
// spinning streams starve each other: benchOpen is the mode for them.
func benchStreams(ctx context.Context, e turner, n int, rate float64, streams int, spin time.Duration) (benchResult, error) {
	run := fmt.Sprintf("bench-%x", rand.Uint32())
	streams = max(1, min(streams, n))
	clocks := make([]*pace.Clock, streams)
	for i := range clocks {
		c, err := pace.New()
		if err != nil {
			for _, c := range clocks[:i] {
				c.Close()
			}
			return benchResult{}, err
		}
		c.Spin(spin)
		clocks[i] = c
	}
	defer func() {
		for _, c := range clocks {
			c.Close()
		}
	}()
	var turns, bookings, errs, started atomic.Int64
	var cc choiceCounts
	// each stream's own records, sized before the measure: no lock, and
	// no growth counted in the allocations per turn
	per := (n*12)/streams + 16
	lat, svc, late := make([][]time.Duration, streams), make([][]time.Duration, streams), make([][]time.Duration, streams)
	for w := range streams {
		lat[w], svc[w], late[w] = make([]time.Duration, 0, per), make([]time.Duration, 0, per), make([]time.Duration, 0, per)
	}
	failures := make([]error, streams)
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	streamRate := rate / float64(streams)
	var wg sync.WaitGroup
	for w := range streams {
		wg.Go(func() {
			clock := clocks[w]
			intended := start
			var c *benchConv
			for ctx.Err() == nil {
				if c == nil {
					i := int(started.Add(1)) - 1
					if i >= n {
						return
					}
					c = newBenchConv(run, i)
				}
				intended = intended.Add(time.Duration(rand.ExpFloat64() / streamRate * float64(time.Second)))
				if err := clock.Until(intended); err != nil {
					failures[w] = err
					return
				}
				began := time.Now()
				late[w] = append(late[w], began.Sub(intended))
				in := c.next()
				replies, err := e.Turn(ctx, in)
				end := time.Now()
				turns.Add(1)
				lat[w] = append(lat[w], end.Sub(intended))
				svc[w] = append(svc[w], end.Sub(began))
				if c.done(replies, err, &bookings, &errs, &cc) {
					c = nil
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms1)
	if err := errors.Join(failures...); err != nil {
		return benchResult{}, err
	}
	res := benchStats(slices.Concat(lat...), turns.Load(), elapsed, &ms0, &ms1)
	res.Conversations, res.Bookings, res.Errors, res.Rate, res.Mode, res.Streams = n, bookings.Load(), errs.Load(), rate, "open", streams
	sv := benchStats(slices.Concat(svc...), 0, elapsed, &ms0, &ms1)
	res.ServiceP50us, res.ServiceP99us = sv.P50us, sv.P99us
	pc := benchStats(slices.Concat(late...), 0, elapsed, &ms0, &ms1)
	res.PacerP50us, res.PacerP99us = pc.P50us, pc.P99us
	res.Choices = cc.dist()
	return res, nil
}

func benchStats(all []time.Duration, t int64, elapsed time.Duration, ms0, ms1 *runtime.MemStats) benchResult {
	slices.Sort(all)
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds())
	}
	return benchResult{
		Turns: t, Seconds: elapsed.Seconds(), TurnsPerSec: float64(t) / elapsed.Seconds(),
		P50us: pct(0.50), P99us: pct(0.99), P999us: pct(0.999),
		AllocsPerTurn: float64(ms1.Mallocs-ms0.Mallocs) / float64(max(t, 1)),
		BytesPerTurn:  float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(max(t, 1)),
		GOMAXPROCS:    runtime.GOMAXPROCS(0),
	}
}

// choicesLine renders the distribution as "1 : 19 950 ; 2 : 50".
func choicesLine(d map[string]int64) string {
	var parts []string
	for c := range benchMaxTurns + 1 {
		if k := d[strconv.Itoa(c)]; k > 0 {
			parts = append(parts, fmt.Sprintf("%d : %d", c, k))
		}
	}
	if len(parts) == 0 {
		return "aucun"
	}
	return strings.Join(parts, " ; ")
}

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/geo"
)

func init() {
	register(command{name: "bench", usage: "bench [--store S] [--conversations N] [--concurrency C]",
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
func benchScript(i int) []bot.Inbound {
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
	return []bot.Inbound{{Text: "/start"}, {Text: "oui"}, {Text: text}}
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
	AllocsPerTurn float64 `json:"allocs_per_turn"`
	BytesPerTurn  float64 `json:"bytes_per_turn"`
	Bookings      int64   `json:"bookings"`
	Errors        int64   `json:"errors"`
	// Choices counts conversations by how many slot choices they made
	// before booking ("1": booked at the first choice).
	Choices     map[string]int64 `json:"choices"`
	Store       string           `json:"store"`
	Concurrency int              `json:"concurrency"`
	GOMAXPROCS  int              `json:"gomaxprocs"`
}

func runBench(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", "memory", "magasin : memory, file:/chemin/bench.db ou redis://hôte:6379/0")
	n := fs.Int("conversations", 20000, "nombre de conversations")
	conc := fs.Int("concurrency", 1000, "conversations menées en même temps")
	cpuProfile := fs.String("cpuprofile", "", "écrit un profil CPU (pprof) dans ce fichier")
	maxTurns := fs.Int("max-turns", 0, "tours traités en même temps au plus (0 : sans limite)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *n < 1 || *conc < 1 {
		fmt.Fprintln(env.Stderr, "cepbot bench: --conversations et --concurrency doivent être positifs")
		return 2
	}
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
		return 1
	}
	defer store.Close()
	dir, err := loadDirectory(env.Getenv("CEPBOT_DIRECTORY"))
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bench: %v\n", err)
		return 1
	}
	a := newApp(env, store, dir, slog.New(slog.DiscardHandler), appOptions{maxTurns: *maxTurns})
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
	res := benchRun(ctx, a.engine, *n, *conc)
	res.Store = redactStore(*storeSpec)
	fmt.Fprintf(env.Stdout, "%d conversations, %d tours en %.2f s : %.0f tours/s ; latence p50 %.0f µs, p99 %.0f µs ; %.0f allocations/tour ; %d rendez-vous ; %d erreurs\n",
		res.Conversations, res.Turns, res.Seconds, res.TurnsPerSec, res.P50us, res.P99us, res.AllocsPerTurn, res.Bookings, res.Errors)
	fmt.Fprintf(env.Stdout, "choix de créneau par rendez-vous : %s\n", choicesLine(res.Choices))
	line, _ := json.Marshal(res)
	fmt.Fprintln(env.Stdout, string(line))
	if res.Errors > 0 {
		return 1
	}
	return 0
}

// benchRun drives n conversations, conc at a time, through the engine (no
// adapter): every turn loads and saves the session in the store.
func benchRun(ctx context.Context, e *bot.Engine, n, conc int) benchResult {
	run := fmt.Sprintf("bench-%x", rand.Uint32())
	var next, turns, bookings, errs atomic.Int64
	var choiceCount [benchMaxTurns + 1]atomic.Int64
	lat := make([][]time.Duration, conc)
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
				user := fmt.Sprintf("%s-%d", run, i)
				script := benchScript(i)
				offering := false
				choices := 0
				// A slot taken by a concurrent visitor costs two more turns
				// (new slot, confirm): keep answering until booked.
				for k := range benchMaxTurns {
					in := bot.Inbound{Text: "1"}
					if k < len(script) {
						in = script[k]
					}
					if offering {
						in.Text = strconv.Itoa(1 + rand.IntN(3)) // visitors pick different slots
						choices++
					}
					in.Channel, in.Conversation, in.User = "bench", user, user
					in.UpdateID = strconv.Itoa(k + 1)
					t0 := time.Now()
					replies, err := e.Turn(ctx, in)
					lat[w] = append(lat[w], time.Since(t0))
					turns.Add(1)
					if err != nil {
						errs.Add(1)
						break
					}
					if len(replies) > 0 && strings.Contains(replies[0].Text, "Référence :") {
						bookings.Add(1)
						choiceCount[min(choices, benchMaxTurns)].Add(1)
						break
					}
					offering = len(replies) > 0 && strings.Contains(replies[len(replies)-1].Text, "créneaux")
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms1)
	all := slices.Concat(lat...)
	slices.Sort(all)
	pct := func(p float64) float64 {
		if len(all) == 0 {
			return 0
		}
		return float64(all[min(len(all)-1, int(p*float64(len(all))))].Microseconds())
	}
	t := turns.Load()
	dist := map[string]int64{}
	for c := range choiceCount {
		if k := choiceCount[c].Load(); k > 0 {
			dist[strconv.Itoa(c)] = k
		}
	}
	return benchResult{
		Choices:       dist,
		Conversations: n, Turns: t, Seconds: elapsed.Seconds(), TurnsPerSec: float64(t) / elapsed.Seconds(),
		P50us: pct(0.50), P99us: pct(0.99),
		AllocsPerTurn: float64(ms1.Mallocs-ms0.Mallocs) / float64(max(t, 1)),
		BytesPerTurn:  float64(ms1.TotalAlloc-ms0.TotalAlloc) / float64(max(t, 1)),
		Bookings:      bookings.Load(), Errors: errs.Load(), Concurrency: conc, GOMAXPROCS: runtime.GOMAXPROCS(0),
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

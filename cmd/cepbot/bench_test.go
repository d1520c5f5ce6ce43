package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

func runBenchCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Now: func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }}
	code := runBench(context.Background(), env, args)
	return code, out.String(), errb.String()
}

// The open loop books every conversation and reports latencies from the
// intended start in the last JSON line; the closed loop keeps its output.
func TestBenchModes(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		mode      string
		streams   int
		synthetic float64 // µs
	}{
		{[]string{"--conversations", "30", "--rate", "3000"}, "open", 0, 0},
		{[]string{"--conversations", "30", "--rate", "3000", "--streams", "3", "--spin", "200us"}, "open", 3, 0},
		{[]string{"--conversations", "30", "--concurrency", "10"}, "closed", 0, 0},
		{[]string{"--conversations", "30", "--rate", "3000", "--synthetic", "20us"}, "open", 0, 20},
		{[]string{"--conversations", "30", "--rate", "3000", "--streams", "3", "--spin", "200us", "--synthetic", "20us"}, "open", 3, 20},
	} {
		code, out, errs := runBenchCLI(t, tc.args...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		var res benchResult
		if code != 0 || json.Unmarshal([]byte(lines[len(lines)-1]), &res) != nil {
			t.Fatalf("%v: code %d out %q err %q", tc.args, code, out, errs)
		}
		if res.Mode != tc.mode || res.Bookings != 30 || res.Errors != 0 || res.Turns < 90 || res.P50us <= 0 || res.P999us < res.P99us || res.P99us < res.P50us {
			t.Errorf("%v: %+v", tc.args, res)
		}
		// the warm-up collects at least once: the collector's fields are read
		if res.HeapLiveBytes == 0 || res.GCScanBytes == 0 || res.GCCPUFraction < 0 || res.GCCPUFraction > 1 || !strings.Contains(lines[len(lines)-1], `"gc_cycles":`) {
			t.Errorf("%v: collector fields %+v", tc.args, res)
		}
		if res.CPUusPerTurn <= 0 || res.ServerCPUusPerTurn != 0 {
			t.Errorf("%v: CPU per turn %v µs, server %v µs (no server)", tc.args, res.CPUusPerTurn, res.ServerCPUusPerTurn)
		}
		// a synthetic conversation is exactly syntheticTurns turns, the last
		// one its "booking"; an engine's run says nothing of synthetic turns
		if res.SyntheticUs != tc.synthetic || tc.synthetic > 0 && res.Turns != 30*syntheticTurns ||
			tc.synthetic == 0 && strings.Contains(lines[len(lines)-1], "synthetic") {
			t.Errorf("%v: synthetic %v µs, %d turns in %q", tc.args, res.SyntheticUs, res.Turns, lines[len(lines)-1])
		}
		if tc.mode == "open" && (res.Rate != 3000 || res.Streams != tc.streams) {
			t.Errorf("%v: open loop rate %v, %d streams", tc.args, res.Rate, res.Streams)
		}
		if tc.mode == "open" && res.PacerP99us < res.PacerP50us || tc.mode == "closed" && strings.Contains(lines[len(lines)-1], "pacer_late") {
			t.Errorf("%v: the pacer's lateness p50 %v p99 %v in %q", tc.args, res.PacerP50us, res.PacerP99us, lines[len(lines)-1])
		}
	}
	if code, _, errs := runBenchCLI(t, "--rate", "100", "--concurrency", "5"); code != 2 || !strings.Contains(errs, "s'excluent") {
		t.Errorf("--rate with --concurrency: code %d, %q", code, errs)
	}
	if code, _, errs := runBenchCLI(t, "--rate", "100", "--streams", "-1"); code != 2 || !strings.Contains(errs, "--streams") {
		t.Errorf("--streams -1: code %d, %q", code, errs)
	}
	if code, _, errs := runBenchCLI(t, "--synthetic", "20us"); code != 2 || !strings.Contains(errs, "boucle ouverte") {
		t.Errorf("--synthetic without --rate: code %d, %q", code, errs)
	}
}

func TestStoreMigrateNeedsRedis(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Now: time.Now}
	if code := runStore(context.Background(), env, []string{"migrate", "--store", "memory"}); code != 2 || !strings.Contains(errb.String(), "pas un magasin Redis") {
		t.Errorf("migrate on memory: code %d, %q", code, errb.String())
	}
	errb.Reset()
	if code := runStore(context.Background(), env, nil); code != 2 || !strings.Contains(errb.String(), "usage") {
		t.Errorf("no subcommand: code %d, %q", code, errb.String())
	}
}

// On Redis the bench books under a prefix of its own, deleted after the
// run: repeated runs find the same free slots, and a deployment sharing
// the server keeps its agencies' slots. A prefix given by
// CEPBOT_REDIS_PREFIX is the user's: kept.
func TestBenchRedisOwnPrefix(t *testing.T) {
	url := redistest.URL(t)
	rdb := goredis.NewClient(mustParseRedisURL(t, url))
	defer rdb.Close()
	ctx := t.Context()
	count := func(match string) int {
		keys, err := rdb.Keys(ctx, match).Result() // a test server: KEYS is fine here
		if err != nil {
			t.Fatal(err)
		}
		return len(keys)
	}
	before := count("cepbot-bench-*")
	code, out, errs := runBenchCLI(t, "--store", url, "--conversations", "20", "--concurrency", "5")
	if code != 0 || !strings.Contains(out, `"bookings":20`) || !strings.Contains(errs, "clés du préfixe cepbot-bench-") {
		t.Fatalf("code %d out %q err %q", code, out, errs)
	}
	if n := count("cepbot-bench-*"); n != before {
		t.Errorf("%d bench keys left (%d before)", n, before)
	}
	var res benchResult
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatal(err)
	}
	// the bot's and the server's processor time per turn are read (a
	// turn costs both more than a microsecond)
	if res.CPUusPerTurn < 1 || res.ServerCPUusPerTurn < 1 || res.TurnsPerSet != 0 {
		t.Errorf("CPU per turn: bot %v µs, server %v µs; turns per SET %v without --redis-benchmark", res.CPUusPerTurn, res.ServerCPUusPerTurn, res.TurnsPerSet)
	}
	prefix := fmt.Sprintf("benchkept%x", rand.Uint32())
	var o, e bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &o, Stderr: &e, Now: time.Now,
		Getenv: func(k string) string {
			if k == "CEPBOT_REDIS_PREFIX" {
				return prefix
			}
			return ""
		}}
	if code := runBench(ctx, env, []string{"--store", url, "--conversations", "5", "--concurrency", "5"}); code != 0 {
		t.Fatalf("code %d: %s %s", code, o.String(), e.String())
	}
	t.Cleanup(func() {
		keys, _ := rdb.Keys(context.Background(), prefix+":*").Result()
		for _, k := range keys {
			rdb.Unlink(context.Background(), k)
		}
	})
	if n := count(prefix + ":*"); n == 0 || strings.Contains(e.String(), "effacées") {
		t.Errorf("the user's prefix: %d keys, stderr %q", n, e.String())
	}
}

func mustParseRedisURL(t *testing.T, url string) *goredis.Options {
	t.Helper()
	o, err := goredis.ParseURL(url)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// --redis-benchmark runs redis-benchmark on the bench's server and reports
// the ratio; without a redis:// store it is refused before any measure.
func TestBenchAgainstRedisBenchmark(t *testing.T) {
	if code, _, errs := runBenchCLI(t, "--redis-benchmark", "--conversations", "5"); code != 1 || !strings.Contains(errs, "redis://") {
		t.Errorf("--redis-benchmark on the memory store: code %d, %q", code, errs)
	}
	if _, err := exec.LookPath("redis-benchmark"); err != nil {
		t.Skip("redis-benchmark is not on PATH")
	}
	url := redistest.URL(t)
	code, out, errs := runBenchCLI(t, "--store", url, "--conversations", "20", "--concurrency", "5", "--redis-benchmark")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var res benchResult
	if code != 0 || json.Unmarshal([]byte(lines[len(lines)-1]), &res) != nil {
		t.Fatalf("code %d out %q err %q", code, out, errs)
	}
	if res.RedisSetPerSec <= 0 || res.RedisGetPerSec <= 0 || res.TurnsPerSet <= 0 ||
		math.Abs(res.TurnsPerSet-res.TurnsPerSec/res.RedisSetPerSec) > 1e-9 || !strings.Contains(out, "tours/s ÷ SET/s") {
		t.Errorf("%+v\n%s", res, out)
	}
}

func TestParseRedisBenchmark(t *testing.T) {
	for _, tc := range []struct {
		name, out string
		want      setRates
		ok        bool
	}{
		{"quiet output with progress", "SET: rps=0.0 (overall: -nan) avg_msec=-nan (overall: -nan)\rSET: rps=43861.7 (overall: 43861.7) avg_msec=0.592\rSET: 44464.20 requests per second, p50=0.559 msec\nGET: rps=1700.0\rGET: 31436.65 requests per second, p50=0.775 msec\n\n", setRates{44464.20, 31436.65}, true},
		{"older redis-benchmark", "SET: 92000.00 requests per second\nGET: 90000.00 requests per second\n", setRates{92000, 90000}, true},
		{"no GET", "SET: 92000.00 requests per second\n", setRates{}, false},
		{"garbage", "SET: lots requests per second\nGET: -5 requests per second\n", setRates{}, false},
		{"empty", "", setRates{}, false},
	} {
		got, err := parseRedisBenchmark([]byte(tc.out))
		if (err == nil) != tc.ok || tc.ok && got != tc.want {
			t.Errorf("%s: %+v, %v", tc.name, got, err)
		}
	}
}

func FuzzParseRedisBenchmark(f *testing.F) {
	f.Add([]byte("SET: 44464.20 requests per second, p50=0.559 msec\nGET: 31436.65 requests per second\n"))
	f.Add([]byte("SET: 1e400 requests per second\rGET: NaN requests per second"))
	f.Fuzz(func(t *testing.T, out []byte) {
		r, err := parseRedisBenchmark(out)
		if err == nil && !(r.set > 0 && r.get > 0 && r.set < 1e9 && r.get < 1e9) {
			t.Fatalf("%q: %+v", out, r)
		}
	})
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
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
		args    []string
		mode    string
		streams int
	}{
		{[]string{"--conversations", "30", "--rate", "3000"}, "open", 0},
		{[]string{"--conversations", "30", "--rate", "3000", "--streams", "3", "--spin", "200us"}, "open", 3},
		{[]string{"--conversations", "30", "--concurrency", "10"}, "closed", 0},
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

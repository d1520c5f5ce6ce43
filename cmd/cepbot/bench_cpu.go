package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// serverCPUer is a store that tells its server's processor time
// (store/redis: INFO cpu).
type serverCPUer interface {
	ServerCPU(ctx context.Context) (time.Duration, error)
}

// setRates is what `redis-benchmark -t set,get` gave.
type setRates struct{ set, get float64 }

// redisBenchmark runs `redis-benchmark -t set,get -n n -q` against the Redis
// of a redis:// URL (its host, port, database and password), so that
// `cepbot bench --redis-benchmark` compares its turns with the server's
// plain SET and GET in the same run (issue 20's 0.4 × SET/s). TLS and
// Sentinel or Cluster URLs are refused: redis-benchmark would not measure
// the same path.
func redisBenchmark(ctx context.Context, rawURL string, n int) (setRates, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "redis" {
		return setRates{}, fmt.Errorf("--redis-benchmark needs a redis:// URL (no TLS, Sentinel or Cluster)")
	}
	args := []string{"-t", "set,get", "-n", strconv.Itoa(n), "-q"}
	if h := u.Hostname(); h != "" {
		args = append(args, "-h", h)
	}
	if p := u.Port(); p != "" {
		args = append(args, "-p", p)
	}
	if db := strings.Trim(u.Path, "/"); db != "" {
		args = append(args, "--dbnum", db)
	}
	if pw, ok := u.User.Password(); ok {
		args = append(args, "-a", pw, "--no-auth-warning")
		if user := u.User.Username(); user != "" {
			args = append(args, "--user", user)
		}
	}
	out, err := exec.CommandContext(ctx, "redis-benchmark", args...).Output()
	if err != nil {
		return setRates{}, fmt.Errorf("running redis-benchmark: %w", err)
	}
	return parseRedisBenchmark(out)
}

// parseRedisBenchmark reads the « SET: 92000.00 requests per second » lines
// of `redis-benchmark -q` (its progress lines end with a carriage return).
func parseRedisBenchmark(out []byte) (setRates, error) {
	var r setRates
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		name, rest, ok := strings.Cut(strings.TrimSpace(sc.Text()), ": ")
		if !ok || (name != "SET" && name != "GET") {
			continue
		}
		num, tail, ok := strings.Cut(rest, " ")
		if !ok || !strings.HasPrefix(tail, "requests per second") {
			continue
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil || !(v > 0 && v < 1e9) {
			continue
		}
		if name == "SET" {
			r.set = v
		} else {
			r.get = v
		}
	}
	if r.set == 0 || r.get == 0 {
		return r, fmt.Errorf("redis-benchmark gave no SET and GET rates")
	}
	return r, nil
}

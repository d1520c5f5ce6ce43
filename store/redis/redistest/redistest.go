// Package redistest gives tests a real Redis server: never a mock, because
// the Redis store's guarantees live in Lua scripts and server semantics
// (TTL, atomicity) that only a real server checks.
//
// URL uses CEPBOT_REDIS_URL when it is set; otherwise it starts redis-server
// from PATH on a free loopback port for the calling test; otherwise it skips
// the test, or fails it when CEPBOT_REQUIRE_REDIS=1 (CI, where a silent skip
// would hide the whole Redis suite). Tests isolate themselves with their own
// key prefix and never flush a database: CEPBOT_REDIS_URL may point at a
// server that holds other data.
//
// StartServer, StartPersistentServer, StartCluster and StartSentinel always
// start their own processes (fault injection, Cluster slot rules, Sentinel
// discovery).
package redistest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// URL returns the URL of a Redis server for t.
func URL(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("CEPBOT_REDIS_URL"); u != "" {
		return u
	}
	if _, err := exec.LookPath("redis-server"); err != nil {
		if os.Getenv("CEPBOT_REQUIRE_REDIS") == "1" {
			t.Fatal("no Redis and CEPBOT_REQUIRE_REDIS=1: set CEPBOT_REDIS_URL or install redis-server")
		}
		t.Skip("no Redis: set CEPBOT_REDIS_URL or install redis-server")
	}
	url, _, _ := StartServer(t)
	return url
}

// StartServer starts a dedicated redis-server (from PATH) on a free loopback
// port, without persistence, stopped when t ends. stop kills it (SIGKILL, as
// a crash would); restart starts a fresh, empty server on the same port. Both
// wait until the change is effective. For fault-injection tests.
func StartServer(t testing.TB) (url string, stop, restart func()) {
	t.Helper()
	return startServer(t, false)
}

// StartReplica starts a dedicated redis-server replicating the server at
// primaryURL (redis://host:port/0), and waits until its link to the
// primary is up. stop and restart behave as StartServer's (a restarted
// replica resynchronises from the primary).
func StartReplica(t testing.TB, primaryURL string) (url string, stop, restart func()) {
	t.Helper()
	hostport := strings.TrimSuffix(strings.TrimPrefix(primaryURL, "redis://"), "/0")
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		t.Fatalf("primary URL %q: %v", primaryURL, err)
	}
	// No 5 s wait for more replicas before a full synchronisation.
	if _, err := command(hostport, "CONFIG", "SET", "repl-diskless-sync-delay", "0"); err != nil {
		t.Fatalf("primary %s: %v", hostport, err)
	}
	url, stop, restart = startServer(t, false, "--replicaof", host, port)
	if err := WaitLinkUp(url, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	return url, stop, restart
}

// WaitLinkUp waits until the replica at url reports master_link_status:up.
func WaitLinkUp(url string, limit time.Duration) error {
	addr := strings.TrimSuffix(strings.TrimPrefix(url, "redis://"), "/0")
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if info, err := command(addr, "INFO", "replication"); err == nil && strings.Contains(info, "master_link_status:up") {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("replica %s: link to the primary not up after %v", addr, limit)
}

// command sends one command in RESP and returns the raw reply (no client
// library: this package does not depend on the code under test).
func command(addr string, args ...string) (string, error) {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return "", err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	var b strings.Builder
	fmt.Fprintf(&b, "*%d\r\n", len(args))
	for _, a := range args {
		fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(a), a)
	}
	if _, err := c.Write([]byte(b.String())); err != nil {
		return "", err
	}
	buf := make([]byte, 64<<10)
	n, err := c.Read(buf)
	if err != nil {
		return "", err
	}
	return string(buf[:n]), nil
}

// StartPersistentServer is StartServer with the append-only file on
// (appendonly yes, appendfsync always, in a directory of t): every write
// acknowledged to a client is in the file before the reply, so restart
// brings back a server that still holds everything acknowledged before the
// kill, as a production server with AOF does after a crash.
func StartPersistentServer(t testing.TB) (url string, stop, restart func()) {
	t.Helper()
	return startServer(t, true)
}

func startServer(t testing.TB, persist bool, extra ...string) (url string, stop, restart func()) {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CEPBOT_REQUIRE_REDIS") == "1" {
			t.Fatal("redis-server not on PATH and CEPBOT_REQUIRE_REDIS=1")
		}
		t.Skip("redis-server not on PATH")
	}
	port := freePort(t)
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	dir := t.TempDir()

	var (
		mu  sync.Mutex
		cmd *exec.Cmd
	)
	start := func() {
		t.Helper()
		aof := []string{"--appendonly", "no"}
		if persist {
			aof = []string{"--appendonly", "yes", "--appendfsync", "always"}
		}
		args := append([]string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1",
			"--save", "", "--dir", dir, "--protected-mode", "no"}, aof...)
		args = append(args, extra...)
		c := exec.Command(bin, args...)
		if err := c.Start(); err != nil {
			t.Fatalf("starting redis-server: %v", err)
		}
		if err := waitReady(addr, 10*time.Second); err != nil {
			c.Process.Kill()
			c.Wait()
			t.Fatalf("redis-server on %s: %v", addr, err)
		}
		mu.Lock()
		cmd = c
		mu.Unlock()
	}
	stop = func() {
		mu.Lock()
		c := cmd
		cmd = nil
		mu.Unlock()
		if c != nil {
			c.Process.Kill()
			c.Wait() // the port is closed once the process is reaped
		}
	}
	restart = func() {
		stop()
		start()
	}
	start()
	t.Cleanup(stop)
	return "redis://" + addr + "/0", stop, restart
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("finding a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// waitReady polls with raw PINGs: no client library, so this package does
// not depend on the code under test.
func waitReady(addr string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	var last error
	for time.Now().Before(deadline) {
		last = ping(addr)
		if last == nil {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("not ready after %v: %w", limit, last)
}

func ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if line != "+PONG\r\n" {
		return fmt.Errorf("PING answered %q", line) // e.g. -LOADING
	}
	return nil
}

// StartCluster starts a three-master Redis Cluster (no replicas) on free
// loopback ports, stopped when t ends, and returns its
// redis+cluster:// URL. It skips t when redis-server or redis-cli is
// missing (fails with CEPBOT_REQUIRE_REDIS=1).
func StartCluster(t testing.TB) string {
	t.Helper()
	bin, err1 := exec.LookPath("redis-server")
	cli, err2 := exec.LookPath("redis-cli")
	if err1 != nil || err2 != nil {
		if os.Getenv("CEPBOT_REQUIRE_REDIS") == "1" {
			t.Fatal("redis-server or redis-cli not on PATH and CEPBOT_REQUIRE_REDIS=1")
		}
		t.Skip("redis-server or redis-cli not on PATH")
	}
	var addrs []string
	for i := range 3 {
		port := freePort(t)
		for port+10000 > 65535 { // the cluster bus listens on port+10000
			port = freePort(t)
		}
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		dir := t.TempDir()
		c := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1",
			"--save", "", "--appendonly", "no", "--dir", dir, "--protected-mode", "no",
			"--cluster-enabled", "yes", "--cluster-config-file", fmt.Sprintf("nodes-%d.conf", i))
		if err := c.Start(); err != nil {
			t.Fatalf("starting redis-server: %v", err)
		}
		t.Cleanup(func() { c.Process.Kill(); c.Wait() })
		if err := waitReady(addr, 10*time.Second); err != nil {
			t.Fatalf("cluster node %s: %v", addr, err)
		}
		addrs = append(addrs, addr)
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.Command(cli, args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	// Wait until every node agrees the cluster is up.
	deadline := time.Now().Add(15 * time.Second)
	for _, addr := range addrs {
		host, port, _ := net.SplitHostPort(addr)
		for {
			out, _ := exec.Command(cli, "-h", host, "-p", port, "cluster", "info").Output()
			if strings.Contains(string(out), "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("cluster node %s not ok: %s", addr, out)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	return "redis+cluster://" + strings.Join(addrs, ",")
}

// StartSentinel starts a master and one Sentinel monitoring it as
// "mymaster", stopped when t ends, and returns the redis+sentinel:// URL.
func StartSentinel(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CEPBOT_REQUIRE_REDIS") == "1" {
			t.Fatal("redis-server not on PATH and CEPBOT_REQUIRE_REDIS=1")
		}
		t.Skip("redis-server not on PATH")
	}
	master, _, _ := StartServer(t)
	maddr := strings.TrimSuffix(strings.TrimPrefix(master, "redis://"), "/0")
	mhost, mport, _ := net.SplitHostPort(maddr)
	port := freePort(t)
	dir := t.TempDir()
	conf := dir + "/sentinel.conf" // Sentinel rewrites its configuration file
	text := fmt.Sprintf("port %d\nbind 127.0.0.1\ndir %s\nsentinel monitor mymaster %s %s 1\nsentinel down-after-milliseconds mymaster 1000\n",
		port, dir, mhost, mport)
	if err := os.WriteFile(conf, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	c := exec.Command(bin, conf, "--sentinel")
	if err := c.Start(); err != nil {
		t.Fatalf("starting redis-sentinel: %v", err)
	}
	t.Cleanup(func() { c.Process.Kill(); c.Wait() })
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	if err := waitReady(addr, 10*time.Second); err != nil {
		t.Fatalf("sentinel %s: %v", addr, err)
	}
	return "redis+sentinel://" + addr + "/mymaster/0"
}

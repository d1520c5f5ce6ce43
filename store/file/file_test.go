package file_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/file"
	"github.com/cep-accueil/cepbot/store/storetest"
)

func open(t testing.TB, path string) *file.Store {
	t.Helper()
	s, err := file.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) bot.Store {
		s := open(t, filepath.Join(t.TempDir(), "cepbot.db"))
		t.Cleanup(func() { s.Close() })
		return s
	}, storetest.Options{})
}

func TestOpenCreatesPrivateDirAndFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "cepbot.db")
	s := open(t, path)
	defer s.Close()
	for _, c := range []struct {
		path string
		mode os.FileMode
	}{{filepath.Dir(path), 0o700}, {path, 0o600}} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got&^c.mode != 0 { // the umask may only remove bits
			t.Errorf("%s: mode %v, want at most %v", c.path, got, c.mode)
		}
	}
}

func TestOpenTwiceFailsClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cepbot.db")
	s := open(t, path)
	defer s.Close()
	start := time.Now()
	_, err := file.Open(path)
	if err == nil || !strings.Contains(err.Error(), "in use by another cepbot process") {
		t.Fatalf("second Open: %v, want an 'in use' error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("second Open took %v", d)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data/x")
	if p, err := file.DefaultPath(); err != nil || p != "/data/x/cepbot/cepbot.db" {
		t.Fatalf("with XDG_DATA_HOME: %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	if p, err := file.DefaultPath(); err != nil || p != "/home/u/.local/share/cepbot/cepbot.db" {
		t.Fatalf("without XDG_DATA_HOME: %q, %v", p, err)
	}
}

var t0 = time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

func booking(i int) *bot.Booking {
	start := t0.Add(time.Duration(i) * time.Hour)
	return &bot.Booking{
		Ref: fmt.Sprintf("R%06d", i), Visitor: fmt.Sprintf("v%06d", i), AdvisorID: "adv1",
		Start: start, End: start.Add(45 * time.Minute), Status: bot.StatusBooked, Created: t0,
		Handoff: bot.Handoff{Request: "je cherche un emploi", Facts: map[string]string{"age": "34"}},
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	c := t.Context()
	path := filepath.Join(t.TempDir(), "cepbot.db")
	s := open(t, path)
	v, err := s.SaveSession(c, "telegram:1", []byte(`{"s":"ask"}`), 0, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	b := booking(1)
	ev := bot.Event{ID: "e1", Type: bot.EventBooked, Ref: b.Ref, Created: t0, Booking: b}
	rem := bot.Event{ID: "r1", Type: bot.EventReminder, Ref: b.Ref, Created: t0, NotBefore: t0.Add(-24 * time.Hour)}
	if err := s.Book(c, b, []bot.Event{ev, rem}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClaimEvents(c, "w", time.Now(), time.Hour, 1); err != nil { // leases e1
		t.Fatal(err)
	}
	if err := s.Retry(c, "r1", time.Time{}, "gave up", true); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.Claim(c, "event:1", time.Hour); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, path)
	defer s.Close()
	data, v2, err := s.LoadSession(c, "telegram:1")
	if err != nil || string(data) != `{"s":"ask"}` || v2 != v {
		t.Fatalf("session after reopen = %q, %d, %v", data, v2, err)
	}
	got, err := s.ActiveBooking(c, b.Visitor)
	if err != nil || got.Ref != b.Ref || !got.Start.Equal(b.Start) || got.Handoff.Facts["age"] != "34" {
		t.Fatalf("booking after reopen = %+v, %v", got, err)
	}
	if taken, _ := s.TakenSlots(c, []string{b.SlotKey()}); !taken[0] {
		t.Fatal("slot freed by reopening")
	}
	live, err := s.Events(c, false)
	if err != nil || len(live) != 1 || live[0].ID != "e1" || live[0].Attempts != 1 || live[0].Booking == nil {
		t.Fatalf("pending events after reopen = %+v, %v", live, err)
	}
	if again, _ := s.ClaimEvents(c, "w2", time.Now(), time.Hour, 10); len(again) != 0 {
		t.Fatalf("lease lost by reopening: %+v", again)
	}
	dead, err := s.Events(c, true)
	if err != nil || len(dead) != 1 || dead[0].ID != "r1" || dead[0].LastError != "gave up" {
		t.Fatalf("dead events after reopen = %+v, %v", dead, err)
	}
	if ok, _ := s.Claim(c, "event:1", time.Hour); ok {
		t.Fatal("claim forgotten by reopening")
	}
}

func TestSweep(t *testing.T) {
	c := t.Context()
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	clock := now
	s, err := file.Open(filepath.Join(t.TempDir(), "cepbot.db"), file.WithClock(func() time.Time { return clock }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, k := range []struct {
		key string
		ttl time.Duration
	}{{"short", time.Minute}, {"long", time.Hour}, {"forever", 0}} {
		if _, err := s.SaveSession(c, k.key, []byte("x"), 0, k.ttl); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Claim(c, "claim-"+k.key, max(k.ttl, time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	clock = now.Add(2 * time.Minute)
	if _, _, err := s.LoadSession(c, "short"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("expired session readable before Sweep: %v", err)
	}
	n, err := s.Sweep(c, clock)
	if err != nil || n != 3 { // session "short", claims "claim-short" and "claim-forever" (1 s)
		t.Fatalf("Sweep = %d, %v; want 3", n, err)
	}
	for _, k := range []string{"long", "forever"} {
		if _, _, err := s.LoadSession(c, k); err != nil {
			t.Errorf("%s swept: %v", k, err)
		}
	}
	if ok, _ := s.Claim(c, "claim-long", time.Hour); ok {
		t.Error("live claim swept")
	}
	if n, err := s.Sweep(c, clock); n != 0 || err != nil {
		t.Fatalf("second Sweep = %d, %v", n, err)
	}
}

func TestClosedStoreIsUnavailable(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "cepbot.db"))
	s.Close()
	if _, _, err := s.LoadSession(t.Context(), "k"); !errors.Is(err, bot.ErrUnavailable) {
		t.Fatalf("LoadSession on a closed store: %v, want bot.ErrUnavailable", err)
	}
	if err := s.Ping(t.Context()); !errors.Is(err, bot.ErrUnavailable) {
		t.Fatalf("Ping on a closed store: %v, want bot.ErrUnavailable", err)
	}
}

const helperEnv = "CEPBOT_FILE_HELPER_DB"

// TestHelperProcess is the child of TestKillNine: it books and saves in a
// loop and prints "ok <i>" after each Book and SaveSession returned, until it
// is killed.
func TestHelperProcess(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		t.Skip("helper process for TestKillNine")
	}
	s, err := file.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	c := context.Background()
	var v int64
	for i := 0; ; i++ {
		b := booking(i)
		ev := bot.Event{ID: "e" + b.Ref, Type: bot.EventBooked, Ref: b.Ref, Created: t0, Booking: b}
		if err := s.Book(c, b, []bot.Event{ev}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if v, err = s.SaveSession(c, "telegram:1", []byte(strconv.Itoa(i)), v, time.Hour); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Fprintf(os.Stdout, "ok %d\n", i) // unbuffered: one write per acknowledged iteration
	}
}

// TestKillNine kills a writing process with SIGKILL and checks that the file
// reopens and holds every booking, event and session save the child saw
// acknowledged. (SIGKILL keeps the page cache, so this proves atomic commits
// and a clean reopen; power loss is what fdatasync is for.)
func TestKillNine(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	path := filepath.Join(t.TempDir(), "cepbot.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	last := -1
	killed := false
	deadline := time.Now().Add(20 * time.Second)
	for sc.Scan() {
		var i int
		if _, err := fmt.Sscanf(sc.Text(), "ok %d", &i); err != nil {
			continue // the test framework's own output
		}
		last = i
		if !killed && (i >= 300 || time.Now().After(deadline)) {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true // keep reading: lines already in the pipe were acknowledged too
		}
	}
	err = cmd.Wait()
	if !killed {
		t.Fatalf("child exited by itself: %v", err)
	}
	if last < 0 {
		t.Fatal("child acknowledged nothing")
	}
	t.Logf("child killed after %d acknowledged iterations", last+1)

	s := open(t, path)
	defer s.Close()
	c := t.Context()
	for i := 0; i <= last; i++ {
		ref := booking(i).Ref
		b, err := s.GetBooking(c, ref)
		if err != nil || b.Status != bot.StatusBooked {
			t.Fatalf("acknowledged booking %s after kill: %+v, %v", ref, b, err)
		}
	}
	evs, err := s.Events(c, false)
	if err != nil || len(evs) < last+1 {
		t.Fatalf("%d events after kill (%v), want at least %d", len(evs), err, last+1)
	}
	data, _, err := s.LoadSession(c, "telegram:1")
	if n, _ := strconv.Atoi(string(data)); err != nil || n < last {
		t.Fatalf("session after kill = %q, %v; want at least %d", data, err, last)
	}
	// The file is fully usable, not just readable.
	if err := s.Book(c, booking(last+10), nil); err != nil {
		t.Fatalf("booking after reopen: %v", err)
	}
}

func opsPerSec(b *testing.B) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
}

// Each write commits with fdatasync: the numbers measure the disk's flush
// latency more than bbolt.
func BenchmarkSaveSession(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "cepbot.db"))
	defer s.Close()
	c := context.Background()
	data := make([]byte, 600) // a typical encoded session
	var v int64
	var err error
	for b.Loop() {
		if v, err = s.SaveSession(c, "telegram:1", data, v, 30*24*time.Hour); err != nil {
			b.Fatal(err)
		}
	}
	opsPerSec(b)
}

func BenchmarkLoadSession(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "cepbot.db"))
	defer s.Close()
	c := context.Background()
	if _, err := s.SaveSession(c, "telegram:1", make([]byte, 600), 0, time.Hour); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := s.LoadSession(c, "telegram:1"); err != nil {
			b.Fatal(err)
		}
	}
	opsPerSec(b)
}

func BenchmarkBook(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "cepbot.db"))
	defer s.Close()
	c := context.Background()
	i := 0
	for b.Loop() {
		bk := booking(i)
		ev := bot.Event{ID: "e" + bk.Ref, Type: bot.EventBooked, Ref: bk.Ref, Created: t0, Booking: bk}
		if err := s.Book(c, bk, []bot.Event{ev}); err != nil {
			b.Fatal(err)
		}
		i++
	}
	opsPerSec(b)
}

// BenchmarkSaveSessionParallel saves the sessions of many conversations
// concurrently, as the engine does under load.
func BenchmarkSaveSessionParallel(b *testing.B) {
	s := open(b, filepath.Join(b.TempDir(), "cepbot.db"))
	defer s.Close()
	data := make([]byte, 600)
	var ids atomic.Int64
	b.SetParallelism(64)
	b.RunParallel(func(pb *testing.PB) {
		c := context.Background()
		key := fmt.Sprint("telegram:", ids.Add(1))
		var v int64
		var err error
		for pb.Next() {
			if v, err = s.SaveSession(c, key, data, v, time.Hour); err != nil {
				b.Error(err)
				return
			}
		}
	})
	opsPerSec(b)
}

// TestGroupCommitIsolatesFailures: writes share transactions, but one
// write's hard failure (here a key over bbolt's limit) must not fail or lose
// the writes committed alongside it.
func TestGroupCommitIsolatesFailures(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "cepbot.db"))
	defer s.Close()
	c := t.Context()
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for i := range 100 {
		wg.Go(func() {
			if _, err := s.SaveSession(c, fmt.Sprint("k", i), []byte("x"), 0, time.Hour); err != nil {
				errs <- err
			}
		})
		if i%10 == 0 {
			wg.Go(func() {
				huge := bot.Event{ID: strings.Repeat("x", 40000), Type: bot.EventUrgent}
				if err := s.Append(c, huge); err == nil {
					errs <- errors.New("appending an event with a 40 kB id succeeded")
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i := range 100 {
		if _, v, err := s.LoadSession(c, fmt.Sprint("k", i)); err != nil || v != 1 {
			t.Fatalf("session k%d = version %d, %v", i, v, err)
		}
	}
	if evs, _ := s.Events(c, false); len(evs) != 0 {
		t.Fatalf("%d events stored from failed appends", len(evs))
	}
}

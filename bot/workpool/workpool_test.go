package workpool

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Every function runs once, none waits for another (they block each other
// here: a pool that queued them would deadlock), and idle workers end.
func TestPoolRunsAllAtOnceAndShrinks(t *testing.T) {
	before := runtime.NumGoroutine()
	p := New(20 * time.Millisecond)
	const n = 200
	var started sync.WaitGroup
	started.Add(n)
	release := make(chan struct{})
	var ran atomic.Int64
	var done sync.WaitGroup
	done.Add(n)
	for range n {
		p.Go(func() {
			started.Done()
			<-release // every function is running before any ends
			ran.Add(1)
			done.Done()
		})
	}
	started.Wait()
	close(release)
	done.Wait()
	if ran.Load() != n {
		t.Fatalf("ran %d functions, want %d", ran.Load(), n)
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Fatalf("%d goroutines after the idle time, %d before: idle workers did not end", g, before)
	}
}

// A worker that finished a function takes the next one instead of a new
// goroutine being started.
func TestPoolReusesIdleWorker(t *testing.T) {
	p := New(time.Minute)
	ids := make(chan uint64, 50)
	for range 50 {
		done := make(chan struct{})
		p.Go(func() { ids <- goid(); close(done) })
		<-done
		// wait until the worker is back in its select: its send would
		// otherwise race with the next Go and start a second worker
		for range 1000 {
			runtime.Gosched()
		}
	}
	close(ids)
	seen := map[uint64]bool{}
	for id := range ids {
		seen[id] = true
	}
	if len(seen) > 2 {
		t.Fatalf("50 sequential functions ran on %d goroutines, want them reused", len(seen))
	}
}

// goid reads the goroutine id from the stack header ("goroutine 18 [").
func goid() uint64 {
	var buf [32]byte
	b := buf[:runtime.Stack(buf[:], false)]
	var id uint64
	for _, c := range b[len("goroutine "):] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}

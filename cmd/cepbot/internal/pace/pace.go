// Package pace waits until given instants as precisely as the arrival of a
// network message wakes a Go program: the open-loop bench starts each turn
// at its planned instant with it.
//
// time.Sleep is not precise enough for that: when no goroutine runs, the Go
// runtime waits for its next timer in epoll with a whole-millisecond
// timeout, so a 50 µs sleep lasts about 1.1 ms and a bench planning 20 000
// arrivals a second starts them in bursts of twenty, each late by up to a
// millisecond, which the bench would count as the engine's latency. A
// message from the network wakes epoll at once; on Linux a timerfd polled
// by the runtime does the same.
package pace

import (
	"runtime"
	"time"
)

// Clock waits until instants. It is used by one goroutine at a time.
type Clock struct {
	waiter
	spin time.Duration
}

// Spin makes the clock sleep (on the runtime's timers) only until d before
// each instant and yield the processor in a loop for the rest
// (runtime.Gosched, so that the collector and the other goroutines still
// run); d should exceed a millisecond, the runtime timers' imprecision in
// an idle process. A sleeping processor of
// this 2-core virtual machine is woken 50 µs to several milliseconds after
// its timer fires: an open loop at tens of thousands of turns a second,
// sleeping between arrivals, counts those wake-ups as the engine's
// latency. Spinning spends the processor time the bench does not use.
func (c *Clock) Spin(d time.Duration) { c.spin = d }

// New returns a clock: a timerfd on Linux, the runtime's timers elsewhere.
func New() (*Clock, error) {
	w, err := newWaiter()
	if err != nil {
		return nil, err
	}
	return &Clock{waiter: w}, nil
}

// Until returns at t or just after it (at once if t is past).
func (c *Clock) Until(t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return nil
	}
	if c.spin == 0 {
		return c.wait(d)
	}
	if d > c.spin {
		// The runtime's timer, not the timerfd: while goroutines spin, no
		// processor is idle to poll the network, and a timerfd's wake-up
		// waits for sysmon's poll (up to 10 ms); the runtime checks its own
		// timers at every scheduling round. When nothing spins it may wake
		// up to a millisecond late, which the spin margin absorbs.
		time.Sleep(d - c.spin)
	}
	for time.Now().Before(t) {
		runtime.Gosched()
	}
	return nil
}

// Close releases the clock.
func (c *Clock) Close() error { return c.close() }

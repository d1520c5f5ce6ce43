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

import "time"

// Clock waits until instants. It is used by one goroutine at a time.
type Clock struct {
	waiter
}

// New returns a clock: a timerfd on Linux, the runtime's timers elsewhere.
func New() (*Clock, error) {
	w, err := newWaiter()
	if err != nil {
		return nil, err
	}
	return &Clock{w}, nil
}

// Until returns at t or just after it (at once if t is past).
func (c *Clock) Until(t time.Time) error {
	d := time.Until(t)
	if d <= 0 {
		return nil
	}
	return c.wait(d)
}

// Close releases the clock.
func (c *Clock) Close() error { return c.close() }

//go:build !linux

package pace

import "time"

// waiter falls back to the runtime's timers (millisecond precision when
// the process is idle).
type waiter struct{}

func newWaiter() (waiter, error) { return waiter{}, nil }

func (waiter) wait(d time.Duration) error {
	time.Sleep(d)
	return nil
}

func (waiter) close() error { return nil }

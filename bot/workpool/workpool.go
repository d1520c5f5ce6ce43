// Package workpool runs functions on goroutines that are kept for a while
// after their work is done, so that the next function reuses one.
//
// Why not a goroutine per function: a dialogue turn's call chain is deep
// (handlers with frames of 2 to 8 KiB), and a new goroutine's small stack is
// doubled by the runtime each time a call does not fit, copying it and
// adjusting every frame. With a goroutine per turn that was three copies per
// turn: ≈ 9 % of the CPU of an open-loop Redis bench in runtime.copystack. A
// reused goroutine keeps the stack its first turn grew (the collector may
// halve an idle one now and then: one copy, not three per turn).
package workpool

import "time"

// Pool is an elastic set of workers: Go hands a function to an idle worker,
// or starts a worker when none is idle, so no function ever waits for
// another; a worker idle for longer than the pool's idle time ends. The zero
// value is not usable; call New.
type Pool struct {
	idle time.Duration
	work chan func() // unbuffered: a send succeeds only when a worker waits
}

// New returns a pool whose workers end after idle without work.
func New(idle time.Duration) *Pool {
	return &Pool{idle: idle, work: make(chan func())}
}

// Go runs f on a worker of the pool, at once.
func (p *Pool) Go(f func()) {
	select {
	case p.work <- f:
	default:
		go p.worker(f)
	}
}

func (p *Pool) worker(f func()) {
	var t *time.Timer
	for {
		f()
		f = nil // not kept alive while idle
		if t == nil {
			t = time.NewTimer(p.idle)
		} else {
			t.Reset(p.idle) // Go ≥ 1.23: no stale tick can be received after Reset
		}
		select {
		case f = <-p.work:
		case <-t.C:
			return
		}
	}
}

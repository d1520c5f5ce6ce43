//go:build linux

package pace

import (
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// waiter is a non-blocking timerfd: os.NewFile registers it with the
// runtime's poller, so a goroutine reading it sleeps without holding a
// thread and is woken by epoll when the timer expires.
type waiter struct {
	fd  int
	f   *os.File
	buf [8]byte
}

func newWaiter() (waiter, error) {
	fd, err := unix.TimerfdCreate(unix.CLOCK_MONOTONIC, unix.TFD_NONBLOCK|unix.TFD_CLOEXEC)
	if err != nil {
		return waiter{}, fmt.Errorf("pace: timerfd: %w", err)
	}
	return waiter{fd: fd, f: os.NewFile(uintptr(fd), "pace-timerfd")}, nil
}

func (w *waiter) wait(d time.Duration) error {
	spec := unix.ItimerSpec{Value: unix.NsecToTimespec(d.Nanoseconds())}
	if err := unix.TimerfdSettime(w.fd, 0, &spec, nil); err != nil {
		return fmt.Errorf("pace: arming the timer: %w", err)
	}
	// The read returns the number of expirations (8 bytes) once the timer
	// has fired; until then the runtime parks the goroutine on the poller.
	if _, err := w.f.Read(w.buf[:]); err != nil {
		return fmt.Errorf("pace: waiting for the timer: %w", err)
	}
	return nil
}

func (w *waiter) close() error { return w.f.Close() }

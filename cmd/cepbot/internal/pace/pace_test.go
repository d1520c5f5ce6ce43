package pace

import (
	"testing"
	"time"
)

// Until never returns before its instant, returns at once for a past one,
// and keeps working across waits (the timer is re-armed each time).
func TestUntil(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, tc := range []struct {
		name string
		in   time.Duration
	}{
		{"past", -time.Second},
		{"now", 0},
		{"tens of microseconds", 40 * time.Microsecond},
		{"a millisecond", time.Millisecond},
		{"again tens of microseconds", 40 * time.Microsecond},
		{"a few milliseconds", 3 * time.Millisecond},
	} {
		at := time.Now().Add(tc.in)
		if err := c.Until(at); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if now := time.Now(); now.Before(at) {
			t.Errorf("%s: returned %v before its instant", tc.name, at.Sub(now))
		}
	}
}

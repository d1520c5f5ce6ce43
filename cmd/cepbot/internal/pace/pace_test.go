package pace

import (
	"testing"
	"time"
)

// Until never returns before its instant, returns at once for a past one,
// and keeps working across waits (the timer is re-armed each time).
func TestUntil(t *testing.T) {
	for _, spin := range []time.Duration{0, 200 * time.Microsecond} {
		testUntil(t, spin)
	}
}

func testUntil(t *testing.T, spin time.Duration) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.Spin(spin)
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
			t.Fatalf("%s, spin %v: %v", tc.name, spin, err)
		}
		if now := time.Now(); now.Before(at) {
			t.Errorf("%s, spin %v: returned %v before its instant", tc.name, spin, at.Sub(now))
		}
	}
}

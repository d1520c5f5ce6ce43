package pace

import (
	"testing"
	"time"
)

// A closed timerfd cannot be waited on: the error is reported, not a
// silent return before the instant.
func TestClosed(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Until(time.Now().Add(time.Millisecond)); err == nil {
		t.Error("waiting on a closed clock succeeded")
	}
}

package dispatch_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot/dispatch"
)

func TestRetrySchedule(t *testing.T) {
	for _, tc := range []struct {
		attempt int
		want    time.Duration
	}{
		{1, 2 * time.Second}, {2, 4 * time.Second}, {5, 32 * time.Second}, {9, 512 * time.Second},
		{10, 15 * time.Minute}, {11, 15 * time.Minute}, {400, 15 * time.Minute},
	} {
		if got := dispatch.Nominal(dispatch.DefaultFirstRetry, dispatch.DefaultMaxDelay, tc.attempt); got != tc.want {
			t.Errorf("attempt %d: %s, want %s", tc.attempt, got, tc.want)
		}
	}
	d := dispatch.New(dispatch.Config{})
	for attempt := 1; attempt < 40; attempt++ {
		nom := dispatch.Nominal(dispatch.DefaultFirstRetry, dispatch.DefaultMaxDelay, attempt)
		for range 50 {
			if got := d.Delay(attempt); got > nom || got < nom*3/4 {
				t.Fatalf("attempt %d: delay %s outside [¾ %s, %s]", attempt, got, nom, nom)
			}
		}
	}
}

package file_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/storetest"
)

func TestHoldsConformance(t *testing.T) {
	storetest.RunHolds(t, func(t *testing.T) bot.Store {
		s := open(t, filepath.Join(t.TempDir(), "cepbot.db"))
		t.Cleanup(func() { s.Close() })
		return s
	}, storetest.Options{})
}

func TestSweepHolds(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "cepbot.db"))
	defer s.Close()
	c := t.Context()
	if n, err := s.SweepHolds(c, time.Now()); n != 0 || err != nil {
		t.Fatalf("sweeping a file without holds = %d, %v", n, err)
	}
	if err := s.HoldSlot(c, "ag", "v1", "a@20261201T0900Z", time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := s.HoldSlot(c, "ag", "v2", "a@20261201T1000Z", time.Hour); err != nil {
		t.Fatal(err)
	}
	n, err := s.SweepHolds(c, time.Now().Add(2*time.Minute))
	if n != 1 || err != nil {
		t.Fatalf("sweep = %d, %v; want 1 expired hold", n, err)
	}
	st, err := s.SlotHolders(c, "ag", "", []string{"a@20261201T0900Z", "a@20261201T1000Z"})
	if err != nil || st.Holders[0] != "" || st.Holders[1] != "v2" {
		t.Fatalf("holders after the sweep = %q, %v", st.Holders, err)
	}
}

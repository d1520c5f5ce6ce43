package memory

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

var _ bot.SessionStringLoader = (*Store)(nil)

func TestLoadSessionString(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	st := New(func() time.Time { return now })
	ctx := context.Background()
	buf := []byte("record")
	v, err := st.SaveSession(ctx, "k", buf, 0, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	copy(buf, "CHANGE")
	got, gv, err := st.LoadSessionString(ctx, "k")
	if err != nil || got != "record" || gv != v {
		t.Fatalf("LoadSessionString = %q, %d, %v; want \"record\", %d, nil", got, gv, err, v)
	}
	if _, _, err := st.LoadSessionString(ctx, "absent"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("absent key: %v, want bot.ErrNotFound", err)
	}
	now = now.Add(time.Minute)
	if _, _, err := st.LoadSessionString(ctx, "k"); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("expired key: %v, want bot.ErrNotFound", err)
	}
}

package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/file"
)

// Replies saved with a turn but never printed (the previous `cepbot chat`
// was killed between saving and printing) are printed at the next start,
// once.
func TestChatShowsRepliesLeftByACrash(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	st, err := file.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s := &bot.Session{Key: "console:v", State: "age", Out: []bot.Reply{{Text: "Quel âge avez-vous ? (en attente)"}}, OutFor: "x"}
	data, _ := bot.EncodeSession(s)
	if _, err := st.SaveSession(context.Background(), s.Key, data, 0, time.Hour); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for i, want := range []int{1, 0} {
		var out, errOut bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			Getenv: func(k string) string { return map[string]string{"CEPBOT_NOW": "2026-12-01T09:00:00+01:00"}[k] }}
		if code := run(context.Background(), env, []string{"chat", "--store", "file:" + db, "--user", "v"}); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if got := strings.Count(out.String(), "(en attente)"); got != want {
			t.Fatalf("run %d: the pending reply printed %d times, want %d:\n%s", i+1, got, want, out.String())
		}
	}
}

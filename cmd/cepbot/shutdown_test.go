package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/telegram/telegramtest"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/file"
)

// SIGTERM in the middle of a load loses nothing: the accepted updates are
// finished or left unconfirmed at Telegram, and a restarted bot on the same
// store processes each of them exactly once, in order.
func TestSIGTERMMidLoadLosesNothing(t *testing.T) {
	tg := telegramtest.NewServer()
	defer tg.Close()
	db := filepath.Join(t.TempDir(), "cepbot.db")
	start := func() (*exec.Cmd, *syncBuffer) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "CEPBOT_TEST_CHILD=1", "CEPBOT_TEST_ARGS=serve",
			"CEPBOT_TELEGRAM_TOKEN="+tg.Token, "CEPBOT_TELEGRAM_API_URL="+tg.URL, "CEPBOT_HTTP_ADDR=127.0.0.1:0",
			"CEPBOT_STORE=file:"+db, "CEPBOT_PSEUDONYM_KEY=k", "CEPBOT_NOW=2026-12-01T09:00:00+01:00")
		logs := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = logs, logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = cmd.Process.Kill() })
		return cmd, logs
	}
	const chats = 45
	script := []string{"/start", "oui", "Je suis au chômage et j'habite à Lille"}
	ids := map[int64][]int64{}
	for _, line := range script {
		for c := range chats {
			chat := int64(7000 + c)
			ids[chat] = append(ids[chat], tg.SendText(chat, line))
		}
	}
	first, logs := start()
	// Let it work a little, then stop it in the middle of the load.
	telegramtest.WaitFor(10*time.Second, func() bool { return len(tg.Calls("sendMessage")) >= 1 })
	if err := first.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := first.Wait(); err != nil {
		t.Fatalf("after SIGTERM: %v\n%s", err, logs.String())
	}
	sentBefore := len(tg.Calls("sendMessage"))

	second, logs2 := start()
	if !telegramtest.WaitFor(30*time.Second, func() bool { return tg.Pending() == 0 && len(tg.Calls("sendMessage")) >= chats*len(script) }) {
		t.Fatalf("updates left: %d, messages sent %d\n%s", tg.Pending(), len(tg.Calls("sendMessage")), logs2.String())
	}
	time.Sleep(200 * time.Millisecond)
	_ = second.Process.Signal(syscall.SIGTERM)
	_ = second.Wait()
	t.Logf("%d replies sent before SIGTERM, %d in all", sentBefore, len(tg.Calls("sendMessage")))

	st, err := file.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for chat, want := range ids {
		data, v, err := st.LoadSession(context.Background(), "telegram:"+strconv.FormatInt(chat, 10))
		if err != nil {
			t.Fatalf("chat %d: %v", chat, err)
		}
		s, _ := bot.DecodeSession("", v, data)
		for _, id := range want {
			if !s.HasSeen(strconv.FormatInt(id, 10)) {
				t.Errorf("chat %d: update %d lost (seen %v)", chat, id, s.Seen)
			}
		}
		// Processed once each, in order: consent given, request analysed,
		// now asking the age. A repeat or a reordering ends elsewhere.
		if s.State != "age" {
			t.Errorf("chat %d ended in state %q, want age", chat, s.State)
		}
	}
	if got := len(tg.Calls("sendMessage")); got != chats*len(script) {
		t.Errorf("%d replies for %d updates (a repeat or a loss)", got, chats*len(script))
	}
}

package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/file"
)

// child is cepbot running as a separate process, fed line by line.
type child struct {
	t     *testing.T
	cmd   *exec.Cmd
	stdin io.WriteCloser
	mu    sync.Mutex
	out   bytes.Buffer
	seen  int
}

func startChild(t *testing.T, args string) *child {
	t.Helper()
	c := &child{t: t, cmd: exec.Command(os.Args[0], "-test.run=^$")}
	c.cmd.Env = append(os.Environ(), "CEPBOT_TEST_CHILD=1", "CEPBOT_TEST_ARGS="+args, "CEPBOT_NOW=2026-12-01T09:00:00+01:00")
	var err error
	if c.stdin, err = c.cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	c.cmd.Stdout = writerFunc(func(p []byte) (int, error) {
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.out.Write(p)
	})
	c.cmd.Stderr = c.cmd.Stdout
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.cmd.Process.Kill(); _ = c.cmd.Wait() })
	return c
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func (c *child) say(line string) {
	c.t.Helper()
	if _, err := io.WriteString(c.stdin, line+"\n"); err != nil {
		c.t.Fatalf("writing %q: %v", line, err)
	}
}

// expect waits until the output written since the last expect contains s.
func (c *child) expect(s string) {
	c.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		c.mu.Lock()
		out := c.out.String()[c.seen:]
		if i := strings.Index(out, s); i >= 0 {
			c.seen += i + len(s)
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		time.Sleep(10 * time.Millisecond)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t.Fatalf("no %q in the output:\n%s", s, c.out.String())
}

// A bot killed with SIGKILL mid-conversation loses nothing: restarted on the
// same file store, it continues the same conversation at the same question.
func TestChatSurvivesKill9(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cepbot.db")
	args := "chat --store file:" + db + " --user kill9"
	c := startChild(t, args)
	c.say("/start")
	c.expect("Êtes-vous d'accord ?")
	c.say("oui")
	c.expect("Décrivez votre situation")
	c.say("Je suis au chômage et j'habite à Lille")
	c.expect("Quel âge avez-vous ?")
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = c.cmd.Wait()

	r := startChild(t, args)
	r.say("34")
	r.expect("Question facultative") // the next question: the age was taken where it was left
	r.mu.Lock()
	out := r.out.String()
	r.mu.Unlock()
	if strings.Contains(out, "Bonjour, je suis l'assistant") {
		t.Fatalf("the restarted bot started over:\n%s", out)
	}
}

// The promise of the README: a conversation piped in, option 1 at every
// choice, ends with a booking reference.
func TestChatPipedBooking(t *testing.T) {
	in := "/start\noui\nBonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003 et je voudrais me reconvertir\n" +
		strings.Repeat("1\n", 15)
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(in), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return map[string]string{"CEPBOT_NOW": "2026-12-01T09:00:00+01:00"}[k] }}
	if code := run(context.Background(), env, []string{"chat", "--store", "memory", "--user", "pipe"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "Référence : CEP-") {
		t.Fatalf("no booking reference:\n%s", out.String())
	}
	if errOut.Len() > 0 {
		t.Fatalf("unexpected errors: %s", errOut.String())
	}
}

// recorder is a notifier that remembers what it was given.
type recorder struct {
	mu  sync.Mutex
	got []string
}

func (r *recorder) Name() string { return "recorder" }

func (r *recorder) Notify(_ context.Context, ev bot.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, ev.Type+" "+ev.Ref)
	return nil
}

// A process killed right after confirming a booking loses nothing: after
// the restart the outbox still holds the handoff, and it is delivered.
func TestHandoffSurvivesKillAfterBooking(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cepbot.db")
	c := startChild(t, "chat --store file:"+db+" --user killbook")
	c.say("/start")
	c.expect("Êtes-vous d'accord ?")
	c.say("oui")
	c.expect("Décrivez votre situation")
	c.say("Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003")
	for range 8 {
		c.say("1")
	}
	c.expect("Référence : ")
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = c.cmd.Wait()
	c.mu.Lock()
	out := c.out.String()
	c.mu.Unlock()
	ref := strings.Fields(out[strings.Index(out, "Référence : ")+len("Référence : "):])[0]

	st, err := file.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rec := &recorder{}
	d := dispatch.New(dispatch.Config{Outbox: st, Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{rec} }})
	if err := d.Drain(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(rec.got) == 0 || rec.got[0] != bot.EventBooked+" "+ref {
		t.Fatalf("delivered after restart: %v, want %s %s", rec.got, bot.EventBooked, ref)
	}
	if b, err := st.GetBooking(context.Background(), ref); err != nil || b.Status != bot.StatusBooked {
		t.Fatalf("booking %s after restart: %+v, %v", ref, b, err)
	}
}

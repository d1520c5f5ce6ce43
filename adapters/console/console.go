// Package console is the terminal channel: a visitor types, the bot answers
// with numbered choices. It reads one line per turn, so a conversation can be
// scripted by piping lines into it; it stops at the end of input.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Channel is the channel name of the console.
const Channel = "console"

// maxLine bounds one input line; longer lines are cut (the dialogue cuts
// messages at 4 096 characters anyway).
const maxLine = 64 * 1024

// Adapter is the console channel. It implements bot.Adapter.
type Adapter struct {
	in      io.Reader
	out     io.Writer
	user    string
	prompt  bool
	fileDir string

	mu      sync.Mutex
	choices []bot.Choice // of the last question, for typed numbers
	step    string
}

var _ bot.Adapter = (*Adapter)(nil)

// Option configures the console.
type Option func(*Adapter)

// WithPrompt prints "> " before reading each line (interactive use).
func WithPrompt(on bool) Option { return func(a *Adapter) { a.prompt = on } }

// WithFileDir saves attachments (the .ics, the data export) in dir instead
// of DefaultFileDir. The directory is created private (0700) if missing.
func WithFileDir(dir string) Option { return func(a *Adapter) { a.fileDir = dir } }

// New returns a console reading in and writing out, for visitor user.
func New(in io.Reader, out io.Writer, user string, opts ...Option) *Adapter {
	a := &Adapter{in: in, out: out, user: user}
	for _, o := range opts {
		o(a)
	}
	return a
}

// Channel implements bot.Adapter.
func (a *Adapter) Channel() string { return Channel }

// Run implements bot.Adapter: each input line is one turn; Run returns at
// the end of input or when ctx ends.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	sc := bufio.NewScanner(a.in)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	for {
		if a.prompt {
			fmt.Fprint(a.out, "> ")
		}
		if ctx.Err() != nil {
			return nil
		}
		if !sc.Scan() {
			if err := sc.Err(); err != nil {
				return fmt.Errorf("reading the console: %w", err)
			}
			return nil
		}
		in := a.inbound(sc.Text())
		if err := h.Handle(ctx, in); err != nil && ctx.Err() == nil {
			// The visitor already got the polite answer; the cause is
			// logged by the engine. The conversation goes on.
			continue
		}
	}
}

// inbound turns a typed line into a message: a number that designates one of
// the last question's choices becomes that button press, with its step.
func (a *Adapter) inbound(line string) bot.Inbound {
	in := bot.Inbound{Channel: Channel, Conversation: a.user, User: a.user, Text: strings.TrimRight(line, "\r")}
	a.mu.Lock()
	defer a.mu.Unlock()
	if n, err := strconv.Atoi(strings.TrimSpace(in.Text)); err == nil && n >= 1 && n <= len(a.choices) {
		in.Choice, in.Step = a.choices[n-1].Value, a.step
	}
	return in
}

// Send implements bot.Adapter.
func (a *Adapter) Send(_ context.Context, _ bot.Address, r bot.Reply) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	var b strings.Builder
	if r.Text != "" {
		b.WriteString(r.Text)
		b.WriteByte('\n')
	}
	for i, c := range r.Choices {
		fmt.Fprintf(&b, "  %d. %s\n", i+1, c.Label)
	}
	if r.Text != "" || len(r.Choices) > 0 {
		a.choices, a.step = r.Choices, r.Step
	}
	for _, att := range r.Attachments {
		path, err := a.save(att)
		if err != nil {
			fmt.Fprintf(&b, texts.FR().CommandConsoleAttachmentError+"\n", att.Name, err)
			continue
		}
		fmt.Fprintf(&b, texts.FR().CommandConsoleAttachment+"\n", att.Name, path)
	}
	b.WriteByte('\n')
	if _, err := io.WriteString(a.out, b.String()); err != nil {
		return fmt.Errorf("writing to the console: %w", err)
	}
	return nil
}

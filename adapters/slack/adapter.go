// Package slack connects cepbot to Slack (slack-go/slack v0.35.0) for staff:
//
//   - reception staff run the reception dialogue in a direct message with the
//     bot (Block Kit buttons for choices);
//   - each agency's channel (else its operator's) receives one handoff card
//     per booking or urgent request, posted then updated (Notifier), with
//     the actions Prendre en charge / Reprendre, Reprogrammer (modal),
//     Absent / Annuler l'absence and Clôturer (modal), reserved to the
//     agency's advisors and managers (actions.go, card_view.go);
//   - the card's thread relays messages and files between the visitor and
//     the advisors, Slack markup becoming Telegram HTML (relay.go, mrkdwn.go;
//     the Adapter is a dialogs.Relay), with internal notes kept in Slack
//     (note.go);
//   - Visitors wraps the visitor channels' handler: offered slots chosen by
//     the visitor, files sent by them (visitor.go);
//   - the App Home and /cep list appointments and requests (home.go,
//     command.go).
//
// Slack reaches the adapter through Socket Mode (no public URL) or the Events
// API over HTTP (Handler, signature-checked). Inbound items are acknowledged
// first and processed by a bounded pool of workers, in order per
// conversation; redelivered events are processed once.
package slack

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Channel is the channel name of the adapter (bot.Inbound.Channel).
const Channel = "slack"

// Adapter is the Slack channel. It implements bot.Adapter and
// dialogs.Relay; Notifier returns its bot.Notifier and Handler its HTTP
// endpoints.
type Adapter struct {
	cfg      Config
	o        options
	tx       *texts.Staff
	api      *slackapi.Client
	visitors atomic.Pointer[VisitorMessenger]
	handler  atomic.Pointer[bot.Handler]
	local    localDedupe

	mu      sync.RWMutex
	queues  []chan job
	running bool
	jobCtx  context.Context
	wg      sync.WaitGroup

	dms      sync.Map // DM channel → Slack user who writes there (this process)
	links    sync.Map // reference → permalink of its card
	fetchers sync.Map // visitor channel → bot.FileFetcher

	staffOnce sync.Once
	staff     map[string][]staffEntry // Slack user id → advisors

	unauth chan struct{} // bounds the request bodies read before their signature is checked (http.go)
}

var _ bot.Adapter = (*Adapter)(nil)

// New returns an adapter. It does no I/O: Run connects (Socket Mode) or
// starts serving Handler (HTTP).
func New(cfg Config, opts ...Option) (*Adapter, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	o := defaultOptions()
	for _, opt := range opts {
		opt(&o)
	}
	if o.httpClient == nil {
		o.httpClient = &http.Client{Timeout: 15 * time.Second}
	}
	a := &Adapter{cfg: cfg, o: o, tx: &texts.FR().Staff, unauth: make(chan struct{}, maxUnauthReads)}
	apiOpts := []slackapi.Option{slackapi.OptionAPIURL(cfg.APIURL), slackapi.OptionHTTPClient(o.httpClient)}
	if cfg.AppToken != "" {
		apiOpts = append(apiOpts, slackapi.OptionAppLevelToken(cfg.AppToken))
	}
	a.api = slackapi.New(cfg.BotToken, apiOpts...)
	if o.visitors != nil {
		a.SetVisitors(o.visitors)
	}
	return a, nil
}

// SetVisitors sets how visitors are told about actions and replies (usually
// the *bot.Engine, built after the dialogue that uses this adapter as Relay).
func (a *Adapter) SetVisitors(v VisitorMessenger) { a.visitors.Store(&v) }

func (a *Adapter) visitorMessenger() VisitorMessenger {
	if p := a.visitors.Load(); p != nil {
		return *p
	}
	return nil
}

// Channel implements bot.Adapter.
func (a *Adapter) Channel() string { return Channel }

// Ready reports whether Run is running (workers started): a readiness probe.
func (a *Adapter) Ready() bool {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.running
}

// Mode reports how Run receives events.
func (a *Adapter) Mode() Mode { return a.cfg.Mode() }

// Run implements bot.Adapter: it starts the workers and, in Socket Mode,
// connects to Slack; in HTTP mode Handler feeds the workers. It blocks until
// ctx ends, then lets queued items finish (bounded by the turn timeout).
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	if h == nil {
		return errors.New("slack: Run needs a handler")
	}
	a.handler.Store(&h)
	if err := a.start(ctx); err != nil {
		return err
	}
	defer a.stop()
	if a.cfg.Mode() == ModeSocket {
		return a.runSocket(ctx)
	}
	<-ctx.Done()
	return nil
}

type job struct {
	key string
	fn  func(ctx context.Context)
}

func (a *Adapter) start(ctx context.Context) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.running {
		return errors.New("slack: Run called twice")
	}
	a.jobCtx = context.WithoutCancel(ctx)
	a.queues = make([]chan job, a.o.workers)
	for i := range a.queues {
		q := make(chan job, a.o.queue)
		a.queues[i] = q
		a.wg.Go(func() {
			for j := range q {
				a.runJob(j)
			}
		})
	}
	a.running = true
	return nil
}

func (a *Adapter) runJob(j job) {
	ctx, cancel := context.WithTimeout(a.jobCtx, a.o.turnTO)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			a.o.logger.Error("slack: item processing panicked", "panic", fmt.Sprint(r))
		}
	}()
	j.fn(ctx)
}

func (a *Adapter) stop() {
	a.mu.Lock()
	a.running = false
	for _, q := range a.queues {
		close(q)
	}
	a.mu.Unlock()
	a.wg.Wait()
}

// enqueue hands an item to the worker of its key. wait=false returns false
// at once when that worker's queue is full (HTTP: Slack will retry).
func (a *Adapter) enqueue(ctx context.Context, key string, wait bool, fn func(context.Context)) bool {
	a.mu.RLock()
	defer a.mu.RUnlock()
	if !a.running {
		return false
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	q := a.queues[int(h.Sum32()%uint32(len(a.queues)))]
	if t := trackerFrom(ctx); t != nil { // an inbox entry waits for its items (inbox.go)
		fn = t.wrap(fn)
	}
	j := job{key: key, fn: fn}
	if !wait {
		select {
		case q <- j:
			return true
		default:
			return false
		}
	}
	select {
	case q <- j:
		return true
	case <-ctx.Done():
		return false
	}
}

// claim reports whether key is seen for the first time (this process, then
// the shared Claimer). A failing Claimer lets the item through: the engine
// dedupes turns by UpdateID anyway.
func (a *Adapter) claim(ctx context.Context, key string) bool {
	if !a.local.first(key, a.o.now(), a.o.claimTTL) {
		return false
	}
	if a.o.claimer == nil {
		return true
	}
	ok, err := a.o.claimer.Claim(ctx, key, a.o.claimTTL)
	if err != nil {
		a.o.logger.Warn("slack: dedupe claim failed; processing anyway", "key", key, "err", err)
		return true
	}
	return ok
}

// localDedupe remembers recent keys of this process (bounded).
type localDedupe struct {
	mu   sync.Mutex
	seen map[string]time.Time
}

const localDedupeMax = 50000

func (d *localDedupe) forget(key string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.seen, key)
}

func (d *localDedupe) first(key string, now time.Time, ttl time.Duration) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen == nil {
		d.seen = map[string]time.Time{}
	}
	if exp, ok := d.seen[key]; ok && now.Before(exp) {
		return false
	}
	if len(d.seen) >= localDedupeMax {
		for k, exp := range d.seen {
			if !now.Before(exp) {
				delete(d.seen, k)
			}
		}
		if len(d.seen) >= localDedupeMax {
			d.seen = map[string]time.Time{}
		}
	}
	d.seen[key] = now.Add(ttl)
	return true
}

// Send implements bot.Adapter: a Block Kit message (the text in sections,
// one button per choice) to a Slack conversation, then the attachments
// uploaded as files (files upload v2) in that conversation.
func (a *Adapter) Send(ctx context.Context, to bot.Address, r bot.Reply) error {
	if to.Conversation == "" {
		return errors.New("slack: send: no conversation")
	}
	blocks := replyBlocks(r)
	if len(blocks) > 0 {
		err := a.call(ctx, func() error {
			_, _, err := a.api.PostMessageContext(ctx, to.Conversation,
				slackapi.MsgOptionText(fallbackText(r.Text), false), slackapi.MsgOptionBlocks(blocks...))
			return err
		})
		if err != nil {
			return fmt.Errorf("slack: posting a reply: %w", err)
		}
	}
	for _, att := range r.Attachments {
		if len(att.Data) == 0 {
			continue
		}
		err := a.call(ctx, func() error {
			_, err := a.api.UploadFileContext(ctx, slackapi.UploadFileParameters{
				Channel: to.Conversation, Filename: att.Name, Title: att.Name,
				Content: string(att.Data), FileSize: len(att.Data),
			})
			return err
		})
		if err != nil {
			return fmt.Errorf("slack: uploading %s: %w", att.Name, err)
		}
	}
	return nil
}

// call runs a Web API call, waiting once in place for a short Retry-After;
// rate limits, 5xx and network errors come back wrapping bot.ErrTransient.
func (a *Adapter) call(ctx context.Context, fn func() error) error {
	err := fn()
	var rl *slackapi.RateLimitedError
	if errors.As(err, &rl) && rl.RetryAfter <= a.o.maxWait {
		if a.o.throttled != nil {
			a.o.throttled("retry_after")
		}
		t := time.NewTimer(rl.RetryAfter)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w: %v", bot.ErrTransient, ctx.Err())
		case <-t.C:
		}
		err = fn()
	}
	return classify(err)
}

// classify wraps errors that may succeed later with bot.ErrTransient.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var rl *slackapi.RateLimitedError
	var sc slackapi.StatusCodeError
	var se slackapi.SlackErrorResponse
	switch {
	case errors.As(err, &rl):
		return fmt.Errorf("%w: Slack rate limit, retry after %s", bot.ErrTransient, rl.RetryAfter)
	case errors.As(err, &sc):
		if sc.Code == http.StatusTooManyRequests || sc.Code >= 500 || sc.Code == http.StatusRequestTimeout {
			return fmt.Errorf("%w: Slack answered HTTP %d", bot.ErrTransient, sc.Code)
		}
		return fmt.Errorf("Slack answered HTTP %d", sc.Code)
	case errors.As(err, &se):
		switch se.Err {
		case "ratelimited", "service_unavailable", "internal_error", "fatal_error", "request_timeout":
			return fmt.Errorf("%w: Slack error %s", bot.ErrTransient, se.Err)
		}
		return fmt.Errorf("Slack error %s", se.Err)
	case errors.Is(err, context.Canceled):
		return err
	}
	// Network errors, timeouts, undecodable answers from a proxy: retry.
	return fmt.Errorf("%w: %s", bot.ErrTransient, redact(err.Error()))
}

// redact drops anything that looks like a Slack token from an error text.
func redact(s string) string {
	for _, p := range []string{"xoxb-", "xoxp-", "xapp-", "xoxa-", "xoxe-"} {
		for {
			i := strings.Index(s, p)
			if i < 0 {
				break
			}
			j := i + len(p)
			for j < len(s) && s[j] != ' ' && s[j] != '"' && s[j] != '&' {
				j++
			}
			s = s[:i] + "[token]" + s[j:]
		}
	}
	return s
}

func itoa(i int) string { return strconv.Itoa(i) }

package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cep-accueil/cepbot/bot/workpool"
)

// InboxEntry is one update received from a platform, stored before the
// platform is told it was received.
type InboxEntry struct {
	ID       string    // assigned by the store (opaque); names the entry for DoneInbox
	Channel  string    // the adapter that processes it ("telegram", "slack")
	Chat     string    // ordering key inside the channel: entries of one chat run one at a time, in order
	Seq      int64     // platform order inside the chat (Telegram's update_id); 0: arrival order
	Received time.Time // when this process received it (the reordering window starts there)
	Data     []byte    // the platform's payload, as received
}

// Inbox is the durable queue of received updates (the store's side). An
// entry is written before the platform is acknowledged and removed only once
// its turn is saved and its replies sent, so a crash at any point leaves it
// to be run again (the session's seen ids make that run a no-op, or a
// resend of the replies saved but not yet marked sent).
type Inbox interface {
	// Enqueue stores e durably (its ID is assigned by the store). nil means
	// the entry survives a crash of this process and of the store.
	Enqueue(ctx context.Context, e InboxEntry) error
	// ClaimInbox leases to consumer, until lease has passed, up to max
	// entries that nobody holds: new ones, and those whose holder let its
	// lease run out (a dead replica). Entries come oldest first.
	ClaimInbox(ctx context.Context, consumer string, lease time.Duration, max int) ([]InboxEntry, error)
	// RecoverInbox returns the entries still leased to consumer by a
	// previous life of it (a restart under the same name), leased again.
	RecoverInbox(ctx context.Context, consumer string, lease time.Duration, max int) ([]InboxEntry, error)
	// RenewInbox extends the lease of entries consumer holds.
	RenewInbox(ctx context.Context, consumer string, lease time.Duration, entries []InboxEntry) error
	// DoneInbox removes processed entries; removing a missing one is not an
	// error.
	DoneInbox(ctx context.Context, entries ...InboxEntry) error
	// InboxLen counts the stored entries (leased or not).
	InboxLen(ctx context.Context) (int64, error)
}

// InboxOrderer is an optional Inbox capability, for stores shared by
// several replicas: EarlierElsewhere reports whether an older entry of e's
// chat is held by another consumer. The runner then waits for it, so that
// a chat's updates run in order across replicas too.
type InboxOrderer interface {
	EarlierElsewhere(ctx context.Context, consumer string, e InboxEntry) (bool, error)
}

// InboxProcessor runs one entry of its channel. It returns nil once the
// entry needs nothing more (processed, or refused for good); an error
// wrapping ErrUnavailable or ErrTransient makes the runner try it again
// later, in order; any other error is logged and the entry dropped.
type InboxProcessor func(ctx context.Context, e InboxEntry) error

// InboxConfig configures an InboxRunner.
type InboxConfig struct {
	Inbox    Inbox
	Consumer string        // this replica's name; stable across restarts
	Lease    time.Duration // how long a claimed entry is ours without renewal (default 2 min)
	// Window is how long an entry waits for an earlier update of its chat
	// (a lower Seq) that may still arrive: platforms deliver concurrently,
	// not always in order (default 0: none).
	Window  time.Duration
	Workers int           // chats processed at once (default 64)
	MaxHeld int           // entries held in this process at once (default 1024)
	Poll    time.Duration // how often the store is asked for entries when idle (default 100 ms)
	// Drain bounds the wait for the entries running when Run's context
	// ends (default 20 s); entries not started stay in the inbox.
	Drain  time.Duration
	Logger *slog.Logger
}

// InboxRunner takes entries from the inbox and runs them with the
// processor of their channel: one chat at a time per chat, in Seq order,
// many chats at once.
type InboxRunner struct {
	cfg   InboxConfig
	procs map[string]InboxProcessor
	wake  chan struct{}

	mu      sync.Mutex
	held    map[string]InboxEntry // id -> entry, claimed and not done
	chats   map[string]*chatQueue // channel+chat -> its queue
	stopped bool

	slots   chan struct{}
	pool    *workpool.Pool // runs the chats' goroutines: a turn's grown stack is reused
	running sync.WaitGroup
	procCtx context.Context
	runCtx  context.Context // Run's: ended means stop taking entries

	processed atomic.Int64
	depth     atomic.Int64
}

type chatQueue struct {
	entries []InboxEntry // sorted by Seq, then Received
	active  bool         // a goroutine runs this chat
}

// NewInboxRunner builds a runner; it does no I/O.
func NewInboxRunner(cfg InboxConfig) *InboxRunner {
	if cfg.Lease <= 0 {
		cfg.Lease = 2 * time.Minute
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 64
	}
	if cfg.MaxHeld <= 0 {
		cfg.MaxHeld = 1024
	}
	if cfg.Poll <= 0 {
		cfg.Poll = 100 * time.Millisecond
	}
	if cfg.Drain <= 0 {
		cfg.Drain = 20 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return &InboxRunner{
		cfg: cfg, procs: map[string]InboxProcessor{}, wake: make(chan struct{}, 1),
		held: map[string]InboxEntry{}, chats: map[string]*chatQueue{},
		slots: make(chan struct{}, cfg.Workers), pool: workpool.New(10 * time.Second),
	}
}

// Register sets the processor of a channel's entries (before Run).
func (r *InboxRunner) Register(channel string, p InboxProcessor) { r.procs[channel] = p }

// Submit stores an entry durably and returns nil once it is: the caller may
// then acknowledge the platform. An error means nothing was stored and the
// platform must deliver the update again.
func (r *InboxRunner) Submit(ctx context.Context, e InboxEntry) error {
	if e.Received.IsZero() {
		e.Received = time.Now()
	}
	if err := r.cfg.Inbox.Enqueue(ctx, e); err != nil {
		return fmt.Errorf("storing the update in the inbox: %w", err)
	}
	select {
	case r.wake <- struct{}{}:
	default:
	}
	return nil
}

// Processed counts the entries run to completion by this runner.
func (r *InboxRunner) Processed() int64 { return r.processed.Load() }

// Held is the number of entries this process holds (claimed, not done).
func (r *InboxRunner) Held() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.held)
}

// Run claims and runs entries until ctx ends; it then waits (at most Drain)
// for the entries already running, leaves the others in the inbox for the
// next start or another replica, and returns nil.
func (r *InboxRunner) Run(ctx context.Context) error {
	procCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	r.procCtx, r.runCtx = procCtx, ctx
	log := r.cfg.Logger

	// At start, take back what a previous run of this replica held. After a
	// failed claim too: the store may have leased entries to us and lost
	// the answer, and they must not wait for their lease to end.
	recovering := true
	renew := time.NewTicker(r.cfg.Lease / 3)
	defer renew.Stop()
	report := time.NewTicker(time.Second)
	defer report.Stop()
	var backoff time.Duration
	for ctx.Err() == nil {
		select { // also while claims keep the loop busy
		case <-renew.C:
			r.renew(ctx)
		case <-report.C:
			r.report(ctx)
		default:
		}
		if recovering {
			recovered, err := r.cfg.Inbox.RecoverInbox(ctx, r.cfg.Consumer, r.cfg.Lease, r.cfg.MaxHeld)
			if err != nil {
				if ctx.Err() != nil {
					break
				}
				backoff = min(max(2*backoff, 100*time.Millisecond), 5*time.Second)
				log.Warn("inbox: recovering the entries held by this replica failed", "err", err, "retry_in", backoff)
				sleepCtx(ctx, backoff)
				continue
			}
			recovering = false
			if n := r.add(recovered); n > 0 {
				log.Info("inbox: entries held by this replica taken back", "count", n)
			}
		}
		room := r.cfg.MaxHeld - r.Held()
		got := 0
		if room > 0 {
			entries, err := r.cfg.Inbox.ClaimInbox(ctx, r.cfg.Consumer, r.cfg.Lease, room)
			if err != nil {
				if ctx.Err() != nil {
					break
				}
				recovering = true
				backoff = min(max(2*backoff, 100*time.Millisecond), 5*time.Second)
				log.Warn("inbox: claiming entries failed", "err", err, "retry_in", backoff)
				sleepCtx(ctx, backoff)
				continue
			}
			backoff = 0
			got = r.add(entries)
		}
		if got > 0 {
			continue // more may be waiting
		}
		t := time.NewTimer(r.cfg.Poll) // or woken by a submit, or by room freed
		select {
		case <-ctx.Done():
		case <-r.wake:
		case <-t.C:
		case <-renew.C:
			r.renew(ctx)
		case <-report.C:
			r.report(ctx)
		}
		t.Stop()
	}

	r.mu.Lock()
	r.stopped = true
	r.mu.Unlock()
	done := make(chan struct{})
	go func() { r.running.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(r.cfg.Drain):
		log.Warn("inbox: drain timeout, cancelling the running entries (they stay in the inbox)")
		cancel()
		<-done
	}
	if n := r.Held(); n > 0 {
		log.Info("inbox: entries left for the next start", "count", n)
	}
	return nil
}

func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// renew extends the leases of the entries held (waiting behind their chat or
// the worker bound), so that nobody takes them over while they wait.
func (r *InboxRunner) renew(ctx context.Context) {
	r.mu.Lock()
	entries := make([]InboxEntry, 0, len(r.held))
	for _, e := range r.held {
		entries = append(entries, e)
	}
	r.mu.Unlock()
	if len(entries) == 0 {
		return
	}
	if err := r.cfg.Inbox.RenewInbox(ctx, r.cfg.Consumer, r.cfg.Lease, entries); err != nil {
		r.cfg.Logger.Warn("inbox: renewing leases failed", "err", err)
	}
}

// report logs the inbox depth once a second while there is a backlog.
func (r *InboxRunner) report(ctx context.Context) {
	held := r.Held()
	if held == 0 {
		return
	}
	n, err := r.cfg.Inbox.InboxLen(ctx)
	if err != nil {
		return
	}
	r.depth.Store(n)
	r.cfg.Logger.Info("inbox: backlog", "depth", n, "held", held, "processed", r.processed.Load())
}

// Depth is the inbox depth last measured (once a second during a backlog).
func (r *InboxRunner) Depth() int64 { return r.depth.Load() }

// add queues claimed entries on their chats, ignoring those already held,
// and returns how many were new.
func (r *InboxRunner) add(entries []InboxEntry) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, e := range entries {
		if _, ok := r.held[e.ID]; ok {
			continue
		}
		n++
		r.held[e.ID] = e
		key := e.Channel + "\x00" + e.Chat
		q := r.chats[key]
		if q == nil {
			q = &chatQueue{}
			r.chats[key] = q
		}
		i, _ := slices.BinarySearchFunc(q.entries, e, func(a, b InboxEntry) int {
			if c := cmp.Compare(a.Seq, b.Seq); c != 0 {
				return c
			}
			return a.Received.Compare(b.Received)
		})
		q.entries = slices.Insert(q.entries, i, e)
		if !q.active && !r.stopped {
			q.active = true
			r.running.Add(1)
			r.pool.Go(func() { r.runChat(key, q) })
		}
	}
	return n
}

// runChat runs a chat's entries one at a time until its queue is empty.
func (r *InboxRunner) runChat(key string, q *chatQueue) {
	defer r.running.Done()
	var backoff time.Duration
	for {
		stop := r.runCtx.Err() != nil
		r.mu.Lock()
		if len(q.entries) == 0 || r.stopped || stop {
			q.active = false
			if len(q.entries) == 0 {
				delete(r.chats, key)
			}
			r.mu.Unlock()
			return
		}
		head := q.entries[0]
		r.mu.Unlock()
		// Give an earlier update of this chat a chance to arrive.
		if w := time.Until(head.Received.Add(r.cfg.Window)); w > 0 {
			sleepCtx(r.procCtx, min(w, r.cfg.Window))
		}
		r.mu.Lock()
		if q.entries[0].ID != head.ID { // an earlier one arrived meanwhile
			r.mu.Unlock()
			continue
		}
		r.mu.Unlock()
		if r.procCtx.Err() != nil {
			r.release(key, q)
			return
		}
		if r.earlierElsewhere(head) {
			sleepCtx(r.procCtx, 100*time.Millisecond)
			continue
		}
		r.slots <- struct{}{}
		if r.isStopped() {
			<-r.slots
			r.release(key, q)
			return
		}
		err := r.run(head)
		<-r.slots
		if err != nil {
			if r.procCtx.Err() != nil || r.isStopped() {
				r.release(key, q)
				return
			}
			backoff = min(max(2*backoff, 200*time.Millisecond), 5*time.Second)
			r.cfg.Logger.Warn("inbox: entry failed, retrying", "channel", head.Channel, "err", err, "retry_in", backoff)
			sleepCtx(r.procCtx, backoff)
			continue
		}
		backoff = 0
		r.mu.Lock()
		q.entries = q.entries[1:]
		full := len(r.held) >= r.cfg.MaxHeld
		delete(r.held, head.ID)
		r.mu.Unlock()
		if full {
			select {
			case r.wake <- struct{}{}:
			default:
			}
		}
	}
}

// earlierElsewhere asks a shared inbox whether another replica holds an
// older entry of e's chat. If the store cannot say, e runs (the session's
// version check still serialises the turns).
func (r *InboxRunner) earlierElsewhere(e InboxEntry) bool {
	o, ok := r.cfg.Inbox.(InboxOrderer)
	if !ok {
		return false
	}
	ctx, cancel := context.WithTimeout(r.procCtx, 5*time.Second)
	defer cancel()
	wait, err := o.EarlierElsewhere(ctx, r.cfg.Consumer, e)
	if err != nil {
		r.cfg.Logger.Warn("inbox: checking the order across replicas failed", "err", err)
		return false
	}
	return wait
}

func (r *InboxRunner) isStopped() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stopped || r.runCtx.Err() != nil
}

// release marks a chat idle at shutdown; its entries stay held (and leased
// in the store) until the process exits, then come back.
func (r *InboxRunner) release(key string, q *chatQueue) {
	r.mu.Lock()
	q.active = false
	r.mu.Unlock()
}

// run processes one entry and removes it from the inbox. A retryable
// failure (of the processor, or of the removal) is returned.
func (r *InboxRunner) run(e InboxEntry) error {
	p := r.procs[e.Channel]
	if p == nil {
		r.cfg.Logger.Error("inbox: entry of a channel not served here dropped", "channel", e.Channel)
	} else if err := p(withRetry(r.procCtx), e); err != nil {
		if errors.Is(err, ErrUnavailable) || errors.Is(err, ErrTransient) || errors.Is(err, context.DeadlineExceeded) ||
			errors.Is(err, context.Canceled) {
			return err
		}
		r.cfg.Logger.Error("inbox: entry failed for good, dropped", "channel", e.Channel, "err", err)
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.procCtx), 10*time.Second)
	defer cancel()
	if err := r.cfg.Inbox.DoneInbox(ctx, e); err != nil {
		// Run again later: the session remembers the update, so the run is
		// a no-op.
		return fmt.Errorf("removing a processed entry: %w: %w", ErrTransient, err)
	}
	r.processed.Add(1)
	return nil
}

// WithInboxRetry marks ctx as running an update kept in the inbox until it
// is processed (for adapters that run an entry's work on their own
// goroutines): a store outage is then not told to the visitor, the update
// runs again.
func WithInboxRetry(ctx context.Context) context.Context { return withRetry(ctx) }

// InboxRetried reports whether ctx runs an update kept in the inbox.
func InboxRetried(ctx context.Context) bool { return retried(ctx) }

// Retryable reports whether err may go away when the work is tried again
// (a store or a platform unavailable, a timeout).
func Retryable(err error) bool {
	return errors.Is(err, ErrUnavailable) || errors.Is(err, ErrTransient) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)
}

// Unclaimer is an optional Claimer capability: Unclaim forgets a claim, so
// that work claimed and then failed (a store outage) can be claimed again
// when it is retried. Forgetting a missing claim is not an error.
type Unclaimer interface {
	Unclaim(ctx context.Context, key string) error
}

// Len counts the entries stored in the inbox, all replicas together (leased
// or not), asking the store now.
func (r *InboxRunner) Len(ctx context.Context) (int64, error) { return r.cfg.Inbox.InboxLen(ctx) }

// OldestHeld returns when the oldest entry this process holds (claimed,
// not done) was received; false when it holds none.
func (r *InboxRunner) OldestHeld() (time.Time, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var oldest time.Time
	for _, e := range r.held {
		if oldest.IsZero() || e.Received.Before(oldest) {
			oldest = e.Received
		}
	}
	return oldest, !oldest.IsZero()
}

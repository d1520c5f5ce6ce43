package redis

import (
	"context"
	"sync"
	"sync/atomic"

	goredis "github.com/redis/go-redis/v9"
)

// batcher is the store's group commit: the commands of concurrent callers
// share round trips. Callers queue their commands; a few loops each take
// whatever is queued (up to maxCmds commands), send it as one pipeline
// (one write, one read of the replies) and hand every caller its own
// replies and errors. While a batch is on the wire the next one gathers;
// a lone caller is sent at once, since no loop ever waits for company:
// when nothing is queued or on the wire, the caller sends its commands
// itself.
//
// A caller's commands stay contiguous and in order within one batch, so a
// multi-command request (the booking's hints, intent and agency step) runs
// as it would in its own pipeline. Nothing blocking (WAIT, XREAD BLOCK,
// WATCH/MULTI) goes through the batcher: it would hold the other callers'
// replies, or mix their commands into a transaction.
type batcher struct {
	run       func(ctx context.Context, cmds []goredis.Cmder) error // one pipeline
	maxCmds   int
	maxOnWire int // batches on the wire at once, a caller's own included
	// fold, when set, gives each loop a saveMerger: the session saves of
	// a batch go as one script call (a single-server store only).
	fold   goredis.UniversalClient
	folded atomic.Uint64

	mu       sync.Mutex
	queue    []*call
	head     int // queue[head:] is pending
	inflight int // batches on the wire
	closed   bool

	kick chan struct{} // capacity 1: something is queued
	stop chan struct{}
	wg   sync.WaitGroup
}

// call states
const (
	queued    int32 = iota
	taken           // in a batch on the wire
	finished        // replies in, the caller is told
	abandoned       // the caller gave up before a loop took it: never sent
	orphaned        // the caller gave up while it was on the wire
)

// call is one caller's request.
type call struct {
	cmds  []goredis.Cmder
	one   [1]goredis.Cmder
	state atomic.Int32
	done  chan struct{} // capacity 1, signalled once the replies are in
	// buf, when set, holds bytes the commands refer to (a session's
	// encoding): it goes back to bufPool once no one can read it, by the
	// caller or, when the caller gave up mid-batch, by the loop.
	buf *argBuf
	// keep: once the replies are in, buf stays the caller's (doOwned).
	keep bool
	// own: the call is buf's (argBuf.c), pooled with it rather than in
	// callPool (doOwned).
	own bool
}

// argBuf is a command argument copied into a pooled buffer: the caller may
// reuse its own bytes as soon as it returns, even when it gave up while its
// commands were still being written. As a pointer it is a command argument
// without an allocation (go-redis writes it through MarshalBinary).
//
// It also holds the rest of a session command's arguments (sessionArgs),
// pooled with it and freed with it: the key, built in key and seen as
// keyStr, the versions, and the argument list. go-redis writes *string and
// *int64 arguments as their values, so none of them is boxed, a string or
// an integer put in an interface being an allocation per command (issue 20:
// 9 of a turn's allocations on the Redis path).
//
// The session commands themselves live in it too (load, save): a command
// struct is an allocation per command otherwise, two per turn. The caller
// reads its reply before freeing the argBuf (doOwned).
type argBuf struct {
	b         []byte
	key       []byte
	keyStr    string // key's bytes, valid until the argBuf goes back to the pool
	ver, next int64
	args      [8]any
	load      goredis.StringSliceCmd
	save      goredis.Cmd
	// c is the batcher's call for load or save (doOwned): one pool's Get
	// and Put per command instead of two (sync.Pool: ≈ 150 instructions
	// each, four per turn).
	c call
}

// MarshalBinary implements encoding.BinaryMarshaler for go-redis.
func (a *argBuf) MarshalBinary() ([]byte, error) { return a.b, nil }

var bufPool = sync.Pool{New: func() any {
	a := &argBuf{b: make([]byte, 0, 4096)}
	a.c.done, a.c.own = make(chan struct{}, 1), true
	return a
}}

// maxPooledBuf bounds the buffers kept in bufPool.
const maxPooledBuf = 64 << 10

func putBuf(a *argBuf) {
	if a != nil && cap(a.b) <= maxPooledBuf && cap(a.key) <= maxPooledBuf {
		a.b, a.key, a.keyStr = a.b[:0], a.key[:0], ""
		clear(a.args[:])
		a.load, a.save = goredis.StringSliceCmd{}, goredis.Cmd{}
		a.c.one[0], a.c.cmds, a.c.buf, a.c.keep = nil, nil, nil, false
		bufPool.Put(a)
	}
}

var callPool = sync.Pool{New: func() any { return &call{done: make(chan struct{}, 1)} }}

// newBatcher starts loops loops (at least one) sending batches of at most
// maxCmds commands with run. fold, when not nil, is the single-server
// client the loops fold session saves with (saveMerger): it is set before
// the loops start, which read it.
func newBatcher(run func(context.Context, []goredis.Cmder) error, loops, maxCmds int, fold goredis.UniversalClient) *batcher {
	loops = max(loops, 1)
	b := &batcher{run: run, maxCmds: max(maxCmds, 1), maxOnWire: loops, kick: make(chan struct{}, 1), stop: make(chan struct{}), fold: fold}
	for range loops {
		b.wg.Go(b.loop)
	}
	return b
}

// do sends cmd in the next batch and waits for its reply, or for ctx. It
// returns cmd's error (goredis.Nil included), ctx's error when the caller
// gave up first, or goredis.ErrClosed after close.
func (b *batcher) do(ctx context.Context, cmd goredis.Cmder) error {
	return b.doBuf(ctx, cmd, nil)
}

// doBuf is do for a command that refers to buf, a buffer of bufPool: buf
// goes back to the pool when the command is done with it, whatever
// happens; the caller must not touch it after doBuf.
func (b *batcher) doBuf(ctx context.Context, cmd goredis.Cmder, buf *argBuf) error {
	c := callPool.Get().(*call)
	c.one[0] = cmd
	c.cmds = c.one[:]
	c.buf = buf
	err := b.wait(ctx, c)
	if err != nil {
		return err
	}
	return cmd.Err()
}

// doOwned is doBuf for a command that lives in buf (argBuf.load,
// argBuf.save): when it returns nil, the command ran (its own error, if
// any, is in it) and buf is the caller's again, to free once it has read
// the reply; on an error (ctx done, the batcher closed) buf is not the
// caller's any more, a loop may still be writing the reply into it.
func (b *batcher) doOwned(ctx context.Context, cmd goredis.Cmder, buf *argBuf) error {
	c := &buf.c
	c.one[0] = cmd
	c.cmds = c.one[:]
	c.buf = buf
	c.keep = true
	return b.wait(ctx, c)
}

// doAll sends cmds, contiguous and in order, in one batch, and waits for
// their replies (each cmd holds its own), or for ctx.
func (b *batcher) doAll(ctx context.Context, cmds []goredis.Cmder) error {
	if len(cmds) == 0 {
		return nil
	}
	c := callPool.Get().(*call)
	c.cmds = cmds
	return b.wait(ctx, c)
}

// wait queues c and waits for it. c goes back to the pool only when no
// loop can still touch it.
func (b *batcher) wait(ctx context.Context, c *call) error {
	c.state.Store(queued)
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		c.drop()
		return goredis.ErrClosed
	}
	if b.inflight == 0 && b.head == len(b.queue) {
		// Nothing on the wire, nothing queued: the caller sends its own
		// commands, without handing them to a loop and back (a light load
		// pays no goroutine switches). Callers arriving meanwhile queue
		// for the loops. The call is the caller's only, so its context
		// bounds it.
		b.inflight++
		b.mu.Unlock()
		b.run(ctx, c.cmds)
		b.mu.Lock()
		b.inflight--
		pending := b.head < len(b.queue)
		b.mu.Unlock()
		if pending { // what gathered meanwhile goes now
			select {
			case b.kick <- struct{}{}:
			default:
			}
		}
		c.release()
		return nil
	}
	b.queue = append(b.queue, c)
	b.mu.Unlock()
	select {
	case b.kick <- struct{}{}:
	default:
	}
	select {
	case <-c.done:
		c.release()
		return nil
	case <-ctx.Done():
		if c.state.CompareAndSwap(queued, abandoned) {
			// Never sent; the loop that meets it drops it without
			// touching it, so it is left to the garbage collector (and
			// buf with it when the call is buf's).
			if !c.own {
				putBuf(c.buf)
			}
			return ctx.Err()
		}
		if c.state.CompareAndSwap(taken, orphaned) {
			// On the wire: the loop drops the replies and frees buf.
			return ctx.Err()
		}
		<-c.done // finished meanwhile
		c.drop()
		return ctx.Err()
	}
}

// drop is release for a call whose caller gets an error: buf is freed
// even when the caller asked to keep it.
func (c *call) drop() {
	c.keep = false
	c.release()
}

func (c *call) release() {
	// own is read first: when the call is buf's, putBuf hands it to the
	// pool with buf, and it is no longer this goroutine's to read
	own := c.own
	if !c.keep {
		putBuf(c.buf)
	}
	if own {
		return
	}
	c.buf, c.keep = nil, false
	c.one[0] = nil
	c.cmds = nil
	callPool.Put(c)
}

// loop sends batches while there is something queued.
func (b *batcher) loop() {
	var (
		calls []*call
		cmds  []goredis.Cmder
		m     *saveMerger
	)
	if b.fold != nil {
		m = &saveMerger{rdb: b.fold, folded: &b.folded}
	}
	for {
		select {
		case <-b.kick:
		case <-b.stop:
			return
		}
		for {
			calls, cmds = b.take(calls[:0], cmds[:0])
			if len(calls) == 0 {
				break
			}
			// The batch is bounded by the client's read and write
			// timeouts, not by one caller's deadline: a caller that gives
			// up stops waiting, the others still get their replies.
			send := cmds
			if m != nil {
				send = m.fold(context.Background(), calls, cmds)
			}
			b.run(context.Background(), send) // every command holds its own error
			if m != nil {
				m.spread(context.Background())
			}
			b.mu.Lock()
			b.inflight--
			b.mu.Unlock()
			for i, c := range calls {
				if c.state.CompareAndSwap(taken, finished) {
					c.done <- struct{}{}
				} else { // orphaned: no one reads it any more
					putBuf(c.buf)
				}
				calls[i] = nil
			}
			clear(cmds)
		}
	}
}

// take moves the queued calls into calls, up to maxCmds commands (at least
// one call), skipping abandoned ones, and wakes another loop when some
// remain.
func (b *batcher) take(calls []*call, cmds []goredis.Cmder) ([]*call, []goredis.Cmder) {
	b.mu.Lock()
	if b.inflight >= b.maxOnWire {
		// Whoever finishes first sends what is queued: a loop takes
		// again, a caller's own send kicks a loop.
		b.mu.Unlock()
		return calls, cmds
	}
	q := b.queue
	i := b.head
	for ; i < len(q); i++ {
		c := q[i]
		if len(cmds) > 0 && len(cmds)+len(c.cmds) > b.maxCmds {
			break
		}
		q[i] = nil
		if !c.state.CompareAndSwap(queued, taken) {
			continue // abandoned
		}
		calls = append(calls, c)
		cmds = append(cmds, c.cmds...)
	}
	more := i < len(q)
	if more {
		b.head = i
	} else {
		b.queue, b.head = q[:0], 0
	}
	if len(calls) > 0 {
		b.inflight++
	}
	b.mu.Unlock()
	if more {
		select {
		case b.kick <- struct{}{}:
		default:
		}
	}
	return calls, cmds
}

// close stops the loops after their current batch and fails the calls
// still queued with goredis.ErrClosed.
func (b *batcher) close() {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return
	}
	b.closed = true
	b.mu.Unlock()
	close(b.stop)
	b.wg.Wait()
	b.mu.Lock()
	q := b.queue[b.head:]
	b.queue, b.head = nil, 0
	b.mu.Unlock()
	for _, c := range q {
		if c.state.CompareAndSwap(queued, finished) {
			for _, cmd := range c.cmds {
				cmd.SetErr(goredis.ErrClosed)
			}
			c.done <- struct{}{}
		}
	}
}

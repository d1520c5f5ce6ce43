package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	tgbot "github.com/go-telegram/bot"
)

// poll drives getUpdates. Each batch is dispatched to the chat workers and
// the next getUpdates, whose offset confirms the batch to Telegram, is only
// sent once the whole batch is processed: a crash before that means the
// batch is delivered again and the engine deduplicates it (at least once +
// dedupe = exactly once). Chats of one batch run in parallel.
func (a *Adapter) poll(ctx context.Context) error {
	var offset int64
	var backoff time.Duration
	for {
		raw, done, err := a.nextBatch(ctx, offset, &backoff)
		if done || err != nil {
			return err
		}
		if raw == nil {
			continue
		}
		var wg sync.WaitGroup
		complete := true // every update of the batch is queued or needs no processing
		for _, r := range raw {
			var head struct {
				ID int64 `json:"update_id"`
			}
			if json.Unmarshal(r, &head) != nil {
				continue // cannot even advance past it; Telegram never sends this
			}
			if head.ID >= offset {
				offset = head.ID + 1
			}
			u, err := decodeUpdate(r)
			if err != nil {
				a.log.Warn("telegram: undecodable update skipped", "update", head.ID)
				continue
			}
			wg.Add(1)
			if res := a.accept(ctx, u, true, wg.Done); res != accepted {
				wg.Done()
				if res == stopped {
					// Not queued: it must come again, and so must every
					// later update of the batch — queueing one of the same
					// chat now would process it before this one.
					complete = false
					break
				}
			}
		}
		batch := make(chan struct{})
		go func() { wg.Wait(); close(batch) }()
		select {
		case <-batch:
		case <-ctx.Done():
			// Run drains the queues; it confirms this batch only if all of
			// it was queued and the drain completes, so that a restart
			// neither loses an update nor gets a processed one again.
			if complete {
				a.pendingOffset.Store(offset)
			}
			return nil
		}
	}
}

type getUpdatesRequest struct {
	Offset         int64    `json:"offset,omitempty"`
	Limit          int      `json:"limit,omitempty"`
	Timeout        int      `json:"timeout"`
	AllowedUpdates []string `json:"allowed_updates"`
}

// getUpdates calls the Bot API directly: the library keeps its offset
// private and confirms updates before they are processed.
func (a *Adapter) getUpdates(ctx context.Context, offset int64) ([]json.RawMessage, error) {
	return a.getUpdatesN(ctx, offset, 100, int(a.o.pollTimeout/time.Second))
}

func (a *Adapter) getUpdatesN(ctx context.Context, offset int64, limit, timeout int) ([]json.RawMessage, error) {
	body, _ := json.Marshal(getUpdatesRequest{
		Offset: offset, Limit: limit, Timeout: timeout, AllowedUpdates: AllowedUpdates,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.cfg.APIURL+"/bot"+a.cfg.Token+"/getUpdates", bytes.NewReader(body))
	if err != nil {
		return nil, a.redact(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.httpc.Do(req)
	if err != nil {
		return nil, a.redact(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, a.redact(err)
	}
	var r struct {
		OK          bool              `json:"ok"`
		Result      []json.RawMessage `json:"result"`
		ErrorCode   int               `json:"error_code"`
		Description string            `json:"description"`
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("getUpdates: unreadable answer (HTTP %d)", resp.StatusCode)
	}
	if !r.OK {
		switch r.ErrorCode {
		case http.StatusUnauthorized:
			return nil, fmt.Errorf("getUpdates: %w", tgbot.ErrorUnauthorized)
		case http.StatusConflict:
			return nil, fmt.Errorf("getUpdates: %w (another poller, or a webhook is set): %s", tgbot.ErrorConflict, r.Description)
		}
		return nil, fmt.Errorf("getUpdates: error %d: %s", r.ErrorCode, r.Description)
	}
	return r.Result, nil
}

// confirmOffset tells Telegram that every update before offset is handled,
// after a shutdown whose drain completed: without it the next start would
// receive the last batch again (deduplicated, but some conversations would
// hear their current question again). It asks for no new update (a zero
// timeout, one update at most, left unconfirmed).
func (a *Adapter) confirmOffset(offset int64) {
	if offset == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if _, err := a.getUpdatesN(ctx, offset, 1, 0); err != nil {
		a.log.Warn("telegram: confirming the last batch failed; it will be delivered again", "err", err)
	}
}

// nextBatch waits out the backoff and fetches the next batch of updates from
// offset, for both polling loops. A failed call grows the backoff and gives a
// nil batch (try again); done is set when ctx ends; a refused token is an
// error that stops polling.
func (a *Adapter) nextBatch(ctx context.Context, offset int64, backoff *time.Duration) (raw []json.RawMessage, done bool, err error) {
	if err := sleep(ctx, *backoff); err != nil {
		return nil, true, nil
	}
	raw, err = a.getUpdates(ctx, offset)
	if err != nil {
		if ctx.Err() != nil {
			return nil, true, nil
		}
		if errors.Is(err, tgbot.ErrorUnauthorized) {
			return nil, true, fmt.Errorf("telegram: the bot token was refused by Telegram: %w", err)
		}
		*backoff = min(max(2**backoff, 100*time.Millisecond), 5*time.Second)
		a.log.Warn("telegram: getUpdates failed", "err", err, "retry_in", *backoff)
		return nil, false, nil
	}
	*backoff = 0
	if raw == nil {
		raw = []json.RawMessage{}
	}
	return raw, false, nil
}

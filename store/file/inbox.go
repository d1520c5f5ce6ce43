package file

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/cep-accueil/cepbot/bot"
)

// The inbox of received updates is the bucket "inbox": key = sequence (8
// bytes big endian, from NextSequence, so a cursor reads arrival order),
// value = the entry (see encodeEntry). An entry is committed (fdatasync,
// shared by the group commit) before Enqueue returns.
//
// Leases live in memory: one process owns the file (flock), so after a
// restart no entry is leased and every stored entry is claimed again.
var bucketInbox = []byte("inbox")

type inboxLeases struct {
	mu     sync.Mutex
	leases map[uint64]time.Time // sequence -> lease end (wall clock)
}

var _ bot.Inbox = (*Store)(nil)

// Enqueue implements bot.Inbox.
func (s *Store) Enqueue(ctx context.Context, e bot.InboxEntry) error {
	val := encodeEntry(e)
	return s.update(ctx, "storing a received update", func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketInbox)
		if err != nil {
			return err
		}
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		return b.Put(binary.BigEndian.AppendUint64(nil, seq), val)
	})
}

// ClaimInbox implements bot.Inbox.
func (s *Store) ClaimInbox(ctx context.Context, _ string, lease time.Duration, max int) ([]bot.InboxEntry, error) {
	if max <= 0 {
		return nil, nil
	}
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.leases == nil {
		in.leases = map[uint64]time.Time{}
	}
	now := time.Now()
	var out []bot.InboxEntry
	err := s.view(ctx, "claiming received updates", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketInbox)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil && len(out) < max; k, v = c.Next() {
			seq := binary.BigEndian.Uint64(k)
			if end, ok := in.leases[seq]; ok && now.Before(end) {
				continue
			}
			e, err := decodeEntry(v)
			if err != nil {
				continue // unreadable: never runs, kept for inspection
			}
			e.ID = strconv.FormatUint(seq, 10)
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	end := now.Add(lease)
	for _, e := range out {
		seq, _ := strconv.ParseUint(e.ID, 10, 64)
		in.leases[seq] = end
	}
	return out, nil
}

// RecoverInbox implements bot.Inbox: nothing, since leases do not outlive
// the process (ClaimInbox returns every entry after a restart).
func (s *Store) RecoverInbox(context.Context, string, time.Duration, int) ([]bot.InboxEntry, error) {
	return nil, nil
}

// RenewInbox implements bot.Inbox.
func (s *Store) RenewInbox(_ context.Context, _ string, lease time.Duration, entries []bot.InboxEntry) error {
	in := &s.inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	end := time.Now().Add(lease)
	for _, e := range entries {
		seq, err := strconv.ParseUint(e.ID, 10, 64)
		if err != nil {
			continue
		}
		if _, ok := in.leases[seq]; ok {
			in.leases[seq] = end
		}
	}
	return nil
}

// DoneInbox implements bot.Inbox.
func (s *Store) DoneInbox(ctx context.Context, entries ...bot.InboxEntry) error {
	seqs := make([]uint64, 0, len(entries))
	for _, e := range entries {
		seq, err := strconv.ParseUint(e.ID, 10, 64)
		if err != nil {
			return fmt.Errorf("removing a received update: invalid id %q", e.ID)
		}
		seqs = append(seqs, seq)
	}
	err := s.update(ctx, "removing processed updates", func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketInbox)
		if b == nil {
			return nil
		}
		for _, seq := range seqs {
			if err := b.Delete(binary.BigEndian.AppendUint64(nil, seq)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.inbox.mu.Lock()
	for _, seq := range seqs {
		delete(s.inbox.leases, seq)
	}
	s.inbox.mu.Unlock()
	return nil
}

// InboxLen implements bot.Inbox.
func (s *Store) InboxLen(ctx context.Context) (int64, error) {
	var n int64
	err := s.view(ctx, "counting received updates", func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketInbox); b != nil {
			n = int64(b.Stats().KeyN)
		}
		return nil
	})
	return n, err
}

const entryFormat = 1

// encodeEntry: format byte, then channel, chat, data (uvarint length +
// bytes), seq and received time (unix µs) as varints.
func encodeEntry(e bot.InboxEntry) []byte {
	b := make([]byte, 0, 32+len(e.Channel)+len(e.Chat)+len(e.Data))
	b = append(b, entryFormat)
	for _, s := range [][]byte{[]byte(e.Channel), []byte(e.Chat), e.Data} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendVarint(b, e.Seq)
	var us int64
	if !e.Received.IsZero() {
		us = e.Received.UnixMicro()
	}
	return binary.AppendVarint(b, us)
}

var errEntry = errors.New("damaged inbox entry")

func decodeEntry(v []byte) (bot.InboxEntry, error) {
	var e bot.InboxEntry
	if len(v) == 0 || v[0] != entryFormat {
		return e, errEntry
	}
	v = v[1:]
	var parts [3][]byte
	for i := range parts {
		n, k := binary.Uvarint(v)
		if k <= 0 || n > uint64(len(v)-k) {
			return e, errEntry
		}
		parts[i] = bytes.Clone(v[k : k+int(n)])
		v = v[k+int(n):]
	}
	seq, k := binary.Varint(v)
	if k <= 0 {
		return e, errEntry
	}
	us, k2 := binary.Varint(v[k:])
	if k2 <= 0 {
		return e, errEntry
	}
	e.Channel, e.Chat, e.Data, e.Seq = string(parts[0]), string(parts[1]), parts[2], seq
	if us != 0 {
		e.Received = time.UnixMicro(us)
	}
	return e, nil
}

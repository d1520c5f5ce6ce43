package file

import (
	"context"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/cep-accueil/cepbot/bot"
)

// bucketHolds keeps the slots held while visitors confirm. It is created by
// the first hold (older files do not have it):
//
//	"s\x00" agency "\x00" slot key -> expiry (8 bytes, ns) + visitor
//	"v\x00" agency "\x00" visitor  -> slot key
var bucketHolds = []byte("holds")

func holdSlotID(agency, key string) []byte { return []byte("s\x00" + agency + "\x00" + key) }
func holdVisID(agency, vis string) []byte  { return []byte("v\x00" + agency + "\x00" + vis) }

// holder decodes a slot entry: its visitor, if not expired at now.
func holder(v []byte, now time.Time) string {
	if len(v) < 8 || expired(get64(v[:8]), now) {
		return ""
	}
	return string(v[8:])
}

// HoldSlot implements bot.HoldStore in one transaction.
func (s *Store) HoldSlot(ctx context.Context, agency, visitor, slotKey string, ttl time.Duration) error {
	now := s.now()
	err := s.update(ctx, "holding "+slotKey, func(tx *bolt.Tx) error {
		if tx.Bucket(bucketSlots).Get([]byte(slotKey)) != nil {
			return fmt.Errorf("slot %s booked: %w", slotKey, bot.ErrSlotTaken)
		}
		sid := holdSlotID(agency, slotKey)
		if b := tx.Bucket(bucketHolds); b != nil {
			if h := holder(b.Get(sid), now); h != "" && h != visitor {
				return fmt.Errorf("slot %s held: %w", slotKey, bot.ErrSlotTaken)
			}
		}
		b, err := tx.CreateBucketIfNotExists(bucketHolds)
		if err != nil {
			return err
		}
		vid := holdVisID(agency, visitor)
		if prev := b.Get(vid); prev != nil && string(prev) != slotKey {
			psid := holdSlotID(agency, string(prev))
			if v := b.Get(psid); len(v) >= 8 && string(v[8:]) == visitor {
				if err := b.Delete(psid); err != nil {
					return err
				}
			}
		}
		val := append(be64(now.Add(ttl).UnixNano()), visitor...)
		if err := b.Put(sid, val); err != nil {
			return err
		}
		return b.Put(vid, []byte(slotKey))
	})
	if err == nil {
		choosers.leave(s, agency, visitor)
	}
	return err
}

// ReleaseHold implements bot.HoldStore.
func (s *Store) ReleaseHold(ctx context.Context, agency, visitor string) error {
	return s.update(ctx, "releasing the hold of "+visitor, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHolds)
		if b == nil {
			return nil
		}
		vid := holdVisID(agency, visitor)
		prev := b.Get(vid)
		if prev == nil {
			return nil
		}
		psid := holdSlotID(agency, string(prev))
		if v := b.Get(psid); len(v) >= 8 && string(v[8:]) == visitor {
			if err := b.Delete(psid); err != nil {
				return err
			}
		}
		return b.Delete(vid)
	})
}

// SlotHolders implements bot.HoldStore.
func (s *Store) SlotHolders(ctx context.Context, agency, choosing string, keys []string) (bot.SlotState, error) {
	now := s.now()
	out := make([]string, len(keys))
	taken := make([]bool, len(keys))
	err := s.view(ctx, "reading held slots", func(tx *bolt.Tx) error {
		slots := tx.Bucket(bucketSlots)
		for i, k := range keys {
			taken[i] = k != "" && slots.Get([]byte(k)) != nil
		}
		b := tx.Bucket(bucketHolds)
		if b == nil {
			return nil
		}
		for i, k := range keys {
			out[i] = holder(b.Get(holdSlotID(agency, k)), now)
		}
		return nil
	})
	if err != nil {
		return bot.SlotState{}, err
	}
	return bot.SlotState{Holders: out, Taken: taken, Choosing: choosers.count(s, agency, choosing, now)}, nil
}

// choosers counts the visitors choosing a slot, in memory: bbolt locks the
// file, so one process serves it and sees every visitor.
var choosers = presence{m: map[*Store]map[string]map[string]time.Time{}}

type presence struct {
	mu sync.Mutex
	m  map[*Store]map[string]map[string]time.Time // store -> agency -> visitor -> until
}

func (p *presence) count(s *Store, agency, visitor string, now time.Time) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	ag := p.m[s]
	if ag == nil {
		ag = map[string]map[string]time.Time{}
		p.m[s] = ag
	}
	vs := ag[agency]
	if vs == nil {
		vs = map[string]time.Time{}
		ag[agency] = vs
	}
	if visitor != "" {
		vs[visitor] = now.Add(bot.ChoosingTTL)
	}
	for v, until := range vs {
		if !now.Before(until) {
			delete(vs, v)
		}
	}
	return len(vs)
}

func (p *presence) leave(s *Store, agency, visitor string) {
	p.mu.Lock()
	delete(p.m[s][agency], visitor)
	p.mu.Unlock()
}

func (p *presence) forget(s *Store) {
	p.mu.Lock()
	delete(p.m, s)
	p.mu.Unlock()
}

// SweepHolds deletes the holds expired at now and returns how many slot
// holds it deleted (reads already ignore them).
func (s *Store) SweepHolds(ctx context.Context, now time.Time) (int, error) {
	n := 0
	err := s.update(ctx, "sweeping expired holds", func(tx *bolt.Tx) error {
		n = 0
		b := tx.Bucket(bucketHolds)
		if b == nil {
			return nil
		}
		var doomed [][]byte
		err := b.ForEach(func(k, v []byte) error {
			if len(k) > 2 && k[0] == 's' && holder(v, now) == "" {
				doomed = append(doomed, append([]byte{}, k...))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range doomed {
			if err := b.Delete(k); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

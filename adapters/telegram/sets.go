package telegram

import "sync"

// idSet remembers the last n ids added (FIFO eviction).
type idSet struct {
	mu   sync.Mutex
	m    map[int64]struct{}
	ring []int64
	next int
}

func newIDSet(n int) *idSet {
	return &idSet{m: make(map[int64]struct{}, n), ring: make([]int64, 0, n)}
}

// add returns false when id is already present.
func (s *idSet) add(id int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.m[id]; ok {
		return false
	}
	if len(s.ring) < cap(s.ring) {
		s.ring = append(s.ring, id)
	} else {
		delete(s.m, s.ring[s.next])
		s.ring[s.next] = id
		s.next = (s.next + 1) % len(s.ring)
	}
	s.m[id] = struct{}{}
	return true
}

// remove forgets id (its ring slot is reused later).
func (s *idSet) remove(id int64) {
	s.mu.Lock()
	delete(s.m, id)
	s.mu.Unlock()
}

// valueCache keeps the values of choices sent by index (values too long for
// callback_data), per chat and callback data, for the last n keyboards'
// buttons of this process.
type valueCache struct {
	mu   sync.Mutex
	m    map[valueKey]string
	ring []valueKey
	next int
}

type valueKey struct {
	chat int64
	data string
}

func newValueCache(n int) *valueCache {
	return &valueCache{m: make(map[valueKey]string, 64), ring: make([]valueKey, 0, n)}
}

func (c *valueCache) put(chat int64, data, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := valueKey{chat, data}
	if _, ok := c.m[k]; !ok {
		if len(c.ring) < cap(c.ring) {
			c.ring = append(c.ring, k)
		} else {
			delete(c.m, c.ring[c.next])
			c.ring[c.next] = k
			c.next = (c.next + 1) % len(c.ring)
		}
	}
	c.m[k] = value
}

func (c *valueCache) get(chat int64, data string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[valueKey{chat, data}]
	return v, ok
}

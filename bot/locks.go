package bot

import (
	"hash/maphash"
	"sync"
)

const lockShards = 64

// keyLocks serialises work per key with memory proportional to the keys in
// use: an entry lives while someone holds or waits for it.
type keyLocks struct {
	once   sync.Once
	seed   maphash.Seed
	shards [lockShards]struct {
		mu sync.Mutex
		m  map[string]*keyLock
	}
}

type keyLock struct {
	mu   sync.Mutex
	refs int
}

func (l *keyLocks) lock(key string) (unlock func()) {
	l.once.Do(func() { l.seed = maphash.MakeSeed() })
	sh := &l.shards[maphash.String(l.seed, key)%lockShards]
	sh.mu.Lock()
	if sh.m == nil {
		sh.m = make(map[string]*keyLock)
	}
	k := sh.m[key]
	if k == nil {
		k = &keyLock{}
		sh.m[key] = k
	}
	k.refs++
	sh.mu.Unlock()
	k.mu.Lock()
	return func() {
		k.mu.Unlock()
		sh.mu.Lock()
		k.refs--
		if k.refs == 0 {
			delete(sh.m, key)
		}
		sh.mu.Unlock()
	}
}

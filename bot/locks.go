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
	shards [lockShards]lockShard
}

type keyLock struct {
	mu      sync.Mutex
	refs    int
	key     string
	shard   *lockShard
	release func() // built once per keyLock: lock allocates nothing in the steady state
}

type lockShard = struct {
	mu sync.Mutex
	m  map[string]*keyLock
}

// lockPool recycles keyLocks (and their release funcs) between turns.
var lockPool sync.Pool

func init() { lockPool.New = newKeyLock }

func newKeyLock() any {
	k := &keyLock{}
	k.release = func() {
		k.mu.Unlock()
		sh := k.shard
		sh.mu.Lock()
		k.refs--
		free := k.refs == 0
		if free {
			delete(sh.m, k.key)
		}
		sh.mu.Unlock()
		if free {
			k.key, k.shard = "", nil
			lockPool.Put(k)
		}
	}
	return k
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
		k = lockPool.Get().(*keyLock)
		k.key, k.shard = key, sh
		sh.m[key] = k
	}
	k.refs++
	sh.mu.Unlock()
	k.mu.Lock()
	return k.release
}

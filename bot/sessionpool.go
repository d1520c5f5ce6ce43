package bot

import (
	"sync"
)

// sessionPool recycles the sessions a turn decodes: the struct (≈ 290 B),
// its Seen list and its Vars map were allocated on every turn and dropped
// at its end. A session goes back only from the engine's own turn paths,
// once nothing holds it: after the observer has seen it and the replies
// are out (their strings are immutable and never point into the struct).
var sessionPool = sync.Pool{New: func() any { return new(Session) }}

func newSession(key string, version int64) *Session {
	s := sessionPool.Get().(*Session)
	s.Key, s.Version = key, version
	return s
}

// releaseSession empties s and keeps its Seen array and Vars map for the
// next turn. Strings are dropped so the stored records they point into can
// be collected.
func releaseSession(s *Session) {
	if s == nil {
		return
	}
	seen := s.Seen
	clear(seen[:cap(seen)])
	vars := s.Vars
	if len(vars) > 16 {
		vars = nil // an unusual session: not kept at that size
	}
	clear(vars)
	if b := s.recordBuf; b != nil && cap(*b) <= maxPooledRecord {
		// Record and every string sliced from it die with the session
		// (SetRecordBytes): the bytes can be written again.
		recordBufs.Put(b)
	}
	*s = Session{Seen: seen[:0], Vars: vars}
	sessionPool.Put(s)
}

// seenSlice returns s.Seen resized to n with room for one more (MarkSeen).
func (s *Session) seenSlice(n int) []string {
	if cap(s.Seen) >= n+1 {
		return s.Seen[:n]
	}
	return make([]string, n, n+1)
}

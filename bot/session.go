package bot

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"
	"unsafe"
)

// maxSeen bounds the update ids remembered per conversation. Platforms
// redeliver recent updates only, and ids of one chat arrive roughly in order.
const maxSeen = 24

// Session is the state of one conversation between turns. The engine loads
// it, the dialogue mutates it, the engine saves it with a version check.
type Session struct {
	Key     string            `json:"-"`
	Version int64             `json:"-"` // store version read; 0 = new
	State   string            `json:"s,omitempty"`
	Step    uint32            `json:"n,omitempty"` // bumps at every question: stale-button token
	Fails   int               `json:"f,omitempty"` // failed answers to the current question
	Channel string            `json:"c,omitempty"`
	User    string            `json:"u,omitempty"`
	Created time.Time         `json:"t0,omitzero"`
	Updated time.Time         `json:"t1,omitzero"`
	Seen    []string          `json:"d,omitempty"` // recent update ids already processed
	Vars    map[string]string `json:"v,omitempty"` // dialogue slots
	// Record is the var RecordVar, kept out of Vars: the dialogue keeps its
	// whole state there, and a map for one entry cost two allocations and a
	// hash per turn. The stored form is unchanged (a var like the others).
	Record   string `json:"-"`
	Inactive bool   `json:"x,omitempty"` // the visitor blocked the bot
	// recordBuf backs Record after SetRecordBytes (see there).
	recordBuf *[]byte
	// Out are the replies of the last turn, saved with it and removed once
	// sent (Engine.Handle): a crash between the save and the sending leaves
	// them here, and they are sent before anything else of this
	// conversation. OutFor is the update they answer, OutBy the engine
	// instance sending them and OutAt when they were saved (wall clock).
	Out    []Reply   `json:"o,omitempty"`
	OutFor string    `json:"of,omitempty"`
	OutBy  string    `json:"ob,omitempty"`
	OutAt  time.Time `json:"oa,omitzero"`
}

// RecordVar is the var held in Session.Record.
const RecordVar = "r"

// recordBufs recycles the buffers dialogues encode records into
// (SetRecordBytes): the record was encoded, copied into a string for
// Record, then copied again into the session's stored form; the string was
// an allocation of the record's size on every turn.
var recordBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledRecord: a buffer grown past it is not kept.
const maxPooledRecord = 16 << 10

// RecordBuffer returns an empty buffer to encode a record into, for
// SetRecordBytes.
func RecordBuffer() *[]byte {
	b := recordBufs.Get().(*[]byte)
	*b = (*b)[:0]
	return b
}

// SetRecordBytes makes *buf the session's record without copying it:
// Record becomes a view of those bytes. The session owns buf from then on.
// The caller must not write to it again, and nothing may keep Record, or a
// string sliced from it, once the session is released: the engine puts buf
// back for another turn then, after the save (stores copy what they are
// given) and the observer (which must not keep the session). A session that
// is not released (not from a turn of the engine) leaves its buffer to the
// collector, as does a second SetRecordBytes on the same session: strings
// of that turn may still point into the first one.
func (s *Session) SetRecordBytes(buf *[]byte) {
	s.Record = unsafe.String(unsafe.SliceData(*buf), len(*buf))
	s.recordBuf = buf
}

// Get returns a dialogue variable ("" when unset).
func (s *Session) Get(k string) string {
	if k == RecordVar {
		return s.Record
	}
	return s.Vars[k]
}

// Set sets a dialogue variable; an empty value deletes it.
func (s *Session) Set(k, v string) {
	if k == RecordVar {
		s.Record = v
		return
	}
	if v == "" {
		delete(s.Vars, k)
		return
	}
	if s.Vars == nil {
		s.Vars = make(map[string]string, 16)
	}
	s.Vars[k] = v
}

// HasSeen reports whether the update was already processed. Besides the
// ids remembered, a numeric id (Telegram's update_id grows with time) older
// than every remembered one counts as processed: it is a late redelivery,
// since updates of one conversation are handled in the order received.
func (s *Session) HasSeen(id string) bool {
	if id == "" {
		return false
	}
	if slices.Contains(s.Seen, id) {
		return true
	}
	if len(s.Seen) < maxSeen {
		return false
	}
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return false
	}
	numeric := false
	for _, x := range s.Seen {
		m, err := strconv.ParseUint(x, 10, 64)
		if err != nil {
			continue // an id of another kind (a message sent, see UpdateOnce)
		}
		if n > m {
			return false
		}
		numeric = true
	}
	return numeric
}

// MarkSeen remembers a processed update id.
func (s *Session) MarkSeen(id string) {
	if id == "" {
		return
	}
	if len(s.Seen) >= maxSeen {
		s.Seen = append(s.Seen[:0], s.Seen[len(s.Seen)-maxSeen+1:]...)
	}
	s.Seen = append(s.Seen, id)
}

func decodeSessionJSON(key string, version int64, data []byte) (*Session, error) {
	s := &Session{}
	if err := json.Unmarshal(data, s); err != nil {
		return nil, fmt.Errorf("decoding session %s: %w", key, err)
	}
	s.Key, s.Version = key, version
	if r, ok := s.Vars[RecordVar]; ok {
		s.Record = r
		delete(s.Vars, RecordVar)
	}
	return s, nil
}

// Package strtab is a read-only table from strings to values, laid out
// for the garbage collector: its keys are one string and its slots hold no
// pointer, so a table of tens of thousands of words costs the collector
// two pointers to mark at every cycle, where a map[string]V costs one per
// word (the analysis' word tables and the commune index, built once and
// kept for the process's life, were most of what a warm process made it
// scan). A lookup hashes the string once (maphash) and probes an
// open-addressing array, then compares the key's text: it costs no more
// than a map[string]V lookup.
package strtab

import (
	"hash/maphash"
	"iter"
)

// Table maps strings to values of type V, which should hold no pointer.
// It is read-only once built, so safe for concurrent readers.
type Table[V any] struct {
	seed  maphash.Seed
	mask  uint64
	slots []slot[V]
	text  string
}

type slot[V any] struct {
	h      uint64
	off, n uint32 // the key is text[off:off+n-1]; n == 0 marks an empty slot
	v      V
}

// Builder gathers the pairs of a Table; a key set twice keeps its last value.
type Builder[V any] struct {
	at   map[string]int
	keys []string
	vals []V
}

// Set sets the value of key.
func (b *Builder[V]) Set(key string, v V) {
	if b.at == nil {
		b.at = map[string]int{}
	}
	if i, ok := b.at[key]; ok {
		b.vals[i] = v
		return
	}
	b.at[key] = len(b.keys)
	b.keys = append(b.keys, key)
	b.vals = append(b.vals, v)
}

// Get returns the value set for key, as a map would.
func (b *Builder[V]) Get(key string) (V, bool) {
	if i, ok := b.at[key]; ok {
		return b.vals[i], true
	}
	var zero V
	return zero, false
}

// Len is the number of keys set.
func (b *Builder[V]) Len() int { return len(b.keys) }

// Table lays the pairs out; the builder may then be dropped.
func (b *Builder[V]) Table() *Table[V] {
	size := 8
	for size < 2*len(b.keys) { // at most half full: short probes
		size *= 2
	}
	n := 0
	for _, k := range b.keys {
		n += len(k)
	}
	text := make([]byte, 0, n)
	t := &Table[V]{seed: maphash.MakeSeed(), mask: uint64(size - 1), slots: make([]slot[V], size)}
	for i, k := range b.keys {
		h := maphash.String(t.seed, k)
		j := h & t.mask
		for t.slots[j].n != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = slot[V]{h: h, off: uint32(len(text)), n: uint32(len(k)) + 1, v: b.vals[i]}
		text = append(text, k...)
	}
	t.text = string(text)
	return t
}

// Get returns the value of key.
func (t *Table[V]) Get(key string) (V, bool) {
	h := maphash.String(t.seed, key)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := &t.slots[j]
		if s.n == 0 {
			var zero V
			return zero, false
		}
		if s.h == h && t.text[s.off:s.off+s.n-1] == key {
			return s.v, true
		}
	}
}

// GetBytes is Get for a key held in a byte buffer; it does not allocate.
func (t *Table[V]) GetBytes(key []byte) (V, bool) {
	h := maphash.Bytes(t.seed, key)
	for j := h & t.mask; ; j = (j + 1) & t.mask {
		s := &t.slots[j]
		if s.n == 0 {
			var zero V
			return zero, false
		}
		if s.h == h && t.text[s.off:s.off+s.n-1] == string(key) {
			return s.v, true
		}
	}
}

// Has reports whether key is in the table.
func (t *Table[V]) Has(key string) bool {
	_, ok := t.Get(key)
	return ok
}

// Len is the number of keys.
func (t *Table[V]) Len() int {
	n := 0
	for i := range t.slots {
		if t.slots[i].n != 0 {
			n++
		}
	}
	return n
}

// All yields every key and its value, in no particular order.
func (t *Table[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for i := range t.slots {
			s := &t.slots[i]
			if s.n != 0 && !yield(t.text[s.off:s.off+s.n-1], s.v) {
				return
			}
		}
	}
}

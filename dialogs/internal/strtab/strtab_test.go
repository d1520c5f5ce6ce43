package strtab

import (
	"strconv"
	"testing"
)

// TestTable checks a table against the map it was built from: every key,
// absent keys (the empty string among them), GetBytes and All.
func TestTable(t *testing.T) {
	var b Builder[int32]
	want := map[string]int32{}
	for i := 0; i < 5000; i++ {
		k := "w" + strconv.Itoa(i*7)
		b.Set(k, int32(i))
		want[k] = int32(i)
	}
	b.Set("w0", -1) // set twice: the last value wins
	want["w0"] = -1
	tab := b.Table()
	for k, v := range want {
		if got, ok := tab.Get(k); !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d", k, got, ok, v)
		}
		if got, ok := tab.GetBytes([]byte(k)); !ok || got != v {
			t.Errorf("GetBytes(%q) = %d, %v; want %d", k, got, ok, v)
		}
	}
	for _, k := range []string{"", "w1", "w", "x0", "w00"} {
		if _, ok := tab.Get(k); ok {
			t.Errorf("Get(%q) found", k)
		}
	}
	n := 0
	for k, v := range tab.All() {
		n++
		if want[k] != v {
			t.Errorf("All: %q %d, want %d", k, v, want[k])
		}
	}
	if n != len(want) || tab.Len() != len(want) {
		t.Errorf("All yields %d, Len %d; want %d", n, tab.Len(), len(want))
	}
}

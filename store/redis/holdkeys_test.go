package redis

import "testing"

// holdKeys names every slot's hold key from one allocation of text (and
// the slice), not one string per slot: SlotHolders runs on every offer.
func TestHoldKeysShareOneString(t *testing.T) {
	keys := []string{"ft-16-c1@20261130T0800Z", "", "ft-16-c2@20261130T0800Z"}
	got := holdKeys("p:hold:{a:ft-16}:s:", keys)
	for i, k := range keys {
		if got[i] != "p:hold:{a:ft-16}:s:"+k {
			t.Fatalf("hold key %d = %q", i, got[i])
		}
	}
	if cap(got) < len(keys)+2 {
		t.Fatalf("capacity %d: no room for the two keys SlotHolders appends", cap(got))
	}
	if n := testing.AllocsPerRun(100, func() { holdKeys("p:hold:{a:ft-16}:s:", keys) }); n > 2 {
		t.Fatalf("%v allocations for %d hold keys, want 2", n, len(keys))
	}
}

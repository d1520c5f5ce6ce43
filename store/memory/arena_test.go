package memory

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSessionArenaCompacts rewrites sessions of varied sizes many times,
// deletes some, and checks every session reads back, a string handed out
// earlier still reads the same, and the dead bytes stay bounded.
func TestSessionArenaCompacts(t *testing.T) {
	st := New(nil)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[string]string{}
	versions := map[string]int64{}
	var held []string // strings handed out, with what they must still read
	var heldWant []string
	for i := range 40000 {
		key := fmt.Sprintf("chat:%d", rng.IntN(3000))
		if rng.IntN(20) == 0 {
			if err := st.DeleteSession(ctx, key); err != nil {
				t.Fatal(err)
			}
			delete(want, key)
			delete(versions, key)
			continue
		}
		data := strings.Repeat(fmt.Sprintf("%d-%s;", i, key), 1+rng.IntN(60))
		v, err := st.SaveSession(ctx, key, []byte(data), versions[key], 0)
		if err != nil {
			t.Fatal(err)
		}
		want[key], versions[key] = data, v
		if i%1000 == 0 {
			got, _, err := st.LoadSessionString(ctx, key)
			if err != nil {
				t.Fatal(err)
			}
			held, heldWant = append(held, got), append(heldWant, data)
		}
	}
	for k, w := range want {
		got, v, err := st.LoadSessionString(ctx, k)
		if err != nil || got != w || v != versions[k] {
			t.Fatalf("%s: %.40q v%d %v; want %.40q v%d", k, got, v, err, w, versions[k])
		}
	}
	for i := range held {
		if held[i] != heldWant[i] {
			t.Fatalf("string handed out was rewritten: %.40q, want %.40q", held[i], heldWant[i])
		}
	}
	for i := range st.shards {
		a := &st.shards[i].sessions.ar
		if a.used > minCompact && a.used-a.live > a.live+maxChunk {
			t.Errorf("shard %d: %d bytes written for %d live", i, a.used, a.live)
		}
	}
}

// TestArenaMovesLiveBlobs leaves one blob in four live across many chunks:
// the arena must compact, and every live blob must keep its bytes.
func TestArenaMovesLiveBlobs(t *testing.T) {
	var a arena
	var ids []uint32
	var vals [][]byte
	for i := range 20000 {
		v := []byte(fmt.Sprintf("blob %d %s", i, strings.Repeat("x", i%100)))
		ids, vals = append(ids, a.put(v)), append(vals, v)
	}
	first := a.bytes(ids[1]) // handed out before the move: must not change
	before := string(first)
	for i, id := range ids {
		if i%4 != 1 {
			a.release(id)
		}
	}
	if a.used-a.live > a.live {
		t.Errorf("%d bytes written for %d live: not compacted", a.used, a.live)
	}
	if a.used >= 20000*60/2 {
		t.Errorf("%d bytes kept for %d live", a.used, a.live)
	}
	for i, id := range ids {
		if i%4 == 1 && string(a.bytes(id)) != string(vals[i]) {
			t.Fatalf("blob %d = %q, want %q", i, a.bytes(id), vals[i])
		}
	}
	if string(first) != before {
		t.Fatal("bytes handed out were rewritten")
	}
}

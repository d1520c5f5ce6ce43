package redis

import (
	"context"
	"testing"

	goredis "github.com/redis/go-redis/v9"
)

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

// The agency's keys as command arguments are the agency's keys, boxed once:
// a booking's EVALSHA allocates its argument list, not a box per key.
func TestAgencyKeyArgsBoxedOnce(t *testing.T) {
	s := &Store{prefix: "p"}
	keys, args := s.agencyKeys("ft-16"), s.agencyKeyArgs("ft-16")
	if len(keys) != len(agencyKeyNames) || len(args) != len(keys) {
		t.Fatalf("%d keys, %d arguments, want %d", len(keys), len(args), len(agencyKeyNames))
	}
	for i := range keys {
		if args[i] != any(keys[i]) || keys[i] != "p:{a:ft-16}:"+agencyKeyNames[i] {
			t.Fatalf("key %d: %q, argument %v", i, keys[i], args[i])
		}
	}
	if n := testing.AllocsPerRun(100, func() { s.agencyKeyArgs("ft-16") }); n != 0 {
		t.Fatalf("%v allocations to get an agency's key arguments, want 0", n)
	}
	ctx := context.Background()
	p := goredis.NewClient(&goredis.Options{Addr: "127.0.0.1:1"}).Pipeline()
	book := []any{"A1", "{}"}
	if n := testing.AllocsPerRun(100, func() { evalSha(ctx, p, bookAgencySHA, args, book); p.Discard() }); n > 4 {
		t.Fatalf("%v allocations to queue a booking's EVALSHA, want the command and its argument list", n)
	}
}

// The hold key stems are built once per agency and are the keys the
// store built per call before (a hold written by one version of the
// store is read by the other).
func TestHoldStemsAreTheKeysBuiltPerCallBefore(t *testing.T) {
	s := &Store{prefix: "cepbot"}
	for _, ag := range []string{"ft-16", "cap-emploi-62", "_", "a:b"} {
		st := s.holdStems(ag)
		before := s.prefix + ":hold:{a:" + ag + "}:"
		if st.base != before || st.slot != before+"s:" || st.choosing != before+"choosing" || s.holdBase(ag) != before {
			t.Errorf("%s: stems %+v, want base %q, %q, %q", ag, *st, before, before+"s:", before+"choosing")
		}
		if s.holdStems(ag) != st {
			t.Errorf("%s: stems built again", ag)
		}
	}
	if n := testing.AllocsPerRun(100, func() { s.holdStems("ft-16") }); n != 0 {
		t.Errorf("holdStems of a known agency: %v allocations, want 0", n)
	}
}

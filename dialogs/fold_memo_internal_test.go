package dialogs

import (
	"slices"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/intent"
)

// The turn folds into buffers it keeps (turnMemo.foldBuf): a folded text
// handed out must not change when the turn folds another text, and a
// recycled turn's buffers must fold the next messages right. With one
// buffer for both slots, or a slot rewritten before it is taken again,
// the first checks fail.
func TestFoldBuffersAreNotReusedTooEarly(t *testing.T) {
	a := "Bonjour, je suis salariée à Saint-Étienne et je voudrais changer de métier"
	b := "c'est pour mon fils"
	c := "Je suis au chômage depuis deux ans"
	tr := &turn{}
	fa := tr.fold(a)
	fb := tr.fold(b)
	if fa.Key() != intent.Fold(a).Key() || fb.Key() != intent.Fold(b).Key() || !slices.Equal(fa.Words(), intent.Fold(a).Words()) {
		t.Fatalf("folds changed by the next fold: %v %v", fa, fb)
	}
	if tr.fold(a).Key() != intent.Fold(a).Key() || tr.fold(b).Key() != intent.Fold(b).Key() {
		t.Fatal("remembered folds differ from intent.Fold")
	}
	fc := tr.fold(c) // takes the first slot again
	if fb.Key() != intent.Fold(b).Key() || tr.fold(b).Key() != intent.Fold(b).Key() || !slices.Equal(fb.Words(), intent.Fold(b).Words()) {
		t.Fatalf("the second slot was rewritten by a third text: %v", fb)
	}
	if fc.Key() != intent.Fold(c).Key() {
		t.Fatalf("third fold %v", fc)
	}
	if rel, ok := tr.fold(b).Proxy(); !ok || rel.Noun != "fils" {
		t.Fatalf("Proxy on the remembered fold: %v %v", rel, ok)
	}
	// the next turn, with the buffers kept
	bufs := tr.memo.keptFoldBufs()
	next := &turn{}
	next.memo.keepFoldBufs(bufs)
	for _, s := range []string{b, a, c, ""} {
		if got := next.fold(s); got.Key() != intent.Fold(s).Key() || !slices.Equal(got.Words(), intent.Fold(s).Words()) {
			t.Fatalf("recycled buffers: fold(%q) = %v, want %v", s, got, intent.Fold(s))
		}
	}
}

package dialogs

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// slotLine puts the French date in a stack buffer Fill reads: the labels
// must be what they were, and stay so once the next labels are built.
func TestSlotLineAsBefore(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, paris)
	for _, l := range []texts.Lang{"", texts.French, texts.English} {
		tr := &turn{now: now, x: langOf(l)}
		tr.r.Lang = l
		var got, want []string
		for i := 0; i < 500; i++ {
			at := now.Add(time.Duration(i) * 5 * time.Hour / 4)
			got = append(got, tr.slotLine(at, "Anne Martin"))
			want = append(want, texts.UpperFirst(texts.Fill(tr.x.SlotLine, tr.dateOpening(at), "Anne Martin")))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("lang %q: slotLine = %q, want %q", l, got[i], want[i])
			}
		}
	}
}

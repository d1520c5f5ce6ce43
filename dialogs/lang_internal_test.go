package dialogs

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// TestSharedOptionsClipped: the option lists of a language are returned by
// the questions of every turn in it, and ask adds the offer of an advisor
// to them with append: with room past their end, two turns would write
// there at once (and a list would show the other's option).
func TestSharedOptionsClipped(t *testing.T) {
	for _, x := range []*lang{langOf(texts.French), langOf(texts.English), callerLangOf(texts.French)} {
		for name, o := range map[string][]option{
			"status": x.statusOptions, "statusOther": x.statusOtherOptions, "handicap": x.handicapOptions,
			"cadre": x.cadreOptions, "project": x.projectOptions, "recap": x.recapOptions, "confirm": x.confirmOptions,
			"consent": x.consentOptions, "contact": x.contactOptions, "videoWay": x.videoWayOptions,
		} {
			if len(o) == 0 || cap(o) != len(o) {
				t.Errorf("%s options: len %d, cap %d", name, len(o), cap(o))
			}
			grown := append(o, option{Value: "x"})
			if &grown[0] == &o[0] {
				t.Errorf("%s options: append wrote into the shared list", name)
			}
		}
	}
}

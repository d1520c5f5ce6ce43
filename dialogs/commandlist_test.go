package dialogs

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// TestOneCommandList: the commands the dialogue recognises typed with a
// slash are exactly the list the Telegram menu is built from (plus the
// aliases /help and /recommencer), so the menu offers nothing the dialogue
// ignores and the dialogue serves nothing the menu hides.
func TestOneCommandList(t *testing.T) {
	listed := map[string]bool{}
	for _, name := range texts.CommandNames {
		listed[name] = true
		if got := commandOf("", "/"+name); got != name {
			t.Errorf("/%s is recognised as %q", name, got)
		}
		if got := commandOf(cmdPrefix+name, ""); got != name {
			t.Errorf("the button of %s is recognised as %q", name, got)
		}
	}
	for typed, cmd := range slashCommands {
		if !listed[cmd] {
			t.Errorf("/%s runs %q, which is not in texts.CommandNames", typed, cmd)
		}
	}
	for words, cmd := range commandWords {
		if !listed[cmd] {
			t.Errorf("%q runs %q, which is not in texts.CommandNames", words, cmd)
		}
	}
}

package file_test

import (
	"path/filepath"
	"testing"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/file"
	"github.com/cep-accueil/cepbot/store/storetest"
)

func TestInboxConformance(t *testing.T) {
	storetest.RunInbox(t, func(t *testing.T) bot.Inbox {
		s := open(t, filepath.Join(t.TempDir(), "cepbot.db"))
		t.Cleanup(func() { s.Close() })
		return s
	}, storetest.InboxOptions{Reopen: func(t *testing.T, old bot.Inbox) bot.Inbox {
		s := old.(*file.Store)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		re := open(t, s.Path())
		t.Cleanup(func() { re.Close() })
		return re
	}})
}

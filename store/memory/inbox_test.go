package memory_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
	"github.com/cep-accueil/cepbot/store/storetest"
)

func TestInboxConformance(t *testing.T) {
	storetest.RunInbox(t, func(t *testing.T) bot.Inbox { return memory.New(nil) }, storetest.InboxOptions{})
}

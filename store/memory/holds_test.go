package memory_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/memory"
	"github.com/cep-accueil/cepbot/store/storetest"
)

func TestHoldsConformance(t *testing.T) {
	storetest.RunHolds(t, func(t *testing.T) bot.Store { return memory.New(nil) }, storetest.Options{})
}

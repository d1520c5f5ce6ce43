package redis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
	"github.com/cep-accueil/cepbot/store/storetest"
)

func TestHoldsConformance(t *testing.T) {
	url := redistest.URL(t)
	storetest.RunHolds(t, func(t *testing.T) bot.Store { return open(t, url) }, storetest.Options{})
}

// TestHoldsConformanceCluster: the hold script's keys stay in the agency's
// hash slot.
func TestHoldsConformanceCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	url := redistest.StartCluster(t)
	storetest.RunHolds(t, func(t *testing.T) bot.Store { return open(t, url) }, storetest.Options{SkipTTL: true, HoldsOnDifferentNodes: true})
}

package main

import (
	"log/slog"
	"os"

	"github.com/cep-accueil/cepbot/bot"
)

// newInbox is the durable inbox of received updates on the store, or nil
// when the store has none.
func newInbox(store bot.Store, cfg serveConfig, logger *slog.Logger) *bot.InboxRunner {
	q, ok := store.(bot.Inbox)
	if !ok {
		return nil
	}
	return bot.NewInboxRunner(bot.InboxConfig{
		Inbox: q, Consumer: replicaName(cfg.Replica), Lease: cfg.InboxLease, Window: cfg.InboxWindow,
		Workers: 64, Logger: logger,
	})
}

// replicaName names this replica in the inbox's consumer group. It must be
// stable across restarts, so that a restarted replica takes back at once the
// updates it held (others wait for their lease to end); two live replicas
// must not share it.
func replicaName(configured string) string {
	if configured != "" {
		return configured
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		return h
	}
	return "cepbot"
}

package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/cep-accueil/cepbot/adapters/webhook"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/secret"
	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"github.com/cep-accueil/cepbot/store/file"
	"github.com/cep-accueil/cepbot/store/memory"
)

// openStore opens the store named by a CEPBOT_STORE-style setting:
// "memory", "file:/path/cepbot.db", "file" or "" (default path), or a Redis
// URL of one of the store's schemes (parseStore).
func openStore(ctx context.Context, env *Env, spec string) (bot.Store, error) {
	s, err := parseStore(spec)
	if err != nil {
		return nil, err
	}
	switch s.kind {
	case storeMemory:
		return memory.New(env.Now), nil
	case storeRedis:
		return openRedis(ctx, env, s.url)
	}
	if s.path == "" {
		path, err := file.DefaultPath()
		if err != nil {
			return nil, fmt.Errorf("store: no default file path: %w", err)
		}
		return openFile(path)
	}
	return openFile(s.path)
}

func openFile(path string) (bot.Store, error) {
	s, err := file.Open(path)
	if err != nil {
		return nil, fmt.Errorf("store file:%s: %w", path, err)
	}
	return s, nil
}

// loadDirectory returns the directory file's content, or the embedded sample.
func loadDirectory(path string) (*directory.Directory, error) {
	if path == "" {
		return directory.Sample(), nil
	}
	d, err := directory.Load(path)
	if err != nil {
		return nil, err
	}
	return d, nil
}

// app is the engine with its dialogue and services, ready for adapters.
type app struct {
	store    bot.Store
	dir      *directory.Directory
	bookings *booking.Service
	dialog   *dialogs.Dialog
	engine   *bot.Engine
	logger   *slog.Logger
	pseudo   func(string) string
	now      func() time.Time // env.Now: the one clock (CEPBOT_NOW pins it)
	// notifiers deliver handoff events besides the log (serve only);
	// webhooks, when set, gives each operator with a webhook its own.
	notifiers []bot.Notifier
	webhooks  *webhook.Notifier
}

// appOptions are the optional parts of the wiring.
type appOptions struct {
	observer   bot.Observer
	reminders  []time.Duration // default: the day before
	relay      dialogs.Relay
	sessionTTL time.Duration
	bookings   *booking.Service // prebuilt (serve gives it to Slack first)
	maxTurns   int              // bot.Config.MaxConcurrentTurns
	inFlight   int              // bot.Config.SendsInFlight (0: its default)
	replica    string           // bot.Config.Replica
}

// newBookings builds the booking service with the reminders wanted, the
// hold of CEPBOT_HOLD, and extra options (advisors' busy times).
func newBookings(env *Env, store bot.Store, dir *directory.Directory, reminders []time.Duration, extra ...booking.Option) *booking.Service {
	var ignored []string // reported by cepbot config check
	hold := booking.DefaultHold
	if env.Getenv != nil {
		hold = durationEnv(env, texts.FR(), "CEPBOT_HOLD", booking.DefaultHold, &ignored)
	}
	bopts := []booking.Option{booking.WithClock(env.Now), booking.WithCalendarText(booking.CalendarText(texts.FR().CalendarFile)),
		booking.WithHold(hold)}
	if len(reminders) > 0 {
		bopts = append(bopts, booking.WithReminders(reminders...))
	}
	bopts = append(bopts, extra...)
	return booking.New(store, dir, bopts...)
}

func newApp(env *Env, store bot.Store, dir *directory.Directory, logger *slog.Logger, opt appOptions) *app {
	// The consent and privacy texts promise the durations configured here
	// (CEPBOT_RETENTION, CEPBOT_SESSION_TTL); a bad value is reported by
	// config check and refused by serve, and reads as the default here.
	var ignored []string
	if env.Getenv == nil {
		env.Getenv = func(string) string { return "" }
	}
	if opt.sessionTTL == 0 {
		opt.sessionTTL = durationEnv(env, texts.FR(), "CEPBOT_SESSION_TTL", 30*24*time.Hour, &ignored)
	}
	texts.SetDurations(durationEnv(env, texts.FR(), "CEPBOT_RETENTION", 90*24*time.Hour, &ignored), opt.sessionTTL)
	pseudo := bot.NewPseudonymizer([]byte(pseudonymKey(env)))
	svc := opt.bookings
	if svc == nil {
		svc = newBookings(env, store, dir, opt.reminders)
	}
	dlg := dialogs.New(dialogs.Deps{Bookings: svc, Visitor: pseudo, Relay: opt.relay, Now: env.Now})
	eng := bot.NewEngine(bot.Config{
		Store: store, Dialog: dlg, Texts: dialogs.Texts(), Logger: logger, Now: env.Now, Pseudonym: pseudo,
		Observer: opt.observer, SessionTTL: opt.sessionTTL, MaxConcurrentTurns: opt.maxTurns, Replica: opt.replica,
		SendsInFlight: opt.inFlight,
	})
	return &app{store: store, dir: dir, bookings: svc, dialog: dlg, engine: eng, logger: logger, pseudo: pseudo, now: env.Now}
}

// pseudonymKey keys the hash that turns channel user ids into visitor ids.
// It must stay the same across restarts and replicas, or returning visitors
// lose their booking: set CEPBOT_PSEUDONYM_KEY in production.
func pseudonymKey(env *Env) string {
	if k, err := secret.FromEnv(env.Getenv, "CEPBOT_PSEUDONYM_KEY"); err == nil && k != "" {
		return k
	}
	return defaultPseudonymKey
}

// defaultPseudonymKey is public (it is in this file): fine for a demo, not
// for real visitors. serve warns with it and refuses it under
// CEPBOT_ENV=production.
const defaultPseudonymKey = "cepbot-default-pseudonym-key"

// envProduction is the CEPBOT_ENV value of a real deployment, and
// minProductionKey the shortest pseudonym key accepted there.
const (
	envProduction    = "production"
	minProductionKey = 16
)

package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/adapters/telegram"
	"github.com/cep-accueil/cepbot/adapters/webhook"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/bot/metrics"
	"github.com/cep-accueil/cepbot/dialogs"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

func init() {
	register(command{name: "serve", usage: "serve", summary: "service : Telegram, Slack et points HTTP, configurés par l'environnement", run: runServe})
}

// funnelObserver feeds the turn metrics and the reception funnel.
type funnelObserver struct{ m *metrics.Metrics }

func (o funnelObserver) Turn(channel, from string, s *bot.Session, d time.Duration, err error) {
	to := from
	if s != nil {
		to = s.State
	}
	o.m.Turn(channel, from, to, d, err)
	if stage, op := dialogs.Funnel(from, s); stage != "" {
		o.m.Funnel(stage, op)
	}
}

// maxRequestBody bounds every HTTP request body (adapters may set lower).
const maxRequestBody = 1 << 20

func runServe(ctx context.Context, env *Env, _ []string) int {
	cfg, problems := loadServeConfig(env)
	if len(problems) > 0 {
		scrub := secretScrubber(env)
		for _, p := range problems {
			fmt.Fprintln(env.Stderr, scrub("cepbot serve: "+p))
		}
		return 1
	}
	logger := slog.New(slog.NewJSONHandler(env.Stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	redisstore.SetLogger(logger) // go-redis's own messages as JSON records too
	if cfg.PseudonymKey == "" {
		logger.Warn("CEPBOT_PSEUDONYM_KEY is not set: visitor pseudonyms use the built-in key, which is public; set it (CEPBOT_ENV=production refuses to start without it)")
	}
	store, err := openStore(ctx, env, cfg.Store)
	if err != nil {
		logger.Error("opening the store", "err", err)
		return 1
	}
	defer store.Close()
	m := metrics.New()
	m.WatchOutbox(store, env.Now)
	opts := appOptions{observer: funnelObserver{m}}
	if cfg.Reminder2h {
		opts.reminders = []time.Duration{24 * time.Hour, 2 * time.Hour}
	}
	// The directory can be reloaded (SIGHUP): readers go through live.
	live := directory.NewLive(cfg.dir)
	cals, _ := buildCalendars(env, cfg.dir, logger) // problems refused by loadServeConfig
	busy := []booking.Option{booking.WithLiveDirectory(live)}
	if cals.tracker != nil {
		cals.tracker.Observer = m
		busy = append(busy, booking.WithBusy(cals.tracker))
	}
	opts.bookings = newBookings(env, store, cfg.dir, opts.reminders, busy...)
	// Received updates are stored before they are acknowledged, then run
	// from this durable inbox.
	inbox := newInbox(store, cfg, logger)
	if inbox != nil {
		m.WatchInbox(inbox)
	}
	var sl *slack.Adapter
	if cfg.Slack != nil {
		// The Slack adapter is also the relay between visitors and the
		// advisors' handoff threads, so it exists before the dialogue.
		sopts := []slack.Option{slack.WithStore(store), slack.WithClaimer(store), slack.WithDirectory(cfg.dir),
			slack.WithBookings(store), slack.WithHandoffs(opts.bookings), slack.WithLogger(logger), slack.WithClock(env.Now),
			slack.WithThrottled(func(reason string) { m.Throttled(slack.Channel, reason) })}
		if inbox != nil {
			sopts = append(sopts, slack.WithInbox(inbox))
		}
		if sl, err = slack.New(*cfg.Slack, sopts...); err != nil {
			logger.Error("slack", "err", err)
			return 1
		}
		if inbox != nil {
			inbox.Register(slack.Channel, sl.ProcessEntry)
		}
		opts.relay = sl
	}
	opts.sessionTTL = cfg.SessionTTL
	opts.maxTurns = cfg.MaxTurns
	opts.inFlight = cfg.InFlight
	opts.replica = replicaName(cfg.Replica)
	a := newApp(env, store, cfg.dir, logger, opts)

	mux := http.NewServeMux()
	var ready atomic.Bool
	type runner struct {
		name string
		run  func(context.Context) error
	}
	var runners []runner
	// Answers to slots offered by an advisor (Slack « Reprogrammer ») are
	// taken before the dialogue.
	var visitors bot.Handler = a.engine
	if sl != nil {
		visitors = sl.Visitors(a.engine)
	}
	if cfg.Telegram != nil {
		topts := []telegram.Option{
			telegram.WithLogger(logger), telegram.WithPseudonym(a.pseudo), telegram.WithClaimer(store),
			telegram.WithThrottled(func(reason string) { m.Throttled(telegram.Channel, reason) }),
			// Not inline: the send that found the bot blocked runs under
			// the conversation's lock, which markInactive takes.
			telegram.WithOnBlocked(func(chatID string) { go a.markInactive(context.Background(), telegram.Channel, chatID) }),
		}
		if inbox != nil {
			topts = append(topts, telegram.WithInbox(inbox))
		}
		if env.Getenv("CEPBOT_TELEGRAM_THROTTLE") == "off" {
			// A local Bot API server or a test stand-in: no pacing.
			topts = append(topts, telegram.WithLimits(telegram.Unlimited))
		} else if lim := sharedTelegramLimiter(store, cfg.Telegram.Token, func() { m.Throttled(telegram.Channel, telegram.ThrottleRateLimit) }); lim != nil {
			// Redis: one limit for every replica sending with the token.
			topts = append(topts, telegram.WithLimiter(lim))
		}
		tg, err := telegram.New(*cfg.Telegram, topts...)
		if err != nil {
			logger.Error("telegram", "err", err)
			return 1
		}
		if inbox != nil {
			inbox.Register(telegram.Channel, func(ctx context.Context, e bot.InboxEntry) error {
				return tg.ProcessEntry(ctx, visitors, e)
			})
		}
		a.engine.Attach(tg)
		if sl != nil {
			sl.SetFileFetcher(telegram.Channel, tg) // visitors' files go to their advisor's thread
		}
		mux.Handle("POST /telegram/webhook", tg.WebhookHandler())
		runners = append(runners, runner{"telegram", func(c context.Context) error { return tg.Run(c, visitors) }})
	}
	if sl != nil {
		sl.SetVisitors(a.engine)
		a.engine.Attach(sl)
		mux.Handle("/slack/", sl.Handler())
		runners = append(runners, runner{"slack", func(c context.Context) error { return sl.Run(c, visitors) }})
	}
	if len(runners) == 0 {
		logger.Warn("no channel configured: set CEPBOT_TELEGRAM_TOKEN or CEPBOT_SLACK_BOT_TOKEN (see cepbot config check)")
	}
	if cfg.Directory != "" {
		a.webhooks = webhook.New(cfg.dir, webhook.WithLogger(logger), webhook.WithLiveDirectory(live))
	} else {
		logger.Warn("embedded sample directory: its webhook targets are examples and are not called; set CEPBOT_DIRECTORY")
	}
	if sl != nil {
		a.notifiers = append(a.notifiers, sl.ErasingNotifier())
	}
	if cals.writer != nil {
		cals.writer.Get = store.GetBooking
		a.notifiers = append(a.notifiers, cals.writer)
	}
	if cals.tracker != nil {
		runners = append(runners, runner{"calendars", func(c context.Context) error { cals.tracker.Run(c); return nil }})
	}
	// Health and readiness on the public port too (load balancers, compose);
	// /metrics there only without a separate admin listener.
	var admin *adminServer
	if cfg.AdminAddr != "" {
		opsRoutes(mux, store, &ready, nil)
		if admin, err = listenAdmin(cfg.AdminAddr, store, &ready, m.Handler()); err != nil {
			logger.Error("listening", "addr", cfg.AdminAddr, "err", err)
			return 1
		}
	} else {
		opsRoutes(mux, store, &ready, m.Handler())
	}

	disp := dispatch.New(dispatch.Config{
		Outbox: store, Route: a.router(), Remind: a.remind, Consumer: consumerName(),
		Logger: logger, Metrics: m, Now: env.Now,
		BaseBackoff: cfg.Retry.First, MaxBackoff: cfg.Retry.Max, Horizon: cfg.Retry.Horizon,
	})
	runners = append(runners, runner{"outbox", disp.Run})
	if inbox != nil {
		runners = append(runners, runner{"inbox", inbox.Run})
	}
	runners = append(runners, runner{"retention", func(c context.Context) error { return a.housekeeping(c, cfg.Retention, cfg.Archive) }})
	hup := notifyReload() // before "started": a SIGHUP from then on reloads
	runners = append(runners, runner{"directory-reload", func(c context.Context) error { return watchReload(c, hup, env, cfg.Directory, live, logger) }})
	if sl != nil && !cfg.Digest.Off {
		runners = append(runners, runner{"digest", func(c context.Context) error { return a.digestLoop(c, sl, live, cfg.Digest) }})
	}

	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		logger.Error("listening", "addr", cfg.HTTPAddr, "err", err)
		return 1
	}
	srv := &http.Server{
		Handler:           http.MaxBytesHandler(mux, maxRequestBody),
		ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 15 * time.Second, IdleTimeout: 60 * time.Second,
	}
	srvErr := make(chan error, 2)
	started := []any{"addr", ln.Addr().String(), "store", redactStore(cfg.Store)}
	if admin != nil {
		started = append(started, "admin_addr", admin.ln.Addr().String())
		admin.serve(srvErr)
	}
	logger.Info("cepbot serve started", started...)
	go func() { srvErr <- srv.Serve(ln) }()

	// Adapters and the outbox run until shutdown, on their own context, so
	// that SIGTERM first stops HTTP intake, then lets them drain.
	runCtx, stopRunners := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	failed := make(chan string, len(runners))
	for _, r := range runners {
		wg.Go(func() {
			if err := r.run(runCtx); err != nil && runCtx.Err() == nil {
				logger.Error("component stopped", "component", r.name, "err", err)
				failed <- r.name
			}
		})
	}
	ready.Store(true)

	code := 0
	select {
	case <-ctx.Done():
		logger.Info("shutting down")
	case err := <-srvErr:
		logger.Error("http server", "err", err)
		code = 1
	case name := <-failed:
		logger.Error("stopping: a component failed", "component", name)
		code = 1
	}
	ready.Store(false)
	shutCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Warn("http shutdown", "err", err)
	}
	if admin != nil {
		defer admin.srv.Close() // metrics and health answer until the drain is over
	}
	stopRunners() // adapters drain the updates they accepted, then return
	wg.Wait()
	if err := disp.Drain(shutCtx); err != nil {
		logger.Warn("outbox drain", "err", err)
	}
	logger.Info("cepbot serve stopped")
	return code
}

func consumerName() string {
	h, _ := os.Hostname()
	return fmt.Sprintf("%s-%d", h, os.Getpid())
}

// housekeeping anonymises bookings past retention, deletes anonymised ones
// past the archive period, completes booking steps left halfway (Redis) and
// sweeps expired entries of the file store, hourly, on every replica (all
// idempotent).
func (a *app) housekeeping(ctx context.Context, retention, archive time.Duration) error {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if rc, ok := a.store.(interface {
			Recover(context.Context, int) (int, error)
		}); ok {
			for {
				n, err := rc.Recover(ctx, 500)
				if err != nil {
					a.logger.Warn("booking intents", "err", err)
				}
				if err != nil || n < 500 {
					break
				}
			}
		}
		a.markOverdue(ctx)
		if n, err := a.bookings.Anonymise(ctx, retention); err != nil {
			a.logger.Warn("retention", "err", err)
		} else if n > 0 {
			a.logger.Info("retention: bookings anonymised", "count", n)
		}
		if n, err := a.bookings.Prune(ctx, archive); err != nil {
			a.logger.Warn("archive", "err", err)
		} else if n > 0 {
			a.logger.Info("archive: anonymised bookings deleted", "count", n)
		}
		if sw, ok := a.store.(interface {
			Sweep(context.Context, time.Time) (int, error)
		}); ok {
			if _, err := sw.Sweep(ctx, a.now()); err != nil {
				a.logger.Warn("sweep", "err", err)
			}
		}
		if sw, ok := a.store.(interface {
			SweepHolds(context.Context, time.Time) (int, error)
		}); ok {
			if _, err := sw.SweepHolds(ctx, a.now()); err != nil {
				a.logger.Warn("sweeping holds", "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// markInactive records that a visitor blocked the bot: no more reminders.
func (a *app) markInactive(ctx context.Context, channel, conversation string) {
	err := a.engine.Update(ctx, bot.Address{Channel: channel, Conversation: conversation}, func(s *bot.Session) ([]bot.Reply, error) {
		s.Inactive = true
		return nil, nil
	})
	if err != nil {
		a.logger.Warn("marking a conversation inactive", "conversation", a.pseudo(channel+":"+conversation), "err", err)
	}
}

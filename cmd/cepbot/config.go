package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/adapters/telegram"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/secret"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// serveConfig is everything `cepbot serve` reads from the environment
// (12-factor). Secrets come from NAME or NAME_FILE and never appear in
// messages.
type serveConfig struct {
	HTTPAddr     string // CEPBOT_HTTP_ADDR, default :8080
	AdminAddr    string // CEPBOT_ADMIN_ADDR: /metrics, /healthz, /readyz on a listener of their own ("": on HTTPAddr)
	Env          string // CEPBOT_ENV: production refuses the built-in pseudonym key
	Store        string // CEPBOT_STORE, default file in the user data dir
	Directory    string // CEPBOT_DIRECTORY, default the embedded sample
	LogLevel     slog.Level
	PseudonymKey string // CEPBOT_PSEUDONYM_KEY(_FILE)
	Reminder2h   bool   // CEPBOT_REMINDER_2H=1: a second reminder 2 hours before
	Telegram     *telegram.Config
	Slack        *slack.Config
	Retention    time.Duration // CEPBOT_RETENTION: personal data of bookings kept after the appointment (default 90 days)
	Archive      time.Duration // CEPBOT_ARCHIVE_AFTER: anonymised bookings deleted after the appointment (default 400 days; Redis)
	SessionTTL   time.Duration // CEPBOT_SESSION_TTL: conversation state kept after the last activity (default 30 days)
	MaxTurns     int           // CEPBOT_MAX_CONCURRENT_TURNS: turns processed at once (0: no bound)
	InFlight     int           // CEPBOT_SENDS_IN_FLIGHT: replies sent and not yet marked sent at once (default 1)
	Retry        retryConfig   // CEPBOT_RETRY_FIRST, CEPBOT_RETRY_MAX, CEPBOT_RETRY_HORIZON (retry.go)
	Digest       digestConfig  // CEPBOT_DIGEST_AT (digest.go)
	Hold         time.Duration // CEPBOT_HOLD: how long a chosen slot is kept while the visitor confirms (default 10 min)
	Replica      string        // CEPBOT_REPLICA: this replica's stable name (default: the host name)
	InboxLease   time.Duration // CEPBOT_INBOX_LEASE: a dead replica's received updates are taken over after this (default 2 min)
	InboxWindow  time.Duration // CEPBOT_INBOX_WINDOW: wait for an earlier update of the same chat (default 200 ms)
	dir          *directory.Directory
}

// loadServeConfig reads and checks the configuration; it returns every
// problem found, in plain words, not just the first.
func loadServeConfig(env *Env) (serveConfig, []string) {
	var problems []string
	t := texts.FR()
	c := serveConfig{
		HTTPAddr:  env.Getenv("CEPBOT_HTTP_ADDR"),
		Store:     env.Getenv("CEPBOT_STORE"),
		Directory: env.Getenv("CEPBOT_DIRECTORY"),
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = ":8080"
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		problems = append(problems, fmt.Sprintf(t.ConfigHTTPAddr, c.HTTPAddr))
	}
	c.AdminAddr = env.Getenv("CEPBOT_ADMIN_ADDR")
	if c.AdminAddr != "" {
		if _, port, err := net.SplitHostPort(c.AdminAddr); err != nil {
			problems = append(problems, fmt.Sprintf(t.ConfigAdminAddr, c.AdminAddr))
		} else if c.AdminAddr == c.HTTPAddr && port != "0" {
			problems = append(problems, t.ConfigAdminSame)
		}
	}
	switch c.Env = strings.ToLower(strings.TrimSpace(env.Getenv("CEPBOT_ENV"))); c.Env {
	case "", envProduction, "staging", "development", "test":
	default:
		problems = append(problems, fmt.Sprintf(t.ConfigEnv, c.Env))
	}
	if _, err := parseStore(c.Store); err != nil {
		problems = append(problems, explain(t, err)...)
	}
	switch lvl := strings.ToLower(env.Getenv("CEPBOT_LOG_LEVEL")); lvl {
	case "", "info":
		c.LogLevel = slog.LevelInfo
	case "debug":
		c.LogLevel = slog.LevelDebug
	case "warn", "warning":
		c.LogLevel = slog.LevelWarn
	case "error":
		c.LogLevel = slog.LevelError
	default:
		problems = append(problems, fmt.Sprintf(t.ConfigLogLevel, lvl))
	}
	key, err := secret.FromEnv(env.Getenv, "CEPBOT_PSEUDONYM_KEY")
	if err != nil {
		problems = append(problems, explain(t, err)...)
	}
	c.PseudonymKey = key
	if c.Env == envProduction && err == nil {
		switch {
		case key == "" || key == defaultPseudonymKey:
			problems = append(problems, t.ConfigKeyRequired)
		case len(key) < minProductionKey:
			problems = append(problems, fmt.Sprintf(t.ConfigKeyWeak, minProductionKey))
		}
	}
	c.Reminder2h = env.Getenv("CEPBOT_REMINDER_2H") == "1"
	dir, err := loadDirectory(c.Directory)
	if err != nil {
		for _, line := range frenchDirectoryProblems(err) {
			problems = append(problems, "CEPBOT_DIRECTORY : "+line)
		}
	}
	// The embedded sample's webhook targets are examples (example.org,
	// secrets that do not exist): they are not delivered to. A real
	// directory must have every secret it names.
	if dir != nil && c.Directory != "" {
		if err := dir.ResolveSecrets(env.Getenv); err != nil {
			for _, line := range frenchDirectoryProblems(err) {
				problems = append(problems, "CEPBOT_DIRECTORY : "+line)
			}
		}
	}
	c.dir = dir
	c.Hold = durationEnv(env, t, "CEPBOT_HOLD", 10*time.Minute, &problems)
	if dir != nil {
		_, calProblems := buildCalendars(env, dir, slog.New(slog.DiscardHandler))
		for _, p := range calProblems {
			problems = append(problems, "CEPBOT_DIRECTORY : "+p)
		}
	}
	c.Retention = durationEnv(env, t, "CEPBOT_RETENTION", 90*24*time.Hour, &problems)
	c.Archive = durationEnv(env, t, "CEPBOT_ARCHIVE_AFTER", 400*24*time.Hour, &problems)
	if c.Archive < c.Retention {
		problems = append(problems, fmt.Sprintf(t.ConfigArchive, c.Archive, c.Retention))
	}
	if v := env.Getenv("CEPBOT_REDIS_WAIT_REPLICAS"); v != "" {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err != nil || n < 0 {
			problems = append(problems, fmt.Sprintf(t.ConfigWait, v))
		}
	}
	c.SessionTTL = durationEnv(env, t, "CEPBOT_SESSION_TTL", 30*24*time.Hour, &problems)
	if v := env.Getenv("CEPBOT_MAX_CONCURRENT_TURNS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			problems = append(problems, fmt.Sprintf(t.ConfigMaxTurns, v))
		}
		c.MaxTurns = n
	}
	c.InFlight = 1
	if v := env.Getenv("CEPBOT_SENDS_IN_FLIGHT"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			problems = append(problems, fmt.Sprintf(t.ConfigSendsInFlight, v))
		} else {
			c.InFlight = n
		}
	}
	c.Retry = loadRetryConfig(env, t, &problems)
	c.Digest = loadDigestConfig(env, t, &problems)
	c.Replica = strings.TrimSpace(env.Getenv("CEPBOT_REPLICA"))
	c.InboxLease = durationEnv(env, t, "CEPBOT_INBOX_LEASE", 2*time.Minute, &problems)
	c.InboxWindow = durationEnv(env, t, "CEPBOT_INBOX_WINDOW", 200*time.Millisecond, &problems)
	if env.Getenv(slack.EnvBotToken) != "" || env.Getenv(slack.EnvBotTokenFile) != "" {
		sc, err := slack.ConfigFromEnv(env.Getenv)
		if err == nil {
			err = sc.Validate()
		}
		if err != nil {
			for _, line := range explain(t, err) {
				problems = append(problems, "Slack : "+line)
			}
		} else {
			c.Slack = &sc
		}
	}
	if env.Getenv(telegram.EnvToken) != "" || env.Getenv(telegram.EnvTokenFile) != "" {
		tc, err := telegram.ConfigFromEnv(env.Getenv)
		if err == nil {
			err = tc.Validate()
		}
		if err != nil {
			for _, line := range explain(t, err) {
				problems = append(problems, "Telegram : "+line)
			}
		} else {
			c.Telegram = &tc
		}
	}
	return c, problems
}

func init() {
	register(command{name: "config", usage: "config check", summary: "vérifie la configuration de cepbot serve (variables d'environnement)", run: runConfig})
}

func runConfig(_ context.Context, env *Env, args []string) int {
	t := texts.FR()
	if len(args) != 1 || args[0] != "check" {
		fmt.Fprintln(env.Stderr, t.ConfigUsage)
		return 2
	}
	c, problems := loadServeConfig(env)
	scrub := secretScrubber(env)
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(env.Stderr, scrub("- "+p))
		}
		fmt.Fprintln(env.Stderr, fmt.Sprintf(t.ConfigProblems, texts.UpperFirst(texts.Count(len(problems), t.ConfigProblem, t.ConfigProblemPl))))
		return 1
	}
	channels := []string{}
	if c.Telegram != nil {
		channels = append(channels, "Telegram ("+string(c.Telegram.Mode)+")")
	}
	if c.Slack != nil {
		channels = append(channels, "Slack ("+string(c.Slack.Mode())+")")
	}
	if len(channels) == 0 {
		channels = append(channels, t.ConfigNoChannel)
	}
	store := redactStore(c.Store)
	if store == "" {
		store = t.ConfigDefaultFile
	}
	fmt.Fprintln(env.Stdout, scrub(fmt.Sprintf(t.ConfigValid, c.HTTPAddr, store, strings.Join(channels, ", "))))
	if c.PseudonymKey == "" {
		fmt.Fprintln(env.Stdout, t.ConfigDefaultKey)
	}
	return 0
}

// durationEnv reads a duration such as "90d", "720h" or "30m".
func durationEnv(env *Env, t *texts.Catalog, name string, def time.Duration, problems *[]string) time.Duration {
	v := strings.TrimSpace(env.Getenv(name))
	if v == "" {
		return def
	}
	if days, ok := strings.CutSuffix(v, "d"); ok {
		if n, err := strconv.Atoi(days); err == nil && n > 0 {
			return time.Duration(n) * 24 * time.Hour
		}
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		*problems = append(*problems, fmt.Sprintf(t.ConfigDuration, name, v))
		return def
	}
	return d
}

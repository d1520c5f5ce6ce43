package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/cep-accueil/cepbot/adapters/console"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

func init() {
	register(command{name: "chat", usage: "chat [--store S] [--user ID] [--directory F]",
		summary: "conversation dans le terminal (magasin par défaut : fichier local)", run: runChat})
}

func runChat(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin : memory, file:/chemin/cepbot.db ou redis://hôte:6379/0 (défaut : fichier local)")
	user := fs.String("user", "visiteur", "identité du visiteur")
	dirPath := fs.String("directory", env.Getenv("CEPBOT_DIRECTORY"), "fichier annuaire YAML (défaut : annuaire d'exemple intégré)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	logger := slog.New(slog.NewJSONHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	redisstore.SetLogger(logger)
	dir, err := loadDirectory(*dirPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot chat: %v\n", err)
		return 1
	}
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot chat: %v\n", err)
		return 1
	}
	defer store.Close()
	// Advisors' calendars, read once: a chat is short.
	opts := appOptions{replica: replicaName(env.Getenv("CEPBOT_REPLICA"))}
	cals, problems := buildCalendars(env, dir, logger)
	for _, p := range problems {
		fmt.Fprintf(env.Stderr, "cepbot chat: %s\n", p)
	}
	if cals.tracker != nil {
		cals.tracker.RefreshAll(ctx)
		opts.bookings = newBookings(env, store, dir, nil, booking.WithBusy(cals.tracker))
	}
	a := newApp(env, store, dir, logger, opts)
	con := console.New(env.Stdin, env.Stdout, *user, console.WithPrompt(isTerminal(env.Stdin)))
	a.engine.Attach(con)
	terminal := isTerminal(env.Stdin)
	if terminal {
		fmt.Fprintln(env.Stdout, "cepbot — accueil du conseil en évolution professionnelle. Écrivez « bonjour » pour commencer, Ctrl+D pour quitter.")
	}
	// Replies saved by the last turn but never shown (the previous run was
	// killed between saving and printing) are shown first.
	addr := bot.Address{Channel: console.Channel, Conversation: *user}
	flushed, err := a.engine.Flush(ctx, addr)
	if err != nil {
		logger.Warn("pending replies not shown", "err", err)
	}
	if terminal && !flushed {
		// A conversation left in the middle (file or Redis store) goes on
		// where it stopped: show its current question again.
		_ = a.engine.Update(ctx, addr, func(s *bot.Session) ([]bot.Reply, error) {
			if s.State == "" || s.State == "nouveau" || s.State == "fin" {
				return nil, nil
			}
			return a.dialog.Reprompt(s), nil
		})
	}
	if err := con.Run(ctx, a.engine); err != nil {
		fmt.Fprintf(env.Stderr, "cepbot chat: %v\n", err)
		return 1
	}
	return 0
}

func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

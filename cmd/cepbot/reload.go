package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/cep-accueil/cepbot/bot/directory"
)

// reloadDirectory reads the directory file again and, only when it is
// valid and its secrets resolve, puts it in service. A broken file is
// refused with its problems (in French) logged, and the directory in
// service stays.
func reloadDirectory(env *Env, path string, live *directory.Live, logger *slog.Logger) error {
	d, err := directory.Load(path)
	if err == nil {
		err = d.ResolveSecrets(env.Getenv)
	}
	if err != nil {
		problems := frenchDirectoryProblems(err)
		logger.Error("directory reload refused; the previous directory stays in service", "file", path,
			"count", len(problems), "problems", problems)
		return err
	}
	live.Store(d)
	logger.Info("directory reloaded", "file", path, "operators", len(d.Operators), "agencies", len(d.Agencies),
		"advisors", len(d.Advisors))
	return nil
}

// notifyReload starts catching SIGHUP (from then on it no longer ends the
// process); watchReload acts on what it catches.
func notifyReload() chan os.Signal {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP)
	return ch
}

// watchReload reloads the directory on each SIGHUP caught on ch until ctx
// ends.
func watchReload(ctx context.Context, ch chan os.Signal, env *Env, path string, live *directory.Live, logger *slog.Logger) error {
	defer signal.Stop(ch)
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-ch:
			if path == "" {
				logger.Warn("SIGHUP: the embedded sample directory is in use, nothing to reload (set CEPBOT_DIRECTORY)")
				continue
			}
			_ = reloadDirectory(env, path, live, logger)
		}
	}
}

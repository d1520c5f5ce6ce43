package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

const handoffsUsage = "handoffs list [--store S] [--dead] [--notifier N] [--json] | handoffs retry ID|--dead [--notifier N] | handoffs drop ID --reason MOTIF [--notifier N]"

func init() {
	register(command{name: "handoffs", usage: handoffsUsage,
		summary: "envois aux opérateurs, par destinataire : liste, relance des envois abandonnés, abandon motivé", run: runHandoffs})
}

func runHandoffs(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, "usage : cepbot "+handoffsUsage)
		return 2
	}
	switch args[0] {
	case "list":
		return handoffsList(ctx, env, args[1:])
	case "retry":
		return handoffsRetry(ctx, env, args[1:])
	case "drop":
		return handoffsDrop(ctx, env, args[1:])
	}
	fmt.Fprintln(env.Stderr, "usage : cepbot "+handoffsUsage)
	return 2
}

// parseInterleaved parses flags placed before or after one positional
// argument (cepbot handoffs retry ID --notifier N).
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func handoffsList(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("handoffs list", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	dead := fs.Bool("dead", false, "les envois abandonnés après l'horizon de relance")
	notifier := fs.String("notifier", "", "un seul destinataire (log, slack, webhook:ID, reminder, outbox)")
	asJSON := fs.Bool("json", false, "un objet JSON par ligne")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	o := &texts.FR().Ops
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot handoffs list: %v\n", err)
		return 1
	}
	defer store.Close()
	evs, err := store.Events(ctx, *dead)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot handoffs list: %v\n", err)
		return 1
	}
	// One zone for the whole listing (the one of the embedded directory's
	// agencies in metropolitan France); JSON is in UTC.
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		loc = time.UTC
	}
	ts := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(loc).Format("2006-01-02 15:04:05")
	}
	enc := json.NewEncoder(env.Stdout)
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintf(env.Stdout, o.ListTimesIn+"\n", loc.String())
		fmt.Fprintln(tw, strings.ToUpper(strings.Join([]string{o.ListColEntry, o.ListColNotifier, o.ListColType, o.ListColReference,
			o.ListColCreated, o.ListColNext, o.ListColAttempts, o.ListColLastError}, "\t")))
	}
	for _, e := range evs {
		n := dispatch.NotifierOf(e)
		if *notifier != "" && n != *notifier {
			continue
		}
		if *asJSON {
			rec := map[string]any{"id": e.ID, "key": e.IdempotencyKey(), "notifier": n, "type": e.Type, "reference": e.Ref,
				"created_at": e.Created.UTC(), "attempts": e.Attempts, "last_error": e.LastError, "dead": e.Dead}
			if !e.NotBefore.IsZero() {
				rec["not_before"] = e.NotBefore.UTC()
			}
			if !e.Since.IsZero() {
				rec["since"] = e.Since.UTC()
			}
			_ = enc.Encode(rec)
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", e.ID, n, e.Type, e.Ref, ts(e.Created), ts(e.NotBefore), e.Attempts, e.LastError)
	}
	if !*asJSON {
		_ = tw.Flush()
	}
	return 0
}

// matching returns the outbox entries named by id: the entry itself, or
// every per-notifier entry of an event (its idempotency key), of one
// notifier when notifier is set.
func matching(evs []bot.Event, id, notifier string) []bot.Event {
	var out []bot.Event
	for _, e := range evs {
		if (id == "" || e.ID == id || e.IdempotencyKey() == id) && (notifier == "" || dispatch.NotifierOf(e) == notifier) {
			out = append(out, e)
		}
	}
	return out
}

// handoffsRetry replays dead letters (a new delivery round: the retry
// horizon starts again) and makes pending entries due now.
func handoffsRetry(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("handoffs retry", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	allDead := fs.Bool("dead", false, "relancer tous les envois abandonnés")
	notifier := fs.String("notifier", "", "seulement ce destinataire (log, slack, webhook:ID, reminder)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	if len(pos) > 1 || (len(pos) == 1) == *allDead {
		fmt.Fprintln(env.Stderr, "usage : cepbot handoffs retry ID|--dead [--notifier N]")
		return 2
	}
	id := ""
	if len(pos) == 1 {
		id = pos[0]
	}
	o := &texts.FR().Ops
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot handoffs retry: %v\n", err)
		return 1
	}
	defer store.Close()
	dead, err := store.Events(ctx, true)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot handoffs retry: %v\n", err)
		return 1
	}
	now := env.Now()
	replayed, err := dispatch.Replay(ctx, store, matching(dead, id, *notifier), "", now)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot handoffs retry: %v\n", err)
		return 1
	}
	advanced := 0
	if id != "" {
		pending, err := store.Events(ctx, false)
		if err != nil {
			fmt.Fprintf(env.Stderr, "cepbot handoffs retry: %v\n", err)
			return 1
		}
		for _, e := range matching(pending, id, *notifier) {
			if slices.Contains(replayed, e.ID) {
				continue
			}
			if err := store.Retry(ctx, e.ID, now, e.LastError, false); err != nil {
				fmt.Fprintf(env.Stderr, "cepbot handoffs retry: %v\n", err)
				return 1
			}
			advanced++
		}
	}
	if id != "" && len(replayed) == 0 && advanced == 0 {
		fmt.Fprintf(env.Stderr, "cepbot handoffs retry: "+o.HandoffsNoSuchEntry+"\n", id)
		return 1
	}
	fmt.Fprintf(env.Stdout, o.HandoffsReplayed+"\n", len(replayed))
	if advanced > 0 {
		fmt.Fprintf(env.Stdout, o.HandoffsRetryNow+"\n", advanced)
	}
	return 0
}

// handoffsDrop removes entries for good, with a reason that is logged.
func handoffsDrop(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("handoffs drop", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	reason := fs.String("reason", "", "pourquoi l'envoi est abandonné (obligatoire, journalisé)")
	notifier := fs.String("notifier", "", "seulement ce destinataire")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	o := &texts.FR().Ops
	if len(pos) != 1 {
		fmt.Fprintln(env.Stderr, "usage : cepbot handoffs drop ID --reason MOTIF [--notifier N]")
		return 2
	}
	if strings.TrimSpace(*reason) == "" {
		fmt.Fprintln(env.Stderr, "cepbot handoffs drop: "+o.HandoffsReasonNeeded)
		return 2
	}
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot handoffs drop: %v\n", err)
		return 1
	}
	defer store.Close()
	logger := slog.New(slog.NewJSONHandler(env.Stderr, nil))
	n := 0
	for _, dead := range []bool{true, false} {
		evs, err := store.Events(ctx, dead)
		if err != nil {
			fmt.Fprintf(env.Stderr, "cepbot handoffs drop: %v\n", err)
			return 1
		}
		for _, e := range matching(evs, pos[0], *notifier) {
			if err := store.Ack(ctx, e.ID); err != nil {
				fmt.Fprintf(env.Stderr, "cepbot handoffs drop: %v\n", err)
				return 1
			}
			logger.Warn("handoff dropped by hand", "entry", e.ID, "key", e.IdempotencyKey(), "notifier", dispatch.NotifierOf(e),
				"type", e.Type, "reference", e.Ref, "dead", e.Dead, "attempts", e.Attempts, "reason", *reason)
			n++
		}
	}
	if n == 0 {
		fmt.Fprintf(env.Stderr, "cepbot handoffs drop: "+o.HandoffsNoSuchEntry+"\n", pos[0])
		return 1
	}
	fmt.Fprintf(env.Stdout, o.HandoffsDropped+"\n", n, *reason)
	return 0
}

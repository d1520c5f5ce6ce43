package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/cep-accueil/cepbot/dialogs/texts"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

func init() {
	register(command{name: "store", usage: "store migrate [--store redis://…] [--batch N]",
		summary: "Redis : déplace les données écrites avec l'ancienne disposition des clés (une seule étiquette {p:bk}) vers la disposition par agence, et reconstruit les index des rendez-vous", run: runStore})
}

func runStore(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "migrate" {
		fmt.Fprintln(env.Stderr, "usage : cepbot store migrate [--store redis://hôte:6379/0] [--batch N]")
		return 2
	}
	fs := flag.NewFlagSet("store migrate", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin Redis (défaut : CEPBOT_STORE)")
	batch := fs.Int("batch", 500, "rendez-vous lus par lot")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if *batch < 1 {
		fmt.Fprintln(env.Stderr, "cepbot store migrate: --batch doit être positif")
		return 2
	}
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot store migrate: %v\n", err)
		return 1
	}
	defer store.Close()
	rs, ok := store.(*redisstore.Store)
	if !ok {
		fmt.Fprintf(env.Stderr, "cepbot store migrate: %s n'est pas un magasin Redis ; seuls les magasins Redis ont une disposition à migrer\n", redactStore(*storeSpec))
		return 2
	}
	rep, err := rs.Migrate(ctx, *batch)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot store migrate: %v (relancez la commande : ce qui est copié ne l'est pas deux fois)\n", err)
		return 1
	}
	fmt.Fprintln(env.Stdout, fmt.Sprintf(texts.FR().Ops.StoreMigrated, rep.Bookings, rep.Active, rep.Events, rep.Dead, rep.Indexed))
	return 0
}

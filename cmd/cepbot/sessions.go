package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
)

func init() {
	register(command{name: "sessions", usage: "sessions list [--store S] [--operator K] [--json]",
		summary: "liste les réunions d'information à venir et leurs inscrits, pour le personnel", run: runSessions})
}

func runSessions(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "list" {
		fmt.Fprintln(env.Stderr, "usage : cepbot sessions list [--store S] [--operator K] [--json]")
		return 2
	}
	fs := flag.NewFlagSet("sessions list", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	operator := fs.String("operator", "", "type d'opérateur (france_travail, operateur_regional…)")
	asJSON := fs.Bool("json", false, "un objet JSON par ligne")
	dirPath := fs.String("directory", env.Getenv("CEPBOT_DIRECTORY"), "fichier annuaire (défaut : exemple intégré)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	dir, err := loadDirectory(*dirPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot sessions list: %v\n", err)
		return 1
	}
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot sessions list: %v\n", err)
		return 1
	}
	defer store.Close()
	all, err := store.ListBookings(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot sessions list: %v\n", err)
		return 1
	}
	// Registrations per occurrence ("session:<occurrence>#<seat>").
	regs := map[string]int{}
	for _, b := range all {
		if booking.IsSessionSeat(b) && b.Active() {
			occ, _, _ := strings.Cut(strings.TrimPrefix(b.AdvisorID, "session:"), "#")
			regs[occ]++
		}
	}
	now := env.Now()
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintln(tw, "RÉUNION\tDÉBUT\tAGENCE\tINSCRITS\tPLACES\tTITRE")
	}
	enc := json.NewEncoder(env.Stdout)
	for _, s := range dir.Sessions {
		a := dir.Agency(s.AgencyID)
		if a == nil {
			continue
		}
		if op := dir.Operator(a.OperatorID); *operator != "" && (op == nil || op.Kind != *operator) {
			continue
		}
		for _, occ := range s.Occurrences(now, 28*24*time.Hour, agenda.Location(a)) {
			n := regs[occ.ID()]
			if *asJSON {
				_ = enc.Encode(map[string]any{"session": occ.ID(), "title": s.Title, "agency": a.ID, "start": occ.Start.Format(time.RFC3339),
					"end": occ.End.Format(time.RFC3339), "registered": n, "capacity": s.Capacity, "visio": s.Visio})
				continue
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", occ.ID(), occ.Start.Format("2006-01-02 15:04 MST"), a.ID, n, s.Capacity, s.Title)
		}
	}
	if !*asJSON {
		_ = tw.Flush()
	}
	return 0
}

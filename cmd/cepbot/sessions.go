package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

func init() {
	register(command{name: "sessions", usage: "sessions list [--store S] [--operator K] [--registrants] [--json]",
		summary: "liste les réunions d'information à venir et leurs inscrits, pour le personnel", run: runSessions})
}

func runSessions(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "list" {
		fmt.Fprintln(env.Stderr, "usage : cepbot sessions list [--store S] [--operator K] [--registrants] [--json]")
		return 2
	}
	fs := flag.NewFlagSet("sessions list", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	operator := fs.String("operator", "", "type d'opérateur (france_travail, operateur_regional…)")
	asJSON := fs.Bool("json", false, "un objet JSON par ligne")
	withRegs := fs.Bool("registrants", false, "les inscrits de chaque réunion (référence, visiteur, contact), à contacter")
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
	regs := map[string][]*bot.Booking{}
	for _, b := range all {
		if booking.IsSessionSeat(b) && b.Active() {
			occ, _, _ := strings.Cut(strings.TrimPrefix(b.AdvisorID, "session:"), "#")
			regs[occ] = append(regs[occ], b)
		}
	}
	now := env.Now()
	type row struct {
		s   *directory.Session
		a   *directory.Agency
		occ directory.Occurrence
	}
	var rows []row
	for _, s := range dir.Sessions {
		a := dir.Agency(s.AgencyID)
		if a == nil {
			continue
		}
		if op := dir.Operator(a.OperatorID); *operator != "" && (op == nil || (op.Kind != *operator && op.ID != *operator)) {
			continue
		}
		for _, occ := range s.Occurrences(now, 28*24*time.Hour, agenda.Location(a)) {
			rows = append(rows, row{s, a, occ})
		}
	}
	// One zone per listing: the agencies' when they share one, else Paris.
	var zoneOf []*bot.Booking
	for _, r := range rows {
		zoneOf = append(zoneOf, &bot.Booking{AgencyID: r.a.ID})
	}
	loc := outputZone(dir, "", zoneOf)
	o := &texts.FR().Ops
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintf(env.Stdout, o.ListTimesIn+"\n", loc.String())
		cols := []string{o.ListColSession, o.ListColStart, o.ListColAgency, o.ListColRegistered, o.ListColSeats, o.ListColTitle}
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	}
	enc := json.NewEncoder(env.Stdout)
	for _, r := range rows {
		list := regs[r.occ.ID()]
		bot.SortBookings(list)
		if *asJSON {
			rec := map[string]any{"session": r.occ.ID(), "title": r.s.Title, "agency": r.a.ID, "start": r.occ.Start.In(loc).Format(time.RFC3339),
				"end": r.occ.End.In(loc).Format(time.RFC3339), "time_zone": loc.String(), "registered": len(list), "capacity": r.s.Capacity, "visio": r.s.Visio}
			if *withRegs {
				people := []map[string]string{}
				for _, b := range list {
					people = append(people, map[string]string{"reference": b.Ref, "visitor": booking.VisitorOf(b), "contact": b.Contact,
						"channel": b.Channel, "registered_at": b.Created.In(loc).Format(time.RFC3339)})
				}
				rec["registrants"] = people
			}
			_ = enc.Encode(rec)
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", r.occ.ID(), r.occ.Start.In(loc).Format("2006-01-02 15:04"), r.a.ID, len(list), r.s.Capacity, r.s.Title)
		if *withRegs {
			for _, b := range list {
				contact := b.Contact
				if contact == "chat" || contact == "" {
					contact = o.ListContactChat + " (" + b.Channel + ")"
				}
				fmt.Fprintf(tw, "  ↳ %s\t%s\t%s\t\t\t%s\n", b.Ref, booking.VisitorOf(b), contact, b.Created.In(loc).Format("2006-01-02 15:04"))
			}
		}
	}
	if !*asJSON {
		_ = tw.Flush()
	}
	return 0
}

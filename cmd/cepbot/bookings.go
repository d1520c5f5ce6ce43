package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
)

func init() {
	register(command{name: "bookings", usage: "bookings list [--store S] [--operator K] [--day AAAA-MM-JJ] [--json]",
		summary: "liste les rendez-vous, pour le personnel", run: runBookings})
	register(command{name: "handoffs", usage: "handoffs list [--store S] [--dead] [--json]",
		summary: "liste les envois aux opérateurs en attente (ou en échec définitif)", run: runHandoffs})
}

// bookingJSON is the --json line of one booking (a contract for scripts).
type bookingJSON struct {
	Reference string `json:"reference"`
	Operator  string `json:"operator"`
	Agency    string `json:"agency"`
	Advisor   string `json:"advisor"`
	Start     string `json:"start"`
	End       string `json:"end"`
	Modality  string `json:"modality"`
	Visitor   string `json:"visitor"`
	Status    string `json:"status"`
	Channel   string `json:"channel"`
	ClaimedBy string `json:"claimed_by,omitempty"` // advisor id (or "slack:<user>") who took charge
	ClaimedAt string `json:"claimed_at,omitempty"`
}

func claimedAt(b *bot.Booking, loc *time.Location) string {
	if b.ClaimedAt.IsZero() {
		return ""
	}
	return b.ClaimedAt.In(loc).Format(time.RFC3339)
}

func runBookings(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "list" {
		fmt.Fprintln(env.Stderr, "usage : cepbot bookings list [--store S] [--operator K] [--day AAAA-MM-JJ] [--json]")
		return 2
	}
	fs := flag.NewFlagSet("bookings list", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	operator := fs.String("operator", "", "type d'opérateur (france_travail, apec…)")
	day := fs.String("day", "", "jour AAAA-MM-JJ, dans le fuseau de l'agence")
	asJSON := fs.Bool("json", false, "un objet JSON par ligne")
	dirPath := fs.String("directory", env.Getenv("CEPBOT_DIRECTORY"), "fichier annuaire (défaut : exemple intégré)")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if *day != "" {
		if _, err := time.Parse(time.DateOnly, *day); err != nil {
			fmt.Fprintf(env.Stderr, "cepbot bookings list: --day %q : attendu AAAA-MM-JJ\n", *day)
			return 2
		}
	}
	dir, err := loadDirectory(*dirPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bookings list: %v\n", err)
		return 1
	}
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bookings list: %v\n", err)
		return 1
	}
	defer store.Close()
	all, err := store.ListBookings(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "cepbot bookings list: %v\n", err)
		return 1
	}
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintln(tw, "RÉFÉRENCE\tDÉBUT\tOPÉRATEUR\tAGENCE\tCONSEILLER\tMODALITÉ\tSTATUT\tPRIS EN CHARGE PAR")
	}
	enc := json.NewEncoder(env.Stdout)
	for _, b := range all {
		if b.Status == bot.StatusUrgent || (*operator != "" && b.OperatorKind != *operator) {
			continue
		}
		loc := time.UTC
		if a := dir.Agency(b.AgencyID); a != nil {
			loc = agenda.Location(a)
		}
		start, end := b.Start.In(loc), b.End.In(loc)
		if *day != "" && start.Format(time.DateOnly) != *day {
			continue
		}
		if *asJSON {
			_ = enc.Encode(bookingJSON{Reference: b.Ref, Operator: b.OperatorKind, Agency: b.AgencyID, Advisor: b.AdvisorID,
				Start: start.Format(time.RFC3339), End: end.Format(time.RFC3339), Modality: b.Modality,
				Visitor: b.Visitor, Status: b.Status, Channel: b.Channel, ClaimedBy: b.ClaimedBy, ClaimedAt: claimedAt(b, loc)})
			continue
		}
		adv := b.AdvisorID
		if a := dir.Advisor(b.AdvisorID); a != nil {
			adv = a.Name
		}
		claimed := "-"
		if b.ClaimedBy != "" {
			claimed = b.ClaimedBy
			if a := dir.Advisor(b.ClaimedBy); a != nil {
				claimed = a.Name
			}
			claimed += " " + b.ClaimedAt.In(loc).Format("2006-01-02 15:04")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", b.Ref, start.Format("2006-01-02 15:04 MST"), b.OperatorKind, b.AgencyID, adv, b.Modality, b.Status, claimed)
	}
	if !*asJSON {
		_ = tw.Flush()
	}
	return 0
}

func runHandoffs(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "list" {
		fmt.Fprintln(env.Stderr, "usage : cepbot handoffs list [--store S] [--dead] [--json]")
		return 2
	}
	fs := flag.NewFlagSet("handoffs list", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	dead := fs.Bool("dead", false, "les envois abandonnés après trop d'échecs")
	asJSON := fs.Bool("json", false, "un objet JSON par ligne")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
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
	enc := json.NewEncoder(env.Stdout)
	tw := tabwriter.NewWriter(env.Stdout, 2, 4, 2, ' ', 0)
	if !*asJSON {
		fmt.Fprintln(tw, "ÉVÉNEMENT\tTYPE\tRÉFÉRENCE\tCRÉÉ\tPAS AVANT\tESSAIS\tDERNIÈRE ERREUR")
	}
	for _, e := range evs {
		if *asJSON {
			_ = enc.Encode(map[string]any{"id": e.ID, "type": e.Type, "reference": e.Ref, "created_at": e.Created,
				"not_before": e.NotBefore, "attempts": e.Attempts, "last_error": e.LastError, "dead": e.Dead})
			continue
		}
		nb := ""
		if !e.NotBefore.IsZero() {
			nb = e.NotBefore.Format(time.RFC3339)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", e.ID, e.Type, e.Ref, e.Created.Format(time.RFC3339), nb, e.Attempts, e.LastError)
	}
	if !*asJSON {
		_ = tw.Flush()
	}
	return 0
}

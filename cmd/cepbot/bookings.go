package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

const bookingsUsage = "bookings list [--store S] [--directory F] [--operator ID|TYPE] [--agency ID] [--advisor ID] [--status S,…] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--day AAAA-MM-JJ] [--format table|json|csv] [--separator ';'|',']"

func init() {
	register(command{name: "bookings", usage: bookingsUsage,
		summary: "liste les rendez-vous et les demandes de contact, pour le personnel", run: runBookings})
}

// bookingJSON is the JSON line of one booking (a contract for scripts:
// fields are only ever added). Values are codes, not French labels.
type bookingJSON struct {
	Reference  string `json:"reference"`
	Operator   string `json:"operator"` // operator kind
	OperatorID string `json:"operator_id"`
	Agency     string `json:"agency"`
	Advisor    string `json:"advisor"`
	Start      string `json:"start"` // RFC 3339 in time_zone; empty for a contact request
	End        string `json:"end"`
	TimeZone   string `json:"time_zone"`
	Modality   string `json:"modality"`
	Visitor    string `json:"visitor"`
	Status     string `json:"status"`
	Channel    string `json:"channel"`
	Contact    string `json:"contact,omitempty"`
	Created    string `json:"created_at"`
	ClaimedBy  string `json:"claimed_by,omitempty"` // advisor id (or "slack:<user>") who took charge
	ClaimedAt  string `json:"claimed_at,omitempty"`
}

// bookingFilter is what `bookings list` selects.
type bookingFilter struct {
	operators map[string]bool // operator ids (an operator kind selects all of its operators)
	agency    string
	advisor   string
	statuses  map[string]bool
	from, to  string // YYYY-MM-DD, inclusive, in the output zone
}

// statusCodes are the booking statuses, in the order they are listed.
var statusCodes = []string{bot.StatusBooked, bot.StatusClaimed, bot.StatusUrgent, bot.StatusToClose, bot.StatusClosed,
	bot.StatusNoShow, bot.StatusCancelled, bot.StatusMoved}

func statusLabel(o *texts.Ops, s string) string {
	switch s {
	case bot.StatusBooked:
		return o.ListStatusBooked
	case bot.StatusClaimed:
		return o.ListStatusClaimed
	case bot.StatusMoved:
		return o.ListStatusMoved
	case bot.StatusCancelled:
		return o.ListStatusCancelled
	case bot.StatusNoShow:
		return o.ListStatusAbsent
	case bot.StatusClosed:
		return o.ListStatusClosed
	case bot.StatusUrgent:
		return o.ListStatusUrgent
	case bot.StatusToClose:
		return o.ListStatusToClose
	}
	return s
}

func modalityLabel(o *texts.Ops, m string) string {
	switch directory.Modality(m) {
	case directory.OnSite:
		return o.ListModalityOnSite
	case directory.Phone:
		return o.ListModalityPhone
	case directory.Video:
		return o.ListModalityVideo
	}
	return m
}

// parseBookingFilter checks the flags against the directory; an unknown
// operator, agency, advisor or status is an error naming the valid ones.
func parseBookingFilter(o *texts.Ops, dir *directory.Directory, operator, agency, advisor, status, from, to string) (bookingFilter, error) {
	f := bookingFilter{agency: agency, advisor: advisor, from: from, to: to}
	if operator != "" {
		f.operators = map[string]bool{}
		for _, op := range dir.Operators {
			if op.ID == operator || op.Kind == operator {
				f.operators[op.ID] = true
			}
		}
		if len(f.operators) == 0 && !slices.Contains(directory.Kinds, operator) {
			ids := make([]string, 0, len(dir.Operators))
			for _, op := range dir.Operators {
				ids = append(ids, op.ID)
			}
			return f, fmt.Errorf(o.ListUnknownOperator, operator, strings.Join(ids, ", "), strings.Join(directory.Kinds, ", "))
		}
	}
	if agency != "" && dir.Agency(agency) == nil {
		var ids []string
		for _, a := range dir.Agencies {
			if f.operators == nil || f.operators[a.OperatorID] {
				ids = append(ids, a.ID)
			}
		}
		return f, fmt.Errorf(o.ListUnknownAgency, agency, strings.Join(ids, ", "))
	}
	if advisor != "" && dir.Advisor(advisor) == nil {
		var ids []string
		for _, a := range dir.Advisors {
			ag := dir.Agency(a.AgencyID)
			if (agency == "" || a.AgencyID == agency) && (f.operators == nil || (ag != nil && f.operators[ag.OperatorID])) {
				ids = append(ids, a.ID)
			}
		}
		return f, fmt.Errorf(o.ListUnknownAdvisor, advisor, strings.Join(ids, ", "))
	}
	if status != "" {
		f.statuses = map[string]bool{}
		for _, s := range strings.Split(status, ",") {
			s = strings.TrimSpace(s)
			code := ""
			for _, c := range statusCodes {
				if strings.EqualFold(s, c) || strings.EqualFold(s, statusLabel(o, c)) {
					code = c
				}
			}
			if code == "" {
				valid := make([]string, len(statusCodes))
				for i, c := range statusCodes {
					valid[i] = c + " (" + statusLabel(o, c) + ")"
				}
				return f, fmt.Errorf(o.ListUnknownStatus, s, strings.Join(valid, ", "))
			}
			f.statuses[code] = true
		}
	}
	for _, d := range []struct{ flag, v string }{{"--from", from}, {"--to", to}} {
		if _, err := time.Parse(time.DateOnly, d.v); d.v != "" && err != nil {
			return f, fmt.Errorf(o.ListBadDate, d.flag, d.v)
		}
	}
	if from != "" && to != "" && from > to {
		return f, fmt.Errorf(o.ListDatesReversed, from, to)
	}
	return f, nil
}

// when is the time a booking is listed at: its start, or its creation for
// a contact request.
func when(b *bot.Booking) time.Time {
	if b.Start.IsZero() {
		return b.Created
	}
	return b.Start
}

func (f bookingFilter) keep(b *bot.Booking, loc *time.Location) bool {
	if booking.IsSessionSeat(b) {
		return false // listed by `cepbot sessions list --registrants`
	}
	if f.operators != nil && !f.operators[b.OperatorID] {
		return false
	}
	if (f.agency != "" && b.AgencyID != f.agency) || (f.advisor != "" && b.AdvisorID != f.advisor) {
		return false
	}
	if f.statuses != nil && !f.statuses[b.Status] {
		return false
	}
	day := when(b).In(loc).Format(time.DateOnly)
	return (f.from == "" || day >= f.from) && (f.to == "" || day <= f.to)
}

// outputZone is the one time zone of a listing: the agency's when one is
// chosen, else the zone shared by every agency listed, else Europe/Paris.
func outputZone(dir *directory.Directory, agency string, bs []*bot.Booking) *time.Location {
	if a := dir.Agency(agency); a != nil {
		return agenda.Location(a)
	}
	var loc *time.Location
	for _, b := range bs {
		a := dir.Agency(b.AgencyID)
		if a == nil {
			continue
		}
		l := agenda.Location(a)
		if loc != nil && l.String() != loc.String() {
			loc = nil
			break
		}
		loc = l
	}
	if loc == nil {
		if paris, err := time.LoadLocation("Europe/Paris"); err == nil {
			return paris
		}
		return time.UTC
	}
	return loc
}

func runBookings(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 || args[0] != "list" {
		fmt.Fprintln(env.Stderr, "usage : cepbot "+bookingsUsage)
		return 2
	}
	o := &texts.FR().Ops
	fs := flag.NewFlagSet("bookings list", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	frenchUsage(fs)
	storeSpec := fs.String("store", env.Getenv("CEPBOT_STORE"), "magasin (défaut : fichier local)")
	dirPath := fs.String("directory", env.Getenv("CEPBOT_DIRECTORY"), "fichier annuaire (défaut : exemple intégré)")
	operator := fs.String("operator", "", "identifiant d'opérateur (ft-idf, reg-bretagne…) ou type (france_travail, apec…)")
	agency := fs.String("agency", "", "identifiant d'agence")
	advisor := fs.String("advisor", "", "identifiant de conseiller")
	status := fs.String("status", "", "statuts séparés par des virgules (booked, claimed, urgent, to_close, closed, absent, cancelled, moved)")
	from := fs.String("from", "", "à partir du jour AAAA-MM-JJ (inclus)")
	to := fs.String("to", "", "jusqu'au jour AAAA-MM-JJ (inclus)")
	day := fs.String("day", "", "un seul jour AAAA-MM-JJ (raccourci de --from J --to J)")
	format := fs.String("format", "table", "table, json (un objet par ligne) ou csv")
	asJSON := fs.Bool("json", false, "comme --format json")
	sep := fs.String("separator", ";", "séparateur du CSV : ';' (tableurs réglés en français) ou ','")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	fail := func(code int, err error) int {
		fmt.Fprintf(env.Stderr, "cepbot bookings list: %v\n", err)
		return code
	}
	if *asJSON {
		*format = "json"
	}
	if *format != "table" && *format != "json" && *format != "csv" {
		return fail(2, fmt.Errorf(o.ListBadFormat, *format))
	}
	if *sep != ";" && *sep != "," {
		return fail(2, errors.New("--separator : attendu ';' ou ','"))
	}
	if *day != "" {
		*from, *to = *day, *day
	}
	dir, err := loadDirectory(*dirPath)
	if err != nil {
		return fail(1, err)
	}
	f, err := parseBookingFilter(o, dir, *operator, *agency, *advisor, *status, *from, *to)
	if err != nil {
		return fail(2, err)
	}
	store, err := openStore(ctx, env, *storeSpec)
	if err != nil {
		return fail(1, err)
	}
	defer store.Close()
	all, err := store.ListBookings(ctx)
	if err != nil {
		return fail(1, err)
	}
	// The zone is chosen on what the other filters keep, then dates are
	// read in it.
	loose := f
	loose.from, loose.to = "", ""
	var sel []*bot.Booking
	for _, b := range all {
		if loose.keep(b, time.UTC) {
			sel = append(sel, b)
		}
	}
	loc := outputZone(dir, *agency, sel)
	out := sel[:0]
	for _, b := range sel {
		if f.keep(b, loc) {
			out = append(out, b)
		}
	}
	slices.SortStableFunc(out, func(a, b *bot.Booking) int {
		if c := when(a).Compare(when(b)); c != 0 {
			return c
		}
		return strings.Compare(a.Ref, b.Ref)
	})
	switch *format {
	case "json":
		enc := json.NewEncoder(env.Stdout)
		for _, b := range out {
			_ = enc.Encode(toBookingJSON(b, loc))
		}
	case "csv":
		if err := writeBookingsCSV(env.Stdout, o, dir, out, loc, rune((*sep)[0])); err != nil {
			return fail(1, err)
		}
	default:
		writeBookingsTable(env.Stdout, o, dir, out, loc)
	}
	return 0
}

func toBookingJSON(b *bot.Booking, loc *time.Location) bookingJSON {
	j := bookingJSON{Reference: b.Ref, Operator: b.OperatorKind, OperatorID: b.OperatorID, Agency: b.AgencyID,
		Advisor: b.AdvisorID, TimeZone: loc.String(), Modality: b.Modality, Visitor: booking.VisitorOf(b),
		Status: b.Status, Channel: b.Channel, Contact: b.Contact, Created: b.Created.In(loc).Format(time.RFC3339)}
	if !b.Start.IsZero() {
		j.Start, j.End = b.Start.In(loc).Format(time.RFC3339), b.End.In(loc).Format(time.RFC3339)
	}
	if j.ClaimedBy = b.ClaimedBy; !b.ClaimedAt.IsZero() {
		j.ClaimedAt = b.ClaimedAt.In(loc).Format(time.RFC3339)
	}
	return j
}

// bookingRow is one line of the table and of the CSV, in French.
func bookingRow(o *texts.Ops, dir *directory.Directory, b *bot.Booking, loc *time.Location) []string {
	date, start, end := "", "", ""
	if !b.Start.IsZero() {
		s, e := b.Start.In(loc), b.End.In(loc)
		date, start, end = s.Format(time.DateOnly), s.Format("15:04"), e.Format("15:04")
	}
	op, ag, adv := b.OperatorID, b.AgencyID, b.AdvisorID
	if x := dir.Operator(b.OperatorID); x != nil {
		op = x.Name
	}
	if x := dir.Agency(b.AgencyID); x != nil {
		ag = x.Name
	}
	if x := dir.Advisor(b.AdvisorID); x != nil {
		adv = x.Name
	}
	contact := b.Contact
	if contact == "chat" || contact == "" {
		contact = o.ListContactChat // through the conversation (Canal)
	}
	claimed := b.ClaimedBy
	if x := dir.Advisor(b.ClaimedBy); x != nil {
		claimed = x.Name
	}
	if claimed != "" && !b.ClaimedAt.IsZero() {
		claimed += " " + b.ClaimedAt.In(loc).Format("2006-01-02 15:04")
	}
	return []string{b.Ref, date, start, end, op, ag, adv, modalityLabel(o, b.Modality), statusLabel(o, b.Status),
		contact, b.Channel, b.Created.In(loc).Format("2006-01-02 15:04"), claimed}
}

func bookingHeader(o *texts.Ops) []string {
	return []string{o.ListColReference, o.ListColDate, o.ListColStart, o.ListColEnd, o.ListColOperator, o.ListColAgency, o.ListColAdvisor,
		o.ListColModality, o.ListColStatus, o.ListColContact, o.ListColChannel, o.ListColCreated, o.ListColClaimedBy}
}

func writeBookingsTable(w io.Writer, o *texts.Ops, dir *directory.Directory, bs []*bot.Booking, loc *time.Location) {
	fmt.Fprintf(w, o.ListTimesIn+"\n", loc.String())
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	h := bookingHeader(o)
	for i := range h {
		h[i] = strings.ToUpper(h[i])
	}
	fmt.Fprintln(tw, strings.Join(h, "\t"))
	for _, b := range bs {
		fmt.Fprintln(tw, strings.Join(bookingRow(o, dir, b, loc), "\t"))
	}
	_ = tw.Flush()
}

// writeBookingsCSV writes a CSV a spreadsheet opens with its accents: a
// UTF-8 byte order mark, CRLF line ends, the zone as a column.
func writeBookingsCSV(w io.Writer, o *texts.Ops, dir *directory.Directory, bs []*bot.Booking, loc *time.Location, sep rune) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma, cw.UseCRLF = sep, true
	_ = cw.Write(append(bookingHeader(o), o.ListColZone))
	for _, b := range bs {
		_ = cw.Write(append(bookingRow(o, dir, b, loc), loc.String()))
	}
	cw.Flush()
	return cw.Error()
}

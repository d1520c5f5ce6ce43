package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/file"
)

func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Now: func() time.Time { return time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) }}
	code := run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

// staffStore writes, in a file store, appointments at two agencies with
// accented names, a contact request and a cancelled appointment.
func staffStore(t *testing.T) (spec string, ag1, ag2 *directory.Agency) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cepbot.db")
	st, err := file.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := directory.Sample()
	pick := func(skipOp string) *directory.Agency {
		for _, a := range dir.Agencies {
			if a.OperatorID != skipOp && len(dir.AdvisorsOf(a.ID)) > 0 && strings.ContainsAny(a.Name, "éèêàôç") &&
				agenda.Location(a).String() == "Europe/Paris" {
				return a
			}
		}
		t.Fatal("no accented agency in the sample")
		return nil
	}
	ag1 = pick("")
	ag2 = pick(ag1.OperatorID)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	svc := booking.New(st, dir, booking.WithClock(func() time.Time { return now }))
	ctx := t.Context()
	paris, _ := time.LoadLocation("Europe/Paris")
	book := func(ref, visitor string, ag *directory.Agency, day, hour int) *bot.Booking {
		start := time.Date(2026, 12, day, hour, 0, 0, 0, paris)
		b, err := svc.Book(ctx, booking.Request{Ref: ref, Visitor: visitor, Channel: "telegram", Conversation: visitor,
			OperatorKind: dir.Operator(ag.OperatorID).Kind, Modality: "telephone", Contact: "chat",
			Slot: agenda.Slot{AgencyID: ag.ID, AdvisorID: dir.AdvisorsOf(ag.ID)[0].ID, Start: start, End: start.Add(45 * time.Minute)}})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	book("CEP-AAAAAAA1", "v1", ag1, 2, 10)
	book("CEP-AAAAAAA2", "v2", ag1, 3, 14)
	book("CEP-AAAAAAA3", "v3", ag2, 2, 11)
	c := book("CEP-AAAAAAA4", "v4", ag1, 4, 9)
	if _, err := svc.SetStatus(ctx, c.Ref, bot.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Urgent(ctx, booking.Request{Ref: "CEP-URGENT01", Visitor: "v5", Channel: "telegram", Conversation: "v5",
		OperatorKind: dir.Operator(ag1.OperatorID).Kind, Contact: "élodie.dupré@example.org", Slot: agenda.Slot{AgencyID: ag1.ID}}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return "file:" + path, ag1, ag2
}

func TestBookingsListCSVParsedBackWithAccents(t *testing.T) {
	spec, ag1, _ := staffStore(t)
	code, out, errs := cli(t, "bookings", "list", "--store", spec, "--operator", ag1.OperatorID, "--format", "csv")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "\uFEFF") || !strings.Contains(out, "\r\n") {
		t.Fatalf("the CSV has no UTF-8 BOM or no CRLF: %q", out[:min(len(out), 40)])
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Référence", "Date", "Début", "Fin", "Opérateur", "Agence", "Conseiller", "Modalité", "Statut", "Contact", "Canal", "Créé le", "Pris en charge par", "Fuseau"}
	if strings.Join(rows[0], "|") != strings.Join(want, "|") {
		t.Fatalf("header %q, want %q", rows[0], want)
	}
	got := map[string][]string{}
	for _, row := range rows[1:] {
		got[row[0]] = row
	}
	if len(got) != 4 {
		t.Fatalf("rows %q: want the 3 appointments and the contact request of operator %s", rows[1:], ag1.OperatorID)
	}
	first := got["CEP-AAAAAAA1"]
	if first[1] != "2026-12-02" || first[2] != "10:00" || first[3] != "10:45" || first[5] != ag1.Name ||
		first[7] != "téléphone" || first[8] != "réservé" || first[13] != "Europe/Paris" {
		t.Errorf("row %q", first)
	}
	if u := got["CEP-URGENT01"]; u[8] != "demande de contact" || u[9] != "élodie.dupré@example.org" || u[1] != "" {
		t.Errorf("contact request row %q", u)
	}
	if c := got["CEP-AAAAAAA4"]; c[8] != "annulé" {
		t.Errorf("cancelled row %q", c)
	}

	// The comma variant parses too.
	_, out, _ = cli(t, "bookings", "list", "--store", spec, "--operator", ag1.OperatorID, "--format", "csv", "--separator", ",")
	r = csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	if rows, err := r.ReadAll(); err != nil || len(rows) != 5 || rows[0][2] != "Début" {
		t.Errorf("comma CSV: %v %q", err, rows)
	}
}

func TestBookingsListFilters(t *testing.T) {
	spec, ag1, ag2 := staffStore(t)
	refs := func(args ...string) string {
		t.Helper()
		code, out, errs := cli(t, append([]string{"bookings", "list", "--store", spec, "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: code %d %s", args, code, errs)
		}
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var j bookingJSON
			if err := json.Unmarshal([]byte(line), &j); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			if j.Start != "" && !strings.HasSuffix(j.Start, "+01:00") || j.TimeZone != "Europe/Paris" {
				t.Errorf("times not in the agency's zone: %+v", j)
			}
			got = append(got, j.Reference)
		}
		return strings.Join(got, " ")
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--agency", ag2.ID}, "CEP-AAAAAAA3"},
		{[]string{"--operator", ag2.OperatorID}, "CEP-AAAAAAA3"},
		{[]string{"--operator", ag1.OperatorID, "--status", "booked"}, "CEP-AAAAAAA1 CEP-AAAAAAA2"},
		{[]string{"--operator", ag1.OperatorID, "--status", "urgent,annulé"}, "CEP-URGENT01 CEP-AAAAAAA4"},
		{[]string{"--day", "2026-12-02"}, "CEP-AAAAAAA1 CEP-AAAAAAA3"},
		{[]string{"--from", "2026-12-03", "--to", "2026-12-04"}, "CEP-AAAAAAA2 CEP-AAAAAAA4"},
	} {
		if got := refs(tc.args...); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.args, got, tc.want)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--operator", "nope"}, "opérateur inconnu. Identifiants possibles : "},
		{[]string{"--operator", "ft"}, ""}, // an id of the sample
		{[]string{"--agency", "nope"}, "agence inconnue. Agences possibles : ft-01, ft-02"},
		{[]string{"--advisor", "nope", "--agency", ag2.ID}, "conseiller inconnu. Conseillers possibles : "},
		{[]string{"--status", "perdu"}, "statut inconnu. Statuts possibles : booked (réservé)"},
		{[]string{"--from", "2026-12-40"}, "date attendue sous la forme AAAA-MM-JJ"},
		{[]string{"--from", "2026-12-05", "--to", "2026-12-01"}, "est après"},
		{[]string{"--format", "xml"}, "attendu table, json ou csv"},
	} {
		code, _, errs := cli(t, append([]string{"bookings", "list", "--store", spec}, tc.args...)...)
		if tc.want == "" {
			if code != 0 {
				t.Errorf("%v: code %d %s", tc.args, code, errs)
			}
			continue
		}
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: code %d, stderr %q, want %q", tc.args, code, errs, tc.want)
		}
	}
	code, out, _ := cli(t, "bookings", "list", "--store", spec, "--operator", ag1.OperatorID)
	if code != 0 || !strings.HasPrefix(out, "Heures : Europe/Paris.\n") || !strings.Contains(out, "RÉFÉRENCE") || !strings.Contains(out, "demande de contact") {
		t.Errorf("table: %d\n%s", code, out)
	}
}

func TestHandoffsRetryAndDrop(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cepbot.db")
	st, err := file.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for _, ev := range []bot.Event{
		{ID: "E1:handoff.booked:0/webhook:ft", Key: "E1:handoff.booked:0", Notifier: "webhook:ft", Type: bot.EventBooked, Ref: "E1", Created: now, Since: now, Attempts: 40, Dead: true, LastError: "HTTP 500"},
		{ID: "E1:handoff.booked:0/slack", Key: "E1:handoff.booked:0", Notifier: "slack", Type: bot.EventBooked, Ref: "E1", Created: now, Since: now, Attempts: 40, Dead: true, LastError: "slack down"},
		{ID: "E2:handoff.booked:0/webhook:ft", Key: "E2:handoff.booked:0", Notifier: "webhook:ft", Type: bot.EventBooked, Ref: "E2", Created: now, Since: now, Attempts: 3, NotBefore: now.Add(10 * time.Minute), LastError: "HTTP 503"},
	} {
		if err := st.Append(ctx, ev); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	spec := "file:" + path
	if code, out, _ := cli(t, "handoffs", "list", "--store", spec, "--dead", "--notifier", "slack"); code != 0 || strings.Count(out, "E1:") != 1 || !strings.Contains(out, "slack down") {
		t.Errorf("list --dead --notifier slack: %d\n%s", code, out)
	}
	if code, out, errs := cli(t, "handoffs", "retry", "E1:handoff.booked:0", "--notifier", "webhook:ft", "--store", spec); code != 0 || !strings.Contains(out, "Envois relancés : 1.") {
		t.Errorf("retry: %d %q %q", code, out, errs)
	}
	if code, _, errs := cli(t, "handoffs", "retry", "nope", "--store", spec); code != 1 || !strings.Contains(errs, `Aucun envoi "nope"`) {
		t.Errorf("retry unknown: %d %q", code, errs)
	}
	if code, _, errs := cli(t, "handoffs", "drop", "E1:handoff.booked:0/slack", "--store", spec); code != 2 || !strings.Contains(errs, "--reason est obligatoire") {
		t.Errorf("drop without a reason: %d %q", code, errs)
	}
	code, out, errs := cli(t, "handoffs", "drop", "E1:handoff.booked:0/slack", "--reason", "carte recréée à la main", "--store", spec)
	if code != 0 || !strings.Contains(out, "Envois abandonnés : 1") || !strings.Contains(errs, `"reason":"carte recréée à la main"`) {
		t.Errorf("drop: %d %q %q", code, out, errs)
	}
	if code, out, _ := cli(t, "handoffs", "retry", "E2:handoff.booked:0", "--store", spec); code != 0 || !strings.Contains(out, "avancés à maintenant : 1") {
		t.Errorf("retry pending: %d %q", code, out)
	}
	st, err = file.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dead, _ := st.Events(ctx, true)
	pending, _ := st.Events(ctx, false)
	if len(dead) != 0 || len(pending) != 2 {
		t.Fatalf("dead %+v pending %+v", dead, pending)
	}
	for _, p := range pending {
		if p.ID == "E1:handoff.booked:0/webhook:ft#2" && (p.Attempts != 0 || !p.Since.Equal(time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)) || p.IdempotencyKey() != "E1:handoff.booked:0") {
			t.Errorf("replayed entry %+v", p)
		}
		if p.ID == "E2:handoff.booked:0/webhook:ft" && p.NotBefore.After(now) {
			t.Errorf("pending entry not advanced: %+v", p)
		}
	}
}

func TestSessionsListRegistrants(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cepbot.db")
	st, err := file.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	dir := directory.Sample()
	svc := booking.New(st, dir, booking.WithClock(func() time.Time { return now }))
	ag := dir.Agency(dir.Sessions[0].AgencyID)
	offers, err := svc.NextSessions(t.Context(), dir.Operator(ag.OperatorID).Kind, ag.Departements[0], 1)
	if err != nil || len(offers) == 0 {
		t.Skipf("no session offered in the sample: %v", err)
	}
	occ := offers[0].Occurrence
	if _, err := svc.Register(t.Context(), occ, booking.Request{Ref: "CEP-SEAT0001", Visitor: "v-seat", Channel: "telegram",
		Conversation: "99", OperatorKind: "x", Contact: "06 12 34 56 78"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	code, out, errs := cli(t, "sessions", "list", "--store", "file:"+path, "--registrants", "--json")
	if code != 0 {
		t.Fatalf("%d %s", code, errs)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec struct {
			Session     string              `json:"session"`
			Registered  int                 `json:"registered"`
			Registrants []map[string]string `json:"registrants"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Session == occ.ID() {
			found = rec.Registered == 1 && len(rec.Registrants) == 1 && rec.Registrants[0]["contact"] == "06 12 34 56 78" &&
				rec.Registrants[0]["visitor"] == "v-seat" && rec.Registrants[0]["reference"] == "CEP-SEAT0001"
		}
	}
	if !found {
		t.Fatalf("registrant not listed:\n%s", out)
	}
	_, out, _ = cli(t, "sessions", "list", "--store", "file:"+path, "--registrants")
	if !strings.Contains(out, "↳ CEP-SEAT0001") || !strings.Contains(out, "06 12 34 56 78") {
		t.Errorf("table without the registrant:\n%s", out)
	}
}

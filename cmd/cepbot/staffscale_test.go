package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	goredis "github.com/redis/go-redis/v9"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// serverStats returns the server's calls per command (commands run by
// scripts included) and the bytes it sent since the last CONFIG RESETSTAT.
func serverStats(t *testing.T, c goredis.Cmdable) (map[string]int, int) {
	t.Helper()
	ctx := context.Background()
	stats, err := c.Info(ctx, "stats").Result()
	if err != nil {
		t.Fatal(err)
	}
	out := 0
	for line := range strings.SplitSeq(stats, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "total_net_output_bytes:"); ok {
			out, _ = strconv.Atoi(v)
		}
	}
	info, err := c.Info(ctx, "commandstats").Result()
	if err != nil {
		t.Fatal(err)
	}
	calls := map[string]int{}
	for line := range strings.SplitSeq(info, "\n") {
		name, rest, ok := strings.Cut(strings.TrimSpace(line), ":calls=")
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(rest[:strings.IndexByte(rest, ',')])
		calls[strings.TrimPrefix(name, "cmdstat_")] = n
	}
	delete(calls, "config")
	delete(calls, "info")
	return calls, out
}

// fillLegacy writes bookings from index from to to in the single-tag
// layout that `cepbot store migrate` reads (the store's bulk load), spread
// over every agency of the directory and its advisors: closed, long past,
// anonymised, as a year of history is.
func fillLegacy(t *testing.T, rdb goredis.UniversalClient, prefix string, dir *directory.Directory, from, to int) {
	t.Helper()
	ctx := context.Background()
	base := time.Date(2025, 1, 6, 8, 0, 0, 0, time.UTC)
	const chunk = 2000
	for lo := from; lo < to; lo += chunk {
		p := rdb.Pipeline()
		for i := lo; i < min(lo+chunk, to); i++ {
			ag := dir.Agencies[i%len(dir.Agencies)]
			adv := ""
			if advs := dir.AdvisorsOf(ag.ID); len(advs) > 0 {
				adv = advs[(i/len(dir.Agencies))%len(advs)].ID
			}
			start := base.Add(time.Duration(i%20000) * 15 * time.Minute)
			b := &bot.Booking{Ref: fmt.Sprintf("F%07d", i), Visitor: bot.AnonymousVisitor, Channel: "telegram", OperatorKind: "france_travail",
				OperatorID: ag.OperatorID, AgencyID: ag.ID, AdvisorID: adv, Start: start, End: start.Add(45 * time.Minute), Modality: "sur_place",
				Status: bot.StatusClosed, Created: start.Add(-72 * time.Hour), Updated: start.Add(time.Hour)}
			data, err := bot.MarshalBooking(b)
			if err != nil {
				t.Fatal(err)
			}
			p.HSet(ctx, "{"+prefix+":bk}:b", b.Ref, data)
		}
		if _, err := p.Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

func slackSigned(t *testing.T, srv string, form url.Values) string {
	t.Helper()
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	m := hmac.New(sha256.New, []byte(staffScaleSecret))
	m.Write([]byte("v0:" + ts + ":" + body))
	req, _ := http.NewRequest(http.MethodPost, srv+cepslack.PathCommands, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(m.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out struct{ Text string }
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("/cep: %v: %s", err, raw)
	}
	return out.Text
}

const staffScaleSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// listing names the full listing's measure.
const listing = "ListBookings (what they all read before)"

// The periodic jobs and the staff views read what they list: with 1 000 and
// then 100 000 bookings stored (spread over the directory's 412 agencies),
// the overdue job, the advisors' digest, the Slack App Home and /cep run
// the same server commands the same number of times, and the bytes Redis
// sends for them do not grow with the history. A full listing
// (ListBookings, what they all read before their indexes) is measured
// alongside for comparison.
func TestStaffViewsReadOnlyWhatTheyList(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store with 100 000 bookings (CI runs it without -short)")
	}
	url0, _, _ := redistest.StartServer(t) // a server of its own: clean command statistics
	ctx := context.Background()
	const prefix = "staffscale"
	st, err := redisstore.Open(ctx, url0, redisstore.WithPrefix(prefix))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rdb := st.Client()
	dir := directory.Sample()
	paris, _ := time.LoadLocation("Europe/Paris")
	var ag *directory.Agency
	var adv *directory.Advisor
	for _, a := range dir.Agencies {
		if advs := dir.AdvisorsOf(a.ID); len(advs) > 0 && agenda.Location(a).String() == "Europe/Paris" && advs[0].SlackUserID != "" {
			ag, adv = a, advs[0]
			break
		}
	}
	clock := time.Date(2026, 12, 1, 17, 30, 0, 0, paris)
	env := &Env{Now: func() time.Time { return clock }, Getenv: func(string) string { return "" }}
	a := newApp(env, st, dir, slog.New(slog.NewTextHandler(io.Discard, nil)), appOptions{})
	sl, err := cepslack.New(cepslack.Config{BotToken: "xoxb-test", SigningSecret: staffScaleSecret, APIURL: "http://127.0.0.1:9/"},
		cepslack.WithBookings(st), cepslack.WithDirectory(dir), cepslack.WithStore(st), cepslack.WithClaimer(st),
		cepslack.WithHandoffs(a.bookings), cepslack.WithClock(env.Now))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(sl.Handler())
	t.Cleanup(srv.Close)

	round := 0
	scenario := func(size string) (map[string]map[string]int, map[string]int) {
		round++
		now := time.Date(2026, 12, 1+7*(round-1), 17, 30, 0, 0, paris) // after the digest hour
		clock = now
		mk := func(ref, status string, start time.Time) *bot.Booking {
			return &bot.Booking{Ref: ref + strconv.Itoa(round), Visitor: "v" + ref + strconv.Itoa(round), Channel: "telegram", Conversation: "c",
				OperatorKind: "france_travail", OperatorID: ag.OperatorID, AgencyID: ag.ID, AdvisorID: adv.ID, Start: start, End: start.Add(45 * time.Minute),
				Modality: "sur_place", Status: status, Created: now.Add(-48 * time.Hour), Updated: now.Add(-48 * time.Hour),
				Handoff: bot.Handoff{Request: "je cherche un emploi"}}
		}
		tomorrow := mk("T", bot.StatusBooked, time.Date(2026, 12, 2+7*(round-1), 10, 0, 0, 0, paris))
		over := mk("O", bot.StatusBooked, now.Add(-4*time.Hour))
		urgent := mk("U", bot.StatusUrgent, time.Time{})
		urgent.AdvisorID, urgent.End, urgent.Visitor = "", time.Time{}, urgent.Visitor+"|urgent"
		for _, b := range []*bot.Booking{tomorrow, over, urgent} {
			if err := st.Book(ctx, b, nil); err != nil {
				t.Fatal(err)
			}
		}
		calls := map[string]map[string]int{}
		bytes := map[string]int{}
		measure := func(name string, f func() error) {
			t.Helper()
			rdb.ConfigResetStat(ctx)
			if err := f(); err != nil {
				t.Fatalf("%s (%s): %v", name, size, err)
			}
			calls[name], bytes[name] = serverStats(t, rdb)
		}
		measure("overdue job", func() error {
			bs, err := a.bookings.MarkOverdue(ctx, overdueGrace)
			if err == nil && (len(bs) != 1 || bs[0].Ref != over.Ref) {
				err = fmt.Errorf("marked %d, want %s", len(bs), over.Ref)
			}
			return err
		})
		measure("digest", func() error {
			msgs, err := a.digests(ctx, dir, digestConfig{Hour: 17}, now, map[string]bool{})
			if err == nil && (len(msgs) != 1 || !strings.Contains(msgs[0].Text, tomorrow.Ref) || !strings.Contains(msgs[0].Text, over.Ref)) {
				err = fmt.Errorf("digests %+v, want one for %s listing %s and %s", msgs, adv.ID, tomorrow.Ref, over.Ref)
			}
			return err
		})
		measure("App Home", func() error {
			v, err := sl.HomeView(ctx, adv.SlackUserID)
			raw, _ := json.Marshal(v)
			if err == nil && (!strings.Contains(string(raw), tomorrow.Ref) || !strings.Contains(string(raw), urgent.Ref)) {
				err = fmt.Errorf("home without %s or %s: %s", tomorrow.Ref, urgent.Ref, raw)
			}
			return err
		})
		for _, word := range []string{"", "aujourdhui", "semaine"} {
			measure("/cep "+word, func() error {
				text := slackSigned(t, srv.URL, url.Values{"command": {"/cep"}, "text": {word}, "user_id": {adv.SlackUserID}, "channel_id": {"C1"}})
				if word != "aujourdhui" && !strings.Contains(text, tomorrow.Ref) {
					return fmt.Errorf("/cep %s: %q, want %s", word, text, tomorrow.Ref)
				}
				return nil
			})
		}
		// The full listing is for comparison: on a loaded machine it can
		// outlast the client's read timeout at 100 000 bookings, as the jobs
		// that used it did.
		rdb.ConfigResetStat(ctx)
		if _, err := st.ListBookings(ctx); err != nil {
			t.Logf("ListBookings (%s): %v", size, err)
		} else {
			calls[listing], bytes[listing] = serverStats(t, rdb)
		}
		// Handled: out of every list before the next round.
		for _, b := range []*bot.Booking{tomorrow, over, urgent} {
			if _, err := a.bookings.SetStatus(ctx, b.Ref, bot.StatusClosed); err != nil {
				t.Fatal(err)
			}
		}
		return calls, bytes
	}
	fill := func(from, to int) {
		fillLegacy(t, rdb, prefix, dir, from, to)
		if _, err := st.Migrate(ctx, 1000); err != nil {
			t.Fatal(err)
		}
	}
	fill(0, 1000)
	small, smallBytes := scenario("1 000 bookings")
	t0 := time.Now()
	fill(1000, 100_000)
	t.Logf("99 000 bookings loaded in %v", time.Since(t0).Round(time.Millisecond))
	big, bigBytes := scenario("100 000 bookings")
	for name, c := range small {
		if _, ok := big[name]; !ok {
			t.Logf("%s: 1 000 bookings %v, %d bytes sent; 100 000 bookings: failed", name, c, smallBytes[name])
		} else {
			t.Logf("%s: 1 000 bookings %v, %d bytes sent; 100 000 bookings %v, %d bytes sent", name, c, smallBytes[name], big[name], bigBytes[name])
		}
		if name == listing {
			if _, ok := big[name]; ok && bigBytes[name] < 50*smallBytes[name] {
				t.Errorf("the full listing sent %d then %d bytes: the fill did not grow the store", smallBytes[name], bigBytes[name])
			}
			continue
		}
		// An agency's outbox stream and its group are created with its
		// first due event: once, on the small store, whatever its size.
		delete(c, "xgroup|create")
		delete(big[name], "xgroup|create")
		if !maps.Equal(c, big[name]) {
			t.Errorf("%s: server commands with 1 000 bookings %v, with 100 000 %v", name, c, big[name])
		}
		if bigBytes[name] > smallBytes[name]+smallBytes[name]/10+256 {
			t.Errorf("%s: %d bytes sent with 1 000 bookings, %d with 100 000", name, smallBytes[name], bigBytes[name])
		}
	}
}

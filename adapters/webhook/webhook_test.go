package webhook_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/adapters/webhook"
	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/bot/dispatch"
	"github.com/cep-accueil/cepbot/store/memory"
)

const secret = "s3cr3t-for-tests-only"

func testDir(url string) *directory.Directory {
	return &directory.Directory{
		Operators: []*directory.Operator{{ID: "op1", Kind: directory.KindAPEC, Name: "Apec test",
			Notify: directory.Notify{WebhookURL: url, WebhookSecret: secret}}},
		Agencies: []*directory.Agency{{ID: "ag1", OperatorID: "op1", Name: "Agence test", TimeZone: "Europe/Paris"}},
		Advisors: []*directory.Advisor{{ID: "adv1", Name: "Camille Fictif", AgencyID: "ag1"}},
	}
}

func event(id string, share bool) bot.Event {
	start := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	b := &bot.Booking{Ref: "CEP-ABCDEFGH", Visitor: "v-123", Channel: "telegram", Conversation: "42",
		OperatorKind: directory.KindAPEC, OperatorID: "op1", AgencyID: "ag1", AdvisorID: "adv1",
		Start: start, End: start.Add(45 * time.Minute), Modality: "telephone", Status: bot.StatusBooked,
		Handoff: bot.Handoff{Request: "Je veux changer de métier", ShareHealth: share,
			Facts:   map[string]string{"statut": "salarie", "handicap": "oui"},
			Reasons: []string{"cadre du privé"}}}
	return bot.Event{ID: id, Type: bot.EventBooked, Ref: b.Ref, Created: start.Add(-48 * time.Hour), Booking: b}
}

// independentVerify re-implements the signature check with crypto/hmac only.
func independentVerify(t *testing.T, header string, body []byte) {
	t.Helper()
	var ts, sig string
	for _, p := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(p, "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		t.Fatalf("timestamp %q: %v", ts, err)
	}
	if d := time.Since(time.Unix(sec, 0)); d < -time.Minute || d > time.Minute {
		t.Fatalf("timestamp off by %v", d)
	}
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts + "." + string(body)))
	if want := hex.EncodeToString(m.Sum(nil)); !hmac.Equal([]byte(want), []byte(sig)) {
		t.Fatalf("signature mismatch: got %s want %s", sig, want)
	}
}

type received struct {
	mu     sync.Mutex
	bodies [][]byte
	keys   []string
}

func TestNotifySignedPayload(t *testing.T) {
	var rec received
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("method %s content-type %q", r.Method, r.Header.Get("Content-Type"))
		}
		independentVerify(t, r.Header.Get(webhook.SignatureHeader), body)
		if err := webhook.Verify([]byte(secret), r.Header.Get(webhook.SignatureHeader), body, time.Now(), 0); err != nil {
			t.Errorf("Verify: %v", err)
		}
		rec.mu.Lock()
		rec.bodies = append(rec.bodies, body)
		rec.keys = append(rec.keys, r.Header.Get(webhook.IdempotencyHeader))
		rec.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	n := webhook.New(testDir(srv.URL))
	if n.Name() != "webhook" {
		t.Fatal(n.Name())
	}
	for _, share := range []bool{false, true} {
		if err := n.Notify(t.Context(), event("e-"+strconv.FormatBool(share), share)); err != nil {
			t.Fatal(err)
		}
	}
	if len(rec.bodies) != 2 || rec.keys[0] != "e-false" || rec.keys[1] != "e-true" {
		t.Fatalf("received %d, keys %v", len(rec.bodies), rec.keys)
	}
	var p webhook.Payload
	if err := json.Unmarshal(rec.bodies[0], &p); err != nil {
		t.Fatal(err)
	}
	if p.ID != "e-false" || p.Type != bot.EventBooked || p.Reference != "CEP-ABCDEFGH" || p.Booking.AdvisorName != "Camille Fictif" {
		t.Fatalf("payload %+v", p)
	}
	if _, ok := p.Booking.Facts["handicap"]; ok || strings.Contains(string(rec.bodies[0]), `"handicap"`) {
		t.Fatalf("disability sent without consent: %s", rec.bodies[0])
	}
	if p.Booking.Start == nil || p.Booking.Start.Format("15:04 -07:00") != "10:00 +01:00" || p.Booking.TimeZone != "Europe/Paris" {
		t.Fatalf("start %v zone %q", p.Booking.Start, p.Booking.TimeZone)
	}
	if err := json.Unmarshal(rec.bodies[1], &p); err != nil {
		t.Fatal(err)
	}
	if p.Booking.Facts["handicap"] != "oui" || !p.Booking.ShareHandicap {
		t.Fatalf("disability missing with consent: %s", rec.bodies[1])
	}
}

func TestNotifyStatuses(t *testing.T) {
	var code atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(int(code.Load()))
	}))
	defer srv.Close()
	n := webhook.New(testDir(srv.URL + "/hook?token=QUERYSECRET"))
	for _, tc := range []struct {
		code      int
		ok, trans bool
	}{{200, true, false}, {202, true, false}, {408, false, true}, {429, false, true}, {500, false, true}, {503, false, true}, {400, false, false}, {404, false, false}, {410, false, false}} {
		code.Store(int32(tc.code))
		err := n.Notify(t.Context(), event("e", false))
		if (err == nil) != tc.ok || errors.Is(err, bot.ErrTransient) != tc.trans {
			t.Errorf("HTTP %d: err %v", tc.code, err)
		}
		if err != nil && (strings.Contains(err.Error(), "QUERYSECRET") || strings.Contains(err.Error(), secret)) {
			t.Errorf("secret in error: %v", err)
		}
	}
	srv.Close()
	err := n.Notify(t.Context(), event("e", false))
	if !errors.Is(err, bot.ErrTransient) || strings.Contains(err.Error(), "QUERYSECRET") {
		t.Fatalf("network error: %v", err)
	}
	// An operator without a webhook, or a reminder, is acknowledged unsent.
	if err := webhook.New(testDir("")).Notify(t.Context(), event("e", false)); err != nil {
		t.Fatal(err)
	}
}

// TestReceiverDownThenUp drives the real dispatcher over a memory outbox:
// the receiver fails the first deliveries, then accepts; nothing is lost and
// each event is accepted once by a receiver that dedupes on the key.
func TestReceiverDownThenUp(t *testing.T) {
	var up atomic.Bool
	var mu sync.Mutex
	seen := map[string]int{}
	attempts := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		attempts++
		if !up.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		independentVerify(t, r.Header.Get(webhook.SignatureHeader), body)
		seen[r.Header.Get(webhook.IdempotencyHeader)]++
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()

	clock := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	var cmu sync.Mutex
	now := func() time.Time { cmu.Lock(); defer cmu.Unlock(); return clock }
	advance := func(d time.Duration) { cmu.Lock(); clock = clock.Add(d); cmu.Unlock() }

	st := memory.New(now)
	n := webhook.New(testDir(srv.URL))
	d := dispatch.New(dispatch.Config{Outbox: st, Route: func(bot.Event) []bot.Notifier { return []bot.Notifier{n} },
		Now: now, BaseBackoff: time.Second, MaxAttempts: 20})
	ctx := t.Context()
	evs := []bot.Event{event("a", false), event("b", false), event("c", true)}
	for i := range evs {
		evs[i].Created = now()
	}
	if err := st.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	for range 3 { // down: three rounds of failures
		if err := d.Drain(ctx); err != nil {
			t.Fatal(err)
		}
		advance(time.Hour)
	}
	pending, err := st.Events(ctx, false)
	if err != nil || len(pending) != 3 {
		t.Fatalf("pending %d %v", len(pending), err)
	}
	up.Store(true)
	if err := d.Drain(ctx); err != nil {
		t.Fatal(err)
	}
	pending, _ = st.Events(ctx, false)
	dead, _ := st.Events(ctx, true)
	mu.Lock()
	defer mu.Unlock()
	if len(pending) != 0 || len(dead) != 0 || len(seen) != 3 || seen["a"] != 1 || seen["b"] != 1 || seen["c"] != 1 {
		t.Fatalf("pending %d dead %d seen %v", len(pending), len(dead), seen)
	}
	if attempts != 12 {
		t.Fatalf("attempts %d, want 9 failures + 3 deliveries", attempts)
	}
}

func TestVerify(t *testing.T) {
	body := []byte(`{"id":"x"}`)
	now := time.Unix(1_800_000_000, 0)
	h := webhook.Sign([]byte(secret), now, body)
	if err := webhook.Verify([]byte(secret), h, body, now.Add(4*time.Minute), 5*time.Minute); err != nil {
		t.Fatal(err)
	}
	// Rotation: an old and a new signature.
	m := hmac.New(sha256.New, []byte("other"))
	m.Write([]byte("1800000000." + string(body)))
	rot := h + ",v1=" + hex.EncodeToString(m.Sum(nil))
	if err := webhook.Verify([]byte("other"), rot, body, now, 0); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		h    string
		body []byte
		now  time.Time
		want error
	}{
		"empty":     {"", body, now, webhook.ErrNoSignature},
		"stale":     {h, body, now.Add(6 * time.Minute), webhook.ErrStale},
		"future":    {h, body, now.Add(-6 * time.Minute), webhook.ErrStale},
		"body":      {h, []byte(`{"id":"y"}`), now, webhook.ErrMismatch},
		"no t":      {h[strings.Index(h, ",")+1:], body, now, webhook.ErrBadSignature},
		"no v1":     {"t=1800000000", body, now, webhook.ErrBadSignature},
		"bad hex":   {"t=1800000000,v1=zz", body, now, webhook.ErrBadSignature},
		"two t":     {"t=1800000000," + h, body, now, webhook.ErrBadSignature},
		"neg t":     {"t=-5,v1=" + strings.Repeat("0", 64), body, now, webhook.ErrBadSignature},
		"wrong key": {"t=1800000000,v1=" + strings.Repeat("ab", 32), body, now, webhook.ErrMismatch},
	} {
		if err := webhook.Verify([]byte(secret), tc.h, tc.body, tc.now, 5*time.Minute); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
}

func FuzzVerifyHeader(f *testing.F) {
	body := []byte(`{}`)
	now := time.Unix(1_800_000_000, 0)
	f.Add(webhook.Sign([]byte(secret), now, body))
	f.Add("t=1800000000,v1=")
	f.Add("t=,v1=00,v1=11")
	f.Add(",,,=,t=1,t=2")
	f.Add("v1=" + strings.Repeat("a", 64) + ",t=99999999999999999999")
	f.Fuzz(func(t *testing.T, h string) {
		err := webhook.Verify([]byte(secret), h, body, now, time.Minute)
		if err == nil && h != webhook.Sign([]byte(secret), now, body) {
			// Valid only if it carries the right signature for a timestamp in the window.
			ts, sigs, perr := webhook.ParseSignature(h)
			if perr != nil || len(sigs) == 0 {
				t.Fatalf("accepted unparsable header %q", h)
			}
			m := hmac.New(sha256.New, []byte(secret))
			m.Write([]byte(ts + "." + string(body)))
			want := m.Sum(nil)
			found := false
			for _, s := range sigs {
				found = found || hmac.Equal(s, want)
			}
			if !found {
				t.Fatalf("accepted forged header %q", h)
			}
		}
		_, _, _ = webhook.ParseSignature(h)
	})
}

// Package webhook delivers handoff events to CEP operators as signed HTTP
// POST requests (JSON). It implements bot.Notifier: the dispatcher calls it
// at least once per outbox event, with exponential backoff and a dead-letter
// state after a number of attempts. Receivers verify the signature with
// Verify and drop repeats by the X-Cepbot-Idempotency-Key header.
//
// See README.md for the payload and a verification snippet.
package webhook

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// Headers set on every delivery.
const (
	SignatureHeader   = "X-Cepbot-Signature"       // "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>"
	IdempotencyHeader = "X-Cepbot-Idempotency-Key" // the outbox event id; the same on every retry
	EventHeader       = "X-Cepbot-Event"           // the event type, e.g. "handoff.booked"
)

// DefaultTimeout bounds one delivery (connection, request and response).
const DefaultTimeout = 10 * time.Second

// Payload is the JSON body POSTed to an operator.
type Payload struct {
	ID        string         `json:"id"`   // idempotency key (same as X-Cepbot-Idempotency-Key)
	Type      string         `json:"type"` // handoff.booked, handoff.moved, handoff.cancelled, handoff.urgent, handoff.claimed, handoff.absent, handoff.absent_undone, handoff.closed, handoff.rescheduled
	Reference string         `json:"reference"`
	CreatedAt time.Time      `json:"created_at"`
	Actor     string         `json:"actor,omitempty"` // who acted (staff actions): advisor id, or "slack:<user id>"
	Booking   BookingPayload `json:"booking"`
}

// BookingPayload is the handoff record (fiche de liaison) sent to operators.
// The disability fact ("handicap") is present only when the visitor agreed
// to share it.
type BookingPayload struct {
	Reference      string            `json:"reference"`
	Status         string            `json:"status"`
	Sequence       int               `json:"sequence"`
	Visitor        string            `json:"visitor"` // pseudonymous id
	Channel        string            `json:"channel"`
	OperatorKind   string            `json:"operator_kind"`
	OperatorID     string            `json:"operator_id"`
	AgencyID       string            `json:"agency_id,omitempty"`
	AgencyName     string            `json:"agency_name,omitempty"`
	AdvisorID      string            `json:"advisor_id,omitempty"`
	AdvisorName    string            `json:"advisor_name,omitempty"`
	Start          *time.Time        `json:"start,omitempty"` // RFC 3339 with the agency's offset
	End            *time.Time        `json:"end,omitempty"`
	TimeZone       string            `json:"time_zone,omitempty"`
	Modality       string            `json:"modality,omitempty"` // sur_place, telephone, visio
	Contact        string            `json:"contact,omitempty"`
	Request        string            `json:"request"`
	Facts          map[string]string `json:"facts"`
	Reasons        []string          `json:"reasons"`
	Alternatives   []string          `json:"alternatives,omitempty"`
	ShareHandicap  bool              `json:"share_handicap"`
	ConsentAt      *time.Time        `json:"consent_at,omitempty"`
	ConsentVersion string            `json:"consent_version,omitempty"`
	Source         string            `json:"source,omitempty"`
	Previous       string            `json:"previous,omitempty"` // reference this booking replaces
	CreatedAt      time.Time         `json:"created_at"`
	UpdatedAt      time.Time         `json:"updated_at"`
	ClaimedBy      string            `json:"claimed_by,omitempty"` // who took charge (advisor id, or "slack:<user id>")
	ClaimedAt      *time.Time        `json:"claimed_at,omitempty"`
	Outcome        string            `json:"outcome,omitempty"`    // closing outcome id (directory outcomes)
	MovedFrom      *time.Time        `json:"moved_from,omitempty"` // start before a reschedule
	Linked         string            `json:"linked,omitempty"`     // urgent request: the visitor's appointment
	// What the visitor asked the bot, the cards shown, the fields corrected
	// at the recap; who entered a booking for a caller (Slack user id).
	Questions   []string         `json:"questions,omitempty"`
	CardsShown  []bot.ShownCard  `json:"cards_shown,omitempty"`
	Corrections []bot.Correction `json:"corrections,omitempty"`
	ForCaller   bool             `json:"for_caller,omitempty"`
	EnteredBy   string           `json:"entered_by,omitempty"`
}

// NewPayload builds the payload of an event. dir may be nil (no agency or
// advisor names, times in UTC).
func NewPayload(ev bot.Event, dir *directory.Directory) Payload {
	p := Payload{ID: ev.ID, Type: ev.Type, Reference: ev.Ref, CreatedAt: ev.Created.UTC(), Actor: ev.Actor}
	b := ev.Booking
	if b == nil {
		p.Booking = BookingPayload{Reference: ev.Ref, Facts: map[string]string{}, Reasons: []string{}}
		return p
	}
	if p.Reference == "" {
		p.Reference = b.Ref
	}
	loc := time.UTC
	bp := BookingPayload{
		Reference: b.Ref, Status: b.Status, Sequence: b.Seq, Visitor: b.Visitor, Channel: b.Channel,
		OperatorKind: b.OperatorKind, OperatorID: b.OperatorID, AgencyID: b.AgencyID, AdvisorID: b.AdvisorID,
		Modality: b.Modality, Contact: b.Contact, Request: b.Handoff.Request,
		Facts: SharedFacts(b), Reasons: append([]string{}, b.Handoff.Reasons...),
		Alternatives: b.Handoff.Alternatives, ShareHandicap: b.Handoff.ShareHealth,
		ConsentVersion: b.Handoff.ConsentText, Source: b.Handoff.Source, Previous: b.Handoff.Previous,
		CreatedAt: b.Created.UTC(), UpdatedAt: b.Updated.UTC(),
	}
	if a := dir.Agency(b.AgencyID); a != nil {
		bp.AgencyName = a.Name
		loc = agenda.Location(a)
		bp.TimeZone = loc.String()
	}
	if adv := dir.Advisor(b.AdvisorID); adv != nil {
		bp.AdvisorName = adv.Name
	}
	if !b.Start.IsZero() {
		s, e := b.Start.In(loc), b.End.In(loc)
		bp.Start, bp.End = &s, &e
	}
	if !b.Handoff.ConsentAt.IsZero() {
		c := b.Handoff.ConsentAt.UTC()
		bp.ConsentAt = &c
	}
	bp.ClaimedBy, bp.Outcome, bp.Linked = b.ClaimedBy, b.Follow.Outcome, b.Follow.Linked
	bp.Questions, bp.CardsShown, bp.ForCaller, bp.EnteredBy = b.Handoff.Questions, b.Handoff.Cards, b.Handoff.ForCaller, b.Handoff.EnteredBy
	for _, c := range b.Handoff.Corrections {
		if c.Field != HealthFact || b.Handoff.ShareHealth {
			bp.Corrections = append(bp.Corrections, c)
		}
	}
	if !b.ClaimedAt.IsZero() {
		c := b.ClaimedAt.UTC()
		bp.ClaimedAt = &c
	}
	if !b.Follow.MovedFrom.IsZero() {
		m := b.Follow.MovedFrom.In(loc)
		bp.MovedFrom = &m
	}
	p.Booking = bp
	return p
}

// HealthFact is the analysed fact that is sensitive (disability): it leaves
// cepbot only when the visitor agreed (Handoff.ShareHealth).
const HealthFact = "handicap"

// SharedFacts returns a copy of the booking's analysed facts without the
// disability unless the visitor agreed to share it.
func SharedFacts(b *bot.Booking) map[string]string {
	out := maps.Clone(b.Handoff.Facts)
	if out == nil {
		out = map[string]string{}
	}
	if !b.Handoff.ShareHealth {
		delete(out, HealthFact)
	}
	return out
}

// Notifier POSTs outbox events to the operator's Notify.WebhookURL, signed
// with its Notify.WebhookSecret. It implements bot.Notifier.
type Notifier struct {
	dir    *directory.Directory
	live   *directory.Live // when set, replaces dir (reload)
	client *http.Client
	now    func() time.Time
	log    *slog.Logger
}

// Option configures a Notifier.
type Option func(*Notifier)

// WithHTTPClient sets the HTTP client (default: a client with DefaultTimeout).
// A client without a timeout gets DefaultTimeout.
func WithHTTPClient(c *http.Client) Option { return func(n *Notifier) { n.client = c } }

// WithClock sets the clock used for the signature timestamp.
func WithClock(now func() time.Time) Option { return func(n *Notifier) { n.now = now } }

// WithLogger sets the logger (default: discard). Only event ids, types,
// operator ids and status codes are logged.
func WithLogger(l *slog.Logger) Option { return func(n *Notifier) { n.log = l } }

// New returns a notifier over the directory (secrets resolved with
// Directory.ResolveSecrets). It does no I/O.
func New(dir *directory.Directory, opts ...Option) *Notifier {
	n := &Notifier{dir: dir, now: time.Now, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(n)
	}
	if n.client == nil {
		n.client = &http.Client{Timeout: DefaultTimeout}
	} else if n.client.Timeout == 0 {
		c := *n.client
		c.Timeout = DefaultTimeout
		n.client = &c
	}
	return n
}

var _ bot.Notifier = (*Notifier)(nil)

// Name implements bot.Notifier.
func (n *Notifier) Name() string { return "webhook" }

// Wants reports whether the event's operator has a webhook; a router can use
// it to choose notifiers.
func (n *Notifier) Wants(ev bot.Event) bool {
	op := n.operator(ev)
	return op != nil && op.Notify.WebhookURL != ""
}

func (n *Notifier) operator(ev bot.Event) *directory.Operator {
	if ev.Booking == nil {
		return nil
	}
	return n.directory().Operator(ev.Booking.OperatorID)
}

// Notify implements bot.Notifier. An event of an operator without a webhook
// (or a reminder) is acknowledged without a request. 2xx → nil; 408, 429,
// 5xx and network errors → an error wrapping bot.ErrTransient; other
// statuses → a plain error. Errors never contain the URL or the secret.
func (n *Notifier) Notify(ctx context.Context, ev bot.Event) error {
	if ev.Type == bot.EventReminder {
		return nil
	}
	op := n.operator(ev)
	if op == nil || op.Notify.WebhookURL == "" {
		return nil
	}
	if op.Notify.WebhookSecret == "" {
		return fmt.Errorf("webhook of operator %s: no secret loaded (webhook_secret_env or webhook_secret_file)", op.ID)
	}
	body, err := json.Marshal(NewPayload(ev, n.directory()))
	if err != nil {
		return fmt.Errorf("webhook of operator %s: encoding event %s: %w", op.ID, ev.ID, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, op.Notify.WebhookURL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("webhook of operator %s: the address is not usable", op.ID)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "cepbot-webhook/1")
	req.Header.Set(IdempotencyHeader, ev.ID)
	req.Header.Set(EventHeader, ev.Type)
	req.Header.Set(SignatureHeader, Sign([]byte(op.Notify.WebhookSecret), n.now(), body))
	resp, err := n.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // *url.Error prints the URL, which may carry a token
		}
		n.log.Warn("webhook delivery failed", "operator", op.ID, "event", ev.ID, "type", ev.Type, "err", err)
		return fmt.Errorf("webhook of operator %s: %w: %v", op.ID, bot.ErrTransient, err)
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	_ = resp.Body.Close()
	switch c := resp.StatusCode; {
	case c >= 200 && c < 300:
		n.log.Debug("webhook delivered", "operator", op.ID, "event", ev.ID, "type", ev.Type, "status", c)
		return nil
	case c == http.StatusRequestTimeout || c == http.StatusTooManyRequests || c >= 500:
		n.log.Warn("webhook delivery refused, will retry", "operator", op.ID, "event", ev.ID, "status", c)
		return fmt.Errorf("webhook of operator %s: %w: HTTP %d", op.ID, bot.ErrTransient, c)
	default:
		n.log.Warn("webhook delivery rejected", "operator", op.ID, "event", ev.ID, "status", c)
		return fmt.Errorf("webhook of operator %s: rejected with HTTP %d", op.ID, c)
	}
}

// Sign returns the X-Cepbot-Signature value for body at time t:
// "t=<unix>,v1=<hex(HMAC-SHA256(secret, "<unix>." + body))>".
func Sign(secret []byte, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac(secret, ts, body))
}

func mac(secret []byte, ts string, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(ts))
	m.Write([]byte{'.'})
	m.Write(body)
	return m.Sum(nil)
}

package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"

	slackapi "github.com/slack-go/slack"
)

// commandTimeout bounds the work of a slash command: Slack wants its answer
// within 3 s.
const commandTimeout = 2500 * time.Millisecond

// Paths served by Handler.
const (
	PathEvents       = "/slack/events"
	PathInteractions = "/slack/interactions"
	PathCommands     = "/slack/commands"
)

// Handler serves the Events API over HTTP: POST /slack/events,
// /slack/interactions and /slack/commands. Every request is checked with the
// signing secret (v0 signature over the raw body, timestamp within 5
// minutes) before anything else: a bad or stale signature gets 401 and is not
// processed; a body over the limit gets 413. Events and interactions are
// answered 200 at once and processed by the workers (503 while Run is not
// running or the conversation's queue is full, so that Slack retries);
// redelivered event_ids are processed once.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+PathEvents, a.serveEvents)
	mux.HandleFunc("POST "+PathInteractions, a.serveInteractions)
	mux.HandleFunc("POST "+PathCommands, a.serveCommands)
	return mux
}

// maxUnauthReads bounds the request bodies read at once before their
// signature is checked: forged requests with plausible headers cannot make
// the process hold more than maxUnauthReads × maxBody.
const maxUnauthReads = 32

// verified checks the signature headers before reading anything (a request
// without them, or with a stale timestamp, is refused unread), refuses a
// declared length over the limit unread, then reads the body within the
// limit — at most maxUnauthReads at once — while computing its HMAC. It
// answers the error itself and returns ok=false.
func (a *Adapter) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if a.cfg.SigningSecret == "" {
		a.o.logger.Error("slack: HTTP request refused: no signing secret configured")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return nil, false
	}
	sv, err := slackapi.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
	if err != nil {
		a.o.logger.Warn("slack: request with missing or stale signature headers refused", "path", r.URL.Path)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return nil, false
	}
	if r.ContentLength > a.o.maxBody {
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	select {
	case a.unauth <- struct{}{}:
		defer func() { <-a.unauth }()
	case <-r.Context().Done():
		return nil, false
	case <-time.After(2 * time.Second):
		busy(w)
		return nil, false
	}
	body, err := io.ReadAll(io.TeeReader(http.MaxBytesReader(w, r.Body, a.o.maxBody), &sv))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		} else {
			http.Error(w, "cannot read the request", http.StatusBadRequest)
		}
		return nil, false
	}
	if sv.Ensure() != nil {
		a.o.logger.Warn("slack: request with a bad signature refused", "path", r.URL.Path)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	env, err := decodeEnvelope(body)
	if err != nil {
		w.Header().Set("X-Slack-No-Retry", "1")
		http.Error(w, "malformed event", http.StatusBadRequest)
		return
	}
	switch env.Type {
	case "url_verification":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, env.Challenge)
		return
	case "event_callback":
		if a.o.inbox != nil {
			a.store(w, r, kindEvent, eventChat(env), body)
			return
		}
		if !a.acceptEvent(r.Context(), env, false) {
			busy(w)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

func (a *Adapter) serveInteractions(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	cb, err := ParseInteraction(body)
	if err != nil {
		w.Header().Set("X-Slack-No-Retry", "1")
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if ve := a.validateView(cb); ve != nil {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(ve)
		return
	}
	if a.o.inbox != nil {
		a.store(w, r, kindInteraction, interactionChat(cb), body)
		return
	}
	if !a.acceptInteraction(r.Context(), cb, false) {
		busy(w)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request) {
	body, ok := a.verified(w, r)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "malformed command", http.StatusBadRequest)
		return
	}
	cmd := slackapi.SlashCommand{Command: form.Get("command"), Text: form.Get("text"), UserID: form.Get("user_id"),
		ChannelID: form.Get("channel_id"), TeamID: form.Get("team_id"), TriggerID: form.Get("trigger_id")}
	ctx, cancel := context.WithTimeout(r.Context(), commandTimeout)
	defer cancel()
	resp := a.command(ctx, cmd)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

// ParseInteraction decodes an interactivity request body (form field
// "payload", JSON). It never panics on malformed input.
func ParseInteraction(body []byte) (slackapi.InteractionCallback, error) {
	r, err := http.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
	if err != nil {
		return slackapi.InteractionCallback{}, err
	}
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return slackapi.InteractionCallbackParse(r)
}

// busy answers 503 when the workers' queues are full: Slack retries.
func busy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "1")
	http.Error(w, "busy", http.StatusServiceUnavailable)
}

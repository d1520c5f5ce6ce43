package telegram

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"io"
	"net/http"

	"github.com/go-telegram/bot/models"
)

func secretHash(s string) [32]byte { return sha256.Sum256([]byte(s)) }

// WebhookHandler serves Telegram's webhook requests (mount it at
// POST /telegram/webhook). A request without the configured secret in
// X-Telegram-Bot-Api-Secret-Token gets 401 and is not read; a body over the
// limit gets 413, invalid JSON 400. A valid update is queued on its chat's
// worker and acknowledged at once (200); it is processed afterwards. When
// the chat's queue is full, or once Run has returned, the answer is 503 and
// Telegram delivers the update again later. Without a configured secret
// every request is refused (401).
func (a *Adapter) WebhookHandler() http.Handler { return http.HandlerFunc(a.serveWebhook) }

func (a *Adapter) serveWebhook(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	// Compare digests: constant time, and independent of the lengths.
	got := secretHash(r.Header.Get(WebhookSecretHeader))
	if a.cfg.Secret == "" || subtle.ConstantTimeCompare(got[:], a.secretSum[:]) != 1 {
		a.log.Warn("telegram: webhook request with a wrong secret refused")
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, a.o.maxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			a.log.Warn("telegram: oversize webhook body refused", "limit", a.o.maxBody)
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	u, err := decodeUpdate(body)
	if err != nil {
		a.log.Warn("telegram: invalid webhook body refused")
		http.Error(w, "invalid update", http.StatusBadRequest)
		return
	}
	if a.o.inbox != nil {
		a.serveInbox(w, r, body, u)
		return
	}
	switch a.accept(r.Context(), u, false, nil) {
	case full:
		a.log.Warn("telegram: queue full, webhook update refused for redelivery", "update", u.ID)
		w.Header().Set("Retry-After", "1")
		http.Error(w, "busy", http.StatusServiceUnavailable)
	case stopped:
		w.Header().Set("Retry-After", "5")
		http.Error(w, "stopping", http.StatusServiceUnavailable)
	default: // accepted, duplicate, ignored
		w.WriteHeader(http.StatusOK)
	}
}

// serveInbox acknowledges an update once the inbox holds it: 200 after the
// durable write, 503 when the store cannot take it (Telegram delivers it
// again: nothing acknowledged is lost). Backpressure is the inbox's length,
// not a refusal.
func (a *Adapter) serveInbox(w http.ResponseWriter, r *http.Request, body []byte, u *models.Update) {
	k, chat := route(u)
	if k == kindIgnored {
		w.WriteHeader(http.StatusOK)
		return
	}
	a.mu.RLock()
	stopped := a.stopped
	a.mu.RUnlock()
	if stopped {
		w.Header().Set("Retry-After", "5")
		http.Error(w, "stopping", http.StatusServiceUnavailable)
		return
	}
	if err := a.submit(r.Context(), body, u.ID, k, chat); err != nil {
		a.log.Warn("telegram: storing a webhook update failed; Telegram will deliver it again", "update", u.ID, "err", err)
		w.Header().Set("Retry-After", "1")
		http.Error(w, "store unavailable", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

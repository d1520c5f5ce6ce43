package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

// runSocket receives events over Socket Mode until ctx ends. Every request
// is acknowledged before it is processed (Slack wants an ack within 3 s);
// slash commands are acknowledged with their ephemeral answer.
func (a *Adapter) runSocket(ctx context.Context) error {
	sm := socketmode.New(a.api, a.o.socketOpts...)
	errc := make(chan error, 1)
	go func() { errc <- sm.RunContext(ctx) }()
	for {
		select {
		case <-ctx.Done():
			<-errc
			return nil
		case err := <-errc:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("slack socket mode: %w", err)
		case evt, ok := <-sm.Events:
			if !ok {
				return nil
			}
			if err := a.socketEvent(ctx, sm, evt); err != nil {
				return err
			}
		}
	}
}

func (a *Adapter) socketEvent(ctx context.Context, sm *socketmode.Client, evt socketmode.Event) error {
	switch evt.Type {
	case socketmode.EventTypeEventsAPI:
		if evt.Request == nil {
			return nil
		}
		env, err := decodeEnvelope(evt.Request.Payload)
		if a.o.inbox != nil && err == nil && env.Type == "event_callback" {
			// Stored first, acknowledged after: unacknowledged, Slack
			// sends the envelope again.
			if serr := a.submit(ctx, kindEvent, eventChat(env), evt.Request.Payload); serr != nil {
				a.o.logger.Warn("slack: storing an event failed; left unacknowledged for Slack to send again", "err", serr)
				return nil
			}
			_ = sm.Ack(*evt.Request)
			return nil
		}
		_ = sm.Ack(*evt.Request)
		if err == nil && env.Type == "event_callback" {
			a.acceptEvent(ctx, env, true)
		}
	case socketmode.EventTypeInteractive:
		if evt.Request == nil {
			return nil
		}
		cb, ok := evt.Data.(slackapi.InteractionCallback)
		if ve := a.validateView(cb); ok && ve != nil {
			_ = sm.Ack(*evt.Request, ve)
			return nil
		}
		if a.o.inbox != nil && ok {
			// The stored form is the one Slack posts over HTTP.
			payload, _ := json.Marshal(cb)
			body := []byte("payload=" + url.QueryEscape(string(payload)))
			if serr := a.submit(ctx, kindInteraction, interactionChat(cb), body); serr != nil {
				a.o.logger.Warn("slack: storing an interaction failed; left unacknowledged for Slack to send again", "err", serr)
				return nil
			}
			_ = sm.Ack(*evt.Request)
			return nil
		}
		_ = sm.Ack(*evt.Request)
		if ok {
			a.acceptInteraction(ctx, cb, true)
		}
	case socketmode.EventTypeSlashCommand:
		if evt.Request == nil {
			return nil
		}
		cmd, _ := evt.Data.(slackapi.SlashCommand)
		cctx, cancel := context.WithTimeout(ctx, commandTimeout)
		resp := a.command(cctx, cmd)
		cancel()
		_ = sm.Ack(*evt.Request, resp)
	case socketmode.EventTypeErrorBadMessage:
		// slack-go could not parse it (e.g. an unknown inner event type or a
		// malformed block): it is not acknowledged and would come back.
		// Ack it, and still process events our lenient decoder reads.
		bad, _ := evt.Data.(*socketmode.ErrorBadMessage)
		if bad == nil {
			return nil
		}
		var req struct {
			EnvelopeID string          `json:"envelope_id"`
			Type       string          `json:"type"`
			Payload    json.RawMessage `json:"payload"`
		}
		if json.Unmarshal(bad.Message, &req) != nil || req.EnvelopeID == "" {
			return nil
		}
		_ = sm.AckCtx(ctx, req.EnvelopeID, nil)
		if req.Type == "events_api" {
			if env, err := decodeEnvelope(req.Payload); err == nil && env.Type == "event_callback" {
				a.acceptEvent(ctx, env, true)
			}
		}
	case socketmode.EventTypeInvalidAuth:
		return errors.New("slack socket mode: the app-level token was refused (invalid_auth)")
	case socketmode.EventTypeConnectionError:
		a.o.logger.Warn("slack: socket mode connection error; reconnecting")
	}
	return nil
}

// WithSocketModeOptions passes options to socketmode.New (e.g.
// socketmode.OptionPingInterval).
func WithSocketModeOptions(opts ...socketmode.Option) Option {
	return func(o *options) { o.socketOpts = append(o.socketOpts, opts...) }
}

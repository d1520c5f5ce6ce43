package webhook

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// TestPayloadSaysWhoActed: staff events carry the actor and the claim.
func TestPayloadSaysWhoActed(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 5, 0, 0, time.UTC)
	b := &bot.Booking{Ref: "CEP-X", Status: bot.StatusClaimed, AgencyID: "ft-69", OperatorID: "ft", AdvisorID: "ft-69-c2",
		ClaimedBy: "ft-69-c2", ClaimedAt: at, Follow: bot.Follow{Outcome: "sans_suite"}}
	p := NewPayload(bot.Event{ID: "e", Type: bot.EventClaimed, Ref: "CEP-X", Booking: b, Actor: "ft-69-c2"}, directory.Sample())
	data, _ := json.Marshal(p)
	for _, want := range []string{`"type":"handoff.claimed"`, `"actor":"ft-69-c2"`, `"claimed_by":"ft-69-c2"`, `"claimed_at":"2026-12-01T09:05:00Z"`, `"outcome":"sans_suite"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("payload lacks %s: %s", want, data)
		}
	}
}

package webhook

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/directory"
)

// The payload carries the visitor's questions, the cards shown, the recap
// corrections (the disability's only when shared) and who entered a
// booking for a caller.
func TestPayloadCarriesPrepared(t *testing.T) {
	b := &bot.Booking{Ref: "CEP-X", Status: bot.StatusBooked, Handoff: bot.Handoff{Prepared: bot.Prepared{
		Questions:   []string{"Puis-je utiliser mon CPF ?"},
		Cards:       []bot.ShownCard{{ID: "cpf", Title: "Le compte personnel de formation"}},
		Corrections: []bot.Correction{{Field: "age", Before: "30", After: "45"}, {Field: "handicap", Before: "", After: "1"}},
		ForCaller:   true, EnteredBy: "U0STAFF1",
	}}}
	p := NewPayload(bot.Event{ID: "e", Type: bot.EventBooked, Ref: "CEP-X", Booking: b}, directory.Sample())
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{`"questions":["Puis-je utiliser mon CPF ?"]`, `"cards_shown":[{"id":"cpf","title":"Le compte personnel de formation"}]`,
		`"corrections":[{"field":"age","before":"30","after":"45"}]`, `"for_caller":true`, `"entered_by":"U0STAFF1"`} {
		if !strings.Contains(s, want) {
			t.Errorf("payload lacks %s:\n%s", want, s)
		}
	}
	b.Handoff.ShareHealth = true
	p = NewPayload(bot.Event{ID: "e", Type: bot.EventBooked, Ref: "CEP-X", Booking: b}, directory.Sample())
	if len(p.Booking.Corrections) != 2 {
		t.Errorf("shared disability: corrections %+v", p.Booking.Corrections)
	}
}

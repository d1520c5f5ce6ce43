package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/store/memory"
)

// TestCalendarFileInFrench: serve's booking service writes the calendar
// file with the catalogue's French wording.
func TestCalendarFileInFrench(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	env := &Env{Now: func() time.Time { return now }}
	svc := newBookings(env, memory.New(env.Now), directory.Sample(), nil)
	slots, err := svc.FreeSlots(context.Background(), "ft-69", time.Time{}, 1, "")
	if err != nil || len(slots) == 0 {
		t.Fatalf("free slots: %v %v", slots, err)
	}
	b, err := svc.Book(context.Background(), booking.Request{Ref: "R1", Visitor: "v", Channel: "telegram", Conversation: "v",
		OperatorKind: "france_travail", Slot: slots[0], Modality: "visio", Contact: "chat", Handoff: bot.Handoff{Request: "x"}})
	if err != nil {
		t.Fatal(err)
	}
	ics := strings.ReplaceAll(string(svc.Calendar(b)), "\r\n ", "")
	for _, want := range []string{"SUMMARY:Rendez-vous conseil en évolution professionnelle – France Travail", "LOCATION:En visio",
		"Référence : R1", "Pour déplacer ou annuler : écrivez /rdv au bot."} {
		if !strings.Contains(ics, want) {
			t.Errorf("calendar lacks %q:\n%s", want, ics)
		}
	}
}

package bot_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// Pending replies round-trip through the session's stored form with
// everything the channels need (text, step, choices, attachments); a
// session without them encodes exactly as before they existed.
func TestPendingRepliesRoundTrip(t *testing.T) {
	s := &bot.Session{Key: "telegram:1", State: "age", Vars: map[string]string{"a": "b"}, OutFor: "42",
		OutBy: "replica-1/ab12", OutAt: time.UnixMicro(1_780_000_000_123_456),
		Out: []bot.Reply{
			{Text: "Quel âge avez-vous ?", Step: "s7", Choices: []bot.Choice{{Label: "Moins de 26 ans", Value: "jeune"}, {Label: "", Value: ""}}},
			{Text: "Sam : *oui*", HTML: "Sam : <b>oui</b>"},
			{Text: "Votre rendez-vous", Attachments: []bot.Attachment{{Name: "rdv.ics", MIME: "text/calendar", Data: []byte("BEGIN:VCALENDAR\r\n\x00")}}},
		}}
	data, err := bot.EncodeSession(s)
	if err != nil {
		t.Fatal(err)
	}
	got, err := bot.DecodeSession(s.Key, 3, data)
	if err != nil {
		t.Fatal(err)
	}
	if got.OutFor != "42" || got.OutBy != s.OutBy || !got.OutAt.Equal(s.OutAt) || !reflect.DeepEqual(got.Out, s.Out) || got.Get("a") != "b" {
		t.Fatalf("decoded %+v", got)
	}
	plain := &bot.Session{State: "age", Vars: map[string]string{"a": "b"}}
	withOut, _ := bot.EncodeSession(plain)
	plain.Out = []bot.Reply{}
	empty, _ := bot.EncodeSession(plain)
	if string(withOut) != string(empty) {
		t.Fatal("an empty Out changes the stored form")
	}
	// A damaged tail is an error, not a panic or a half-read reply.
	if _, err := bot.DecodeSession("k", 1, data[:len(data)-3]); err == nil {
		t.Fatal("truncated pending replies decoded without error")
	}
}

package console

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/bot"
)

func TestNumbersBecomeButtonPresses(t *testing.T) {
	var out bytes.Buffer
	a := New(strings.NewReader("2\n34\n"), &out, "u")
	_ = a.Send(context.Background(), bot.Address{}, bot.Reply{Text: "Q ?", Step: "7", Choices: []bot.Choice{{Label: "Oui", Value: "oui"}, {Label: "Non", Value: "non"}}})
	if !strings.Contains(out.String(), "  1. Oui\n  2. Non\n") {
		t.Fatalf("choices not numbered:\n%s", out.String())
	}
	var got []bot.Inbound
	if err := a.Run(context.Background(), bot.HandlerFunc(func(_ context.Context, in bot.Inbound) error {
		got = append(got, in)
		return nil
	})); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Choice != "non" || got[0].Step != "7" || got[1].Choice != "" || got[1].Text != "34" {
		t.Fatalf("inbound = %+v", got)
	}
}

func TestAttachmentsAreSaved(t *testing.T) {
	var out bytes.Buffer
	dir := t.TempDir()
	a := New(strings.NewReader(""), &out, "u", WithFileDir(dir))
	_ = a.Send(context.Background(), bot.Address{}, bot.Reply{Attachments: []bot.Attachment{{Name: "../../rdv.ics", Data: []byte("BEGIN:VCALENDAR")}}})
	if !strings.Contains(out.String(), dir+"/cepbot-rdv.ics") {
		t.Fatalf("attachment not saved in the directory (or path not cleaned):\n%s", out.String())
	}
}

// FuzzInbound: any typed line becomes a message, never a panic.
func FuzzInbound(f *testing.F) {
	f.Add("1")
	f.Add("\xff\xfe 99999999999999999999")
	f.Add("-1")
	f.Fuzz(func(t *testing.T, line string) {
		a := New(strings.NewReader(""), &bytes.Buffer{}, "u")
		a.choices = []bot.Choice{{Label: "a", Value: "a"}}
		in := a.inbound(line)
		if in.Choice != "" && in.Choice != "a" {
			t.Fatalf("choice %q", in.Choice)
		}
	})
}

package console

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
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
	dir := filepath.Join(t.TempDir(), "pj")
	a := New(strings.NewReader(""), &out, "u", WithFileDir(dir))
	_ = a.Send(context.Background(), bot.Address{}, bot.Reply{Attachments: []bot.Attachment{{Name: "../../rdv.ics", Data: []byte("BEGIN:VCALENDAR")}}})
	m := regexp.MustCompile(`enregistrée dans (\S+)\]`).FindStringSubmatch(out.String())
	if m == nil || filepath.Dir(m[1]) != dir || !strings.HasPrefix(filepath.Base(m[1]), "cepbot-rdv-") || filepath.Ext(m[1]) != ".ics" {
		t.Fatalf("attachment not saved in the directory (or path not cleaned):\n%s", out.String())
	}
	if data, err := os.ReadFile(m[1]); err != nil || string(data) != "BEGIN:VCALENDAR" {
		t.Fatalf("saved file: %q, %v", data, err)
	}
	for path, want := range map[string]os.FileMode{dir: 0o700, m[1]: 0o600} {
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", path, fi.Mode().Perm(), want)
		}
	}
}

// Files planted in the directory (a link to another file, a world-writable
// file under the old fixed name) are neither followed nor written; two
// visitors' attachments never overwrite each other.
func TestAttachmentsNeverOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pj")
	if err := os.MkdirAll(dir, 0o777); err != nil {
		t.Fatal(err)
	}
	victim := filepath.Join(t.TempDir(), "victim")
	if err := os.WriteFile(victim, []byte("précieux"), 0o644); err != nil {
		t.Fatal(err)
	}
	_ = os.Symlink(victim, filepath.Join(dir, "cepbot-rendez-vous-cep.ics"))
	if err := os.WriteFile(filepath.Join(dir, "cepbot-mes-donnees-cep.json"), nil, 0o666); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	a := New(strings.NewReader(""), &out, "u", WithFileDir(dir))
	for range 2 {
		_ = a.Send(context.Background(), bot.Address{}, bot.Reply{Attachments: []bot.Attachment{
			{Name: "rendez-vous-cep.ics", Data: []byte("ICS")}, {Name: "mes-donnees-cep.json", Data: []byte("{}")}}})
	}
	if data, _ := os.ReadFile(victim); string(data) != "précieux" {
		t.Fatalf("the planted link was followed: %q", data)
	}
	if fi, _ := os.Stat(filepath.Join(dir, "cepbot-mes-donnees-cep.json")); fi.Size() != 0 {
		t.Fatal("the pre-created file received the data")
	}
	paths := regexp.MustCompile(`enregistrée dans (\S+)\]`).FindAllStringSubmatch(out.String(), -1)
	seen := map[string]bool{}
	for _, p := range paths {
		seen[p[1]] = true
	}
	if len(paths) != 4 || len(seen) != 4 {
		t.Fatalf("want 4 distinct files:\n%s", out.String())
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Fatalf("directory mode %v, want 0700", fi.Mode().Perm())
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

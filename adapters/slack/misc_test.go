package slack_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/bot"
)

func (e *env) command(user, text string) cepslack.CommandResponse {
	e.t.Helper()
	body := []byte(url.Values{"command": {"/cep"}, "text": {text}, "user_id": {user}, "channel_id": {"C1"}, "team_id": {"T1"}}.Encode())
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+cepslack.PathCommands, strings.NewReader(string(body)))
	for k, v := range sign(signingSecret, time.Now(), body) {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out struct {
		ResponseType string          `json:"response_type"`
		Text         string          `json:"text"`
		Blocks       json.RawMessage `json:"blocks"`
	}
	if resp.StatusCode != 200 || json.Unmarshal(raw, &out) != nil {
		e.t.Fatalf("HTTP %d %s", resp.StatusCode, raw)
	}
	return cepslack.CommandResponse{ResponseType: out.ResponseType, Text: out.Text + "\n" + string(out.Blocks)}
}

func TestCepCommand(t *testing.T) {
	e := newEnv(t)
	ref := e.bookFromDM(staffDM, staffUser)
	b, _ := e.svc.Get(context.Background(), ref)
	adv := e.dir.Advisor(b.AdvisorID)

	r := e.command(adv.SlackUserID, "")
	if r.ResponseType != "ephemeral" || !strings.Contains(r.Text, ref) || !strings.Contains(r.Text, "Mes rendez-vous") {
		t.Fatalf("/cep: %+v", r)
	}
	e.drain()
	r = e.command(adv.SlackUserID, "rdv "+strings.ToLower(ref))
	if !strings.Contains(r.Text, `"card-fields"`) || !strings.Contains(r.Text, ref) || strings.Contains(r.Text, `"card:`) || !strings.Contains(r.Text, "https://cep.slack.example/archives/") {
		t.Fatalf("/cep rdv: %+v", r)
	}
	if r = e.command("U0NOBODY1", ""); !strings.Contains(r.Text, "pas enregistré comme conseiller") {
		t.Fatalf("outsider: %+v", r)
	}
	// A colleague of another operator cannot read it.
	for _, a := range e.dir.Advisors {
		if ag := e.dir.Agency(a.AgencyID); ag != nil && ag.OperatorID != b.OperatorID && a.SlackUserID != "" {
			if r = e.command(a.SlackUserID, "rdv "+ref); !strings.Contains(r.Text, "Seuls les conseillers et responsables de France Travail") {
				t.Fatalf("other operator: %+v", r)
			}
			if r = e.command(a.SlackUserID, ""); strings.Contains(r.Text, ref) {
				t.Fatalf("other advisor sees the booking: %+v", r)
			}
			break
		}
	}
	// The agency's day and week, for a colleague and the agency's manager.
	col := colleague(t, e.dir, b)
	e.at(b.Start.Add(-time.Hour))
	for _, u := range []string{col.SlackUserID, e.dir.Operator("ft").Managers[0]} {
		if r = e.command(u, "aujourd’hui"); !strings.Contains(r.Text, "Rendez-vous d'aujourd'hui* (1)") || !strings.Contains(r.Text, ref) {
			t.Fatalf("/cep aujourd'hui by %s: %+v", u, r)
		}
		if r = e.command(u, "semaine"); !strings.Contains(r.Text, "Rendez-vous des 7 prochains jours* (1)") {
			t.Fatalf("/cep semaine: %+v", r)
		}
	}
	e.at(b.Start.Add(-72 * time.Hour))
	if r = e.command(col.SlackUserID, "aujourdhui"); strings.Contains(r.Text, ref) || !strings.Contains(r.Text, "Aucun rendez-vous") {
		t.Fatalf("/cep aujourd'hui 3 days before: %+v", r)
	}
	other := e.dir.AdvisorsOf("ft-01")[0]
	if r = e.command(other.SlackUserID, "semaine"); strings.Contains(r.Text, ref) {
		t.Fatalf("another agency sees it: %+v", r)
	}
	if r = e.command(adv.SlackUserID, "n'importe quoi"); !strings.Contains(r.Text, "Utilisation") {
		t.Fatalf("help: %+v", r)
	}
	// Cancelled bookings are not listed.
	if _, err := e.svc.SetStatus(context.Background(), ref, bot.StatusCancelled); err != nil {
		t.Fatal(err)
	}
	if r = e.command(adv.SlackUserID, ""); strings.Contains(r.Text, ref) {
		t.Fatalf("cancelled listed: %+v", r)
	}
}

func TestSendBlocks(t *testing.T) {
	e := newEnv(t)
	err := e.a.Send(context.Background(), bot.Address{Channel: "slack", Conversation: "D9"}, bot.Reply{
		Text: "Tom & Jerry <script> *gras*", Step: "s:7",
		Choices: []bot.Choice{{Label: "Oui", Value: "yes"}, {Label: strings.Repeat("long ", 40), Value: "l"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := e.slack.messages("D9")[0]
	if !strings.Contains(unjson(m.Blocks), "Tom &amp; Jerry &lt;script&gt; *gras*") {
		t.Fatalf("blocks %s", m.Blocks)
	}
	bs := buttons(m)
	if len(bs) != 2 || bs[0].ActionID != "choice:s:7:0" || bs[0].Value != "yes" || bs[1].ActionID != "choice:s:7:1" || len([]rune(bs[1].Label)) > 75 {
		t.Fatalf("buttons %+v", bs)
	}
	// A click carries the step and the value; the buttons are replaced.
	e.interaction("U1", "D9", m.TS, bs[0], "trig-x", m.Blocks)
	waitFor(t, "turn", func() bool { return e.turns.total() == 1 })
	e.turns.mu.Lock()
	for id := range e.turns.n {
		if !strings.HasPrefix(id, "action:") {
			t.Errorf("update id %q", id)
		}
	}
	e.turns.mu.Unlock()
	waitFor(t, "answered", func() bool { return e.slack.messages("D9")[0].Updates == 1 })
	m = e.slack.messages("D9")[0]
	if len(buttons(m)) != 0 || !strings.Contains(string(m.Blocks), "✔ Oui") || !strings.Contains(unjson(m.Blocks), "Tom &amp; Jerry") {
		t.Fatalf("answered message %s", m.Blocks)
	}
	// Slack unreachable: transient. The click's own answer is sent first:
	// the failure must not be spent on it.
	waitFor(t, "turn over", func() bool { return e.turns.finished() == 1 })
	e.slack.failNext("chat.postMessage", -1)
	err = e.a.Send(context.Background(), bot.Address{Channel: "slack", Conversation: "D9"}, bot.Reply{Text: "x"})
	if !errors.Is(err, bot.ErrTransient) {
		t.Fatalf("5xx: %v", err)
	}
}

func TestConfigFromEnv(t *testing.T) {
	dir := t.TempDir()
	tokFile := filepath.Join(dir, "tok")
	if err := os.WriteFile(tokFile, []byte("xoxb-from-file-hunter2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cfg, err := cepslack.ConfigFromEnv(env(map[string]string{cepslack.EnvBotTokenFile: tokFile, cepslack.EnvAppToken: "xapp-1-hunter2"}))
	if err != nil || cfg.BotToken != "xoxb-from-file-hunter2" || cfg.Mode() != cepslack.ModeSocket || cfg.APIURL != cepslack.DefaultAPIURL {
		t.Fatalf("%+v %v", cfg, err)
	}
	cfg, err = cepslack.ConfigFromEnv(env(map[string]string{cepslack.EnvBotToken: "xoxb-hunter2", cepslack.EnvSigningSecret: "hunter2sign", cepslack.EnvAPIURL: "http://127.0.0.1:9/api/"}))
	if err != nil || cfg.Mode() != cepslack.ModeHTTP {
		t.Fatalf("%+v %v", cfg, err)
	}
	for name, m := range map[string]map[string]string{
		"nothing":       {},
		"no transport":  {cepslack.EnvBotToken: "xoxb-hunter2"},
		"bad token":     {cepslack.EnvBotToken: "xoxp-hunter2", cepslack.EnvSigningSecret: "hunter2sign"},
		"bad app token": {cepslack.EnvBotToken: "xoxb-hunter2", cepslack.EnvAppToken: "hunter2app"},
		"both":          {cepslack.EnvBotToken: "xoxb-hunter2", cepslack.EnvBotTokenFile: tokFile, cepslack.EnvSigningSecret: "hunter2sign"},
		"missing file":  {cepslack.EnvBotTokenFile: filepath.Join(dir, "nope"), cepslack.EnvSigningSecret: "hunter2sign"},
		"url slash":     {cepslack.EnvBotToken: "xoxb-hunter2", cepslack.EnvSigningSecret: "hunter2sign", cepslack.EnvAPIURL: "http://127.0.0.1:9/api"},
		"url scheme":    {cepslack.EnvBotToken: "xoxb-hunter2", cepslack.EnvSigningSecret: "hunter2sign", cepslack.EnvAPIURL: "ftp://x/"},
	} {
		_, err := cepslack.ConfigFromEnv(env(m))
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%s: secret in error: %v", name, err)
		}
		t.Logf("%s: %v", name, err)
	}
	if _, err := cepslack.New(cepslack.Config{}); err == nil {
		t.Fatal("New accepted an empty config")
	}
}

// unjson undoes JSON's \u0026-style escapes.
func unjson(b []byte) string {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return string(b)
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	return sb.String()
}

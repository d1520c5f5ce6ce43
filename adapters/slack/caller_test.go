package slack_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
)

// lastTextHas tells whether a message of the DM contains s.
func (e *env) dmHas(channel, s string) bool {
	for _, m := range e.slack.messages(channel) {
		if strings.Contains(m.Text, s) {
			return true
		}
	}
	return false
}

// pressUntilBooked presses the first button of the DM until a reference is
// given, and returns it.
func (e *env) pressUntilBooked(channel, user string) string {
	e.t.Helper()
	for range 12 {
		for _, m := range e.slack.messages(channel) {
			if i := strings.Index(m.Text, "Référence :"); i >= 0 {
				return strings.TrimRight(strings.Fields(m.Text[i+len("Référence :"):])[0], ".,;")
			}
		}
		e.pressFirst(channel, user)
	}
	e.t.Fatalf("no booking; transcript:\n%s", strings.Join(e.dmTexts(channel), "\n---\n"))
	return ""
}

// TestCardShowsQuestionsCardsCorrections: the visitor's question to the
// bot, the card shown in answer and a field corrected after the recap are
// on the card, in French.
func TestCardShowsQuestionsCardsCorrections(t *testing.T) {
	e := newEnv(t)
	e.dm(staffDM, staffUser, "/start")
	e.dm(staffDM, staffUser, "oui")
	e.dm(staffDM, staffUser, request)
	e.dm(staffDM, staffUser, "Est-ce que je peux utiliser mon CPF pendant le chômage ?")
	for range 6 {
		if e.dmHas(staffDM, "Si j'ai bien compris") {
			break
		}
		e.pressFirst(staffDM, staffUser)
	}
	e.dm(staffDM, staffUser, "en fait j'ai 45 ans")
	ref := e.pressUntilBooked(staffDM, staffUser)
	e.drain()
	blocks := jsonText(e.card(ref).Blocks)
	for _, want := range []string{`"block_id":"card-questions"`, "*Questions posées au bot*\\n\u003eEst-ce que je peux utiliser mon CPF pendant le chômage ?",
		`"block_id":"card-cards"`, "*Fiches d'information montrées*\\n• ",
		`"block_id":"card-corrections"`, "*Corrigé au récapitulatif*\\n• Âge : 34 ans → 45 ans",
		"Saisi par*\\n<@" + staffUser + ">"} {
		if !strings.Contains(blocks, strings.ReplaceAll(want, "\u003e", ">")) {
			t.Errorf("card lacks %q:\n%s", want, blocks)
		}
	}
	bk, err := e.svc.Get(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	if len(bk.Handoff.Cards) == 0 {
		t.Fatal("no card shown recorded")
	}
	for _, c := range bk.Handoff.Cards {
		if !strings.Contains(blocks, "• "+c.Title) {
			t.Errorf("card shown %q not on the card:\n%s", c.Title, blocks)
		}
	}
	t.Logf("card of %s:\n%s", ref, blocks)
	if strings.Contains(blocks, "pour un appelant") {
		t.Errorf("a staff member's own booking is shown as entered for a caller:\n%s", blocks)
	}
}

// TestCallerFromAppHome: the App Home's button starts the dialogue for a
// caller in the user's DM with the app; the person's consent and phone
// are asked; the card says who entered it for a caller.
func TestCallerFromAppHome(t *testing.T) {
	e := newEnv(t)
	const recept = "U0RECEPT2"
	v, err := e.a.HomeView(context.Background(), recept)
	if err != nil {
		t.Fatal(err)
	}
	hv, _ := json.Marshal(v)
	if !strings.Contains(string(hv), `"action_id":"`+cepslack.ActionCallerStart+`"`) || !strings.Contains(string(hv), "Prendre un rendez-vous pour un appelant") {
		t.Fatalf("App Home without the caller button: %s", hv)
	}
	b := button{ActionID: cepslack.ActionCallerStart, BlockID: "home-caller", Value: "start", Label: "Prendre un rendez-vous pour un appelant"}
	for range 2 { // a retried delivery starts it once
		if r := e.interaction(recept, "", "", b, "trig-caller-1", nil); r.StatusCode != 200 {
			t.Fatalf("interaction: HTTP %d", r.StatusCode)
		}
	}
	// The fake Slack answers a post to a user id with that id as channel.
	dm := recept
	waitFor(t, "caller consent asked", func() bool { return e.dmHas(dm, "La personne accepte-t-elle ?") })
	e.pressFirst(dm, recept)
	if !e.dmHas(dm, "Décrivez la situation et le projet de la personne") {
		t.Fatalf("request not asked of the person:\n%s", strings.Join(e.dmTexts(dm), "\n---\n"))
	}
	e.dm(dm, recept, "Au chômage, 30 ans, habite à Lyon 69003")
	for range 10 {
		if e.dmHas(dm, "Comment le conseiller peut-il joindre la personne ?") {
			break
		}
		e.pressFirst(dm, recept)
	}
	e.pressFirst(dm, recept) // Par téléphone
	e.dm(dm, recept, "06 12 34 56 78")
	ref := e.pressUntilBooked(dm, recept)
	e.drain()
	if n := strings.Count(strings.Join(e.dmTexts(dm), "\n"), "✔ Prendre un rendez-vous pour un appelant"); n != 1 {
		t.Errorf("the caller mode started %d times", n)
	}
	blocks := jsonText(e.card(ref).Blocks)
	for _, want := range []string{"Saisi par*\\n<@" + recept + "> pour un appelant", "+33612345678"} {
		if !strings.Contains(blocks, want) {
			t.Errorf("card lacks %q:\n%s", want, blocks)
		}
	}
	bk, err := e.svc.Get(context.Background(), ref)
	if err != nil {
		t.Fatal(err)
	}
	if !bk.Handoff.ForCaller || bk.Handoff.EnteredBy != recept || bk.Contact != "+33612345678" {
		t.Errorf("booking: for caller %v, entered by %q, contact %q", bk.Handoff.ForCaller, bk.Handoff.EnteredBy, bk.Contact)
	}
	t.Logf("card of %s:\n%s", ref, blocks)
}

package slack_test

import (
	"strings"
	"testing"
)

const (
	staffDM   = "D0STAFF01"
	staffUser = "U0RECEPT1"
	request   = "Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003"
)

// bookFromDM runs the reception dialogue in a staff DM up to a booking and
// returns the reference.
func (e *env) bookFromDM(channel, user string) string {
	e.t.Helper()
	e.dm(channel, user, "/start")
	e.dm(channel, user, "oui")
	e.dm(channel, user, request)
	for range 12 {
		for _, m := range e.slack.messages(channel) {
			if i := strings.Index(m.Text, "Référence :"); i >= 0 {
				ref := strings.Fields(m.Text[i+len("Référence :"):])[0]
				return strings.TrimRight(ref, ".,;")
			}
		}
		e.pressFirst(channel, user)
	}
	e.t.Fatalf("no booking; transcript:\n%s", strings.Join(e.dmTexts(channel), "\n---\n"))
	return ""
}

func TestTranscript(t *testing.T) {
	e := newEnv(t)
	ref := e.bookFromDM(staffDM, staffUser)
	t.Logf("ref %s\n%s", ref, strings.Join(e.dmTexts(staffDM), "\n---\n"))
}

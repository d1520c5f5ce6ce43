package dialogs_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

func TestReminderWhen(t *testing.T) {
	paris, _ := time.LoadLocation("Europe/Paris")
	start := time.Date(2026, 12, 1, 10, 30, 0, 0, paris)
	x := &texts.FR().Dialogue
	for _, tc := range []struct {
		left time.Duration
		want string
	}{
		{72 * time.Hour, "mardi 1er décembre à 10 h 30"},
		{48 * time.Hour, "après-demain à 10 h 30"},
		{24 * time.Hour, "demain à 10 h 30"},
		{13*time.Hour + 30*time.Minute, "demain à 10 h 30"},
		{10*time.Hour + 30*time.Minute, "aujourd'hui à 10 h 30"},
		{3 * time.Hour, "aujourd'hui à 10 h 30"},
		{2*time.Hour + 59*time.Minute, "dans 3 heures, à 10 h 30"},
		{2 * time.Hour, "dans 2 heures, à 10 h 30"},
		{time.Hour + 17*time.Minute, "dans 1 h 15, à 10 h 30"},
		{time.Hour, "dans 1 heure, à 10 h 30"},
		{44 * time.Minute, "dans 45 minutes, à 10 h 30"},
		{3 * time.Minute, "dans 3 minutes, à 10 h 30"},
		{20 * time.Second, "dans 1 minute, à 10 h 30"},
	} {
		now := start.Add(-tc.left)
		if got := dialogs.ReminderWhen(x, start, now); got != tc.want {
			t.Errorf("%s before: %q, want %q", tc.left, got, tc.want)
		}
	}
}

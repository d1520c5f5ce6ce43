package directory

import (
	"errors"
	"strings"
	"testing"
)

func TestStaffSettings(t *testing.T) {
	src := `version: 1
defaults:
  modalities: [sur_place]
  hours: {mon: ["09:00-12:00"]}
outcomes:
  - {id: fait, label: Orientation faite}
  - {id: ailleurs, label: Orienté ailleurs}
operators:
  - id: ft
    kind: france_travail
    name: France Travail
    notify: {slack_channel: "#cep-ft"}
    managers: [U0BOSS001]
agencies:
  - id: ft-35
    operator: ft
    name: FT Rennes
    departements: ["35"]
    notify: {slack_channel: "#cep-ft-35"}
    managers: [U0CHEF035]
    advisors: [{id: r1, name: R, slack_user_id: U0R1}]
  - id: ft-22
    operator: ft
    name: FT Saint-Brieuc
    departements: ["22"]
    advisors: [{id: s1, name: S, slack_user_id: U0S1}]
`
	d, err := Parse("f.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"agency channel", d.CardChannel("ft-35", "ft"), "#cep-ft-35"},
		{"operator fallback", d.CardChannel("ft-22", "ft"), "#cep-ft"},
		{"agency manager", d.IsManager("U0CHEF035", "ft-35", "ft"), true},
		{"agency manager elsewhere", d.IsManager("U0CHEF035", "ft-22", "ft"), false},
		{"operator manager", d.IsManager("U0BOSS001", "ft-22", ""), true},
		{"advisor is not manager", d.IsManager("U0R1", "ft-35", "ft"), false},
		{"advisor of the agency", d.AdvisorBySlack("U0R1", "ft-35") != nil, true},
		{"advisor of another agency", d.AdvisorBySlack("U0S1", "ft-35") != nil, false},
		{"outcomes from the file", len(d.OutcomeList()), 2},
		{"outcome label", d.Outcome("ailleurs").Label, "Orienté ailleurs"},
		{"unknown outcome", d.Outcome("sans_suite") == nil, true},
		{"default outcomes", Sample().Outcome("sans_suite") != nil, true},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

func TestStaffSettingsErrors(t *testing.T) {
	src := `operators:
  - id: ft
    kind: france_travail
    name: FT
    managers: [jean.dupont]
agencies:
  - id: a
    operator: ft
    name: A
    departements: ["35"]
    modalities: [sur_place]
    hours: {mon: ["09:00-12:00"]}
    notify: {slack_channel: "#cep a", webhook_url: "https://x.example.org"}
    managers: [U0AAA1, U0AAA1]
    advisors: [{id: r1, name: R}]
outcomes:
  - {id: fait, label: Fait}
  - {id: fait, label: Encore}
  - {id: "Bad Id", label: X}
  - {id: vide}
`
	_, err := Parse("annuaire.yaml", []byte(src))
	var list *Errors
	if !errors.As(err, &list) {
		t.Fatalf("accepted: %v", err)
	}
	want := []string{
		`annuaire.yaml:5: operators[0].managers[0]: "jean.dupont" is not a Slack user id`,
		`annuaire.yaml:13: agencies[0].notify.webhook_url: unknown key`,
		`annuaire.yaml:13: agencies[0].notify.slack_channel: "#cep a" is not a Slack channel`,
		`annuaire.yaml:14: agencies[0].managers[1]: "U0AAA1" listed twice`,
		`annuaire.yaml:18: outcomes[1].id: duplicate outcome id "fait" (first at line 17)`,
		`annuaire.yaml:19: outcomes[2].id: "Bad Id" is not a valid id`,
		`annuaire.yaml:20: outcomes[3].label: missing`,
	}
	msg := err.Error()
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("missing %q in:\n%s", w, msg)
		}
	}
}

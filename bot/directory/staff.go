package directory

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Outcome is one result an advisor records when closing a handoff.
type Outcome struct {
	ID    string // stable id, in events and listings
	Label string // shown to staff
}

// DefaultOutcomes is the list used when the directory gives none.
var DefaultOutcomes = []Outcome{
	{"orientation_faite", "Orientation faite"},
	{"parcours_engage", "Parcours d'accompagnement engagé"},
	{"oriente_ailleurs", "Orienté vers un autre opérateur"},
	{"information_donnee", "Information donnée, pas de suite nécessaire"},
	{"sans_suite", "Sans suite (visiteur injoignable ou désistement)"},
}

// Outcome returns the outcome with that id, or nil.
func (d *Directory) Outcome(id string) *Outcome {
	list := d.outcomeList()
	for i := range list {
		if list[i].ID == id {
			return &list[i]
		}
	}
	return nil
}

// OutcomeList returns the closing outcomes, in file order.
func (d *Directory) OutcomeList() []Outcome { return d.outcomeList() }

func (d *Directory) outcomeList() []Outcome {
	if d == nil || len(d.Outcomes) == 0 {
		return DefaultOutcomes
	}
	return d.Outcomes
}

// CardChannel is where the handoff cards of an agency go: the agency's own
// notify.slack_channel, else its operator's; "" when neither has one.
func (d *Directory) CardChannel(agencyID, operatorID string) string {
	if ag := d.Agency(agencyID); ag != nil && ag.SlackChannel != "" {
		return ag.SlackChannel
	}
	if op := d.Operator(operatorID); op != nil {
		return op.Notify.SlackChannel
	}
	return ""
}

// IsManager reports whether the Slack user manages the agency (listed in
// the agency's or its operator's managers).
func (d *Directory) IsManager(slackUser, agencyID, operatorID string) bool {
	if slackUser == "" {
		return false
	}
	if ag := d.Agency(agencyID); ag != nil {
		if slices.Contains(ag.Managers, slackUser) {
			return true
		}
		if operatorID == "" {
			operatorID = ag.OperatorID
		}
	}
	if op := d.Operator(operatorID); op != nil && slices.Contains(op.Managers, slackUser) {
		return true
	}
	return false
}

// AdvisorBySlack returns the advisor of the agency who is that Slack user,
// or nil.
func (d *Directory) AdvisorBySlack(slackUser, agencyID string) *Advisor {
	if slackUser == "" {
		return nil
	}
	for _, ad := range d.AdvisorsOf(agencyID) {
		if ad.SlackUserID == slackUser {
			return ad
		}
	}
	return nil
}

// slackUsers reads a list of Slack user ids (managers).
func (w *walker) slackUsers(n *yaml.Node, path string) []string {
	if n == nil {
		return nil
	}
	list, nodes := w.strings(n, path)
	var out []string
	for i, s := range list {
		switch {
		case !slackRe.MatchString(s):
			w.errorf(nodes[i], index(path, i), "%q is not a Slack user id (like U012AB3CD)", s)
		case slices.Contains(out, s):
			w.errorf(nodes[i], index(path, i), "%q listed twice", s)
		default:
			out = append(out, s)
		}
	}
	return out
}

// agencyNotify reads an agency's notify: {slack_channel: …}. Webhooks stay
// per operator.
func (w *walker) agencyNotify(n *yaml.Node, path string) string {
	if n == nil {
		return ""
	}
	m := w.asMap(n, path, "slack_channel")
	c := w.optional(m, path, "slack_channel")
	if c != "" && (strings.ContainsAny(c, " \t") || len(c) > 80) {
		w.errorf(m.nodes["slack_channel"], path+".slack_channel", "%q is not a Slack channel name or id", c)
	}
	return c
}

// outcomes reads outcomes: [{id, label}, …].
func (w *walker) outcomes(n *yaml.Node) []Outcome {
	if n == nil {
		return nil
	}
	var out []Outcome
	seen := map[string]int{}
	items := w.asList(n, "outcomes")
	for i, on := range items {
		path := index("outcomes", i)
		m := w.asMap(on, path, "id", "label")
		dn := w.deref(on)
		if dn == nil {
			continue
		}
		o := Outcome{ID: w.required(m, dn, path, "id"), Label: w.required(m, dn, path, "label")}
		if o.ID == "" || o.Label == "" {
			continue
		}
		if !idRe.MatchString(o.ID) {
			w.errorf(m.nodes["id"], path+".id", "%q is not a valid id (lower-case letters, digits, '.', '_', '-')", o.ID)
			continue
		}
		if first, dup := seen[o.ID]; dup {
			w.errorf(m.nodes["id"], path+".id", "duplicate outcome id %q (first at line %d)", o.ID, first)
			continue
		}
		if len(o.Label) > 75 {
			w.errorf(m.nodes["label"], path+".label", "label too long (%d bytes, at most 75: it is shown in a Slack menu)", len(o.Label))
			continue
		}
		seen[o.ID] = dn.Line
		out = append(out, o)
	}
	if len(items) == 0 {
		w.errorf(n, "outcomes", "the list is empty (leave the key out to use the default outcomes)")
	}
	if len(out) > 100 {
		w.errorf(n, "outcomes", "%d outcomes: a Slack menu shows at most 100", len(out))
	}
	return out
}

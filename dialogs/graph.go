package dialogs

import (
	"fmt"
	"strings"
)

// Graph draws the dialogue from the registry's derived transitions, in
// Mermaid (stateDiagram-v2) or Graphviz dot. Sources that form a group
// (every state, every collecting state, every pending question) are drawn
// as that group's node; the returns after a declined erasure, one event
// per state, as one edge back to the "any step" node.
func Graph(format string) (string, error) {
	if format == "" {
		format = "mermaid"
	}
	if format != "mermaid" && format != "dot" {
		return "", fmt.Errorf("unknown graph format %q (mermaid or dot)", format)
	}
	type edge struct{ from, to, label string }
	var edges []edge
	used := map[string]bool{}
	seen := map[edge]bool{}
	add := func(e edge) {
		if !seen[e] {
			seen[e] = true
			edges = append(edges, e)
		}
	}
	for _, t := range transitions {
		label, to := string(t.On), string(t.To)
		if t.ToGroup != "" {
			// « garder_donnees:<state> », « reprendre_questionnaire:<state> »:
			// one edge to the group, labelled by the event's prefix.
			label, _, _ = strings.Cut(label, ":")
			to = t.ToGroup
			used[t.ToGroup] = true
		}
		if t.Group != "" {
			used[t.Group] = true
			add(edge{t.Group, to, label})
			continue
		}
		for _, f := range t.From {
			add(edge{string(f), to, label})
		}
	}
	groupOrder := []string{groupCollect, groupPending, groupAny}
	var b strings.Builder
	if format == "dot" {
		b.WriteString("digraph reception {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n")
		for _, g := range groupOrder {
			if used[g] {
				fmt.Fprintf(&b, "    %q [label=%q, style=dashed];\n", g, groupLabels[g])
			}
		}
		for _, st := range order {
			if d := registry[st]; d.Collects {
				fmt.Fprintf(&b, "    %q -> %q [label=%q];\n", st, groupCollect, collectLabel(d))
			}
		}
		for _, e := range edges {
			fmt.Fprintf(&b, "    %q -> %q [label=%q];\n", e.from, e.to, e.label)
		}
		b.WriteString("}\n")
		return b.String(), nil
	}
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", StateNew)
	for _, g := range groupOrder {
		if used[g] {
			fmt.Fprintf(&b, "    state \"%s\" as %s\n", groupLabels[g], g)
		}
	}
	for _, st := range order {
		if d := registry[st]; d.Collects {
			fmt.Fprintf(&b, "    %s --> %s: %s\n", st, groupCollect, collectLabel(d))
		}
	}
	for _, e := range edges {
		fmt.Fprintf(&b, "    %s --> %s: %s\n", e.from, e.to, e.label)
	}
	return b.String(), nil
}

func collectLabel(d *stateDef) string {
	if d.GraphLabel != "" {
		return d.GraphLabel
	}
	return "réponse"
}

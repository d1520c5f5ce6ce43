package directory

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/cep-accueil/cepbot/bot/editdist"
)

// maxNodes bounds the work done on one file: YAML aliases can make a small
// file expand exponentially ("billion laughs"), and Parse must stay cheap
// and never hang whatever it is given.
const maxNodes = 1 << 20

// walker walks yaml.Nodes, collecting problems with their line numbers.
type walker struct {
	file  string
	errs  Errors
	nodes int
	stop  bool
	// zones: one *time.Location per zone name for the whole file, not one
	// per agency (each LoadLocation reads and parses the zone anew, and a
	// national directory has hundreds of agencies in a few zones)
	zones map[string]*time.Location
}

func (w *walker) zone(name string) (*time.Location, error) {
	if l, ok := w.zones[name]; ok {
		return l, nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	if w.zones == nil {
		w.zones = map[string]*time.Location{}
	}
	w.zones[name] = l
	return l, nil
}

func (w *walker) errorf(n *yaml.Node, field, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	w.errs.add(w.file, line, field, format, args...)
}

// deref follows aliases and counts visited nodes against maxNodes.
func (w *walker) deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	w.nodes++
	if w.nodes > maxNodes && !w.stop {
		w.stop = true
		w.errs.add(w.file, 0, "", "file too complex (more than %d YAML nodes after alias expansion)", maxNodes)
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "empty"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

// field is one key of a mapping, with the set of keys a mapping accepts.
type mapping struct {
	keys  []string
	nodes map[string]*yaml.Node
	key   map[string]*yaml.Node
}

// asMap checks that n is a mapping whose keys are all in allowed, reports
// unknown and duplicate keys, and returns the values by key. A null node is
// an empty mapping.
func (w *walker) asMap(n *yaml.Node, path string, allowed ...string) *mapping {
	m := &mapping{keys: allowed, nodes: map[string]*yaml.Node{}, key: map[string]*yaml.Node{}}
	n = w.deref(n)
	if n == nil || w.stop || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return m
	}
	if n.Kind != yaml.MappingNode {
		w.errorf(n, path, "expected a mapping (key: value lines), found %s", kindName(n))
		return m
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := w.deref(n.Content[i]), n.Content[i+1]
		if k == nil || k.Kind != yaml.ScalarNode {
			w.errorf(n.Content[i], path, "keys must be plain words")
			continue
		}
		name := k.Value
		if !contains(allowed, name) {
			if s := suggest(name, allowed); s != "" {
				w.errorf(k, join(path, name), "unknown key %q (did you mean %q?)", name, s)
			} else {
				w.errorf(k, join(path, name), "unknown key %q (allowed: %s)", name, strings.Join(allowed, ", "))
			}
			continue
		}
		if _, dup := m.nodes[name]; dup {
			w.errorf(k, join(path, name), "key given twice")
			continue
		}
		m.nodes[name] = v
		m.key[name] = k
	}
	return m
}

func (m *mapping) has(name string) bool { _, ok := m.nodes[name]; return ok }

// asList returns the items of a sequence node (null = empty list).
func (w *walker) asList(n *yaml.Node, path string) []*yaml.Node {
	n = w.deref(n)
	if n == nil || w.stop || (n.Kind == yaml.ScalarNode && n.Tag == "!!null") {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		w.errorf(n, path, "expected a list, found %s", kindName(n))
		return nil
	}
	return n.Content
}

// str reads a scalar string; ok is false (and a problem recorded) otherwise.
func (w *walker) str(n *yaml.Node, path string) (string, bool) {
	n = w.deref(n)
	if n == nil || w.stop {
		return "", false
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		w.errorf(n, path, "expected a text value, found %s", kindName(n))
		return "", false
	}
	return strings.TrimSpace(n.Value), true
}

// required reads a non-empty string field of m.
func (w *walker) required(m *mapping, parent *yaml.Node, path, name string) string {
	n, ok := m.nodes[name]
	if !ok {
		w.errorf(parent, join(path, name), "missing (required)")
		return ""
	}
	s, ok := w.str(n, join(path, name))
	if ok && s == "" {
		w.errorf(n, join(path, name), "must not be empty")
	}
	return s
}

// optional reads a string field of m, "" if absent.
func (w *walker) optional(m *mapping, path, name string) string {
	n, ok := m.nodes[name]
	if !ok {
		return ""
	}
	s, _ := w.str(n, join(path, name))
	return s
}

func (w *walker) integer(n *yaml.Node, path string) (int, bool) {
	s, ok := w.str(n, path)
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	if err != nil {
		w.errorf(n, path, "%q is not a whole number", s)
		return 0, false
	}
	return v, true
}

func (w *walker) strings(n *yaml.Node, path string) ([]string, []*yaml.Node) {
	var out []string
	var nodes []*yaml.Node
	for i, it := range w.asList(n, path) {
		if s, ok := w.str(it, index(path, i)); ok {
			out = append(out, s)
			nodes = append(nodes, w.deref(it))
		}
	}
	return out, nodes
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func index(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggest returns the allowed word closest to s when it is probably a typo.
func suggest(s string, allowed []string) string {
	best, bestD := "", 3
	for _, a := range allowed {
		if d := editdist.Distance(strings.ToLower(s), a, bestD); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

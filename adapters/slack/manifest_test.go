package slack_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	slackapi "github.com/slack-go/slack"
	"go.yaml.in/yaml/v3"
)

// webAPI maps the slack-go client methods to the Web API methods they call
// and the bot scopes those need ("" : no scope, e.g. views.* with a trigger
// or auth.test). A client method the adapter calls that is missing here
// fails the test: add it with its scopes from api.slack.com/methods.
var webAPI = map[string]struct {
	method string
	scopes []string
}{
	"PostMessage":            {"chat.postMessage", []string{"chat:write"}},
	"PostEphemeral":          {"chat.postEphemeral", []string{"chat:write"}},
	"UpdateMessage":          {"chat.update", []string{"chat:write"}},
	"DeleteMessage":          {"chat.delete", []string{"chat:write"}},
	"SendMessage":            {"chat.postMessage", []string{"chat:write"}},
	"ScheduleMessage":        {"chat.scheduleMessage", []string{"chat:write"}},
	"GetPermalink":           {"chat.getPermalink", nil},
	"OpenView":               {"views.open", nil},
	"PushView":               {"views.push", nil},
	"UpdateView":             {"views.update", nil},
	"PublishView":            {"views.publish", nil},
	"UploadFile":             {"files.getUploadURLExternal+files.completeUploadExternal", []string{"files:write"}},
	"UploadFileV2":           {"files.getUploadURLExternal+files.completeUploadExternal", []string{"files:write"}},
	"GetUploadURLExternal":   {"files.getUploadURLExternal", []string{"files:write"}},
	"CompleteUploadExternal": {"files.completeUploadExternal", []string{"files:write"}},
	"GetFile":                {"url_private download", []string{"files:read"}},
	"GetFileInfo":            {"files.info", []string{"files:read"}},
	"AddReaction":            {"reactions.add", []string{"reactions:write"}},
	"RemoveReaction":         {"reactions.remove", []string{"reactions:write"}},
	"GetUserInfo":            {"users.info", []string{"users:read"}},
	"GetUsersInfo":           {"users.info", []string{"users:read"}},
	"GetUserByEmail":         {"users.lookupByEmail", []string{"users:read.email"}},
	"OpenConversation":       {"conversations.open", []string{"im:write"}},
	"GetConversationInfo":    {"conversations.info", []string{"channels:read"}},
	"GetConversationReplies": {"conversations.replies", []string{"channels:history"}},
	"GetConversationHistory": {"conversations.history", []string{"channels:history"}},
	"JoinConversation":       {"conversations.join", []string{"channels:join"}},
	"AuthTest":               {"auth.test", nil},
	"Debug":                  {"", nil}, // logging helpers of the client, no call
	"Debugf":                 {"", nil},
	"Debugln":                {"", nil},
}

type manifest struct {
	Features struct {
		AppHome struct {
			HomeTab     bool `yaml:"home_tab_enabled"`
			MessagesTab bool `yaml:"messages_tab_enabled"`
			ReadOnly    bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		SlashCommands []struct {
			Command string `yaml:"command"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			BotEvents []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			Enabled bool `yaml:"is_enabled"`
		} `yaml:"interactivity"`
		SocketMode bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// adapterSource parses the adapter's non-test Go files.
func adapterSource(t *testing.T) (files []*ast.File, text string) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var all strings.Builder
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, n, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
		all.Write(src)
	}
	return files, all.String()
}

// clientCalls lists the slack-go client methods the adapter calls (a
// Context suffix folded into the method's name).
func clientCalls(files []*ast.File) []string {
	methods := map[string]bool{}
	ct := reflect.TypeOf(&slackapi.Client{})
	for i := 0; i < ct.NumMethod(); i++ {
		methods[ct.Method(i).Name] = true
	}
	seen := map[string]bool{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && methods[sel.Sel.Name] {
				seen[strings.TrimSuffix(sel.Sel.Name, "Context")] = true
			}
			return true
		})
	}
	out := make([]string, 0, len(seen))
	for m := range seen {
		out = append(out, m)
	}
	sort.Strings(out)
	return out
}

// TestManifestCoversTheAdapter: every Web API method the adapter calls is
// covered by a bot scope of manifest.yaml; the events and features the
// adapter serves are declared (DM messages, thread replies, App Home,
// interactivity, the slash command), and the manifest says how it is
// reached (Socket Mode as written).
func TestManifestCoversTheAdapter(t *testing.T) {
	data, err := os.ReadFile("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatalf("manifest.yaml: %v", err)
	}
	scopes := map[string]bool{}
	for _, s := range m.OAuth.Scopes.Bot {
		scopes[s] = true
	}
	needed := map[string]string{} // scope -> why
	files, src := adapterSource(t)
	calls := clientCalls(files)
	if len(calls) == 0 {
		t.Fatal("no slack-go client call found in the adapter's source: the scan is broken")
	}
	for _, c := range calls {
		api, ok := webAPI[c]
		if !ok {
			t.Errorf("the adapter calls slack-go's %s: add it to webAPI with its Web API method and scopes", c)
			continue
		}
		for _, s := range api.scopes {
			needed[s] = c + " (" + api.method + ")"
		}
	}
	events := map[string]bool{}
	for _, e := range m.Settings.Events.BotEvents {
		events[e] = true
	}
	eventScope := map[string]string{"message.im": "im:history", "message.channels": "channels:history", "message.groups": "groups:history", "app_mention": "app_mentions:read"}
	for e := range events {
		if s := eventScope[e]; s != "" {
			needed[s] = "event " + e
		}
	}
	// What the adapter's source serves must be subscribed.
	want := map[string]string{
		"message.im":       `ChannelType == "im"`, // the dialogue in a DM
		"message.channels": "ThreadTS",            // replies in a card's thread
		"message.groups":   "ThreadTS",
	}
	if strings.Contains(src, `"app_home_opened"`) {
		want["app_home_opened"] = `"app_home_opened"`
		if !m.Features.AppHome.HomeTab {
			t.Error("the adapter publishes an App Home: set features.app_home.home_tab_enabled")
		}
	}
	for e, marker := range want {
		if strings.Contains(src, marker) && !events[e] {
			t.Errorf("the adapter handles %s (%s) but the manifest does not subscribe to it", e, marker)
		}
	}
	if !m.Features.AppHome.MessagesTab || m.Features.AppHome.ReadOnly {
		t.Error("staff write to the bot in a DM: messages tab enabled and not read-only")
	}
	if strings.Contains(src, "PathInteractions") && !m.Settings.Interactivity.Enabled {
		t.Error("the adapter serves interactions (buttons, modals): enable interactivity")
	}
	if !slices.ContainsFunc(m.Features.SlashCommands, func(c struct {
		Command string `yaml:"command"`
	}) bool {
		return c.Command == "/cep"
	}) {
		t.Error("the /cep slash command is not declared")
	} else {
		needed["commands"] = "slash command /cep"
	}
	if !m.Settings.SocketMode {
		t.Error("the manifest as written is the Socket Mode variant (the HTTP switch is explained in its comments)")
	}
	for s, why := range needed {
		if !scopes[s] {
			t.Errorf("scope %s missing from manifest.yaml, needed by %s", s, why)
		}
	}
	for s := range scopes {
		if _, ok := needed[s]; !ok {
			t.Logf("scope %s is not needed by the adapter's current source", s)
		}
	}
	t.Logf("client calls: %s", strconv.Quote(strings.Join(calls, ", ")))
}

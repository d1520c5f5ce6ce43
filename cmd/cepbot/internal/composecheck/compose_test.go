package composecheck

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	"go.yaml.in/yaml/v3"
)

// repoRoot is the repository root and composeFile its docker-compose.yml,
// from this directory.
const (
	repoRoot    = "../../../.."
	composeFile = repoRoot + "/docker-compose.yml"
)

// loadCompose loads the compose file as `docker compose` would (no Docker
// engine needed), with env as the environment of the command.
func loadCompose(t *testing.T, env map[string]string, profiles ...string) *types.Project {
	t.Helper()
	abs, err := filepath.Abs(composeFile)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	p, err := loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  filepath.Dir(abs),
		ConfigFiles: []types.ConfigFile{{Filename: abs, Content: data}},
		Environment: env,
	}, func(o *loader.Options) {
		o.SetProjectName("cepbot", true)
		o.Profiles = profiles
	})
	if err != nil {
		t.Fatalf("loading %s (profiles %v): %v", composeFile, profiles, err)
	}
	return p
}

func TestComposeLoads(t *testing.T) {
	for _, tc := range []struct {
		profiles []string
		services []string
	}{
		{nil, []string{"cepbot", "redis"}},
		{[]string{"replicas"}, []string{"cepbot", "cepbot-2", "redis"}},
	} {
		p := loadCompose(t, map[string]string{}, tc.profiles...)
		if got := p.ServiceNames(); !slices.Equal(sorted(got), tc.services) {
			t.Errorf("profiles %v: services %v, want %v", tc.profiles, got, tc.services)
		}
		if tc.profiles == nil {
			if _, ok := p.DisabledServices["cepbot-2"]; !ok {
				t.Errorf("without the replicas profile, cepbot-2 should be disabled")
			}
		}
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestComposeServices(t *testing.T) {
	p := loadCompose(t, map[string]string{}, "replicas")
	root, _ := filepath.Abs(repoRoot)

	redis := p.Services["redis"]
	if redis.Image != "redis:7" {
		t.Errorf("redis image %q, want redis:7", redis.Image)
	}
	if cmd := strings.Join(redis.Command, " "); !strings.Contains(cmd, "--appendonly yes") {
		t.Errorf("redis command %q: want --appendonly yes", cmd)
	}
	if hc := redis.HealthCheck; hc == nil || !strings.Contains(strings.Join(hc.Test, " "), "redis-cli ping") {
		t.Errorf("redis healthcheck %+v: want redis-cli ping", hc)
	}
	if len(redis.Volumes) != 1 || redis.Volumes[0].Type != types.VolumeTypeVolume || redis.Volumes[0].Target != "/data" {
		t.Errorf("redis volumes %+v: want one named volume on /data", redis.Volumes)
	} else if _, ok := p.Volumes[redis.Volumes[0].Source]; !ok {
		t.Errorf("redis volume %q is not a declared named volume", redis.Volumes[0].Source)
	}
	if len(redis.Ports) != 0 {
		t.Errorf("redis publishes ports %+v: it should be reachable by the bots only", redis.Ports)
	}

	published := map[string]bool{}
	for _, name := range []string{"cepbot", "cepbot-2"} {
		s := p.Services[name]
		b := s.Build
		if b == nil {
			t.Fatalf("%s: no build section", name)
		}
		if b.Context != root {
			t.Errorf("%s: build context %q, want the repository root %q", name, b.Context, root)
		}
		if b.Dockerfile != "" && b.DockerfileInline == "" {
			t.Errorf("%s: a Dockerfile path %q; the Dockerfile must be inline", name, b.Dockerfile)
		}
		df := b.DockerfileInline
		for _, want := range []string{"FROM golang:1.26 AS build", "go build", "./cmd/cepbot", "COPY --from=build", `CMD ["serve"]`, "USER "} {
			if !strings.Contains(df, want) {
				t.Errorf("%s: inline Dockerfile lacks %q:\n%s", name, want, df)
			}
		}
		if n := strings.Count(df, "\nFROM ") + strings.Count(df[:min(len(df), 5)], "FROM "); n != 2 {
			t.Errorf("%s: %d FROM lines, want a two-stage build", name, n)
		}
		if s.Image != "cepbot:local" {
			t.Errorf("%s: image %q, want cepbot:local (one image for both replicas)", name, s.Image)
		}
		env := s.Environment
		for k, want := range map[string]string{
			"CEPBOT_STORE": "redis://redis:6379/0", "CEPBOT_HTTP_ADDR": ":8080",
			"CEPBOT_TELEGRAM_TOKEN_FILE": "/run/secrets/telegram_token", "CEPBOT_PSEUDONYM_KEY_FILE": "/run/secrets/pseudonym_key",
		} {
			if v := env[k]; v == nil || *v != want {
				t.Errorf("%s: %s = %v, want %q", name, k, v, want)
			}
		}
		var secrets []string
		for _, sc := range s.Secrets {
			secrets = append(secrets, sc.Source)
			if _, ok := p.Secrets[sc.Source]; !ok {
				t.Errorf("%s: secret %q not declared", name, sc.Source)
			}
		}
		if !slices.Equal(sorted(secrets), []string{"pseudonym_key", "telegram_token"}) {
			t.Errorf("%s: secrets %v", name, secrets)
		}
		dep, ok := s.DependsOn["redis"]
		if !ok || dep.Condition != types.ServiceConditionHealthy {
			t.Errorf("%s: depends_on redis %+v, want condition service_healthy", name, dep)
		}
		if hc := s.HealthCheck; hc == nil || !strings.Contains(strings.Join(hc.Test, " "), "/healthz") {
			t.Errorf("%s: healthcheck %+v, want a GET of /healthz", name, hc)
		}
		if len(s.Ports) != 1 || s.Ports[0].Target != 8080 {
			t.Fatalf("%s: ports %+v, want one published port to 8080", name, s.Ports)
		}
		if published[s.Ports[0].Published] {
			t.Errorf("%s: host port %s already used by the other replica", name, s.Ports[0].Published)
		}
		published[s.Ports[0].Published] = true
	}
	if !published["8080"] || !published["8081"] {
		t.Errorf("host ports %v, want 8080 and 8081 by default", published)
	}
	if got := p.Services["cepbot-2"].Profiles; !slices.Equal(got, []string{"replicas"}) {
		t.Errorf("cepbot-2 profiles %v, want [replicas]", got)
	}
	if got := p.Services["cepbot"].Profiles; len(got) != 0 {
		t.Errorf("cepbot profiles %v, want none (always on)", got)
	}
	for name, sc := range p.Secrets {
		if sc.File != "" || sc.Content != "" || !strings.HasPrefix(sc.Environment, "CEPBOT_") {
			t.Errorf("secret %s: %+v; want it taken from a CEPBOT_ environment variable", name, sc)
		}
	}

	// Values given to `docker compose` pass through; nothing is invented.
	p = loadCompose(t, map[string]string{"CEPBOT_TELEGRAM_MODE": "webhook", "CEPBOT_TELEGRAM_SECRET": "from-the-shell", "CEPBOT_PORT": "9000"})
	s := p.Services["cepbot"]
	if v := s.Environment["CEPBOT_TELEGRAM_MODE"]; v == nil || *v != "webhook" {
		t.Errorf("CEPBOT_TELEGRAM_MODE not passed through: %v", v)
	}
	if v := s.Environment["CEPBOT_TELEGRAM_SECRET"]; v == nil || *v != "from-the-shell" {
		t.Errorf("CEPBOT_TELEGRAM_SECRET not passed through: %v", v)
	}
	if s.Ports[0].Published != "9000" {
		t.Errorf("CEPBOT_PORT not used: %+v", s.Ports)
	}
}

// TestComposeNoSecretLiteral: any environment entry whose name speaks of a
// token, a secret, a password or a key is either a _FILE path under
// /run/secrets or a pure ${VARIABLE…} reference, and nothing in the file
// looks like a Telegram token or a password in a URL.
func TestComposeNoSecretLiteral(t *testing.T) {
	data, err := os.ReadFile(composeFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	secretName := regexp.MustCompile(`(?i)token|secret|passw|key`)
	// ${NAME}, ${NAME:?message} or ${NAME:-} (empty default): no literal.
	variable := regexp.MustCompile(`^\$\{[A-Z0-9_]+(:?\?[^}]*|:?-)?\}$`)
	checked := 0
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if k == "environment" {
					if name, ok := x.(string); ok && strings.HasPrefix(path, ".secrets.") {
						if !regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`).MatchString(name) {
							t.Errorf("%s.environment = %q: want the name of a variable", path, name)
						}
						continue // a secret read from that variable
					}
					env, ok := x.(map[string]any)
					if !ok {
						t.Errorf("%s.environment: use the map form", path)
						continue
					}
					for name, val := range env {
						s, _ := val.(string)
						if !secretName.MatchString(name) {
							continue
						}
						checked++
						switch {
						case strings.HasSuffix(name, "_FILE") && strings.HasPrefix(s, "/run/secrets/"):
						case variable.MatchString(s):
						default:
							t.Errorf("%s.environment.%s = %q: a secret must come from a variable or a secret file", path, name, s)
						}
					}
					continue
				}
				walk(path+"."+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path, x)
			}
		}
	}
	walk("", doc)
	if checked < 3 {
		t.Errorf("only %d secret-like environment entries checked", checked)
	}
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`\d{6,}:[A-Za-z0-9_-]{30,}`),        // a Telegram bot token
		regexp.MustCompile(`redis[a-z+]*://[^/\s@]*:[^@\s]+@`), // a password in a Redis URL
		regexp.MustCompile(`(?i)(password|passwd|requirepass)\s*[:=]\s*\S`),
	} {
		if m := re.Find(data); m != nil {
			t.Errorf("docker-compose.yml contains what looks like a secret: %q", m)
		}
	}
	// The repository keeps no Dockerfile: the compose file builds inline.
	for _, name := range []string{"Dockerfile", "Containerfile"} {
		if _, err := os.Stat(filepath.Join(repoRoot, name)); err == nil {
			t.Errorf("%s at the repository root: the build must stay inline in docker-compose.yml", name)
		}
	}
}

package composecheck

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

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

// required is the environment `docker compose` needs at least.
var required = map[string]string{"CEPBOT_DIRECTORY_HOST": "/srv/cepbot/directory.yaml"}

// loadCompose loads the compose file as `docker compose` would (no Docker
// engine needed), with env as the environment of the command.
func loadCompose(t *testing.T, env map[string]string, profiles ...string) (*types.Project, error) {
	t.Helper()
	abs, err := filepath.Abs(composeFile)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	return loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  filepath.Dir(abs),
		ConfigFiles: []types.ConfigFile{{Filename: abs, Content: data}},
		Environment: env,
	}, func(o *loader.Options) {
		o.SetProjectName("cepbot", true)
		o.Profiles = profiles
	})
}

func mustLoad(t *testing.T, env map[string]string, profiles ...string) *types.Project {
	t.Helper()
	all := map[string]string{}
	for k, v := range required {
		all[k] = v
	}
	for k, v := range env {
		all[k] = v
	}
	p, err := loadCompose(t, all, profiles...)
	if err != nil {
		t.Fatalf("loading %s (profiles %v): %v", composeFile, profiles, err)
	}
	return p
}

func readRepo(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestComposeLoads(t *testing.T) {
	for _, tc := range []struct {
		profiles []string
		services []string
	}{
		{nil, []string{"cepbot", "redis"}},
		{[]string{"replicas"}, []string{"cepbot", "cepbot-2", "redis"}},
	} {
		p := mustLoad(t, nil, tc.profiles...)
		if got := p.ServiceNames(); !slices.Equal(sorted(got), tc.services) {
			t.Errorf("profiles %v: services %v, want %v", tc.profiles, got, tc.services)
		}
		if tc.profiles == nil {
			if _, ok := p.DisabledServices["cepbot-2"]; !ok {
				t.Errorf("without the replicas profile, cepbot-2 should be disabled")
			}
		}
	}
	// The directory is the operator's: without it compose refuses to start
	// (no silent fallback on the fictional sample).
	if _, err := loadCompose(t, map[string]string{}); err == nil || !strings.Contains(err.Error(), "CEPBOT_DIRECTORY_HOST") {
		t.Errorf("loading without CEPBOT_DIRECTORY_HOST: %v, want a refusal naming it", err)
	}
}

// exact is an image reference pinned to an exact version or a digest.
var exact = regexp.MustCompile(`^[a-z0-9./_-]+(:v?\d+\.\d+\.\d+[a-z0-9.-]*|@sha256:[0-9a-f]{64})$`)

// TestComposeHardening checks the properties an operator expects of the
// file: pinned images, builder on a Go patch release at least the module's,
// non-root, read-only root filesystems, secrets as files through _FILE
// variables, the directory mounted read-only, Redis with AOF and
// noeviction, healthchecks, a stop grace period longer than serve's
// shutdown, resource limits and log rotation.
func TestComposeHardening(t *testing.T) {
	p := mustLoad(t, nil, "replicas")
	root, _ := filepath.Abs(repoRoot)

	redis := p.Services["redis"]
	if !exact.MatchString(redis.Image) {
		t.Errorf("redis image %q is not pinned to an exact version", redis.Image)
	}
	cmd := strings.Join(redis.Command, " ")
	for _, want := range []string{"--appendonly yes", "--maxmemory-policy noeviction", "--maxmemory "} {
		if !strings.Contains(cmd, want) {
			t.Errorf("redis command %q lacks %q", cmd, want)
		}
	}
	if len(redis.Volumes) != 1 || redis.Volumes[0].Type != types.VolumeTypeVolume || redis.Volumes[0].Target != "/data" {
		t.Errorf("redis volumes %+v: want one named volume on /data", redis.Volumes)
	}
	if len(redis.Ports) != 0 {
		t.Errorf("redis publishes ports %+v: it should be reachable by the bots only", redis.Ports)
	}

	shutdown := serveShutdown(t)
	published := map[string]bool{}
	for _, s := range []types.ServiceConfig{redis, p.Services["cepbot"], p.Services["cepbot-2"]} {
		name := s.Name
		if hc := s.HealthCheck; hc == nil || len(hc.Test) == 0 || hc.Disable {
			t.Errorf("%s: no healthcheck", name)
		}
		if !s.ReadOnly {
			t.Errorf("%s: root filesystem not read-only", name)
		}
		if s.StopGracePeriod == nil || time.Duration(*s.StopGracePeriod) <= shutdown {
			t.Errorf("%s: stop_grace_period %v, want more than serve's %v shutdown", name, s.StopGracePeriod, shutdown)
		}
		if s.Deploy == nil || s.Deploy.Resources.Limits == nil || s.Deploy.Resources.Limits.MemoryBytes == 0 || s.Deploy.Resources.Limits.NanoCPUs == 0 {
			t.Errorf("%s: no memory and cpu limits", name)
		}
		if s.Logging == nil || s.Logging.Driver != "json-file" || s.Logging.Options["max-size"] == "" || s.Logging.Options["max-file"] == "" {
			t.Errorf("%s: logging %+v, want json-file with max-size and max-file (rotation)", name, s.Logging)
		}
		if !slices.Contains(s.SecurityOpt, "no-new-privileges:true") {
			t.Errorf("%s: security_opt %v lacks no-new-privileges", name, s.SecurityOpt)
		}
		if name == "redis" {
			continue
		}

		b := s.Build
		if b == nil || b.Context != root || b.DockerfileInline == "" {
			t.Fatalf("%s: build %+v, want the repository root with an inline Dockerfile", name, b)
		}
		checkDockerfile(t, name, b.DockerfileInline)
		if s.Image != "cepbot:local" {
			t.Errorf("%s: image %q, want cepbot:local (one image for both replicas)", name, s.Image)
		}
		if uid, _, _ := strings.Cut(s.User, ":"); uid == "" || uid == "0" || uid == "root" {
			t.Errorf("%s: user %q, want a non-root uid", name, s.User)
		}
		if !slices.Contains(s.CapDrop, "ALL") {
			t.Errorf("%s: cap_drop %v, want ALL", name, s.CapDrop)
		}
		env := s.Environment
		for k, want := range map[string]string{
			"CEPBOT_STORE": "redis://redis:6379/0", "CEPBOT_HTTP_ADDR": ":8080", "CEPBOT_ADMIN_ADDR": ":9090", "CEPBOT_ENV": "production",
			"CEPBOT_TELEGRAM_TOKEN_FILE": "/run/secrets/telegram_token", "CEPBOT_PSEUDONYM_KEY_FILE": "/run/secrets/pseudonym_key",
			"CEPBOT_DIRECTORY": "/etc/cepbot/directory.yaml",
		} {
			if v := env[k]; v == nil || *v != want {
				t.Errorf("%s: %s = %v, want %q", name, k, v, want)
			}
		}
		// The directory: the operator's file, read-only, where CEPBOT_DIRECTORY points.
		var dirMount *types.ServiceVolumeConfig
		for i, v := range s.Volumes {
			if v.Target == "/etc/cepbot/directory.yaml" {
				dirMount = &s.Volumes[i]
			}
		}
		if dirMount == nil || !dirMount.ReadOnly || dirMount.Type != types.VolumeTypeBind || dirMount.Source != required["CEPBOT_DIRECTORY_HOST"] {
			t.Errorf("%s: directory mount %+v, want CEPBOT_DIRECTORY_HOST bound read-only", name, dirMount)
		}
		// Secrets: declared files, mounted; every _FILE variable points at one.
		mounted := map[string]bool{}
		for _, sc := range s.Secrets {
			mounted[sc.Source] = true
			decl, ok := p.Secrets[sc.Source]
			if !ok || decl.File == "" || decl.Environment != "" || decl.Content != "" {
				t.Errorf("%s: secret %q %+v, want a declared file", name, sc.Source, decl)
			}
		}
		for k, v := range env {
			if !strings.HasSuffix(k, "_FILE") || v == nil || *v == "" {
				continue
			}
			sec, ok := strings.CutPrefix(*v, "/run/secrets/")
			if !ok || !mounted[sec] {
				t.Errorf("%s: %s = %q is not a mounted secret", name, k, *v)
			}
		}
		ports := map[uint32]types.ServicePortConfig{}
		for _, pc := range s.Ports {
			ports[pc.Target] = pc
		}
		if pc, ok := ports[8080]; !ok || published[pc.Published] {
			t.Errorf("%s: public port %+v missing or shared with the other replica", name, pc)
		} else {
			published[pc.Published] = true
		}
		if pc, ok := ports[9090]; !ok || pc.HostIP != "127.0.0.1" {
			t.Errorf("%s: admin port (metrics) %+v, want published on 127.0.0.1 only", name, pc)
		}
		dep, ok := s.DependsOn["redis"]
		if !ok || dep.Condition != types.ServiceConditionHealthy {
			t.Errorf("%s: depends_on redis %+v, want condition service_healthy", name, dep)
		}
	}
	if !published["8080"] || !published["8081"] {
		t.Errorf("host ports %v, want 8080 and 8081 by default", published)
	}
	if got := p.Services["cepbot-2"].Profiles; !slices.Equal(got, []string{"replicas"}) {
		t.Errorf("cepbot-2 profiles %v, want [replicas]", got)
	}

	// Values given to `docker compose` pass through; nothing is invented.
	p = mustLoad(t, map[string]string{"CEPBOT_TELEGRAM_MODE": "webhook", "CEPBOT_TELEGRAM_SECRET_FILE": "/run/secrets/telegram_webhook_secret",
		"CEPBOT_PORT": "9000", "CEPBOT_SECRETS_DIR": "/srv/cepbot/secrets", "CEPBOT_ENV": "staging"})
	s := p.Services["cepbot"]
	for k, want := range map[string]string{"CEPBOT_TELEGRAM_MODE": "webhook", "CEPBOT_TELEGRAM_SECRET_FILE": "/run/secrets/telegram_webhook_secret", "CEPBOT_ENV": "staging"} {
		if v := s.Environment[k]; v == nil || *v != want {
			t.Errorf("%s not passed through: %v", k, v)
		}
	}
	if s.Ports[0].Published != "9000" {
		t.Errorf("CEPBOT_PORT not used: %+v", s.Ports)
	}
	if f := p.Secrets["telegram_token"].File; f != "/srv/cepbot/secrets/telegram_token" {
		t.Errorf("CEPBOT_SECRETS_DIR not used: %q", f)
	}
}

// checkDockerfile: two stages, each base pinned; the builder on a Go patch
// release at least the module's go directive; the image runs as a non-root
// user.
func checkDockerfile(t *testing.T, name, df string) {
	t.Helper()
	from := regexp.MustCompile(`(?m)^FROM (\S+)`).FindAllStringSubmatch(df, -1)
	if len(from) != 2 {
		t.Fatalf("%s: %d FROM lines, want a two-stage build:\n%s", name, len(from), df)
	}
	for _, f := range from {
		if !exact.MatchString(f[1]) {
			t.Errorf("%s: base image %q is not pinned to an exact version", name, f[1])
		}
	}
	goImage := regexp.MustCompile(`^golang:(\d+)\.(\d+)\.(\d+)`).FindStringSubmatch(from[0][1])
	mod := regexp.MustCompile(`(?m)^go (\d+)\.(\d+)\.(\d+)$`).FindStringSubmatch(readRepo(t, "go.mod"))
	if goImage == nil || mod == nil {
		t.Fatalf("%s: builder %q or go.mod's go directive unreadable", name, from[0][1])
	}
	if cmpVersion(goImage[1:], mod[1:]) < 0 {
		t.Errorf("%s: builder golang:%s.%s.%s is older than go.mod's go %s.%s.%s", name, goImage[1], goImage[2], goImage[3], mod[1], mod[2], mod[3])
	}
	for _, want := range []string{"go build", "./cmd/cepbot", "COPY --from=build", `CMD ["serve"]`, "CGO_ENABLED=0"} {
		if !strings.Contains(df, want) {
			t.Errorf("%s: inline Dockerfile lacks %q", name, want)
		}
	}
	user := regexp.MustCompile(`(?m)^USER (\S+)`).FindStringSubmatch(df)
	if user == nil || strings.HasPrefix(user[1], "0") || strings.HasPrefix(user[1], "root") {
		t.Errorf("%s: the image does not switch to a non-root USER", name)
	}
}

func cmpVersion(a, b []string) int {
	for i := range a {
		x, _ := strconv.Atoi(a[i])
		y, _ := strconv.Atoi(b[i])
		if x != y {
			return x - y
		}
	}
	return 0
}

// serveShutdown reads how long `cepbot serve` drains on SIGTERM.
func serveShutdown(t *testing.T) time.Duration {
	t.Helper()
	m := regexp.MustCompile(`shutCtx, cancel := context\.WithTimeout\(context\.Background\(\), (\d+) \* time\.Second\)`).
		FindStringSubmatch(strings.ReplaceAll(readRepo(t, "cmd/cepbot/serve.go"), "20*time", "20 * time"))
	if m == nil {
		t.Fatal("cmd/cepbot/serve.go: the shutdown timeout is not found; update serveShutdown")
	}
	n, _ := strconv.Atoi(m[1])
	return time.Duration(n) * time.Second
}

// TestComposeEveryReadmeVariable: every CEPBOT_ variable of the README's
// table of `cepbot serve` settings is passed to the containers (itself or
// its _FILE twin) or named in the compose file's « Not passed » comment.
func TestComposeEveryReadmeVariable(t *testing.T) {
	readme := readRepo(t, "README.md")
	start := strings.Index(readme, "## Running the service")
	if start < 0 {
		t.Fatal("README: no « Running the service » section")
	}
	section := readme[start:]
	if end := strings.Index(section[3:], "\n## "); end > 0 {
		section = section[:end+3]
	}
	vars := map[string]bool{}
	for _, m := range regexp.MustCompile("`(CEPBOT_[A-Z0-9_]+)`").FindAllStringSubmatch(section, -1) {
		vars[strings.TrimSuffix(m[1], "_FILE")] = true
	}
	if len(vars) < 15 {
		t.Fatalf("only %d variables found in the README section: the scan is broken", len(vars))
	}
	compose := readRepo(t, "docker-compose.yml")
	notPassed := ""
	if i := strings.Index(compose, "Not passed to the containers:"); i >= 0 {
		notPassed = compose[i:]
		notPassed = notPassed[:strings.Index(notPassed, "\nname:")]
	}
	env := mustLoad(t, nil).Services["cepbot"].Environment
	for v := range vars {
		_, direct := env[v]
		_, file := env[v+"_FILE"]
		if !direct && !file && !strings.Contains(notPassed, v) {
			t.Errorf("%s (README) is neither passed to the containers nor listed as not passed in docker-compose.yml", v)
		}
	}
}

// TestComposeNoSecretLiteral: an environment entry whose name speaks of a
// token, a secret, a password or a key is a _FILE path (or an empty
// default), never a value; nothing in the file looks like a Telegram token
// or a password in a URL; .dockerignore keeps secrets and VCS data out of
// the build.
func TestComposeNoSecretLiteral(t *testing.T) {
	data := readRepo(t, "docker-compose.yml")
	var doc map[string]any
	if err := yaml.Unmarshal([]byte(data), &doc); err != nil {
		t.Fatal(err)
	}
	secretName := regexp.MustCompile(`(?i)token|secret|passw|key`)
	checked := 0
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if k == "environment" {
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
						if !strings.HasSuffix(name, "_FILE") {
							t.Errorf("%s.environment.%s: a secret goes through its _FILE variable", path, name)
						} else if !strings.HasPrefix(s, "/run/secrets/") && !regexp.MustCompile(`^\$\{[A-Z0-9_]+:-\}$`).MatchString(s) {
							t.Errorf("%s.environment.%s = %q: want /run/secrets/… or an empty default", path, name, s)
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
	if checked < 6 {
		t.Errorf("only %d secret-like environment entries checked", checked)
	}
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`\d{6,}:[A-Za-z0-9_-]{30,}`),        // a Telegram bot token
		regexp.MustCompile(`redis[a-z+]*://[^/\s@]*:[^@\s]+@`), // a password in a Redis URL
		regexp.MustCompile(`(?i)(password|passwd|requirepass)\s*[:=]\s*\S`),
		regexp.MustCompile(`xox[bap]-[A-Za-z0-9-]{10,}`), // a Slack token
	} {
		if m := re.FindString(data); m != "" {
			t.Errorf("docker-compose.yml contains what looks like a secret: %q", m)
		}
	}
	ignore := readRepo(t, ".dockerignore")
	for _, want := range []string{".git", "secrets", ".env"} {
		if !regexp.MustCompile(`(?m)^/?` + regexp.QuoteMeta(want) + `/?$`).MatchString(ignore) {
			t.Errorf(".dockerignore does not exclude %s", want)
		}
	}
	// The repository keeps no Dockerfile: the compose file builds inline.
	for _, name := range []string{"Dockerfile", "Containerfile"} {
		if _, err := os.Stat(filepath.Join(repoRoot, name)); err == nil {
			t.Errorf("%s at the repository root: the build must stay inline in docker-compose.yml", name)
		}
	}
}

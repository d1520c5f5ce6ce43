package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

func configCheck(t *testing.T, vars map[string]string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
	code = run(context.Background(), env, []string{"config", "check"})
	return code, out.String(), errOut.String()
}

// TestConfigCheckNeverPrintsAPassword: whatever the store setting, accepted
// or refused, and whatever else is wrong, the password is not printed.
func TestConfigCheckNeverPrintsAPassword(t *testing.T) {
	for _, store := range []string{
		"redis://:s3cret@host:1/0",
		"redis://user:s3cret@host:1/0",
		"rediss://:s3cret@host:1/0",
		"redis://:s3cret@host:notaport/0",
		"redis://:s3cret@host:1/zero",
		"redis://:s3cret@host:1/0?bogus=1",
		"redis+sentinel://:s3cret@h1:26379,h2:26379/master/0",
		"rediss+sentinel://h1:26379/master?sentinel_password=s3cret",
		"redis+cluster://:s3cret@h1:7000,h2:7001",
		"redis+cluster://:s3cret@h1:7000/0",
		"rediss+cluster://:s3cret@h1:7000",
		"redis+unix://:s3cret@host",
		"redis:/:s3cret@host",
		"postgres://u:s3cret@db/x",
		"s3cret@host",
	} {
		code, out, errOut := configCheck(t, map[string]string{"CEPBOT_STORE": store})
		if strings.Contains(out+errOut, "s3cret") {
			t.Errorf("CEPBOT_STORE=%s (exit %d) printed the password:\n%s%s", store, code, out, errOut)
		}
	}
}

// TestConfigCheckStoreSchemes: config check accepts exactly the store's
// schemes (the one list in store/redis), TLS Sentinel and Cluster included.
func TestConfigCheckStoreSchemes(t *testing.T) {
	for _, s := range redisstore.Schemes {
		url := s + "://h1:7000"
		if strings.Contains(s, "sentinel") {
			url = s + "://h1:26379/master"
		}
		if code, _, errOut := configCheck(t, map[string]string{"CEPBOT_STORE": url}); code != 0 {
			t.Errorf("CEPBOT_STORE=%s refused:\n%s", url, errOut)
		}
	}
	for _, ok := range []string{"", "memory", "file", "file:/tmp/x.db"} {
		if code, _, errOut := configCheck(t, map[string]string{"CEPBOT_STORE": ok}); code != 0 {
			t.Errorf("CEPBOT_STORE=%q refused:\n%s", ok, errOut)
		}
	}
	code, _, errOut := configCheck(t, map[string]string{"CEPBOT_STORE": "mongodb://h"})
	if code != 1 || !strings.Contains(errOut, "rediss+sentinel://") || !strings.Contains(errOut, "rediss+cluster://") {
		t.Errorf("exit %d; the refusal should list every scheme:\n%s", code, errOut)
	}
}

// TestConfigCheckSecrets: one secret reader for every variable: NAME and
// NAME_FILE both set is a problem, a file's trailing whitespace is trimmed,
// and the messages are French and never quote the secret.
func TestConfigCheckSecrets(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "key")
	if err := os.WriteFile(key, []byte("a-long-pseudonym-key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte(" \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		vars map[string]string
		code int
		want string
	}{
		{"key file", map[string]string{"CEPBOT_PSEUDONYM_KEY_FILE": key}, 0, "Configuration valide"},
		{"both key", map[string]string{"CEPBOT_PSEUDONYM_KEY_FILE": key, "CEPBOT_PSEUDONYM_KEY": "other-s3cret"}, 1,
			"CEPBOT_PSEUDONYM_KEY et CEPBOT_PSEUDONYM_KEY_FILE sont définies toutes les deux"},
		{"empty key file", map[string]string{"CEPBOT_PSEUDONYM_KEY_FILE": empty}, 1, "est vide"},
		{"missing key file", map[string]string{"CEPBOT_PSEUDONYM_KEY_FILE": filepath.Join(dir, "nope")}, 1, "est illisible"},
		{"both telegram", map[string]string{"CEPBOT_TELEGRAM_TOKEN": "123:s3cret", "CEPBOT_TELEGRAM_TOKEN_FILE": key}, 1,
			"Telegram : CEPBOT_TELEGRAM_TOKEN et CEPBOT_TELEGRAM_TOKEN_FILE sont définies toutes les deux"},
		{"both slack", map[string]string{"CEPBOT_SLACK_BOT_TOKEN": "xoxb-s3cret", "CEPBOT_SLACK_BOT_TOKEN_FILE": key, "CEPBOT_SLACK_APP_TOKEN": "xapp-1"}, 1,
			"Slack : CEPBOT_SLACK_BOT_TOKEN et CEPBOT_SLACK_BOT_TOKEN_FILE sont définies toutes les deux"},
		{"bad telegram token", map[string]string{"CEPBOT_TELEGRAM_TOKEN": "s3cret"}, 1, "n'a pas la forme d'un jeton Telegram"},
		{"bad slack token", map[string]string{"CEPBOT_SLACK_BOT_TOKEN": "s3cret", "CEPBOT_SLACK_APP_TOKEN": "xapp-1"}, 1, "doit commencer par xoxb-"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := configCheck(t, c.vars)
			all := out + errOut
			if code != c.code || !strings.Contains(all, c.want) {
				t.Errorf("exit %d, want %d with %q:\n%s", code, c.code, c.want, all)
			}
			if strings.Contains(all, "s3cret") || strings.Contains(all, "a-long-pseudonym-key") {
				t.Errorf("a secret is printed:\n%s", all)
			}
			if english.MatchString(all) {
				t.Errorf("English in a French report:\n%s", all)
			}
		})
	}
}

// english spots the words of the former English messages.
var english = regexp.MustCompile(`\b(the|must|is not|cannot|both set|missing|check|invalid|unknown|expected|want)\b`)

func TestConfigCheckProblemCount(t *testing.T) {
	_, _, errOut := configCheck(t, map[string]string{"CEPBOT_LOG_LEVEL": "bavard"})
	if !strings.Contains(errOut, "1 problème dans la configuration.") {
		t.Errorf("singular count:\n%s", errOut)
	}
	_, _, errOut = configCheck(t, map[string]string{"CEPBOT_LOG_LEVEL": "bavard", "CEPBOT_HTTP_ADDR": "x"})
	if !strings.Contains(errOut, "2 problèmes dans la configuration.") {
		t.Errorf("plural count:\n%s", errOut)
	}
}

func TestRedactStore(t *testing.T) {
	for in, want := range map[string]string{
		"":                                 "",
		"memory":                           "memory",
		"file:/var/lib/cepbot.db":          "file:/var/lib/cepbot.db",
		"redis://host:6379/0":              "redis://host:6379/0",
		"redis://:pw@host:6379/0":          "redis://***@host:6379/0",
		"rediss+sentinel://u:pw@h1,h2/m/0": "rediss+sentinel://***@h1,h2/m/0",
		"redis+sentinel://h1/m?sentinel_password=pw&dial_timeout=1s": "redis+sentinel://h1/m?sentinel_password=***&dial_timeout=1s",
		"postgres://u:pw@h/x": "postgres://…",
		"redis:/:pw@h":        "redis:…",
	} {
		if got := redactStore(in); got != want {
			t.Errorf("redactStore(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConfigCheckRedisReasonsInFrench: a refused Redis URL is explained in
// French (the store's parser speaks English, for logs), precisely enough to
// fix it.
func TestConfigCheckRedisReasonsInFrench(t *testing.T) {
	for url, want := range map[string]string{
		"redis://:s3cret@host:x/0":         "le port",
		"redis://h:1/zz":                   "numéro de base",
		"redis://h:1/0?bogus=1":            "un paramètre",
		"redis://h:1/0?dial_timeout=abc":   "la valeur d'un paramètre",
		"redis+sentinel://h1:26379":        "nom-du-maître",
		"redis+cluster://h1:7000/3":        "Cluster",
		"redis://%zz:s3cret@h:1/0":         "encodage",
		"redis+cluster://,":                "hôte",
		"redis://h:1/0?sentinel_password=": "un paramètre",
	} {
		code, _, errOut := configCheck(t, map[string]string{"CEPBOT_STORE": url})
		if code != 1 || !strings.Contains(errOut, want) || english.MatchString(errOut) || strings.Contains(errOut, "s3cret") {
			t.Errorf("CEPBOT_STORE=%s: exit %d, want %q in French:\n%s", url, code, want, errOut)
		}
	}
}

// TestConfigCheckSendsInFlight: CEPBOT_SENDS_IN_FLIGHT takes a whole number
// of at least 1 and names itself when refused.
func TestConfigCheckSendsInFlight(t *testing.T) {
	for v, ok := range map[string]bool{"1": true, "4": true, "0": false, "-2": false, "deux": false} {
		code, _, errOut := configCheck(t, map[string]string{"CEPBOT_SENDS_IN_FLIGHT": v})
		if refused := strings.Contains(errOut, "CEPBOT_SENDS_IN_FLIGHT"); refused == ok || (code == 0) != ok {
			t.Errorf("CEPBOT_SENDS_IN_FLIGHT=%s: exit %d\n%s", v, code, errOut)
		}
	}
}

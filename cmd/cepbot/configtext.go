package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cep-accueil/cepbot/adapters/slack"
	"github.com/cep-accueil/cepbot/adapters/telegram"
	"github.com/cep-accueil/cepbot/bot/secret"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// explain turns an error of the configuration into lines for people, in the
// catalogue's language: the errors of a join are listed one by one, a
// secret that cannot be read and a refused store setting are worded from
// the catalogue, the rest (already worded by the adapters) is kept.
func explain(t *texts.Catalog, err error) []string {
	if err == nil {
		return nil
	}
	var se *secret.Error
	if errors.As(err, &se) && !isJoin(err) {
		return []string{secretText(t, se)}
	}
	if st, ok := asStoreError(err); ok && !isJoin(err) {
		return []string{st.french(t)}
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []string
		for _, e := range j.Unwrap() {
			out = append(out, explain(t, e)...)
		}
		return out
	}
	return strings.Split(err.Error(), "\n")
}

func isJoin(err error) bool {
	_, ok := err.(interface{ Unwrap() []error })
	return ok
}

func secretText(t *texts.Catalog, e *secret.Error) string {
	name, fileVar := e.Name, e.FileVar
	if fileVar == "" {
		fileVar = name
	}
	switch e.Problem {
	case secret.BothSet:
		return fmt.Sprintf(t.ConfigSecretBothSet, name, fileVar)
	case secret.Unreadable:
		return fmt.Sprintf(t.ConfigSecretUnreadable, fileVar, e.Path, e.Err)
	case secret.Empty:
		return fmt.Sprintf(t.ConfigSecretEmpty, fileVar, e.Path)
	}
	return e.Error()
}

// secretEnvs are the variables holding secrets, whose values must never be
// printed (each also read through its _FILE twin).
var secretEnvs = []string{
	"CEPBOT_PSEUDONYM_KEY", telegram.EnvToken, telegram.EnvSecret,
	slack.EnvBotToken, slack.EnvAppToken, slack.EnvSigningSecret,
}

// secretScrubber returns a function that masks, in a message about to be
// printed, every secret of the environment and the user information and
// passwords of the store URL: a last guard behind the messages that are
// written not to quote them.
func secretScrubber(env *Env) func(string) string {
	var values []string
	for _, name := range secretEnvs {
		if v, err := secret.FromEnv(env.Getenv, name); err == nil && v != "" {
			values = append(values, v)
		}
		if v := strings.TrimSpace(env.Getenv(name)); v != "" {
			values = append(values, v)
		}
	}
	values = append(values, storeSecrets(env.Getenv("CEPBOT_STORE"))...)
	return func(s string) string {
		for _, v := range values {
			if len(v) >= 3 {
				s = strings.ReplaceAll(s, v, "***")
			}
		}
		return s
	}
}

// storeSecrets extracts from a store setting what could be secret: the user
// information of the URL (whole, and its password part) and the values of
// password-like query parameters.
func storeSecrets(spec string) []string {
	_, rest, ok := strings.Cut(spec, "://")
	if !ok {
		_, rest, _ = strings.Cut(spec, ":")
	}
	var out []string
	authority, query := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	if _, q, ok := strings.Cut(rest, "?"); ok {
		query = q
	}
	if at := strings.LastIndex(authority, "@"); at >= 0 {
		info := authority[:at]
		out = append(out, info)
		if _, pass, ok := strings.Cut(info, ":"); ok {
			out = append(out, pass)
		}
	}
	for _, p := range strings.Split(query, "&") {
		k, v, _ := strings.Cut(p, "=")
		if low := strings.ToLower(k); v != "" && (strings.Contains(low, "pass") || strings.Contains(low, "secret") || strings.Contains(low, "token")) {
			out = append(out, v)
		}
	}
	return out
}

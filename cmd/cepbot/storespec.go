package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/texts"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
)

// The kinds of store a CEPBOT_STORE-style setting names.
const (
	storeMemory = "memory"
	storeFile   = "file"
	storeRedis  = "redis"
)

// storeSpec is a CEPBOT_STORE-style setting, read once by parseStore for
// `config check`, `serve` and every command with --store.
type storeSpec struct {
	kind string // storeMemory, storeFile or storeRedis
	path string // storeFile: "" for the default path
	url  string // storeRedis
}

// storeError says why a store setting is refused; it never quotes a
// password (the value is shown redacted).
type storeError struct {
	spec string // redacted
	why  string // "form", "file" or "redis"
	err  error  // for "redis": ParseURL's error, which never quotes the URL
}

func (e *storeError) Error() string {
	switch e.why {
	case "file":
		return "store file: no path after file:"
	case "redis":
		return fmt.Sprintf("store %s: %v", e.spec, e.err)
	}
	return fmt.Sprintf("store %s: expected %s", e.spec, storeForms())
}

func (e *storeError) Unwrap() error { return e.err }

// french explains the refusal in the catalogue's words.
func (e *storeError) french(t *texts.Catalog) string {
	switch e.why {
	case "file":
		return t.ConfigStoreFile
	case "redis":
		return fmt.Sprintf(t.ConfigStoreRedis, redisReason(t, e.err))
	}
	return fmt.Sprintf(t.ConfigStore, e.spec, storeForms())
}

// redisReason says in the catalogue's words why the store's parser refused
// a Redis URL: its errors are English, for logs.
func redisReason(t *texts.Catalog, err error) string {
	msg := strings.ToLower(err.Error())
	if _, cause, ok := strings.Cut(msg, "…): "); ok { // drop "invalid Redis URL (scheme://…): "
		msg = cause
	}
	for _, r := range []struct {
		marks []string
		text  string
	}{
		{[]string{"port"}, t.ConfigRedisPort},
		{[]string{"master-name"}, t.ConfigRedisSentinel},
		{[]string{"has no path", "only database 0"}, t.ConfigRedisCluster},
		{[]string{"database number", "url path"}, t.ConfigRedisDB},
		{[]string{"unknown parameter", "unexpected option", "is for sentinel", "query string"}, t.ConfigRedisParam},
		{[]string{"percent-encoding", "escape"}, t.ConfigRedisEncoding},
		{[]string{"host"}, t.ConfigRedisHost},
		{[]string{"bad value", "invalid", "duration", "boolean"}, t.ConfigRedisValue},
	} {
		for _, m := range r.marks {
			if strings.Contains(msg, m) {
				return r.text
			}
		}
	}
	return t.ConfigRedisOtherwise
}

// storeForms lists the accepted settings, the Redis schemes from the store's
// own list.
func storeForms() string {
	forms := []string{"memory", "file", "file:/chemin/cepbot.db"}
	for _, s := range redisstore.Schemes {
		forms = append(forms, s+"://…")
	}
	return texts.ListOr(forms...)
}

// parseStore reads a store setting; "" is the default file. A Redis URL is
// checked by the store's own parser, without connecting.
func parseStore(spec string) (storeSpec, error) {
	switch {
	case spec == "" || spec == storeFile:
		return storeSpec{kind: storeFile}, nil
	case spec == storeMemory:
		return storeSpec{kind: storeMemory}, nil
	case strings.HasPrefix(spec, "file:"):
		p := strings.TrimPrefix(spec, "file:")
		if p == "" {
			return storeSpec{}, &storeError{spec: spec, why: "file"}
		}
		return storeSpec{kind: storeFile, path: p}, nil
	case redisstore.IsURL(spec):
		if _, err := redisstore.ParseURL(spec); err != nil {
			return storeSpec{}, &storeError{spec: redactStore(spec), why: "redis", err: err}
		}
		return storeSpec{kind: storeRedis, url: spec}, nil
	}
	return storeSpec{}, &storeError{spec: redactStore(spec), why: "form"}
}

// redactStore shows a store setting without any secret: the user
// information of a URL becomes ***, and so does the value of any query
// parameter naming a password. A value that is not a known form shows only
// its scheme, since where its secret sits cannot be known.
func redactStore(spec string) string {
	if spec == "" || spec == storeMemory || spec == storeFile || strings.HasPrefix(spec, "file:") {
		return spec
	}
	scheme, rest, ok := strings.Cut(spec, "://")
	if !ok {
		if before, _, ok := strings.Cut(spec, ":"); ok {
			return before + ":…"
		}
		if strings.ContainsAny(spec, "@/?") {
			return "…"
		}
		return spec
	}
	if !redisstore.IsURL(spec) {
		return scheme + "://…"
	}
	authority, tail := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority, tail = rest[:i], rest[i:]
	}
	if at := strings.LastIndex(authority, "@"); at >= 0 {
		authority = "***" + authority[at:]
	}
	if path, query, ok := strings.Cut(tail, "?"); ok {
		params := strings.Split(query, "&")
		for i, p := range params {
			k, _, _ := strings.Cut(p, "=")
			if low := strings.ToLower(k); strings.Contains(low, "pass") || strings.Contains(low, "secret") || strings.Contains(low, "token") {
				params[i] = k + "=***"
			}
		}
		tail = path + "?" + strings.Join(params, "&")
	}
	return scheme + "://" + authority + tail
}

// asStoreError finds the storeError in err.
func asStoreError(err error) (*storeError, bool) {
	var se *storeError
	ok := errors.As(err, &se)
	return se, ok
}

package slack

import (
	"errors"
	"fmt"
	"github.com/cep-accueil/cepbot/bot/secret"
	"github.com/cep-accueil/cepbot/dialogs/texts"
	"net/url"
	"strings"
)

// Mode is how Slack reaches the adapter.
type Mode string

const (
	// ModeSocket uses Socket Mode (an outbound WebSocket; no public URL).
	ModeSocket Mode = "socket"
	// ModeHTTP uses the Events API over HTTP: the service mounts Handler.
	ModeHTTP Mode = "http"
)

// DefaultAPIURL is the public Web API.
const DefaultAPIURL = "https://slack.com/api/"

// Environment variables read by ConfigFromEnv. Each secret has a _FILE twin
// naming a file that holds it.
const (
	EnvBotToken          = "CEPBOT_SLACK_BOT_TOKEN"
	EnvBotTokenFile      = "CEPBOT_SLACK_BOT_TOKEN_FILE"
	EnvAppToken          = "CEPBOT_SLACK_APP_TOKEN"
	EnvAppTokenFile      = "CEPBOT_SLACK_APP_TOKEN_FILE"
	EnvSigningSecret     = "CEPBOT_SLACK_SIGNING_SECRET"
	EnvSigningSecretFile = "CEPBOT_SLACK_SIGNING_SECRET_FILE"
	EnvAPIURL            = "CEPBOT_SLACK_API_URL"
)

// Config of the Slack adapter. BotToken, AppToken and SigningSecret are
// secrets: they never appear in errors or logs.
type Config struct {
	BotToken      string // xoxb-…
	AppToken      string // xapp-… (Socket Mode); when set, Mode is ModeSocket
	SigningSecret string // Events API over HTTP; Handler verifies requests with it
	APIURL        string // Web API base URL ending in "/"; default DefaultAPIURL
}

// Mode is ModeSocket when an app-level token is set, else ModeHTTP.
func (c Config) Mode() Mode {
	if c.AppToken != "" {
		return ModeSocket
	}
	return ModeHTTP
}

// ConfigFromEnv reads and validates the configuration (getenv is os.Getenv
// in production). It reads the _FILE files it is pointed to; nothing else.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	var errs []error
	read := func(name, _ string) string {
		v, err := secret.FromEnv(getenv, name)
		if err != nil {
			errs = append(errs, err)
		}
		return v
	}
	cfg := Config{
		BotToken:      read(EnvBotToken, EnvBotTokenFile),
		AppToken:      read(EnvAppToken, EnvAppTokenFile),
		SigningSecret: read(EnvSigningSecret, EnvSigningSecretFile),
		APIURL:        strings.TrimSpace(getenv(EnvAPIURL)),
	}
	if len(errs) == 0 {
		if err := cfg.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return Config{}, errors.Join(errs...)
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	return cfg, nil
}

// Validate explains every problem in plain words, from the text catalogue
// (French: the operators' language), never quoting a secret.
func (c Config) Validate() error {
	t := texts.FR()
	var errs []error
	switch {
	case c.BotToken == "":
		errs = append(errs, fmt.Errorf(t.ConfigSlackBotTokenMissing, EnvBotToken, EnvBotTokenFile))
	case !strings.HasPrefix(c.BotToken, "xoxb-"):
		errs = append(errs, fmt.Errorf(t.ConfigSlackBotTokenPrefix, EnvBotToken))
	}
	if c.AppToken != "" && !strings.HasPrefix(c.AppToken, "xapp-") {
		errs = append(errs, fmt.Errorf(t.ConfigSlackAppTokenPrefix, EnvAppToken))
	}
	if c.AppToken == "" && c.SigningSecret == "" {
		errs = append(errs, fmt.Errorf(t.ConfigSlackNoMode, EnvAppToken, EnvSigningSecret))
	}
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		switch {
		case err == nil && u.User != nil:
			errs = append(errs, fmt.Errorf(t.ConfigSlackAPIURLUserinfo, EnvAPIURL))
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			errs = append(errs, fmt.Errorf(t.ConfigSlackAPIURLNotHTTP, EnvAPIURL))
		case !strings.HasSuffix(c.APIURL, "/"):
			errs = append(errs, fmt.Errorf(t.ConfigSlackAPIURLSlash, EnvAPIURL))
		}
	}
	return errors.Join(errs...)
}

package slack

import (
	"errors"
	"fmt"
	"github.com/cep-accueil/cepbot/bot"
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
	read := func(name, file string) string {
		v, err := secretFromEnv(getenv, name, file)
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

// Validate explains every problem in plain words, never quoting a secret.
func (c Config) Validate() error {
	var errs []error
	switch {
	case c.BotToken == "":
		errs = append(errs, fmt.Errorf("the Slack bot token is missing: set %s (or %s) to the app's Bot User OAuth Token (xoxb-…)", EnvBotToken, EnvBotTokenFile))
	case !strings.HasPrefix(c.BotToken, "xoxb-"):
		errs = append(errs, fmt.Errorf("the Slack bot token must start with xoxb- (Bot User OAuth Token); check %s", EnvBotToken))
	}
	if c.AppToken != "" && !strings.HasPrefix(c.AppToken, "xapp-") {
		errs = append(errs, fmt.Errorf("the Slack app-level token must start with xapp- (Socket Mode, scope connections:write); check %s", EnvAppToken))
	}
	if c.AppToken == "" && c.SigningSecret == "" {
		errs = append(errs, fmt.Errorf("Slack needs either %s (Socket Mode, no public URL) or %s (Events API over HTTP, /slack/events)", EnvAppToken, EnvSigningSecret))
	}
	if c.APIURL != "" {
		u, err := url.Parse(c.APIURL)
		switch {
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			errs = append(errs, fmt.Errorf("%s is not an http(s) address", EnvAPIURL))
		case u.User != nil:
			errs = append(errs, fmt.Errorf("%s must not carry a user or password", EnvAPIURL))
		case !strings.HasSuffix(c.APIURL, "/"):
			errs = append(errs, fmt.Errorf("%s must end with a slash, e.g. https://slack.com/api/", EnvAPIURL))
		}
	}
	return errors.Join(errs...)
}

// secretFromEnv reads NAME or its NAME_FILE twin (shared with the other adapters).
var secretFromEnv = bot.SecretFromEnv

package telegram

import (
	"errors"
	"fmt"
	cepbot "github.com/cep-accueil/cepbot/bot"
	"net"
	"net/url"
	"strings"
)

// Mode is how updates reach the adapter.
type Mode string

const (
	// ModePolling drives getUpdates (long polling); no public URL needed.
	ModePolling Mode = "polling"
	// ModeWebhook registers a webhook; the service mounts WebhookHandler.
	ModeWebhook Mode = "webhook"
)

// DefaultAPIURL is the public Bot API.
const DefaultAPIURL = "https://api.telegram.org"

// Environment variables read by ConfigFromEnv.
const (
	EnvToken      = "CEPBOT_TELEGRAM_TOKEN"
	EnvTokenFile  = "CEPBOT_TELEGRAM_TOKEN_FILE"
	EnvMode       = "CEPBOT_TELEGRAM_MODE"
	EnvWebhookURL = "CEPBOT_TELEGRAM_WEBHOOK_URL"
	EnvSecret     = "CEPBOT_TELEGRAM_SECRET"
	EnvSecretFile = "CEPBOT_TELEGRAM_SECRET_FILE"
	EnvAPIURL     = "CEPBOT_TELEGRAM_API_URL"
)

// Config of the Telegram adapter. Token and Secret are secrets: they never
// appear in errors or logs.
type Config struct {
	Token      string // bot token from @BotFather, "123456:ABC…"
	Mode       Mode   // polling (default) or webhook
	WebhookURL string // public https URL of /telegram/webhook (webhook mode)
	Secret     string // X-Telegram-Bot-Api-Secret-Token, 1–256 of [A-Za-z0-9_-] (webhook mode)
	APIURL     string // Bot API base URL; default DefaultAPIURL
}

// ConfigFromEnv reads the configuration from environment variables (getenv
// is os.Getenv in production) and validates it. Each secret may be given
// directly or through a file named by its _FILE twin, not both.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	var errs []error
	token, terr := secretFromEnv(getenv, EnvToken, EnvTokenFile)
	secret, serr := secretFromEnv(getenv, EnvSecret, EnvSecretFile)
	cfg := Config{
		Token:      token,
		Mode:       Mode(strings.ToLower(strings.TrimSpace(getenv(EnvMode)))),
		WebhookURL: strings.TrimSpace(getenv(EnvWebhookURL)),
		Secret:     secret,
		APIURL:     strings.TrimSpace(getenv(EnvAPIURL)),
	}.withDefaults()
	check := cfg
	if terr != nil {
		errs = append(errs, terr)
		check.Token = "0:placeholder" // already explained; validate the rest
	}
	if serr != nil {
		errs = append(errs, serr)
		check.Secret = "placeholder"
	}
	if err := check.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return Config{}, errors.Join(errs...)
	}
	return cfg, nil
}

func (c Config) withDefaults() Config {
	if c.Mode == "" {
		c.Mode = ModePolling
	}
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")
	return c
}

// Validate explains every problem of the configuration in plain words. The
// messages never contain the token or the secret.
func (c Config) Validate() error {
	c = c.withDefaults()
	var errs []error
	switch {
	case c.Token == "":
		errs = append(errs, fmt.Errorf("the bot token is missing: set %s (or %s) to the token given by @BotFather", EnvToken, EnvTokenFile))
	case !validToken(c.Token):
		errs = append(errs, fmt.Errorf("the bot token does not look like a Telegram token (digits, a colon, then letters, digits, - or _); check %s", EnvToken))
	}
	switch c.Mode {
	case ModePolling:
		if c.Secret != "" && !validSecret(c.Secret) {
			errs = append(errs, fmt.Errorf("the webhook secret must be 1 to 256 characters among A-Z, a-z, 0-9, _ and -; check %s", EnvSecret))
		}
	case ModeWebhook:
		if c.WebhookURL == "" {
			errs = append(errs, fmt.Errorf("webhook mode needs the public address of /telegram/webhook in %s", EnvWebhookURL))
		} else if err := checkURL(c.WebhookURL, true); err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", EnvWebhookURL, err))
		}
		switch {
		case c.Secret == "":
			errs = append(errs, fmt.Errorf("webhook mode needs a secret in %s (or %s) so that forged requests are refused", EnvSecret, EnvSecretFile))
		case !validSecret(c.Secret):
			errs = append(errs, fmt.Errorf("the webhook secret must be 1 to 256 characters among A-Z, a-z, 0-9, _ and -; check %s", EnvSecret))
		}
	default:
		errs = append(errs, fmt.Errorf("%s must be %q or %q, not %q", EnvMode, ModePolling, ModeWebhook, string(c.Mode)))
	}
	if err := checkURL(c.APIURL, false); err != nil {
		errs = append(errs, fmt.Errorf("%s: %v", EnvAPIURL, err))
	}
	return errors.Join(errs...)
}

func validToken(t string) bool {
	id, rest, ok := strings.Cut(t, ":")
	if !ok || id == "" || rest == "" || len(t) > 256 {
		return false
	}
	for _, r := range id {
		if r < '0' || r > '9' {
			return false
		}
	}
	for _, r := range rest {
		if !secretRune(r) {
			return false
		}
	}
	return true
}

func validSecret(s string) bool {
	if len(s) == 0 || len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !secretRune(r) {
			return false
		}
	}
	return true
}

func secretRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-'
}

// checkURL accepts absolute http(s) URLs; a webhook must be https unless it
// points at the loopback interface (tests, local Bot API server).
func checkURL(raw string, webhook bool) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return fmt.Errorf("%q is not an absolute http(s) address", raw)
	}
	if u.User != nil {
		return errors.New("the address must not contain a user name or password")
	}
	if webhook && u.Scheme != "https" && !loopback(u.Hostname()) {
		return fmt.Errorf("Telegram only calls https webhooks: %q", raw)
	}
	return nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// secretFromEnv reads NAME or its NAME_FILE twin (shared with the other adapters).
var secretFromEnv = cepbot.SecretFromEnv

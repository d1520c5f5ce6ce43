package telegram

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/cep-accueil/cepbot/bot/secret"
	"github.com/cep-accueil/cepbot/dialogs/texts"
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
	token, terr := secret.FromEnv(getenv, EnvToken)
	whSecret, serr := secret.FromEnv(getenv, EnvSecret)
	cfg := Config{
		Token:      token,
		Mode:       Mode(strings.ToLower(strings.TrimSpace(getenv(EnvMode)))),
		WebhookURL: strings.TrimSpace(getenv(EnvWebhookURL)),
		Secret:     whSecret,
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

// Validate explains every problem of the configuration in plain words, from
// the text catalogue (French: the operators' language). The messages never
// contain the token or the secret.
func (c Config) Validate() error {
	c = c.withDefaults()
	t := texts.FR()
	var errs []error
	switch {
	case c.Token == "":
		errs = append(errs, fmt.Errorf(t.ConfigTelegramTokenMissing, EnvToken, EnvTokenFile))
	case !validToken(c.Token):
		errs = append(errs, fmt.Errorf(t.ConfigTelegramTokenMalformed, EnvToken))
	}
	switch c.Mode {
	case ModePolling:
		if c.Secret != "" && !validSecret(c.Secret) {
			errs = append(errs, fmt.Errorf(t.ConfigTelegramSecretInvalid, EnvSecret))
		}
	case ModeWebhook:
		if c.WebhookURL == "" {
			errs = append(errs, fmt.Errorf(t.ConfigTelegramWebhookURL, EnvWebhookURL))
		} else if err := checkURL(t, EnvWebhookURL, c.WebhookURL, true); err != nil {
			errs = append(errs, err)
		}
		switch {
		case c.Secret == "":
			errs = append(errs, fmt.Errorf(t.ConfigTelegramWebhookSecret, EnvSecret, EnvSecretFile))
		case !validSecret(c.Secret):
			errs = append(errs, fmt.Errorf(t.ConfigTelegramSecretInvalid, EnvSecret))
		}
	default:
		errs = append(errs, fmt.Errorf(t.ConfigTelegramMode, EnvMode, ModePolling, ModeWebhook, string(c.Mode)))
	}
	if err := checkURL(t, EnvAPIURL, c.APIURL, false); err != nil {
		errs = append(errs, err)
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
// points at the loopback interface (tests, local Bot API server). A URL
// with user information is refused without being quoted.
func checkURL(t *texts.Catalog, name, raw string, webhook bool) error {
	u, err := url.Parse(raw)
	if err == nil && u.User != nil {
		return fmt.Errorf(t.ConfigTelegramURLUserinfo, name)
	}
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		if strings.Contains(raw, "@") {
			return fmt.Errorf(t.ConfigTelegramURLUserinfo, name)
		}
		return fmt.Errorf(t.ConfigTelegramURLNotHTTP, name, raw)
	}
	if webhook && u.Scheme != "https" && !loopback(u.Hostname()) {
		return fmt.Errorf(t.ConfigTelegramURLNotHTTPS, name, raw)
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

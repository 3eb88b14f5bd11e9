package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// readSecrets fills the platform tokens and the LLM's API key from NAME or
// the file named by NAME_FILE.
func readSecrets(cfg *Config, env Env) []error {
	var errs []error
	for name, dst := range map[string]*string{
		"BRIEFBOT_TELEGRAM_TOKEN":          &cfg.Telegram.Token,
		"BRIEFBOT_DISCORD_TOKEN":           &cfg.Discord.Token,
		"BRIEFBOT_TELEGRAM_WEBHOOK_SECRET": &cfg.Telegram.Webhook.SecretToken,
	} {
		v, err := secret(name, env)
		if err != nil {
			errs = append(errs, err)
		}
		if v != "" || !strings.Contains(name, "WEBHOOK") {
			*dst = v // the webhook secret may also come from the file
		}
	}
	key, err := secret("BRIEFBOT_LLM_API_KEY", env)
	if err != nil {
		errs = append(errs, err)
	}
	if cfg.LLM != nil { // without an llm section the key is never used
		cfg.LLM.APIKey = key
	}
	return errs
}

// secret reads NAME, or the file named by NAME_FILE, without the
// whitespace around it (a file usually ends with a newline). A variable
// that holds only whitespace is not set; a file that does is an error, for
// whoever named it meant it to hold the secret. No error shows the value.
func secret(name string, env Env) (string, error) {
	v, file := strings.TrimSpace(env(name)), env(name+"_FILE")
	if v != "" && file != "" {
		return "", fmt.Errorf("both %s and %s_FILE are set; keep one", name, name)
	}
	if file == "" {
		return checked(name, v)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("%s_FILE: %w", name, err)
	}
	v = strings.TrimSpace(strings.TrimPrefix(string(data), "\uFEFF"))
	if v == "" {
		return "", fmt.Errorf("%s_FILE: %s holds no secret, only whitespace or nothing", name, file)
	}
	return checked(name+"_FILE", v)
}

// checked returns v, or nothing and the reason it is refused.
func checked(name, v string) (string, error) {
	if err := checkSecret(name, v); err != nil {
		return "", err
	}
	return v, nil
}

// errSecretChars is why a secret with a space, control or invisible
// character inside is refused: a token travels in URLs and headers, where
// such a character breaks the request and gets the token quoted in errors.
var errSecretChars = errors.New("the secret contains a space, control or invisible character (it is not shown; only whitespace around it is removed)")

// checkSecret refuses a secret that could not be sent as it is. The error
// names the variable, never the value.
func checkSecret(name, v string) error {
	if !utf8.ValidString(v) {
		return fmt.Errorf("%s: the secret is not valid UTF-8 (it is not shown)", name)
	}
	for _, r := range v {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return fmt.Errorf("%s: %w", name, errSecretChars)
		}
	}
	return nil
}

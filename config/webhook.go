package config

import (
	"fmt"
	"strings"
)

// validate checks a webhook: none at all (long polling), or a public https
// URL, an address to listen on and a secret token Telegram may send.
func (w Webhook) validate(key string) []error {
	if w.URL == "" && w.Listen == "" {
		return nil
	}
	var errs []error
	if !strings.HasPrefix(w.URL, "https://") {
		errs = append(errs, fmt.Errorf("%s.url: %q is not an https URL", key, w.URL))
	}
	if strings.TrimSpace(w.Listen) == "" {
		errs = append(errs, fmt.Errorf("%s.listen: must name an address to serve updates on, e.g. :8443", key))
	}
	if !validSecretToken(w.SecretToken) {
		errs = append(errs, fmt.Errorf("%s.secret_token: must be 1 to 256 letters, digits, _ or - (or set BRIEFBOT_TELEGRAM_WEBHOOK_SECRET)", key))
	}
	return errs
}

// validSecretToken is Telegram's rule for a webhook's secret token.
func validSecretToken(s string) bool {
	if len(s) == 0 || len(s) > 256 {
		return false
	}
	for _, r := range s {
		ok := r == '_' || r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
		if !ok {
			return false
		}
	}
	return true
}

package config

import (
	"fmt"
	"strings"

	"briefbot/bot"
)

// Chat sets how the chat platforms share briefbot among their users.
type Chat struct {
	// Workers is how many messages each platform answers at once; each
	// chat's are answered in order, one at a time.
	Workers int `yaml:"workers"`
	// RequestsPerMinute is how many /brief and /ask (button presses and
	// follow-up questions included) one user may send a minute.
	RequestsPerMinute int `yaml:"requests_per_minute"`
	// Language is what a chat reads briefbot in when it chose none with
	// /language and its platform tells none briefbot speaks: the
	// console, and the Telegram users and Discord servers whose language
	// is another.
	Language string `yaml:"language"`
}

func (c Chat) validate() []error {
	var errs []error
	if c.Workers < 1 || c.Workers > 256 {
		errs = append(errs, fmt.Errorf("chat.workers: %d is not between 1 and 256", c.Workers))
	}
	if c.RequestsPerMinute < 1 || c.RequestsPerMinute > 1000 {
		errs = append(errs, fmt.Errorf("chat.requests_per_minute: %d is not between 1 and 1000", c.RequestsPerMinute))
	}
	if bot.ServedLang(c.Language) != c.Language {
		errs = append(errs, fmt.Errorf("chat.language: %q is not a language briefbot speaks (%s)", c.Language, strings.Join(bot.Langs(), ", ")))
	}
	return errs
}

package telegram

import (
	"strings"
	"time"

	"briefbot"
	"briefbot/bot"
)

// RateLimits are Telegram's: 30 messages a second overall, one a second
// per chat and 20 a minute per group (groups have negative chat ids).
var RateLimits = bot.Limits{
	Overall:  bot.Rate{N: 30, Per: time.Second},
	PerChat:  bot.Rate{N: 1, Per: time.Second},
	PerGroup: bot.Rate{N: 20, Per: time.Minute},
	IsGroup:  func(c briefbot.ChatRef) bool { return strings.HasPrefix(c.ID, "-") },
}

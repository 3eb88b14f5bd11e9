package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot"
)

// Back-off between attempts to reach Discord at start.
const (
	firstConnectWait = time.Second
	maxConnectWait   = 5 * time.Minute
)

// connect asks Discord who the bot is (GET /users/@me), retrying while
// Discord cannot be reached (see untilReachable). Only a token that
// Discord refuses is fatal.
func (b *Bot) connect(ctx context.Context) error {
	return b.untilReachable(ctx, "users/@me", func() error {
		_, err := b.whoAmI(ctx)
		return err
	})
}

// Reach asks Discord who the bot is, once, and returns its name; for
// checks such as `briefbot doctor`. A refused token is EInvalid.
func (b *Bot) Reach() (string, error) {
	u, err := b.whoAmI(b.ctx)
	if refusedToken(err) {
		return "", briefbot.Errorf(briefbot.EInvalid, "Discord refused the bot token (%v)", redact(err, b.token))
	}
	if err != nil {
		return "", fmt.Errorf("discord: users/@me: %w", redact(err, b.token))
	}
	return u.Username, nil
}

// whoAmI asks GET /users/@me and remembers the answer; the bot's user id
// is its application's id.
func (b *Bot) whoAmI(ctx context.Context) (discordgo.User, error) {
	u, err := b.api.User("@me", b.opts(ctx)...)
	if err != nil {
		return discordgo.User{}, err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.self = *u
	return *u, nil
}

// untilReachable calls f until it succeeds, with a capped exponential
// back-off (1 s doubling to 5 min, through Options.Sleep) while Discord
// cannot be reached: the network is not up yet, DNS fails, Discord
// answers 5xx or 429. A refused token, or a gateway closed for a reason
// no retry mends, ends it at once, as EInvalid with what to fix.
func (b *Bot) untilReachable(ctx context.Context, what string, f func() error) error {
	wait := firstConnectWait
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil {
			return nil
		}
		if fatal := b.fatal(err); fatal != nil {
			return fatal
		}
		if ctx.Err() != nil {
			return fmt.Errorf("discord: %s: %w", what, ctx.Err())
		}
		next := wait
		if d, limited := retryAfter(err); limited {
			b.rateLimited()
			next = max(next, d)
		}
		b.log.Warn("discord: not reachable; retrying", "call", what, "attempt", attempt, "err", redact(err, b.token), "retry_in", next.String())
		if err := b.sleep(ctx, next); err != nil {
			return fmt.Errorf("discord: %s: %w", what, err)
		}
		wait = min(wait*2, maxConnectWait)
	}
}

// fatal is the EInvalid error of a failure no retry mends, or nil.
func (b *Bot) fatal(err error) error {
	if refusedToken(err) {
		return briefbot.Errorf(briefbot.EInvalid,
			"Discord refused the bot token (%v); check BRIEFBOT_DISCORD_TOKEN in the developer portal (Bot, Reset Token)", redact(err, b.token))
	}
	if code := gatewayClose(err); fatalClose[code] != "" {
		return briefbot.Errorf(briefbot.EInvalid, "Discord's gateway refused the bot (close %d): %s", code, fatalClose[code])
	}
	return nil
}

// fatalClose are the gateway's close codes that no retry mends.
var fatalClose = map[int]string{
	4004: "the token is wrong; check BRIEFBOT_DISCORD_TOKEN",
	4010: "the shard id is not below the shard count",
	4011: "the bot is in too many servers for one shard; set discord.shard_count",
	4012: "the gateway version is not one Discord serves",
	4013: "the intents are not valid",
	4014: "an intent is not enabled for the bot in the developer portal",
}

// closeCode finds a websocket close code in a gateway error, as the
// websocket library writes it ("websocket: close 4004: …").
var closeCode = regexp.MustCompile(`\bclose ([0-9]{4})\b`)

func gatewayClose(err error) int {
	m := closeCode.FindStringSubmatch(err.Error())
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// refusedToken reports whether Discord refused the token: 401.
func refusedToken(err error) bool {
	var rest *discordgo.RESTError
	return errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized
}

// retryAfter is how long a 429 asks to wait.
func retryAfter(err error) (time.Duration, bool) {
	var rl *discordgo.RateLimitError
	if !errors.As(err, &rl) || rl.RateLimit == nil || rl.TooManyRequests == nil {
		return 0, false
	}
	return max(rl.RetryAfter, time.Second), true
}

// connected tells OnConnected whether Discord answers.
func (b *Bot) connected(up bool) {
	if b.onConnected != nil {
		b.onConnected(up)
	}
}

// rateLimited tells OnRateLimited of a 429.
func (b *Bot) rateLimited() {
	if b.onRateLimited != nil {
		b.onRateLimited()
	}
}

// Package telegram runs briefbot in Telegram chats, groups and channels over
// the Bot API's long polling or a webhook, as a bot.Platform: it shows a
// message's actions as inline buttons, sends a reply to one of the bot's
// messages as a follow-up, and makes its command menu from the handler's
// commands. It is the only importer of telegram-bot-api and depends on it
// through the small api interface, so tests can drive it; telegramtest is
// a fake Bot API for tests.
package telegram

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
	"briefbot/bot"
)

// Platform is the name of Telegram chats in a briefbot.ChatRef.
const Platform = "telegram"

// PublicEndpoint is the public Bot API.
const PublicEndpoint = tgbotapi.APIEndpoint

// idleConns is how many connections to the Bot API are kept open: more
// than the messages a fan-out sends at once.
const idleConns = 32

// pollTimeout is how long one getUpdates waits for news, in seconds.
const pollTimeout = 30

// api lists the Bot API calls the adapter makes.
type api interface {
	GetMe() (tgbotapi.User, error)
	GetUpdates(c tgbotapi.UpdateConfig) ([]tgbotapi.Update, error)
	Send(c tgbotapi.Chattable) (tgbotapi.Message, error)
	Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error)
	MakeRequest(method string, params tgbotapi.Params) (*tgbotapi.APIResponse, error)
	GetChat(c tgbotapi.ChatInfoConfig) (tgbotapi.Chat, error)
	GetChatMember(c tgbotapi.GetChatMemberConfig) (tgbotapi.ChatMember, error)
}

// Options configures a Bot.
type Options struct {
	Token    string
	Endpoint string                                           // "http://host/bot%s/%s"; empty: the public Bot API
	Client   *http.Client                                     // nil: one with a time-out longer than a long poll
	Admins   []int64                                          // user ids that may manage feeds
	Chats    briefbot.ChatMover                               // moves a group's data when it becomes a supergroup; may be nil
	Webhook  Webhook                                          // no URL: long polling
	Log      *slog.Logger                                     // nil: discard
	Sleep    func(ctx context.Context, d time.Duration) error // nil: real waiting
	Now      func() time.Time                                 // nil: time.Now
	Workers  int                                              // updates answered at once; 0: DefaultWorkers

	// MaxMessagesPerSecond overrides the overall sending limit of
	// RateLimits, for a bot Telegram allows more; 0 keeps it.
	MaxMessagesPerSecond int

	OnPanic       func(stage string) // told of each panic contained while answering an update; may be nil
	OnRateLimited func()             // told of each 429 from the Bot API; may be nil
	OnConnected   func(up bool)      // told when the Bot API answers, or stops answering; may be nil
}

// Bot is one Telegram bot, a bot.Platform.
type Bot struct {
	api     api
	self    tgbotapi.User
	limits  bot.Limits
	buttons buttonKey // signs the data of the bot's buttons
	admins  map[int64]bool
	chats   briefbot.ChatMover
	webhook Webhook
	log     *slog.Logger
	sleep   func(ctx context.Context, d time.Duration) error
	now     func() time.Time
	offset  int
	lanes   *bot.Lanes[int64] // updates and replies, by chat
	members *memberCache      // who administers which group, lately asked

	onPanic       func(stage string)
	onRateLimited func()
	onConnected   func(up bool)
}

// New makes the bot; it does not reach the Bot API yet (Connect does).
// Every request made by the bot is bound to ctx, so cancelling ctx ends a
// long poll.
func New(ctx context.Context, o Options) (*Bot, error) {
	tgbotapi.SetLogger(discardLogger{}) // the SDK's own logging could print request URLs
	if o.Endpoint == "" {
		o.Endpoint = PublicEndpoint
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: (pollTimeout + 15) * time.Second, Transport: bot.KeptAlive(idleConns)}
	}
	sdk := &tgbotapi.BotAPI{Token: o.Token, Client: &boundClient{ctx: ctx, inner: o.Client, token: o.Token}, Buffer: 100}
	sdk.SetAPIEndpoint(o.Endpoint)
	b := &Bot{api: &redactingAPI{sdk: sdk, token: o.Token}, limits: RateLimits, buttons: newButtonKey(o.Token),
		admins: map[int64]bool{}, chats: o.Chats, webhook: o.Webhook, log: o.Log, sleep: o.Sleep, now: o.Now,
		onPanic: o.OnPanic, onRateLimited: o.OnRateLimited, onConnected: o.OnConnected}
	if o.MaxMessagesPerSecond > 0 {
		b.limits.Overall = bot.Rate{N: o.MaxMessagesPerSecond, Per: time.Second}
	}
	for _, id := range o.Admins {
		b.admins[id] = true
	}
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	if b.sleep == nil {
		b.sleep = briefbot.Sleep
	}
	if b.now == nil {
		b.now = time.Now
	}
	b.lanes = newLanes(o.Workers, b.contained)
	b.members = newMemberCache(b.now)
	return b, nil
}

// Username is the bot's @name, without the @; "" until Connect.
func (b *Bot) Username() string { return b.self.UserName }

// Name is "telegram".
func (b *Bot) Name() string { return Platform }

// Limits are RateLimits, with the overall rate Options asked for.
func (b *Bot) Limits() bot.Limits { return b.limits }

// Run connects (see Connect), publishes h's commands as the bot's menu,
// then answers updates through h until ctx is done: by long polling, or as
// a webhook when one is configured. Updates are answered by a pool of
// workers, each chat's in order (see poll). When ctx is done it takes no
// more updates and finishes those taken (see drain). It fails only when
// Telegram refuses the token or the webhook cannot be served.
func (b *Bot) Run(ctx context.Context, h bot.Handler) error {
	if err := b.Connect(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	b.SetCommands(ctx, h)
	if b.webhook.URL != "" {
		return b.serveWebhook(ctx, h)
	}
	b.dropWebhook()
	b.log.Info("telegram bot started", "bot", b.self.UserName)
	backoff := time.Second
	for ctx.Err() == nil {
		err := b.poll(ctx, h)
		if err == nil {
			b.connected(true)
			backoff = time.Second
			continue
		}
		if ctx.Err() != nil {
			break
		}
		b.connected(false)
		backoff = b.pollFailed(ctx, err, backoff)
	}
	b.connected(false)
	b.drain()
	b.log.Info("telegram bot stopped")
	return nil
}

// dropWebhook removes a webhook left from an earlier run, which would
// make every long poll fail.
func (b *Bot) dropWebhook() {
	if _, err := b.api.Request(tgbotapi.DeleteWebhookConfig{}); err != nil {
		b.log.Warn("telegram: could not remove an earlier webhook", "err", err)
	}
}

// pollFailed logs a failed getUpdates, waits and returns the next backoff.
func (b *Bot) pollFailed(ctx context.Context, err error, backoff time.Duration) time.Duration {
	wait := backoff
	if k := classify(err); k.kind == kindConflict {
		b.log.Error("telegram: another process is polling this bot's updates (409 Conflict); stop it or use another token", "retry_in", wait.String())
	} else if k.kind == kindRetry {
		b.rateLimited()
		wait = k.wait
		b.log.Warn("telegram: flood control on getUpdates", "retry_in", wait.String())
	} else {
		b.log.Warn("telegram: getUpdates failed", "err", err, "retry_in", wait.String())
	}
	_ = b.sleep(ctx, wait)
	return min(backoff*2, time.Minute)
}

// Step reads one batch of updates (waiting up to the long-poll time-out
// when there are none), answers each through h and returns once their
// replies are sent.
func (b *Bot) Step(ctx context.Context, h bot.Handler) error {
	if err := b.poll(ctx, h); err != nil {
		return err
	}
	return b.lanes.Wait(context.WithoutCancel(ctx))
}

// SetCommands publishes the commands h lists, but those for the bot's
// admins, as the bot's menu: the default one, and one for the users whose
// Telegram is set to each other language briefbot speaks, with the
// commands' help in it. A failure is only a warning.
func (b *Bot) SetCommands(ctx context.Context, h bot.Handler) {
	cmds := bot.CommandsOf(h)
	for i, lang := range bot.Langs() {
		menu := commandMenu(cmds, bot.LabelsFor(lang))
		if len(menu) == 0 {
			return
		}
		set := tgbotapi.NewSetMyCommands(menu...)
		if i > 0 {
			set = tgbotapi.NewSetMyCommandsWithScopeAndLanguage(tgbotapi.NewBotCommandScopeDefault(), lang, menu...)
		}
		if _, err := b.api.Request(set); err != nil {
			b.log.Warn("telegram: could not set the command list", "language", lang, "err", err)
		}
	}
}

// commandMenu is the menu Telegram shows for commands, with their help in
// l's language: a name of 1 to 32 lower-case letters, digits and
// underscores, and a description of at most 256 characters. A command
// Telegram cannot show is left out.
func commandMenu(cmds []bot.CommandInfo, l *bot.Labels) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range cmds {
		desc := l.HelpOf(c)
		if c.Admin || !menuName.MatchString(c.Name) || desc == "" {
			continue
		}
		if r := []rune(desc); len(r) > 256 {
			desc = string(r[:255]) + "…"
		}
		out = append(out, tgbotapi.BotCommand{Command: c.Name, Description: desc})
	}
	return out
}

// menuName is a command name Telegram's menu takes.
var menuName = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

// allowedUpdates are the kinds of update the bot answers.
var allowedUpdates = []string{"message", "channel_post", "callback_query"}

// ChatRef is the briefbot identity of a Telegram chat.
func ChatRef(chatID int64) briefbot.ChatRef {
	return briefbot.ChatRef{Platform: Platform, ID: strconv.FormatInt(chatID, 10)}
}

func chatID(ref briefbot.ChatRef) (int64, error) {
	if ref.Platform != Platform {
		return 0, fmt.Errorf("telegram: chat %s is not a Telegram chat", ref)
	}
	return strconv.ParseInt(ref.ID, 10, 64)
}

// Package discord runs briefbot in Discord servers and DMs, as a
// bot.Platform: the router's commands become slash commands with typed
// options and autocomplete, every interaction is deferred at once and its
// answer edited in, a brief is one embed per story, a message's actions
// are buttons carrying signed data, and a reply to one of the bot's
// messages is a follow-up. It serves either the gateway (shards
// configurable) or Discord's HTTP interactions endpoint, which needs no
// gateway, so that several stateless replicas can serve one bot. It is
// the only importer of discordgo, whose REST calls it maps onto a
// configurable base URL.
package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot"
	"briefbot/bot"
)

// api lists the REST calls of discordgo's session the adapter makes;
// digests are sent by the adapter's own requests (see Send).
type api interface {
	User(userID string, options ...discordgo.RequestOption) (*discordgo.User, error)
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	InteractionResponseDelete(i *discordgo.Interaction, options ...discordgo.RequestOption) error
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
}

// Bot is one Discord bot, a bot.Platform.
type Bot struct {
	ctx     context.Context // bounds every request
	session *discordgo.Session
	api     api
	client  *http.Client // the session's, with the REST base mapped
	base    string       // the REST base, without a trailing slash
	token   string       // without its "Bot " prefix, for redaction
	auth    string       // the Authorization header: "Bot " + token

	guildID       string
	shard         [2]int // id, count
	endpoint      Interactions
	publicKey     ed25519.PublicKey
	keys          bot.ActionKey // signs the data of the bot's buttons
	admins        map[string]bool
	limits        bot.Limits
	rates         *rateState // what Discord said of its limits, for Send
	log           *slog.Logger
	sleep         func(ctx context.Context, d time.Duration) error
	now           func() time.Time
	lanes         *bot.Lanes[string] // interactions and replies, by channel
	acks          chan struct{}      // bounds the first answers in flight
	ackWG         sync.WaitGroup
	mu            sync.Mutex
	self          discordgo.User             // who the bot is; known after connect
	commands      map[string]bot.CommandInfo // the slash commands registered, by name
	listening     string                     // the endpoint's address, once served
	onPanic       func(stage string)
	onRateLimited func()
	onConnected   func(up bool)
}

// New makes the bot; it does not reach Discord yet (Run does). Every
// request the bot makes is bound to ctx.
func New(ctx context.Context, o Options) (*Bot, error) {
	if strings.TrimSpace(o.Token) == "" {
		return nil, briefbot.Errorf(briefbot.EInvalid, "discord: no bot token")
	}
	base := strings.TrimRight(o.APIBase, "/")
	if base == "" {
		base = DefaultAPIBase
	}
	client, err := mappedClient(o.Client, base)
	if err != nil {
		return nil, err
	}
	token := strings.TrimPrefix(strings.TrimSpace(o.Token), "Bot ")
	b := &Bot{ctx: ctx, client: client, base: base, token: token, auth: "Bot " + token,
		guildID: o.GuildID, shard: [2]int{o.ShardID, max(o.ShardCount, 1)}, endpoint: o.Interactions,
		keys: bot.NewActionKey(token), admins: map[string]bool{}, limits: RateLimits, rates: newRateState(),
		log: o.Log, sleep: o.Sleep, now: o.Now, acks: make(chan struct{}, ackWorkers),
		onPanic: o.OnPanic, onRateLimited: o.OnRateLimited, onConnected: o.OnConnected}
	if err := b.setEndpoint(o.Interactions); err != nil {
		return nil, err
	}
	if o.ShardID < 0 || o.ShardID >= b.shard[1] {
		return nil, briefbot.Errorf(briefbot.EInvalid, "discord: shard %d is not below the shard count %d", o.ShardID, b.shard[1])
	}
	if o.MaxMessagesPerSecond > 0 {
		b.limits.Overall = bot.Rate{N: o.MaxMessagesPerSecond, Per: time.Second}
	}
	for _, id := range o.Admins {
		b.admins[id] = true
	}
	b.defaults()
	b.lanes = newLanes(o.Workers, b.contained)
	b.session = b.newSession()
	b.api = b.session
	return b, nil
}

// setEndpoint reads the interactions endpoint's public key.
func (b *Bot) setEndpoint(in Interactions) error {
	if in.Listen == "" {
		return nil
	}
	key, err := hex.DecodeString(strings.TrimSpace(in.PublicKey))
	if err != nil || len(key) != ed25519.PublicKeySize {
		return briefbot.Errorf(briefbot.EInvalid, "discord: the interactions endpoint needs the application's public key, %d bytes in hex, from the developer portal", ed25519.PublicKeySize)
	}
	b.publicKey = key
	return nil
}

func (b *Bot) defaults() {
	if b.log == nil {
		b.log = slog.New(slog.DiscardHandler)
	}
	if b.sleep == nil {
		b.sleep = briefbot.Sleep
	}
	if b.now == nil {
		b.now = time.Now
	}
}

// newSession is discordgo's session over the mapped client: silent (its
// log could print what the bot was sent), without its own waits and
// retries on 429 (the adapter decides), with the shard and the intents
// the bot needs: servers, their messages and DMs, for follow-ups.
func (b *Bot) newSession() *discordgo.Session {
	s, _ := discordgo.New(b.auth) // fails never: it only fills a struct
	s.Client = b.client
	s.LogLevel = -1
	s.ShouldRetryOnRateLimit = false
	s.SyncEvents = true // handlers only queue work; see gateway.go
	s.StateEnabled = true
	s.ShardID, s.ShardCount = b.shard[0], b.shard[1]
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	return s
}

// Name is "discord".
func (b *Bot) Name() string { return Platform }

// Limits are RateLimits, with the overall rate Options asked for.
func (b *Bot) Limits() bot.Limits { return b.limits }

// Run connects (asks who the bot is, retrying while Discord cannot be
// reached), registers h's commands as slash commands, then answers
// through h until ctx is done: over the gateway, or as the HTTP
// interactions endpoint when one is configured. It fails only when
// Discord refuses the token or the endpoint cannot be served.
func (b *Bot) Run(ctx context.Context, h bot.Handler) error {
	if err := b.connect(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	b.register(ctx, h)
	if b.endpoint.Listen != "" {
		return b.serveEndpoint(ctx, h)
	}
	return b.serveGateway(ctx, h)
}

// user is who the bot is.
func (b *Bot) user() discordgo.User {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.self
}

// opts are the request options of every REST call: bound to the bot's
// context.
func (b *Bot) opts(ctx context.Context) []discordgo.RequestOption {
	return []discordgo.RequestOption{discordgo.WithContext(ctx), discordgo.WithRestRetries(0)}
}

// ChatRef is the briefbot identity of a Discord channel (a server's
// channel, or a DM).
func ChatRef(channelID string) briefbot.ChatRef {
	return briefbot.ChatRef{Platform: Platform, ID: channelID}
}

func channelID(ref briefbot.ChatRef) (string, error) {
	if ref.Platform != Platform || ref.ID == "" || strings.ContainsAny(ref.ID, "/?#") {
		return "", fmt.Errorf("discord: chat %s is not a Discord channel", ref)
	}
	return ref.ID, nil
}

package discord

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"briefbot"
)

// Platform is the name of Discord chats in a briefbot.ChatRef: a channel
// (a server's channel, or a DM channel) by its id.
const Platform = "discord"

// DefaultAPIBase is Discord's REST API.
const DefaultAPIBase = "https://discord.com/api/v10"

// Options configures a Bot.
type Options struct {
	Token string
	// APIBase is the REST API's base URL, versioned, such as a REST proxy
	// for shared rate limits; "": DefaultAPIBase. Every REST call goes
	// there, whatever API version discordgo writes, and the gateway's URL
	// comes from GET {APIBase}/gateway, as discordgo asks it.
	APIBase string
	// GuildID, when set, registers the commands to that server only
	// (instant, for development); otherwise globally.
	GuildID string
	// ShardID and ShardCount split the servers among processes on the
	// gateway; ShardCount 0 is one shard.
	ShardID, ShardCount int
	// Interactions, when its Listen is set, serves Discord's HTTP
	// interactions endpoint instead of the gateway.
	Interactions Interactions
	Admins       []string                                         // user ids that may manage feeds
	Chats        briefbot.ChatMover                               // may be nil
	Client       *http.Client                                     // nil: one with a time-out
	Log          *slog.Logger                                     // nil: discard
	Sleep        func(ctx context.Context, d time.Duration) error // nil: real waiting
	Now          func() time.Time                                 // nil: time.Now
	Workers      int                                              // interactions answered at once; 0: a default

	// MaxMessagesPerSecond overrides the overall sending limit of the
	// digests, for a bot Discord allows more; 0 keeps Discord's.
	MaxMessagesPerSecond int

	OnPanic       func(stage string) // told of each panic contained while answering; may be nil
	OnRateLimited func()             // told of each 429; may be nil
	OnConnected   func(up bool)      // told when the gateway (or the endpoint) is up, or down; may be nil
}

// Interactions is Discord's HTTP interactions endpoint: Discord posts each
// interaction there, signed with the application's key, and no gateway is
// needed, so several stateless replicas can serve one bot.
type Interactions struct {
	Listen    string // the address served, e.g. 127.0.0.1:8090, behind an https proxy
	PublicKey string // the application's public key, hex, from the developer portal
}

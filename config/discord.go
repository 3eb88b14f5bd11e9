package config

import (
	"encoding/hex"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// Discord holds the Discord bot's settings. Its token comes only from the
// environment and is never printed.
type Discord struct {
	Token string `yaml:"-"`
	// APIBaseURL is the REST API's base, such as a REST proxy that shares
	// rate limits between replicas; "": Discord's own.
	APIBaseURL string `yaml:"api_base_url"`
	// GuildID registers the commands to that server only, at once (for
	// development); "": globally, which Discord spreads within the hour.
	GuildID string `yaml:"guild_id"`
	// Admins are the user ids that may manage feeds.
	Admins []string `yaml:"admins"`
	// ShardID and ShardCount split the servers among processes on the
	// gateway; a shard_count of 0 is one shard.
	ShardID    int `yaml:"shard_id"`
	ShardCount int `yaml:"shard_count"`
	// Interactions serves Discord's HTTP interactions endpoint instead of
	// the gateway, when Listen is set.
	Interactions DiscordInteractions `yaml:"interactions"`
	// MaxMessagesPerSecond is how many digest messages go out a second in
	// all; 0: Discord's limit (50 requests a second).
	MaxMessagesPerSecond int `yaml:"max_messages_per_second"`
}

// DiscordInteractions is the HTTP interactions endpoint: Discord posts
// every interaction there, signed, and no gateway connection is needed.
type DiscordInteractions struct {
	Listen    string `yaml:"listen"`     // e.g. 127.0.0.1:8090, behind an https proxy
	PublicKey string `yaml:"public_key"` // the application's public key (hex), not a secret
}

func (d Discord) validate() []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if d.APIBaseURL != "" {
		if u, err := url.Parse(d.APIBaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("discord.api_base_url: %q is not an http or https URL, like https://discord.com/api/v10", d.APIBaseURL)
		}
	}
	if d.GuildID != "" && !isSnowflake(d.GuildID) {
		bad("discord.guild_id: %q is not a Discord id (digits only)", d.GuildID)
	}
	for _, a := range d.Admins {
		if !isSnowflake(a) {
			bad("discord.admins: %q is not a Discord user id (digits only)", a)
		}
	}
	if d.ShardCount < 0 || d.ShardID < 0 || d.ShardCount > 0 && d.ShardID >= d.ShardCount || d.ShardCount == 0 && d.ShardID != 0 {
		bad("discord.shard_id %d of shard_count %d: the id goes from 0 to shard_count-1", d.ShardID, d.ShardCount)
	}
	if d.MaxMessagesPerSecond < 0 || d.MaxMessagesPerSecond > 1000 {
		bad("discord.max_messages_per_second: %d is not between 0 and 1000", d.MaxMessagesPerSecond)
	}
	return append(errs, d.Interactions.validate()...)
}

func (i DiscordInteractions) validate() []error {
	if i.Listen == "" && i.PublicKey == "" {
		return nil
	}
	var errs []error
	if strings.TrimSpace(i.Listen) == "" {
		errs = append(errs, fmt.Errorf("discord.interactions.listen: must name an address to serve interactions on, e.g. 127.0.0.1:8090"))
	}
	if key, err := hex.DecodeString(i.PublicKey); err != nil || len(key) != 32 {
		errs = append(errs, fmt.Errorf("discord.interactions.public_key: must be the application's public key, 64 hex digits, from the developer portal"))
	}
	return errs
}

// isSnowflake reports whether s is written as a Discord id.
func isSnowflake(s string) bool {
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil
}

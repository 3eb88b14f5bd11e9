package discordtest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"time"
)

// The routes of the REST API the fake serves, as Call.Route names them
// and as Fail takes them.
const (
	RouteGateway        = "GET /gateway"
	RouteGatewayBot     = "GET /gateway/bot"
	RouteMe             = "GET /users/@me"
	RouteDMChannel      = "POST /users/@me/channels"
	RouteChannel        = "GET /channels/{channel}"
	RouteMessageCreate  = "POST /channels/{channel}/messages"
	RouteMessageEdit    = "PATCH /channels/{channel}/messages/{message}"
	RouteGlobalCommands = "PUT /applications/{app}/commands"
	RouteGuildCommands  = "PUT /applications/{app}/guilds/{guild}/commands"
	RouteCallback       = "POST /interactions/{interaction}/{token}/callback"
	RouteFollowup       = "POST /webhooks/{app}/{token}"
	RouteWebhookGet     = "GET /webhooks/{app}/{token}/messages/{message}"
	RouteWebhookEdit    = "PATCH /webhooks/{app}/{token}/messages/{message}"
	RouteWebhookDelete  = "DELETE /webhooks/{app}/{token}/messages/{message}"
	RouteUnknown        = "unknown" // a path the fake does not serve
)

// Call is one REST call the bot made, recorded when the fake answered it.
type Call struct {
	Route   string // one of the Route constants
	Method  string
	Path    string // after the API base, e.g. "/channels/42/messages"
	Version string // the API version of the path: "9" for /api/v9/...
	Query   url.Values
	Header  http.Header
	Body    []byte   // the JSON sent; for a multipart body, its payload_json
	Files   []string // the names of the files of a multipart body

	// At is when the call arrived, after the latency, by the fake's clock.
	At time.Time
	// Interaction is the id of the interaction a callback or webhook call
	// is about, and Since the time from its dispatch to At.
	Interaction string
	Since       time.Duration

	ChannelID string // the channel of a message call
	GuildID   string // the guild of guild commands
	MessageID string // the message created, edited, read or deleted

	Status int  // the HTTP status answered
	Code   int  // the Discord error code answered; 0 on success
	Fault  bool // answered by a fault injected with Fail
}

// String is the call in short, for test failures.
func (c Call) String() string {
	s := fmt.Sprintf("%s %s -> %d", c.Method, c.Path, c.Status)
	if c.Code != 0 {
		s += fmt.Sprintf(" (code %d)", c.Code)
	}
	if len(c.Body) > 0 {
		s += " " + string(c.Body)
	}
	return s
}

// Message is a message as a call sent it: the body of a message or
// webhook call, or the data of an interaction callback.
type Message struct {
	Content         string           `json:"content"`
	Embeds          []Embed          `json:"embeds"`
	Components      []Component      `json:"components"`
	AllowedMentions *AllowedMentions `json:"allowed_mentions"`
	Flags           int              `json:"flags"`
	Choices         []Choice         `json:"choices"` // of an autocomplete result
}

// Embed is a rich embed of a message.
type Embed struct {
	Title       string       `json:"title"`
	Description string       `json:"description"`
	URL         string       `json:"url"`
	Color       int          `json:"color"`
	Fields      []EmbedField `json:"fields"`
	Footer      *EmbedText   `json:"footer"`
	Author      *EmbedAuthor `json:"author"`
}

// EmbedField is one field of an embed.
type EmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline"`
}

// EmbedText is an embed's footer.
type EmbedText struct {
	Text string `json:"text"`
}

// EmbedAuthor is an embed's author.
type EmbedAuthor struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

// Component is an action row (type 1) holding buttons (type 2) or a
// select menu (types 3, 5 to 8).
type Component struct {
	Type       int             `json:"type"`
	CustomID   string          `json:"custom_id"`
	Label      string          `json:"label"`
	Style      int             `json:"style"`
	URL        string          `json:"url"`
	Disabled   bool            `json:"disabled"`
	Emoji      json.RawMessage `json:"emoji"`
	Components []Component     `json:"components"`
}

// AllowedMentions says whom a message may notify.
type AllowedMentions struct {
	Parse       []string `json:"parse"`
	Users       []string `json:"users"`
	Roles       []string `json:"roles"`
	RepliedUser bool     `json:"replied_user"`
}

// Choice is one choice of an autocomplete result or a command option.
type Choice struct {
	Name  string `json:"name"`
	Value any    `json:"value"`
}

// Callback is the type of an interaction callback call (1 pong, 4
// message, 5 deferred message, 6 deferred update, 7 update, 8
// autocomplete result, 9 modal), or 0 for other calls.
func (c Call) Callback() int {
	if c.Route != RouteCallback {
		return 0
	}
	var body struct {
		Type int `json:"type"`
	}
	_ = json.Unmarshal(c.Body, &body)
	return body.Type
}

// Message is the message the call sent: for a callback, its data.
func (c Call) Message() Message {
	var m Message
	body := c.Body
	if c.Route == RouteCallback {
		var cb struct {
			Data json.RawMessage `json:"data"`
		}
		_ = json.Unmarshal(c.Body, &cb)
		body = cb.Data
	}
	_ = json.Unmarshal(body, &m)
	return m
}

// Commands are the commands a bulk overwrite sent.
func (c Call) Commands() []Command {
	var cmds []Command
	_ = json.Unmarshal(c.Body, &cmds)
	return cmds
}

// Calls returns the calls of the routes named made so far (all calls when
// none is named), in order.
func (f *Fake) Calls(routes ...string) []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var got []Call
	for _, c := range f.calls {
		if len(routes) == 0 || slices.Contains(routes, c.Route) {
			got = append(got, *c)
		}
	}
	return got
}

// Took returns the calls of the routes named, as Calls does, and forgets
// them.
func (f *Fake) Took(routes ...string) []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var got []Call
	var rest []*Call
	for _, c := range f.calls {
		if len(routes) == 0 || slices.Contains(routes, c.Route) {
			got = append(got, *c)
		} else {
			rest = append(rest, c)
		}
	}
	f.calls = rest
	return got
}

// WaitFor returns the first call recorded (and not taken) that match
// accepts, waiting for it until ctx ends.
func (f *Fake) WaitFor(ctx context.Context, match func(Call) bool) (Call, error) {
	var found Call
	err := f.waitUntil(ctx, func() bool {
		for _, c := range f.calls {
			if match(*c) {
				found = *c
				return true
			}
		}
		return false
	})
	return found, err
}

// ByRoute matches the calls of one of the routes named, for WaitFor.
func ByRoute(routes ...string) func(Call) bool {
	return func(c Call) bool { return slices.Contains(routes, c.Route) }
}

// Command is an application command as a bulk overwrite sends it.
type Command struct {
	ID                       string            `json:"id,omitempty"`
	Type                     int               `json:"type,omitempty"`
	Name                     string            `json:"name"`
	Description              string            `json:"description"`
	DescriptionLocalizations map[string]string `json:"description_localizations,omitempty"` // by locale
	Options                  []CommandOption   `json:"options,omitempty"`
	DefaultMemberPermissions *string           `json:"default_member_permissions,omitempty"`
	DMPermission             *bool             `json:"dm_permission,omitempty"`
}

// CommandOption is an option of a command.
type CommandOption struct {
	Type         int             `json:"type"`
	Name         string          `json:"name"`
	Description  string          `json:"description"`
	Required     bool            `json:"required,omitempty"`
	Autocomplete bool            `json:"autocomplete,omitempty"`
	Choices      []Choice        `json:"choices,omitempty"`
	Options      []CommandOption `json:"options,omitempty"`
}

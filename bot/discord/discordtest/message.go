package discordtest

import (
	"encoding/json"
	"slices"
	"time"
)

// message is a message the bot sent: to a channel, or as an answer to an
// interaction.
type message struct {
	id, channelID, guildID string
	fields                 map[string]any // as the bot sent them: content, embeds, components, flags...
	ephemeral              bool           // seen only by the interaction's user; no channel route reaches it
	sent, edited           time.Time
}

// messageFields are the fields of a message body the fake keeps.
var messageFields = []string{"content", "embeds", "components", "flags", "tts", "message_reference", "attachments", "sticker_ids"}

// flagLoading marks a deferred answer's "is thinking" placeholder;
// flagEphemeral a message only its user sees.
const (
	flagEphemeral = 64
	flagLoading   = 128
)

// emptyMessage is the problem of a new message with nothing to show.
const emptyMessage = "cannot send an empty message"

// readMessage reads a message body: the fields it sets (nil for one it
// clears) and the problems Discord would refuse it for. A new message
// (create) must show something: content, an embed, a component or a
// file.
func readMessage(body []byte, files, create bool) (map[string]any, []string) {
	var raw map[string]json.RawMessage
	var m Message
	var stickers struct {
		IDs []string `json:"sticker_ids"`
	}
	if json.Unmarshal(body, &raw) != nil || json.Unmarshal(body, &m) != nil || json.Unmarshal(body, &stickers) != nil {
		return nil, []string{"the body is not a JSON message object"}
	}
	if create && !files && m.Content == "" && len(m.Embeds) == 0 && len(m.Components) == 0 && len(stickers.IDs) == 0 {
		return nil, []string{emptyMessage}
	}
	if problems := checkMessage(m); len(problems) > 0 {
		return nil, problems
	}
	fields := map[string]any{}
	for k, v := range raw {
		if slices.Contains(messageFields, k) {
			var val any
			_ = json.Unmarshal(v, &val)
			fields[k] = val
		}
	}
	return fields, nil
}

// apply edits m with the fields an edit sets; an edit ends a deferred
// answer's placeholder.
func (m *message) apply(fields map[string]any, at time.Time) {
	for k, v := range fields {
		if v == nil {
			delete(m.fields, k)
		} else {
			m.fields[k] = v
		}
	}
	flags, _ := m.fields["flags"].(float64)
	m.fields["flags"] = float64(int(flags) &^ flagLoading)
	m.edited = at
}

// flags are m's flags.
func (m *message) flags() int {
	f, _ := m.fields["flags"].(float64)
	return int(f)
}

// json is m as Discord answers it.
func (m *message) json() map[string]any {
	out := map[string]any{
		"id": m.id, "channel_id": m.channelID, "author": Bot().json(), "type": 0,
		"timestamp": m.sent.UTC().Format(time.RFC3339Nano), "edited_timestamp": nil,
		"content": "", "embeds": []any{}, "components": []any{}, "attachments": []any{},
		"mentions": []any{}, "pinned": false, "tts": false, "flags": 0,
	}
	if m.guildID != "" {
		out["guild_id"] = m.guildID
	}
	if !m.edited.IsZero() {
		out["edited_timestamp"] = m.edited.UTC().Format(time.RFC3339Nano)
	}
	for k, v := range m.fields {
		out[k] = v
	}
	return out
}

// hasCustomID says whether one of m's components has the custom id.
func (m *message) hasCustomID(id string) bool {
	data, _ := json.Marshal(m.fields["components"])
	var rows []Component
	_ = json.Unmarshal(data, &rows)
	for _, row := range rows {
		for _, c := range row.Components {
			if c.CustomID == id {
				return true
			}
		}
	}
	return false
}

// Message returns the message with the id as the bot last left it (sent
// or edited), and whether the fake has it.
func (f *Fake) Message(id string) (Message, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := f.messages[id]
	if m == nil {
		return Message{}, false
	}
	data, _ := json.Marshal(m.fields)
	var out Message
	_ = json.Unmarshal(data, &out)
	return out, true
}

package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// The windows of an interaction: its callback within AckWindow of its
// dispatch, its webhook calls within TokenLife.
const (
	AckWindow = 3 * time.Second
	TokenLife = 15 * time.Minute
)

// Interaction callback types.
const (
	CallbackPong           = 1
	CallbackMessage        = 4
	CallbackDeferred       = 5
	CallbackDeferredUpdate = 6
	CallbackUpdate         = 7
	CallbackAutocomplete   = 8
	CallbackModal          = 9
)

// callbacksFor are the callback types each interaction type takes.
var callbacksFor = map[int][]int{
	InteractionPing:         {CallbackPong},
	InteractionCommand:      {CallbackMessage, CallbackDeferred, CallbackModal},
	InteractionComponent:    {CallbackMessage, CallbackDeferred, CallbackDeferredUpdate, CallbackUpdate, CallbackModal},
	InteractionAutocomplete: {CallbackAutocomplete},
	InteractionModal:        {CallbackMessage, CallbackDeferred, CallbackDeferredUpdate, CallbackUpdate},
}

var unknownInteraction = errAnswer(http.StatusNotFound, 10062, "Unknown interaction")

// callback answers an interaction's callback.
func (f *Fake) callback(c *Call, r *http.Request) answer {
	return f.answerCallback(c, r.PathValue("interaction"), r.PathValue("token"))
}

// answerCallback answers the callback of the interaction with the id and
// token, posted to the REST API or answered by an HTTP endpoint.
func (f *Fake) answerCallback(c *Call, id, token string) answer {
	ix := f.interactions[id]
	if ix == nil || ix.Token != token {
		return unknownInteraction
	}
	c.Interaction, c.Since = ix.ID, c.At.Sub(ix.Sent)
	if c.Since > AckWindow {
		return unknownInteraction
	}
	if ix.acked {
		return errAnswer(http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
	}
	var cb struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if json.Unmarshal(c.Body, &cb) != nil {
		return f.refused(c, []string{"the body is not a JSON callback"})
	}
	if !slices.Contains(callbacksFor[ix.Type], cb.Type) {
		return f.refused(c, []string{fmt.Sprintf("callback type %d does not answer an interaction of type %d", cb.Type, ix.Type)})
	}
	if a, ok := f.answerInteraction(c, ix, cb.Type, cb.Data); !ok {
		return a
	}
	ix.acked = true
	return noContent()
}

// refused counts the problems and answers Discord's 400.
func (f *Fake) refused(c *Call, problems []string) answer {
	f.refuse(c.Route, problems)
	return invalid(problems)
}

// answerInteraction does what a callback's type says; it returns the
// refusal when Discord would refuse it.
func (f *Fake) answerInteraction(c *Call, ix *interaction, typ int, data json.RawMessage) (answer, bool) {
	if len(data) == 0 || string(data) == "null" {
		data = []byte("{}")
	}
	switch typ {
	case CallbackMessage, CallbackDeferred:
		var m *message
		if typ == CallbackMessage {
			var a answer
			var created bool
			if m, a, created = f.newMessage(&Call{Route: c.Route, Body: data, Files: c.Files, At: c.At}, f.replyChannel(ix)); !created {
				return a, false
			}
		} else {
			fields, _ := readMessage(data, false, false)
			m = f.placeholder(ix, fields, c.At)
		}
		m.ephemeral = m.flags()&flagEphemeral != 0
		ix.original, c.MessageID = m.id, m.id
	case CallbackUpdate:
		fields, problems := readMessage(data, false, false)
		if len(problems) > 0 {
			return f.refused(c, problems), false
		}
		if m := f.messages[ix.original]; m != nil {
			m.apply(fields, c.At)
		}
		c.MessageID = ix.original
	case CallbackAutocomplete:
		var res struct {
			Choices []Choice `json:"choices"`
		}
		_ = json.Unmarshal(data, &res)
		if problems := checkChoices(res.Choices); len(problems) > 0 {
			return f.refused(c, problems), false
		}
	}
	return answer{}, true
}

// replyChannel is the channel an interaction's answers go to.
func (f *Fake) replyChannel(ix *interaction) *channel {
	if ch := f.channels[ix.ChannelID]; ch != nil {
		return ch
	}
	return &channel{Channel: Channel{ID: ix.ChannelID}}
}

// placeholder is a deferred answer's "is thinking" message.
func (f *Fake) placeholder(ix *interaction, fields map[string]any, at time.Time) *message {
	flags, _ := fields["flags"].(float64)
	m := &message{id: f.newID(), channelID: ix.ChannelID, guildID: ix.GuildID, sent: at,
		fields: map[string]any{"flags": float64(int(flags) | flagLoading)}}
	f.messages[m.id] = m
	return m
}

// webhookInteraction is the interaction of a webhook call's token, or the
// error Discord answers.
func (f *Fake) webhookInteraction(c *Call, r *http.Request) (*interaction, answer, bool) {
	if r.PathValue("app") != AppID {
		return nil, errAnswer(http.StatusNotFound, 10015, "Unknown Webhook"), false
	}
	ix := f.tokens[r.PathValue("token")]
	if ix == nil {
		return nil, errAnswer(http.StatusUnauthorized, 50027, "Invalid Webhook Token"), false
	}
	c.Interaction, c.Since = ix.ID, c.At.Sub(ix.Sent)
	if c.Since > TokenLife {
		return nil, errAnswer(http.StatusUnauthorized, 50027, "Invalid Webhook Token"), false
	}
	if !ix.acked {
		return nil, errAnswer(http.StatusNotFound, 10015, "Unknown Webhook"), false
	}
	return ix, answer{}, true
}

// followup answers a followup message.
func (f *Fake) followup(c *Call, r *http.Request) answer {
	ix, a, found := f.webhookInteraction(c, r)
	if !found {
		return a
	}
	m, a, created := f.newMessage(c, f.replyChannel(ix))
	if !created {
		return a
	}
	m.ephemeral = m.flags()&flagEphemeral != 0
	ix.followups = append(ix.followups, m.id)
	if c.Query.Get("wait") != "true" {
		return noContent()
	}
	return ok(m.json())
}

// webhookMessage reads, edits or deletes @original or a followup.
func (f *Fake) webhookMessage(c *Call, r *http.Request) answer {
	ix, a, found := f.webhookInteraction(c, r)
	if !found {
		return a
	}
	id := c.MessageID
	if id == "@original" {
		id = ix.original
	} else if !slices.Contains(ix.followups, id) {
		id = ""
	}
	m := f.messages[id]
	if m == nil {
		return errAnswer(http.StatusNotFound, 10008, "Unknown Message")
	}
	c.MessageID = id
	switch r.Method {
	case http.MethodPatch:
		return f.edit(c, m)
	case http.MethodDelete:
		delete(f.messages, id)
		return noContent()
	}
	return ok(m.json())
}

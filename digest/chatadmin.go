package digest

import (
	"context"

	"briefbot/bot"

	"briefbot"
)

// NotChatAdmin is the refusal of a change to a group's digests by one of
// its members who does not administer it.
const NotChatAdmin = "Only this group's administrators may change its digests."

// mayChangeChat refuses a change to a shared chat's digests or time zone
// unless the sender administers the chat; anyone may change a private
// chat's (see bot.Request.MayChange).
func mayChangeChat(ctx context.Context, req bot.Request) error {
	ok, err := req.MayChange(ctx)
	switch {
	case err != nil:
		return err
	case !ok:
		return briefbot.Errorf(briefbot.EInvalid, NotChatAdmin)
	}
	return nil
}

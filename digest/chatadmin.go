package digest

import (
	"context"
	"fmt"

	"briefbot/bot"

	"briefbot"
)

// NotChatAdmin is the refusal of a change to a group's digests by one of
// its members who does not administer it.
const NotChatAdmin = "Only this group's administrators may change its digests."

// mayChangeChat refuses a change to a shared chat's digests or time zone
// unless the sender administers the chat; anyone may change a private
// chat's.
func mayChangeChat(ctx context.Context, req bot.Request) error {
	if !req.Shared {
		return nil
	}
	if req.ChatAdmin != nil {
		ok, err := req.ChatAdmin(ctx)
		if err != nil {
			return fmt.Errorf("check the sender administers %s: %w", req.Chat, err)
		}
		if ok {
			return nil
		}
	}
	return briefbot.Errorf(briefbot.EInvalid, NotChatAdmin)
}

package telegramtest

import "strconv"

// Push queues an update; the fake gives it the next update id, from 1000.
func (f *Fake) Push(u map[string]any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u["update_id"] = 1000 + len(f.updates)
	f.updates = append(f.updates, u)
}

// Say queues a text message from a user in a chat of chatType ("private",
// "group", "supergroup"); replyTo, when not 0, is the id of one of the
// bot's messages that it replies to.
func (f *Fake) Say(chat int64, chatType string, user int64, text string, replyTo int) {
	f.SayIn("", chat, chatType, user, text, replyTo)
}

// SayIn is Say from a user whose Telegram is set to the language lang,
// its language_code ("fr", "en-US"); "" sends none, as Telegram does for
// some users.
func (f *Fake) SayIn(lang string, chat int64, chatType string, user int64, text string, replyTo int) {
	from := map[string]any{"id": user, "is_bot": false, "first_name": "Ana"}
	if lang != "" {
		from["language_code"] = lang
	}
	msg := map[string]any{
		"message_id": 1 + f.queued(), "date": 0, "text": text,
		"chat": map[string]any{"id": chat, "type": chatType}, "from": from,
	}
	if replyTo != 0 {
		msg["reply_to_message"] = map[string]any{"message_id": replyTo, "date": 0, "chat": msg["chat"], "from": botUser()}
	}
	f.Push(map[string]any{"message": msg})
}

// Press queues a press of a button, with its data, under one of the bot's
// messages in a private chat.
func (f *Fake) Press(chat int64, msgID int, user int64, data string) {
	f.PressIn(chat, "private", msgID, user, data)
}

// PressIn queues a button press in a chat of the given type.
func (f *Fake) PressIn(chat int64, chatType string, msgID int, user int64, data string) {
	f.Push(map[string]any{"callback_query": map[string]any{
		"id": "cb" + strconv.Itoa(f.queued()), "data": data,
		"from":    map[string]any{"id": user, "is_bot": false, "first_name": "Bo"},
		"message": map[string]any{"message_id": msgID, "date": 0, "chat": map[string]any{"id": chat, "type": chatType}},
	}})
}

// ChannelPost queues a post the channel itself makes.
func (f *Fake) ChannelPost(chat int64, text string) {
	channel := map[string]any{"id": chat, "type": "channel", "title": "News"}
	f.Push(map[string]any{"channel_post": map[string]any{
		"message_id": 1 + f.queued(), "date": 0, "text": text, "chat": channel, "sender_chat": channel,
	}})
}

// queued is how many updates were queued.
func (f *Fake) queued() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.updates)
}

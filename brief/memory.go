package brief

import (
	"context"
	"fmt"
	"time"

	"briefbot"
)

// RememberBriefing remembers, for the chat, the articles of the stories a
// brief showed (the older ones when its window was empty), in its order.
func RememberBriefing(ctx context.Context, mem briefbot.MemoryStore, chat briefbot.ChatRef, br Briefing, at time.Time) error {
	stories := br.Stories
	if len(stories) == 0 {
		stories = br.Older
	}
	var ids []int64
	for _, s := range stories {
		for _, a := range s.Articles {
			ids = append(ids, a.ID)
		}
	}
	if err := mem.RememberBrief(ctx, chat, br.Topic, ids, at); err != nil {
		return fmt.Errorf("remember briefing: %w", err)
	}
	return nil
}

package brief

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/bot"
)

// BriefMessage renders a briefing as a reply.
func BriefMessage(br Briefing) bot.Message {
	window := briefbot.FormatWindow(br.Window)
	if len(br.Stories) > 0 {
		msg := bot.Message{Title: fmt.Sprintf("%s: %s from the last %s", TopicTitle(br.Topic), CountStories(len(br.Stories)), window)}
		for _, s := range br.Stories {
			msg.Items = append(msg.Items, StoryItem(s, false))
		}
		return msg
	}
	msg := bot.Message{Lines: []string{fmt.Sprintf("No stories on %q in the last %s.", br.Topic, window)}}
	if len(br.Older) == 0 {
		if br.DidYouMean != "" {
			msg.Lines = append(msg.Lines, "Did you mean /brief "+br.DidYouMean+"?")
			return msg
		}
		msg.Lines = append(msg.Lines, nothingAtAll(br.Related))
		return msg
	}
	msg.Lines = append(msg.Lines, "The latest older ones:")
	for _, s := range br.Older {
		msg.Items = append(msg.Items, StoryItem(s, true))
	}
	return msg
}

// nothingAtAll says that a topic has no story, and suggests others.
func nothingAtAll(related []string) string {
	if len(related) == 0 {
		return "I have nothing on it at all yet. Try a broader topic, or /help."
	}
	var cmds []string
	for _, r := range related {
		cmds = append(cmds, "/brief "+strings.ToLower(r))
	}
	return "I have nothing on it at all yet. Topics with stories: " + strings.Join(cmds, ", ") + "."
}

func StoryItem(s briefbot.Story, dated bool) bot.Item {
	it := bot.Item{Headline: s.Headline, Summary: s.Summary, Seen: s.Latest(), Dated: dated}
	if strings.EqualFold(strings.TrimSpace(it.Summary.What), strings.TrimSpace(it.Headline)) {
		it.Summary.What = "" // the headline already says it
	}
	for _, a := range s.Articles {
		if a.Source != "" || a.URL != "" {
			it.Sources = append(it.Sources, bot.Source{Name: a.Source, URL: a.URL})
		}
	}
	return it
}

func TopicTitle(topic string) string {
	t := strings.TrimSpace(topic)
	r, size := utf8.DecodeRuneInString(t)
	if size == 0 {
		return t
	}
	return string(unicode.ToUpper(r)) + t[size:]
}

func CountStories(n int) string {
	if n == 1 {
		return "1 story"
	}
	return fmt.Sprintf("%d stories", n)
}

package bot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// BriefMessage renders a briefing as a reply.
func BriefMessage(br Briefing) Message {
	window := briefbot.FormatWindow(br.Window)
	if len(br.Stories) > 0 {
		msg := Message{Title: fmt.Sprintf("%s: %s from the last %s", topicTitle(br.Topic), countStories(len(br.Stories)), window)}
		for _, s := range br.Stories {
			msg.Items = append(msg.Items, storyItem(s, false))
		}
		return msg
	}
	msg := Message{Lines: []string{fmt.Sprintf("No stories on %q in the last %s.", br.Topic, window)}}
	if len(br.Older) == 0 {
		msg.Lines = append(msg.Lines, nothingAtAll(br.Related))
		return msg
	}
	msg.Lines = append(msg.Lines, "The latest older ones:")
	for _, s := range br.Older {
		msg.Items = append(msg.Items, storyItem(s, true))
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

func storyItem(s briefbot.Story, dated bool) Item {
	it := Item{Headline: s.Headline, Summary: s.Summary, Seen: s.Latest(), Dated: dated}
	if strings.EqualFold(strings.TrimSpace(it.Summary.What), strings.TrimSpace(it.Headline)) {
		it.Summary.What = "" // the headline already says it
	}
	for _, a := range s.Articles {
		if a.Source != "" || a.URL != "" {
			it.Sources = append(it.Sources, Source{Name: a.Source, URL: a.URL})
		}
	}
	return it
}

func topicTitle(topic string) string {
	t := strings.TrimSpace(topic)
	r, size := utf8.DecodeRuneInString(t)
	if size == 0 {
		return t
	}
	return string(unicode.ToUpper(r)) + t[size:]
}

func countStories(n int) string {
	if n == 1 {
		return "1 story"
	}
	return fmt.Sprintf("%d stories", n)
}

// FiveW renders a summary's "Who · What · Where · When" line; empty fields
// are left out.
func FiveW(s briefbot.Summary) string {
	var parts []string
	if len(s.Who) > 0 {
		parts = append(parts, "Who: "+strings.Join(s.Who, ", "))
	}
	if s.What != "" {
		parts = append(parts, "What: "+s.What)
	}
	if len(s.Where) > 0 {
		parts = append(parts, "Where: "+strings.Join(s.Where, ", "))
	}
	if when := whenText(s); when != "" {
		parts = append(parts, "When: "+when)
	}
	return strings.Join(parts, " · ")
}

func whenText(s briefbot.Summary) string {
	if s.When != "" {
		return s.When
	}
	return s.WhenText
}

package brief

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/bot"
)

// BriefMessage renders a briefing as a reply in the language lang.
func BriefMessage(br Briefing, lang string) bot.Message {
	l := bot.LabelsFor(lang)
	window := l.Window(br.Window)
	if len(br.Stories) > 0 {
		msg := bot.Message{Title: fmt.Sprintf(l.Brief.Title, TopicTitle(br.Topic), l.Stories(len(br.Stories)), window), Lang: l.Lang}
		for _, s := range br.Stories {
			msg.Items = append(msg.Items, StoryItem(s, false, l.Lang))
		}
		return msg
	}
	msg := bot.Message{Lines: []string{fmt.Sprintf(l.Brief.NoStories, br.Topic, window)}, Lang: l.Lang}
	if len(br.Older) == 0 {
		if br.DidYouMean != "" {
			msg.Lines = append(msg.Lines, fmt.Sprintf(l.Brief.DidYouMean, br.DidYouMean))
			return msg
		}
		msg.Lines = append(msg.Lines, nothingAtAll(br.Related, l))
		return msg
	}
	msg.Lines = append(msg.Lines, l.Brief.Older)
	for _, s := range br.Older {
		msg.Items = append(msg.Items, StoryItem(s, true, l.Lang))
	}
	return msg
}

// nothingAtAll says that a topic has no story, and suggests others.
func nothingAtAll(related []string, l *bot.Labels) string {
	if len(related) == 0 {
		return l.Brief.Nothing + " " + l.Brief.NothingTry
	}
	var cmds []string
	for _, r := range related {
		cmds = append(cmds, "/brief "+strings.ToLower(r))
	}
	return l.Brief.Nothing + " " + fmt.Sprintf(l.Brief.WithStories, strings.Join(cmds, ", "))
}

// StoryItem is a story as one item of a reply in the language lang (see
// localize).
func StoryItem(s briefbot.Story, dated bool, lang string) bot.Item {
	it := bot.Item{Headline: s.Headline, Summary: s.Summary, Seen: s.Latest(), Dated: dated}
	if strings.EqualFold(strings.TrimSpace(it.Summary.What), strings.TrimSpace(it.Headline)) {
		it.Summary.What = "" // the headline already says it
	}
	localize(&it, storyLang(s), bot.LabelsFor(lang).Lang)
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

package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot/brief"
)

// BareTopic reports whether topic is a topic and nothing else, as a
// brief's buttons may carry it to /brief, /subscribe and /unsubscribe:
// lower case, its words separated by single spaces, none of them a word
// these commands read as an option (a window such as 3d, a count, a time,
// a time zone, notify-empty), and not "all", which /unsubscribe reads as
// every digest. Each of those commands reads a bare topic as exactly
// itself.
func BareTopic(topic string) bool {
	if topic == "" || topic == "all" || !utf8.ValidString(topic) {
		return false
	}
	if topic != strings.ToLower(strings.Join(strings.Fields(topic), " ")) {
		return false
	}
	for _, r := range topic {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	for _, w := range strings.Fields(topic) {
		if optionWord(w) {
			return false
		}
	}
	return true
}

// optionWord reports whether /brief or /subscribe would read the word,
// after a topic, as an option rather than as part of the topic; it asks
// their own parsers.
func optionWord(w string) bool {
	args := "topic " + w
	q, err := (&brief.Briefer{}).ParseArgs(args) // reads the options only
	if err != nil || q.Topic != args {
		return true
	}
	sub, zone, err := subscribeArgs(args)
	return err != nil || sub.Topic != args || zone != ""
}

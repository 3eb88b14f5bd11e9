package digest

import (
	"fmt"
	"strconv"
	"strings"

	"briefbot"
	"briefbot/internal/chatargs"
)

// subscribeArgs reads "<topic> [HH:MM] [Zone] [notify-empty]" by the rule
// of chatargs, which /brief follows too: options come after the topic,
// read from the end while words look like one, in any order. For
// /subscribe a time is a word with digits written as a time of day
// (07:30, 7:30, and 7h30, 25:00 or 7pm to be refused by name), a zone has
// a slash (Europe/Paris) or is UTC or GMT, and notify-empty is itself.
// The words right after a time are its zone, whatever they are, so
// "07:30 paris" is a zone to check (and suggest Europe/Paris for), never a
// topic. Numbers, windows, offsets, commands and near misses of
// notify-empty look like options too, and are refused by name with what
// would work. The topic is lower case, its words single-spaced.
func subscribeArgs(args string) (sub briefbot.Subscription, zone string, err error) {
	topic, opts := chatargs.Split(args, subscribeOption)
	fields := strings.Fields(topic)
	if k := lastClock(fields); k > 0 { // "korea 07:30 new york": the zone is "new york"
		zone = strings.Join(fields[k+1:], " ")
		opts = append([]string{fields[k]}, opts...)
		fields = fields[:k]
	}
	for _, w := range opts {
		if err := readSubscribeOption(&sub, &zone, w, fields); err != nil {
			return sub, "", err
		}
	}
	switch {
	case len(fields) == 0 && len(opts) == 0:
		return sub, "", briefbot.Errorf(briefbot.EInvalid, "Tell me a topic, like /subscribe korea 07:30.")
	case len(fields) == 0:
		o := strings.Join(opts, " ")
		return sub, "", briefbot.Errorf(briefbot.EInvalid, "Tell me a topic before %s, like /subscribe korea %s.", chatargs.Quote(o), o)
	case looksLikeClock(fields[0]):
		return sub, "", briefbot.Errorf(briefbot.EInvalid, "Put the time after the topic, like /subscribe korea %s.", fields[0])
	}
	sub.Topic = strings.ToLower(strings.Join(fields, " "))
	return sub, zone, nil
}

// lastClock is the index of the last word of fields that looks like a
// time of day, or -1.
func lastClock(fields []string) int {
	for i := len(fields) - 1; i >= 0; i-- {
		if looksLikeClock(fields[i]) && !strings.ContainsAny(fields[i], "\"\u201c\u201d") {
			return i
		}
	}
	return -1
}

// readSubscribeOption sets what the option w, after the topic's words,
// asks for, or says why it cannot.
func readSubscribeOption(sub *briefbot.Subscription, zone *string, w string, topic []string) error {
	low := strings.ToLower(w)
	switch {
	case strings.HasPrefix(w, "/"):
		return briefbot.Errorf(briefbot.EInvalid, "%s is a command of its own; send it alone.", chatargs.Quote(w))
	case low == notifyEmptyWord:
		sub.NotifyEmpty = true
	case nearNotifyEmpty(low):
		return briefbot.Errorf(briefbot.EInvalid, "%s is not an option; did you mean %s?", chatargs.Quote(w), notifyEmptyWord)
	case looksLikeClock(w):
		if sub.LocalTime != "" {
			return briefbot.Errorf(briefbot.EInvalid, "Give one time; I read %s and %s.", sub.LocalTime, w)
		}
		hhmm, err := readClock(w)
		if err != nil {
			return err
		}
		sub.LocalTime = hhmm
	case isNumber(w):
		return briefbot.Errorf(briefbot.EInvalid, "%s is not a time of day; write it as HH:MM, like %s. For a topic that ends in a number, put it in quotes: /subscribe \"%s\".",
			chatargs.Quote(w), clockOfNumber(w), strings.TrimSpace(strings.Join(topic, " ")+" "+w))
	case briefbot.LooksLikeWindow(w):
		return briefbot.Errorf(briefbot.EInvalid, "A digest takes no window (%s): it holds what is new since the one before.", chatargs.Quote(w))
	case isOffset(low):
		return briefbot.Errorf(briefbot.EInvalid, "%s is an offset; name the zone instead, like Europe/Paris or Asia/Seoul, so that summer time follows.", chatargs.Quote(w))
	default: // a zone
		if *zone != "" {
			return briefbot.Errorf(briefbot.EInvalid, "Give one time zone; I read %s and %s.", chatargs.Quote(*zone), chatargs.Quote(w))
		}
		*zone = w
	}
	return nil
}

// subscribeOption reports whether a word after a /subscribe's topic looks
// like one of its options, right or wrong.
func subscribeOption(w string) bool {
	low := strings.ToLower(w)
	return strings.HasPrefix(w, "/") || nearNotifyEmpty(low) || looksLikeClock(w) || isNumber(w) ||
		briefbot.LooksLikeWindow(w) || isOffset(low) || looksLikeZone(w)
}

// nearNotifyEmpty reports whether low is written almost as notify-empty:
// notify_empty, notifyempty, notify-emtpy ("notify" alone is a word).
func nearNotifyEmpty(low string) bool {
	return strings.HasPrefix(low, "notify") && len(low) > len("notify")
}

// looksLikeZone reports whether w is written as a zone: a letter, then a
// slash somewhere (Europe/Paris, america/new_york), or UTC or GMT.
func looksLikeZone(w string) bool {
	if strings.EqualFold(w, "UTC") || strings.EqualFold(w, "GMT") {
		return true
	}
	first := strings.ToLower(w[:1])
	return first >= "a" && first <= "z" && strings.Contains(w, "/")
}

// isOffset reports whether low is an offset from UTC: utc+2, gmt-5, +09:00.
func isOffset(low string) bool {
	low = strings.TrimPrefix(strings.TrimPrefix(low, "utc"), "gmt")
	if low == "" || (low[0] != '+' && low[0] != '-') {
		return false
	}
	rest := strings.ReplaceAll(low[1:], ":", "")
	return rest != "" && strings.Trim(rest, "0123456789") == ""
}

// looksLikeClock reports whether w is written as a time of day, right or
// wrong: 07:30, 7:30, 25:00, 7h30, 7h, 7.30, 7pm, 7:30am.
func looksLikeClock(w string) bool {
	body := strings.ToLower(w)
	ampm := strings.HasSuffix(body, "am") || strings.HasSuffix(body, "pm")
	if ampm {
		body = body[:len(body)-2]
	}
	i := strings.IndexAny(body, ":h.")
	if i < 0 {
		return ampm && isDigits(body) && len(body) <= 2
	}
	return i >= 1 && i <= 2 && isDigits(body[:i]) && (isDigits(body[i+1:]) || body[i+1:] == "")
}

// readClock reads a word that looks like a time of day as HH:MM. Written
// any other way than H:MM or HH:MM, it is refused with the HH:MM it means.
func readClock(w string) (string, error) {
	body := strings.ToLower(w)
	pm, am := strings.HasSuffix(body, "pm"), strings.HasSuffix(body, "am")
	if pm || am {
		body = body[:len(body)-2]
	}
	h, m, sep := body, "00", ""
	if i := strings.IndexAny(body, ":h."); i >= 0 {
		h, m, sep = body[:i], body[i+1:], body[i:i+1]
	}
	if m == "" && sep == "h" { // 7h
		m = "00"
	}
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(m)
	switch {
	case (am || pm) && (hour < 1 || hour > 12):
		return "", briefbot.Errorf(briefbot.EInvalid, "%s is not a time of day; write it as HH:MM, like 07:30.", chatargs.Quote(w))
	case pm && hour < 12:
		hour += 12
	case am && hour == 12:
		hour = 0
	}
	switch {
	case hour > 23:
		return "", briefbot.Errorf(briefbot.EInvalid, "%s is not a time of day: hours go from 00 to 23. Write it as HH:MM, like 07:30.", chatargs.Quote(w))
	case len(m) != 2 || minute > 59:
		return "", briefbot.Errorf(briefbot.EInvalid, "%s is not a time of day: write minutes with two digits, 00 to 59, like 07:30.", chatargs.Quote(w))
	}
	hhmm := fmt.Sprintf("%02d:%02d", hour, minute)
	if sep != ":" || am || pm {
		return "", briefbot.Errorf(briefbot.EInvalid, "Write the time %s as %s (HH:MM, 24-hour).", chatargs.Quote(w), hhmm)
	}
	return hhmm, nil
}

// clockOfNumber is the HH:MM a bare number may mean (8: 08:00, 730:
// 07:30), else an example.
func clockOfNumber(w string) string {
	n, err := strconv.Atoi(w)
	switch {
	case err == nil && n >= 0 && n <= 23 && len(w) <= 2:
		return fmt.Sprintf("%02d:00", n)
	case err == nil && len(w) >= 3 && len(w) <= 4 && n/100 <= 23 && n%100 <= 59:
		return fmt.Sprintf("%02d:%02d", n/100, n%100)
	}
	return "07:30"
}

// isNumber reports whether w is digits, after at most one sign.
func isNumber(w string) bool { return isDigits(strings.TrimPrefix(strings.TrimPrefix(w, "-"), "+")) }

func isDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

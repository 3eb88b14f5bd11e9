package brief

import (
	"strconv"
	"strings"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/geo"
	"briefbot/lang"
)

// localize writes a story's facts for a chat that reads lang: when the
// story is in another language, its headline is marked with that
// language's code ("(fr)"), its places are named as lang names them
// (États-Unis: United States) and a date it gives in words is written in
// lang ("le 22 septembre": 22 September). The headline, the What and the
// one-line summary stay in the story's language.
func localize(it *bot.Item, from, lang string) {
	if from == lang {
		return
	}
	if from != "" {
		it.Headline += " (" + from + ")"
	}
	it.Summary.Where = geo.LocalNames(it.Summary.Where, from, lang)
	if it.Summary.When == "" {
		it.Summary.WhenText = localWhen(it.Summary.WhenText, from, lang)
	}
}

// storyLang is the language a story is written in: its summary's, else
// its first article's; "" when unknown.
func storyLang(s briefbot.Story) string {
	if s.Summary.Lang != "" {
		return s.Summary.Lang
	}
	if len(s.Articles) > 0 {
		return briefbot.LangCode(s.Articles[0].Lang)
	}
	return ""
}

// localWhen writes date words of the language from in the language to,
// when they are a date that from's lexicon reads whole: a day of a month
// ("le 22 septembre", "Sept. 22, 2023"), a weekday, the last or the next
// one ("mardi dernier"), or a day next to publication as from's labels
// write it ("hier"). Any other words stay as written.
func localWhen(text, from, to string) string {
	dates := lang.For(from).Dates
	words := dateWords(text)
	if len(words) == 0 || from == "" || from == to {
		return text
	}
	out := bot.LabelsFor(to)
	if day, m, year, ok := dayOfMonth(words, dates); ok {
		return out.DayOf(day, m, year)
	}
	if s, ok := weekday(words, dates, out); ok {
		return s
	}
	for off, w := range bot.LabelsFor(from).Relatives {
		if strings.EqualFold(strings.TrimSpace(text), w) && out.Relatives[off] != "" {
			return out.Relatives[off]
		}
	}
	return text
}

// dateWords are the words of date text, lower case, without the commas
// and the dots of abbreviations.
func dateWords(text string) []string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if w = strings.Trim(w, ",."); w != "" {
			words = append(words, w)
		}
	}
	return words
}

// dayOfMonth reads "[article] day [of] month [year]" and "[article] month
// day [year]"; year is 0 when the words give none.
func dayOfMonth(words []string, d lang.Dates) (day int, m time.Month, year int, ok bool) {
	if len(words) > 0 && d.DayArticles[words[0]] {
		words = words[1:]
	}
	if n := len(words); n >= 3 {
		if y, isYear := yearOf(words[n-1]); isYear {
			year, words = y, words[:n-1]
		}
	}
	switch {
	case len(words) == 3 && d.DayOf[words[1]]:
		words = []string{words[0], words[2]}
	case len(words) != 2:
		return 0, 0, 0, false
	}
	if day, m = dayNumber(words[0], d), d.Months[words[1]]; day > 0 && m > 0 {
		return day, m, year, true
	}
	if day, m = dayNumber(words[1], d), d.Months[words[0]]; day > 0 && m > 0 {
		return day, m, year, true
	}
	return 0, 0, 0, false
}

// dayNumber reads a day of a month, with or without its ordinal suffix
// ("22", "22nd", "1er"); 0 when w is none.
func dayNumber(w string, d lang.Dates) int {
	digits := strings.TrimRight(w, "abcdefghijklmnopqrstuvwxyz")
	if suffix := w[len(digits):]; suffix != "" && !d.Ordinals[suffix] {
		return 0
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

func yearOf(w string) (int, bool) {
	n, err := strconv.Atoi(w)
	return n, err == nil && len(w) == 4 && n >= 1900 && n < 2200
}

// weekday reads "[article] weekday", "last weekday" and "weekday last" (by
// the lexicon's words for each) and writes it with out's.
func weekday(words []string, d lang.Dates, out *bot.Labels) (string, bool) {
	if len(words) == 2 && d.DayArticles[words[0]] {
		words = words[1:]
	}
	switch {
	case len(words) == 1:
		if wd, ok := d.Weekdays[words[0]]; ok {
			return out.Weekdays[wd], true
		}
	case len(words) == 2:
		if wd, ok := d.Weekdays[words[1]]; ok && (d.Last[words[0]] || d.Next[words[0]]) {
			return relativeWeekday(out, out.Weekdays[wd], d.Last[words[0]]), true
		}
		if wd, ok := d.Weekdays[words[0]]; ok && (d.LastAfter[words[1]] || d.NextAfter[words[1]]) {
			return relativeWeekday(out, out.Weekdays[wd], d.LastAfter[words[1]]), true
		}
	}
	return "", false
}

func relativeWeekday(out *bot.Labels, day string, last bool) string {
	if last {
		return strings.Replace(out.LastWeekday, "%s", day, 1)
	}
	return strings.Replace(out.NextWeekday, "%s", day, 1)
}

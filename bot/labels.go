package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"briefbot"
)

// DefaultLang is the language of a chat that chose none and whose
// platform names none briefbot speaks.
const DefaultLang = "en"

// Labels are the fixed words of briefbot's messages in one language: the
// labels adapters put on a story's facts, dates and times, and the
// sentences the router and the features write around what the stories
// say. Each language briefbot speaks is one value, in its own file
// (labels_en.go, labels_fr.go); a chat reads the one of its language (see
// Request.Lang), and a Message carries its language so that its adapter
// labels it alike. What the stories say (headlines, the What, the one-line
// summary) stays in their own language.
type Labels struct {
	Lang  string            // the language's code, as ServedLang gives it
	Names map[string]string // the languages briefbot speaks, named in this one, by code

	// A story's facts, as adapters label them; Colon follows a label in
	// text (see Label).
	Who, What, Where, When, Published string
	Inferred                          string // after a Where the text does not give: "(inferred)"
	Colon                             string
	Source                            string // before a story's one source
	Sources                           string // before its several: "%d sources"
	AndMore                           string // the sources left out of a list: "and %d more"

	// Dates. Day and DayYear write a day of a month, %[1]s the day, %[2]s
	// the month and %[3]d the year; FirstDay, when set, is how the first
	// day of a month is written ("1er").
	Months, ShortMonths     [12]string // January first
	Weekdays, ShortWeekdays [7]string  // Sunday first
	Day, DayYear, FirstDay  string
	ShortDate, Stamp        string         // "2 Jan 2006" and "Mon 2 Jan 15:04", with ShortMonths and ShortWeekdays
	Relatives               map[int]string // days from now: -1 "yesterday"
	LastWeekday             string         // "last %s"
	NextWeekday             string         // "next %s"

	// How long ago (Ago) and how long a window is (Window).
	Never, InFuture, InPast      string // "never", "in %s", "%s ago"
	UnderAMinute, Minutes, Hours string // "under a minute", "%d min", "%d h"
	Days                         string // "%d days"
	OneHour, NHours, OneDay      string // "1 hour", "%d hours", "1 day"
	NDays, OneWeek, NWeeks       string

	// The router's answers, and /help's.
	Apology, NotText, TooLong      string // an internal error; a message that is not text; "%d bytes; the limit is %d"
	OnlyCommands, UnknownCommand   string // "I don't know /%s…"
	Courtesy                       string // the answer to "thanks" or "ok" after an answer
	AdminOnly, AdminOnlyIt         string // "Only an admin of this bot may use /%s."
	HelpTitle, HelpExample, HelpOn string

	// Help is the one-line help of each command, by name, in this
	// language; a command it lacks is explained in its own Help.
	Help map[string]string

	Brief    BriefLabels
	Digest   DigestLabels
	Ask      AskLabels
	Language LanguageLabels
}

// BriefLabels are the words of /brief's messages.
type BriefLabels struct {
	Title, PageTitle         string // "%s: %s from the last %s", "%s: stories %d to %d from the last %s"
	OneStory, Stories        string // "1 story", "%d stories"
	NoStories, Older, NoMore string // "No stories on %q in the last %s."
	Nothing, NothingTry      string // "I have nothing on it at all yet.", then "Try …" or WithStories
	WithStories              string // "Topics with stories: %s."
	DidYouMean               string // "Did you mean /brief %s?"
	SourcesTitle             string // "Sources: %s"
	More, SourcesButton      string // the buttons
	SubscribeDaily           string
}

// DigestLabels are the words of the digests and their commands.
type DigestLabels struct {
	Title, NothingNew, Footer, NotSubscribed string
	Subscribed, WithNotes, Next              string
	StoppedAll, Stopped, NoneYet             string
	OneDigest, NDigests                      string
	NotesOnEmptyDays, Paused, NextAt         string
	NoZone, Zone, ZoneSet                    string
	Unknown                                  string // when the next digest is not known
}

// AskLabels are the words of /ask's answers.
type AskLabels struct {
	Unknown, BriefFirst string
}

// LanguageLabels are the words of /language.
type LanguageLabels struct {
	Reads, Switch, Now, Speaks, NotAdmin string
}

// served are the languages briefbot speaks, DefaultLang first.
var served = []*Labels{&english, &french}

// LabelsFor is the labels of the language lang; a language briefbot does
// not speak, or "", gets DefaultLang's.
func LabelsFor(lang string) *Labels {
	for _, l := range served {
		if l.Lang == lang {
			return l
		}
	}
	return served[0]
}

// ServedLang is the language briefbot speaks that a platform's language
// tag names ("fr-CA", "FR", "fr_FR": "fr"), or "" when it names none.
func ServedLang(tag string) string {
	code := briefbot.LangCode(tag)
	if code != "" && LabelsFor(code).Lang == code {
		return code
	}
	return ""
}

// Langs lists the languages briefbot speaks, DefaultLang first.
func Langs() []string {
	out := make([]string, len(served))
	for i, l := range served {
		out[i] = l.Lang
	}
	return out
}

// FiveW renders a summary's "Who · What · Where · When" line; empty fields
// are left out.
func (l *Labels) FiveW(s briefbot.Summary) string {
	var parts []string
	if len(s.Who) > 0 {
		parts = append(parts, l.Label(l.Who)+strings.Join(s.Who, ", "))
	}
	if s.What != "" {
		parts = append(parts, l.Label(l.What)+s.What)
	}
	if len(s.Where) > 0 {
		parts = append(parts, l.Label(l.Where)+l.WhereOf(s))
	}
	if when := WhenOf(s); when != "" {
		parts = append(parts, l.Label(l.When)+when)
	}
	return strings.Join(parts, " · ")
}

// WhereOf is what a story's Where shows: its places, marked when they are
// the main actor's country rather than places the text gives.
func (l *Labels) WhereOf(s briefbot.Summary) string {
	where := strings.Join(s.Where, ", ")
	if s.WhereInferred && where != "" {
		where += " " + l.Inferred
	}
	return where
}

// Label is a label as it stands before its value in text: "Who: ",
// "Qui : ".
func (l *Labels) Label(name string) string { return name + l.Colon }

// WhenOf is what a story's When shows: its date, else the words the text
// uses for it.
func WhenOf(s briefbot.Summary) string {
	if s.When != "" {
		return s.When
	}
	return s.WhenText
}

// SourcesLabel is what stands before a story's n sources.
func (l *Labels) SourcesLabel(n int) string {
	if n == 1 {
		return l.Source
	}
	return fmt.Sprintf(l.Sources, n)
}

// DayOf writes a day of a month, with its year when year is not 0:
// "22 September 2023", "1er septembre".
func (l *Labels) DayOf(day int, m time.Month, year int) string {
	d := strconv.Itoa(day)
	if day == 1 && l.FirstDay != "" {
		d = l.FirstDay
	}
	if year == 0 {
		return fmt.Sprintf(l.Day, d, l.Months[m-1])
	}
	return fmt.Sprintf(l.DayYear, d, l.Months[m-1], year)
}

// Date writes t's date in full: "10 March 2026".
func (l *Labels) Date(t time.Time) string { return l.DayOf(t.Day(), t.Month(), t.Year()) }

// ShortDateOf writes t's date short: "10 Mar 2026".
func (l *Labels) ShortDateOf(t time.Time) string {
	return l.format(l.ShortDate, t)
}

// StampOf writes t's weekday, date and time: "Mon 2 Jan 15:04".
func (l *Labels) StampOf(t time.Time) string { return l.format(l.Stamp, t) }

// format writes t by a layout of Go's reference time, with this
// language's names of months and weekdays in place of "Jan" and "Mon".
func (l *Labels) format(layout string, t time.Time) string {
	s := t.Format(strings.NewReplacer("Jan", "\x01", "Mon", "\x02").Replace(layout))
	return strings.NewReplacer("\x01", l.ShortMonths[t.Month()-1], "\x02", l.ShortWeekdays[t.Weekday()]).Replace(s)
}

// Ago says roughly how long before now t was ("3 h ago"), or how long
// after ("in 5 min"); Never for the zero time.
func (l *Labels) Ago(t, now time.Time) string {
	if t.IsZero() {
		return l.Never
	}
	d := now.Sub(t)
	if d < 0 {
		return fmt.Sprintf(l.InFuture, l.roughly(-d))
	}
	return fmt.Sprintf(l.InPast, l.roughly(d))
}

func (l *Labels) roughly(d time.Duration) string {
	switch {
	case d < time.Minute:
		return l.UnderAMinute
	case d < time.Hour:
		return fmt.Sprintf(l.Minutes, int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf(l.Hours, int(d/time.Hour))
	}
	return fmt.Sprintf(l.Days, int(d/(24*time.Hour)))
}

// Window writes a window as briefbot.FormatWindow does, in this language:
// "2 weeks", "3 days", "36 hours".
func (l *Labels) Window(d time.Duration) string {
	const day, week = 24 * time.Hour, 7 * 24 * time.Hour
	switch {
	case d%week == 0 && d >= 2*week:
		return count(int(d/week), l.OneWeek, l.NWeeks)
	case d%day == 0:
		return count(int(d/day), l.OneDay, l.NDays)
	}
	return count(int(d/time.Hour), l.OneHour, l.NHours)
}

// Count writes n things, one or many: "1 story", "3 stories".
func count(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}

// Stories counts stories: "1 story", "3 stories".
func (l *Labels) Stories(n int) string { return count(n, l.Brief.OneStory, l.Brief.Stories) }

// HelpOf is a command's one-line help in this language.
func (l *Labels) HelpOf(c CommandInfo) string {
	if h, ok := l.Help[c.Name]; ok {
		return h
	}
	return c.Help
}

// ErrorMessage is what a user is told of err: a user error's own
// message, or the apology for an internal one.
func (l *Labels) ErrorMessage(err error) string {
	if briefbot.ErrorCode(err) == briefbot.EInternal {
		return l.Apology
	}
	return briefbot.ErrorMessage(err)
}

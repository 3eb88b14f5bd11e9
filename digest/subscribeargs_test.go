package digest

import (
	"strings"
	"testing"

	"briefbot"
)

// TestSubscribeArgs reads every /subscribe of the README and topics that
// hold words looking like options: options are the trailing words that
// look like one, the words after a time are its zone, and the topic is
// the rest, in lower case.
func TestSubscribeArgs(t *testing.T) {
	tests := []struct {
		args, topic, clock, zone string
		notify                   bool
	}{
		// the README's examples
		{"korea", "korea", "", "", false},
		{"korea 07:00", "korea", "07:00", "", false},
		{"korea 07:30 Europe/Paris", "korea", "07:30", "Europe/Paris", false},
		{"korea notify-empty", "korea", "", "", true},
		{"japan 6:00 Asia/Tokyo notify-empty", "japan", "06:00", "Asia/Tokyo", true},
		{"korea 10:00 UTC", "korea", "10:00", "UTC", false},
		// options in any order and case
		{"korea Notify-Empty europe/paris 23:59", "korea", "23:59", "europe/paris", true},
		{"South Korea  07:30", "south korea", "07:30", "", false},
		// the words after a time are its zone, to check and suggest for
		{"japan 07:30 paris", "japan", "07:30", "paris", false},
		{"korea 07:30 new york notify-empty", "korea", "07:30", "new york", true},
		// words inside a topic that look like options are the topic's
		{"g7 summit", "g7 summit", "", "", false},
		{"2026 election", "2026 election", "", "", false},
		{"covid-19", "covid-19", "", "", false},
		{`"covid 19"`, `"covid 19"`, "", "", false},
		{"attack 9/11", "attack 9/11", "", "", false},
		{"korea paris", "korea paris", "", "", false},
		{"notify", "notify", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			sub, zone, err := subscribeArgs(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if sub.Topic != tt.topic || sub.LocalTime != tt.clock || zone != tt.zone || sub.NotifyEmpty != tt.notify {
				t.Errorf("subscribeArgs(%q) = topic %q, time %q, zone %q, notify %v; want %q, %q, %q, %v",
					tt.args, sub.Topic, sub.LocalTime, zone, sub.NotifyEmpty, tt.topic, tt.clock, tt.zone, tt.notify)
			}
		})
	}
}

// TestSubscribeArgsNamesTheMistake checks that each wrong /subscribe is
// answered with the word that is wrong and what would work.
func TestSubscribeArgsNamesTheMistake(t *testing.T) {
	tests := []struct{ args, want string }{
		{"", "Tell me a topic, like /subscribe korea 07:30."},
		{"07:30", "Tell me a topic before “07:30”, like /subscribe korea 07:30."},
		{"07:30 Europe/Paris", "Tell me a topic before “07:30 Europe/Paris”"},
		{"07:30 korea", "Put the time after the topic, like /subscribe korea 07:30."},
		{"korea 7h30", "Write the time “7h30” as 07:30 (HH:MM, 24-hour)."},
		{"korea 7h", "Write the time “7h” as 07:00"},
		{"korea 7.30", "Write the time “7.30” as 07:30"},
		{"korea 7pm", "Write the time “7pm” as 19:00"},
		{"korea 7:30am", "Write the time “7:30am” as 07:30"},
		{"korea 12am", "Write the time “12am” as 00:00"},
		{"korea 25:00", "“25:00” is not a time of day: hours go from 00 to 23."},
		{"korea 07:60", "“07:60” is not a time of day: write minutes with two digits, 00 to 59"},
		{"korea 7:5", "write minutes with two digits"},
		{"korea 13pm", "“13pm” is not a time of day; write it as HH:MM"},
		{"korea 8", "“8” is not a time of day; write it as HH:MM, like 08:00."},
		{"korea 0730", "like 07:30."},
		{"covid 19", `put it in quotes: /subscribe "covid 19".`},
		{"korea 3d", "A digest takes no window (“3d”)"},
		{"korea utc+2", "“utc+2” is an offset; name the zone instead, like Europe/Paris"},
		{"korea +09:00", "“+09:00” is an offset"},
		{"korea notify_empty", "“notify_empty” is not an option; did you mean notify-empty?"},
		{"korea 07:30 08:00", "Give one time; I read 07:30 and 08:00."},
		{"korea Europe/Paris Asia/Seoul", "Give one time zone; I read “Europe/Paris” and “Asia/Seoul”."},
		{"korea /unsubscribe", "“/unsubscribe” is a command of its own; send it alone."},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			_, _, err := subscribeArgs(tt.args)
			if briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Fatalf("subscribeArgs(%q) err = %v, want invalid", tt.args, err)
			}
			if msg := briefbot.ErrorMessage(err); !strings.Contains(msg, tt.want) {
				t.Errorf("subscribeArgs(%q) says %q, want %q", tt.args, msg, tt.want)
			}
		})
	}
}

// TestSubscribeZoneAfterATimeIsSuggested follows "/subscribe japan 07:30
// paris" to the zone's answer: the zone named, Europe/Paris suggested.
func TestSubscribeZoneAfterATimeIsSuggested(t *testing.T) {
	for args, want := range map[string]string{
		"japan 07:30 paris":    "I don't know the time zone “paris”; use an IANA name like Europe/Paris or Asia/Seoul. Did you mean Europe/Paris?",
		"korea 07:30 new york": "Did you mean America/New_York?",
		"korea 07:30 seoul":    "Did you mean Asia/Seoul?",
	} {
		_, zone, err := subscribeArgs(args)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := LoadZone(zone); !strings.Contains(briefbot.ErrorMessage(err), want) {
			t.Errorf("%s: zone %q answers %q, want %q", args, zone, briefbot.ErrorMessage(err), want)
		}
	}
}

package telegramtest

import (
	"net/url"
	"strings"
	"testing"
)

func TestFakeRefusesWhatTelegramRefuses(t *testing.T) {
	html := func(text string) url.Values { return url.Values{"text": {text}, "parse_mode": {"HTML"}} }
	tests := []struct {
		name string
		form url.Values
		bad  bool
	}{
		{"escaped text and links", html(`<b>Korea</b> &lt;3 <a href="https://x.example/?a=1&amp;b=2">src</a>`), false},
		{"unescaped ampersand", html("Q&A"), true},
		{"unknown tag", html("<p>para</p>"), true},
		{"unclosed tag", html("<b>bold"), true},
		{"4096 units of text", url.Values{"text": {strings.Repeat("é", 4096)}}, false},
		{"4097 units after entities", html(strings.Repeat("&lt;", 4097)), true},
		{"emoji count twice", url.Values{"text": {strings.Repeat("🗞", 2049)}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, method := range []string{"sendMessage", "editMessageText"} {
				if got := refused(method, tt.form) != ""; got != tt.bad {
					t.Errorf("%s refused = %v, want %v (%s)", method, got, tt.bad, refused(method, tt.form))
				}
			}
		})
	}
}

func TestCallReadsTextAndButtons(t *testing.T) {
	c := Call{Method: "sendMessage", Form: url.Values{"text": {"<b>Korea</b> &amp; Japan"}, "parse_mode": {"HTML"},
		"reply_markup": {`{"inline_keyboard":[[{"text":"More","callback_data":"x1"}],[{"text":"Sources","callback_data":"x2"}]]}`}}}
	if got := c.Text(); got != "Korea & Japan" {
		t.Errorf("Text() = %q", got)
	}
	if got := c.Buttons(); len(got) != 2 || got[0] != (Button{"More", "x1"}) || got[1] != (Button{"Sources", "x2"}) {
		t.Errorf("Buttons() = %+v", got)
	}
}

package bot

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"briefbot"
)

func TestServedLang(t *testing.T) {
	for tag, want := range map[string]string{
		"fr": "fr", "fr-CA": "fr", "FR": "fr", "fr_FR": "fr", "en-US": "en", "en": "en",
		"de": "", "pt-BR": "", "": "", "french": "",
	} {
		if got := ServedLang(tag); got != want {
			t.Errorf("ServedLang(%q) = %q, want %q", tag, got, want)
		}
	}
	if LabelsFor("de") != LabelsFor(DefaultLang) || LabelsFor("") != LabelsFor(DefaultLang) {
		t.Error("a language briefbot does not speak should read the default's labels")
	}
}

// Every language fills every label: a string left "" would show as a gap.
func TestEveryLanguageHasEveryLabel(t *testing.T) {
	for _, code := range Langs() {
		l := LabelsFor(code)
		if l.Lang != code {
			t.Fatalf("LabelsFor(%q).Lang = %q", code, l.Lang)
		}
		checkFilled(t, code, reflect.ValueOf(*l), "")
		for _, other := range Langs() {
			if l.Names[other] == "" {
				t.Errorf("%s: no name for %s", code, other)
			}
		}
	}
}

// checkFilled fails on an empty string field of v; FirstDay and Help are
// optional.
func checkFilled(t *testing.T, code string, v reflect.Value, path string) {
	t.Helper()
	for i := range v.NumField() {
		f, name := v.Field(i), path+v.Type().Field(i).Name
		switch {
		case name == "FirstDay":
		case f.Kind() == reflect.String && f.String() == "":
			t.Errorf("%s: %s is empty", code, name)
		case f.Kind() == reflect.Struct:
			checkFilled(t, code, f, name+".")
		case f.Kind() == reflect.Array:
			for j := range f.Len() {
				if f.Index(j).String() == "" {
					t.Errorf("%s: %s[%d] is empty", code, name, j)
				}
			}
		}
	}
}

func TestDatesAndTimesInEachLanguage(t *testing.T) {
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		en, fr string
		call   func(l *Labels) string
	}{
		{"date", "10 March 2026", "10 mars 2026", func(l *Labels) string { return l.Date(now) }},
		{"first of a month", "1 May", "1er mai", func(l *Labels) string { return l.DayOf(1, time.May, 0) }},
		{"short date", "10 Mar 2026", "10 mars 2026", func(l *Labels) string { return l.ShortDateOf(now) }},
		{"stamp", "Mon 9 Feb 07:30", "lun. 9 févr. 07:30", func(l *Labels) string {
			return l.StampOf(time.Date(2026, 2, 9, 7, 30, 0, 0, time.UTC))
		}},
		{"ago", "2 h ago", "il y a 2 h", func(l *Labels) string { return l.Ago(now.Add(-2*time.Hour), now) }},
		{"in", "in 3 days", "dans 3 jours", func(l *Labels) string { return l.Ago(now.Add(72*time.Hour), now) }},
		{"never", "never", "jamais", func(l *Labels) string { return l.Ago(time.Time{}, now) }},
		{"window of days", "7 days", "7 jours", func(l *Labels) string { return l.Window(7 * 24 * time.Hour) }},
		{"window of weeks", "2 weeks", "2 semaines", func(l *Labels) string { return l.Window(14 * 24 * time.Hour) }},
		{"window of one hour", "1 hour", "1 heure", func(l *Labels) string { return l.Window(time.Hour) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.call(LabelsFor("en")); got != tt.en {
				t.Errorf("en: %q, want %q", got, tt.en)
			}
			if got := tt.call(LabelsFor("fr")); got != tt.fr {
				t.Errorf("fr: %q, want %q", got, tt.fr)
			}
		})
	}
	if got, want := Ago(now.Add(-2*time.Hour), now), "2 h ago"; got != want {
		t.Errorf("Ago, for operators: %q, want %q", got, want)
	}
}

func TestFiveWInEachLanguage(t *testing.T) {
	s := briefbot.Summary{Who: []string{"Park Jin"}, What: "met", Where: []string{"New York"}, WhenText: "22 September"}
	if got, want := LabelsFor("en").FiveW(s), "Who: Park Jin · What: met · Where: New York · When: 22 September"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if got, want := LabelsFor("fr").FiveW(s), "Qui : Park Jin · Quoi : met · Où : New York · Quand : 22 September"; got != want {
		t.Errorf("fr: %q, want %q", got, want)
	}
}

// TestAnInferredPlaceSaysSo: a Where that is the main actor's country, not
// a place the text names, is marked in every language.
func TestAnInferredPlaceSaysSo(t *testing.T) {
	s := briefbot.Summary{Who: []string{"Bank of Japan"}, Where: []string{"Japan"}, WhereInferred: true}
	for lang, want := range map[string]string{"en": "Where: Japan (inferred)", "fr": "Où : Japan (déduit)"} {
		if got := LabelsFor(lang).FiveW(s); !strings.HasSuffix(got, want) {
			t.Errorf("%s: %q, want it to end with %q", lang, got, want)
		}
	}
	s.WhereInferred = false
	if got := LabelsFor("en").FiveW(s); strings.Contains(got, "inferred") {
		t.Errorf("a named place: %q says inferred", got)
	}
}

// A request is answered in its chat's choice, else its platform's, else
// the router's default; the message carries the language it is in.
func TestRouterAnswersInTheChatsLanguage(t *testing.T) {
	chosen := map[string]string{"chose-fr": "fr", "chose-en": "en", "broken": "fr"}
	r := NewRouter(nil)
	r.ChatLanguage = func(_ context.Context, chat briefbot.ChatRef) (string, error) {
		if chat.ID == "broken" {
			return "", errors.New("disk on fire")
		}
		return chosen[chat.ID], nil
	}
	var seen string
	r.Add(Command{Name: "lang", Help: "says its language", Run: func(_ context.Context, req Request, _ string) (Message, error) {
		seen = req.Lang
		return Text(req.Lang), nil
	}})
	tests := []struct {
		name, chat, platform, def, want string
	}{
		{"the chat's choice over its platform's", "chose-fr", "en", "", "fr"},
		{"the chat's choice over the default", "chose-en", "", "fr", "en"},
		{"the platform's when the chat chose none", "none", "fr", "", "fr"},
		{"the default when the platform tells none", "none", "", "fr", "fr"},
		{"English with no default", "none", "", "", "en"},
		{"the platform's when the choice cannot be read", "broken", "en", "", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r.DefaultLang = tt.def
			msg := r.Handle(context.Background(), Request{Chat: briefbot.ChatRef{Platform: "test", ID: tt.chat}, Text: "/lang", Lang: tt.platform})
			if seen != tt.want || msg.Lang != tt.want {
				t.Errorf("the command read %q and the message is in %q; want %q", seen, msg.Lang, tt.want)
			}
		})
	}
}

func TestRouterSpeaksFrench(t *testing.T) {
	r := NewRouter(nil)
	r.Add(Command{Name: "brief", Help: "top stories on a topic", Run: func(context.Context, Request, string) (Message, error) {
		return Message{}, errors.New("io")
	}})
	r.Add(Command{Name: "feeds", Help: "the feeds", Admin: true, Run: func(context.Context, Request, string) (Message, error) {
		return Text("feeds"), nil
	}})
	tests := []struct{ in, want string }{
		{"/help", "/brief — les principaux sujets sur un thème"},
		{"/help", "Exemple : /brief corée 3d"},
		{"/help feeds", "les flux suivis"},
		{"/help feeds", "Seul un administrateur de ce bot peut l'utiliser."},
		{"/nope", "Je ne connais pas /nope."},
		{"hello", "Je réponds aux commandes."},
		{"/feeds", "Seul un administrateur de ce bot peut utiliser /feeds."},
		{"/brief korea", "Un problème est survenu de notre côté"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			msg := r.Handle(context.Background(), Request{Chat: briefbot.ChatRef{Platform: "test", ID: "1"}, Text: tt.in, Lang: "fr"})
			if got := text(msg); !strings.Contains(got, tt.want) || msg.Lang != "fr" {
				t.Errorf("%s answered %q in %q; want %q in French", tt.in, got, msg.Lang, tt.want)
			}
		})
	}
}

func TestMayChange(t *testing.T) {
	yes := func(context.Context) (bool, error) { return true, nil }
	no := func(context.Context) (bool, error) { return false, nil }
	fails := func(context.Context) (bool, error) { return false, errors.New("Bot API down") }
	tests := []struct {
		name    string
		req     Request
		want    bool
		wantErr bool
	}{
		{"a private chat", Request{}, true, false},
		{"an admin of a group", Request{Shared: true, ChatAdmin: yes}, true, false},
		{"a member of a group", Request{Shared: true, ChatAdmin: no}, false, false},
		{"no way to tell", Request{Shared: true}, false, false},
		{"the lookup fails", Request{Shared: true, ChatAdmin: fails}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.req.MayChange(context.Background())
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("MayChange = %v, %v; want %v, error %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}

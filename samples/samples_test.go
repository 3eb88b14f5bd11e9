package samples

import (
	"errors"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// now is a fixed clock; seconds are set so that truncation to the minute shows.
var now = time.Date(2031, time.March, 12, 9, 41, 37, 0, time.UTC)

func mustArticles(t *testing.T) []briefbot.Article {
	t.Helper()
	got, err := Articles(now)
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	return got
}

func TestEveryLineParses(t *testing.T) {
	lines := strings.Split(strings.TrimRight(string(articlesJSONL), "\n"), "\n")
	for i, l := range lines {
		if _, err := parseLine([]byte(l), now); err != nil {
			t.Errorf("line %d: %v", i+1, err)
		}
	}
	got := len(mustArticles(t))
	if want := len(lines); got != want {
		t.Errorf("len(Articles) = %d, want %d (one per line)", got, want)
	}
}

func TestCorpusShape(t *testing.T) {
	arts := mustArticles(t)
	t.Run("count", func(t *testing.T) {
		if got, want := len(arts), 30; got < want {
			t.Errorf("len = %d, want >= %d", got, want)
		}
	})
	t.Run("languages", func(t *testing.T) {
		n := map[string]int{}
		for _, a := range arts {
			n[a.Lang]++
		}
		for _, lang := range []string{"en", "fr"} {
			if got, want := n[lang], 12; got < want {
				t.Errorf("%s articles = %d, want >= %d", lang, got, want)
			}
		}
		if got, want := n["en"]+n["fr"], len(arts); got != want {
			t.Errorf("en+fr = %d, want %d (no other languages)", got, want)
		}
	})
	t.Run("fields", func(t *testing.T) {
		for _, a := range arts {
			if !a.Sample {
				t.Errorf("%q: Sample = false, want true", a.Title)
			}
			if a.Source == "" || a.Title == "" || a.Text == "" {
				t.Errorf("%q: empty Source, Title or Text", a.Title)
			}
			if !strings.HasPrefix(a.URL, "https://samples.briefbot.invalid/") {
				t.Errorf("%q: URL = %q, want under https://samples.briefbot.invalid/", a.Title, a.URL)
			}
			if got := briefbot.CanonicalURL(a.URL); got != a.URL {
				t.Errorf("%q: CanonicalURL = %q, want %q", a.Title, got, a.URL)
			}
			if a.ID != 0 || !a.Ingested.IsZero() || a.Summary.What != "" || a.Summary.Summary != "" {
				t.Errorf("%q: ID, Ingested or Summary set, want zero", a.Title)
			}
		}
	})
	t.Run("unique", func(t *testing.T) {
		urls, titles := map[string]bool{}, map[string]bool{}
		for _, a := range arts {
			if urls[a.URL] {
				t.Errorf("duplicate URL %q", a.URL)
			}
			if titles[a.Title] {
				t.Errorf("duplicate title %q", a.Title)
			}
			urls[a.URL], titles[a.Title] = true, true
		}
	})
	t.Run("words", func(t *testing.T) {
		for _, a := range arts {
			if got, want := len(strings.Fields(a.Text)), 80; got < want {
				t.Errorf("%q: %d words, want >= %d", a.Title, got, want)
			}
			if !strings.Contains(a.Text, "\n\n") {
				t.Errorf("%q: want paragraphs separated by a blank line", a.Title)
			}
		}
	})
	t.Run("korea", func(t *testing.T) {
		var fr, en int
		for _, a := range arts {
			if a.Lang == "fr" && strings.Contains(a.Title+" "+a.Text, "Corée") {
				fr++
			}
			if a.Lang == "en" && strings.Contains(a.Title+" "+a.Text, "Korea") {
				en++
			}
		}
		if fr < 1 || en < 1 {
			t.Errorf("Korea articles: fr = %d, en = %d, want >= 1 each", fr, en)
		}
	})
	t.Run("sources", func(t *testing.T) {
		if got, want := len(sources(arts)), 2; got < want {
			t.Errorf("distinct sources = %d, want >= %d", got, want)
		}
	})
}

func sources(arts []briefbot.Article) map[string]bool {
	m := map[string]bool{}
	for _, a := range arts {
		m[a.Source] = true
	}
	return m
}

func TestPublishedRelativeToNow(t *testing.T) {
	arts := mustArticles(t)
	week := 0
	for _, a := range arts {
		age := now.Sub(a.Published)
		if a.Published.Second() != 0 || a.Published.Nanosecond() != 0 {
			t.Errorf("%q: Published = %v, want truncated to the minute", a.Title, a.Published)
		}
		if age < 2*time.Hour || age > 201*time.Hour {
			t.Errorf("%q: age = %v, want between 2h and 201h", a.Title, age)
		}
		if age <= 7*24*time.Hour {
			week++
		}
	}
	if week == len(arts) || week < len(arts)*3/4 {
		t.Errorf("%d of %d within 7 days, want most but not all", week, len(arts))
	}

	t.Run("moves with the clock", func(t *testing.T) {
		later, err := Articles(now.Add(5 * time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		for i := range arts {
			if got, want := later[i].Published.Sub(arts[i].Published), 5*time.Hour; got != want {
				t.Errorf("%q: shift = %v, want %v", arts[i].Title, got, want)
			}
		}
	})
	t.Run("exact", func(t *testing.T) {
		got, err := parse([]byte(`{"title":"T","source":"S","url":"https://samples.briefbot.invalid/x","lang":"en","age_hours":3,"text":"a\n\nb"}`), now)
		if err != nil {
			t.Fatal(err)
		}
		want := time.Date(2031, time.March, 12, 6, 41, 0, 0, time.UTC)
		if len(got) != 1 || !got[0].Published.Equal(want) {
			t.Fatalf("Published = %v, want %v", got, want)
		}
	})
}

func TestSameStoryTwoSources(t *testing.T) {
	arts := mustArticles(t)
	var missile []briefbot.Article
	for _, a := range arts {
		if strings.Contains(a.URL, "north-korea-missile-launch") {
			missile = append(missile, a)
		}
	}
	if got, want := len(missile), 2; got != want {
		t.Fatalf("missile articles = %d, want %d", got, want)
	}
	if missile[0].Source == missile[1].Source {
		t.Errorf("both missile articles from %q, want two sources", missile[0].Source)
	}
}

func TestKoreaMostlyRecent(t *testing.T) {
	var korea, recent int
	for _, a := range mustArticles(t) {
		if strings.Contains(a.URL, "/korea/") {
			korea++
			if now.Sub(a.Published) <= 72*time.Hour {
				recent++
			}
		}
	}
	if korea < 6 {
		t.Errorf("korea articles = %d, want >= 6", korea)
	}
	if recent*2 <= korea {
		t.Errorf("%d of %d Korea articles within 3 days, want most", recent, korea)
	}
}

func TestParseErrors(t *testing.T) {
	good := `{"title":"T","source":"S","url":"u","lang":"en","age_hours":3,"text":"x"}`
	tests := []struct {
		name, data, wantLine string
	}{
		{"malformed", good + "\n\n{not json\n", "line 3"},
		{"unknown field", `{"title":"T","source":"S","url":"u","lang":"en","age_hours":3,"text":"x","extra":1}`, "line 1"},
		{"missing age", `{"title":"T","source":"S","url":"u","lang":"en","text":"x"}`, "line 1"},
		{"missing title", good + "\n" + `{"source":"S","url":"u","lang":"en","age_hours":3,"text":"x"}`, "line 2"},
		{"negative age", `{"title":"T","source":"S","url":"u","lang":"en","age_hours":-1,"text":"x"}`, "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parse([]byte(tt.data), now)
			if err == nil {
				t.Fatal("err = nil, want an error")
			}
			if got := err.Error(); !strings.Contains(got, tt.wantLine) {
				t.Errorf("err = %q, want it to name %q", got, tt.wantLine)
			}
			var be *briefbot.Error
			if !errors.As(err, &be) {
				t.Errorf("err = %T, want *briefbot.Error", err)
			}
		})
	}
}

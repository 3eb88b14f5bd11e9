package ask_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/ask"
	"briefbot/bot"
	"briefbot/brief"
	"briefbot/internal/featuretest"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
	"briefbot/topics"
)

// askNow is the fake clock of the question tests.
var askNow = time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)

var askChat = briefbot.ChatRef{Platform: "test", ID: "1"}

// mustSampleStore is a real database holding the bundled samples.
func mustSampleStore(tb testing.TB) *sqlite.DB {
	tb.Helper()
	return featuretest.SampleStore(tb, askNow)
}

// askRouter is a router with /brief and /ask over db.
func askRouter(db *sqlite.DB) (*bot.Router, *ask.Asker) {
	clock := func() time.Time { return askNow }
	matcher := topics.New(nil)
	r := bot.NewRouter(nil)
	r.Add(brief.Commands(&brief.Briefer{Store: db, Topics: matcher, Now: clock, Window: 7 * 24 * time.Hour, MaxItems: 5}, db, nil)...)
	asker := &ask.Asker{Store: db, Memory: db, Topics: matcher, Now: clock}
	r.Add(ask.Commands(asker)...)
	return r, asker
}

func TestAskSamples(t *testing.T) {
	db := mustSampleStore(t)
	r, asker := askRouter(db)
	r.Handle(context.Background(), bot.Request{Chat: askChat, Text: "/brief korea"})
	for _, tc := range []struct {
		name, question, want string // want: in the first quote; "" for no answer
	}{
		{"who", "who chairs the consortium?", "Yoon Seo-jin"},
		{"when, English on French", "when did the earthquake hit?", "dimanche soir"},
		{"where, English on French", "where did the earthquake hit?", "Miyagi"},
		{"how much", "how much will the late trains cost?", "1.8 billion won"},
		{"how many, English on French", "how many visas could be issued?", "deux mille visas"},
		{"why", "why did copper climb?", "after a landslide"},
		{"what, English on French", "what did the Bank of Korea decide?", "taux directeur inchangé"},
		{"who won", "who won the rugby cup final?", "Ashworth Rovers"},
		{"French question", "combien de visas pourraient être délivrés ?", "deux mille visas"},
		{"absent person", "what did the Pope say about football?", ""},
		{"absent topic", "who won the chess olympiad?", ""},
		{"wrong kind", "how many people did the Bank of Korea hire?", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ans, err := asker.Answer(context.Background(), askChat, tc.question)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" {
				if ans.Known() {
					t.Errorf("Answer(%q) = %q; want no answer", tc.question, ans.Quotes[0].Sentence)
				}
				return
			}
			if !ans.Known() {
				t.Fatalf("Answer(%q): no answer; want %q", tc.question, tc.want)
			}
			if got := ans.Quotes[0].Sentence; !strings.Contains(got, tc.want) {
				t.Errorf("Answer(%q) = %q; want it to contain %q", tc.question, got, tc.want)
			}
		})
	}
}

// A question that names nothing, only a verb, is about the chat's last
// brief: the store's other stories do not answer it, though one of them
// has a winner.
func TestAskAVerbAloneIsAboutTheBrief(t *testing.T) {
	db := mustSampleStore(t)
	r, asker := askRouter(db)
	chat := briefbot.ChatRef{Platform: "test", ID: "verb"}
	r.Handle(context.Background(), bot.Request{Chat: chat, Text: "/brief korea"})
	ans, err := asker.Answer(context.Background(), chat, "who won?")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Known() {
		t.Errorf("who won? after a brief on Korea = %q; want no answer", ans.Quotes[0].Sentence)
	}
	if ans, _ := asker.Answer(context.Background(), chat, "who won the rugby cup final?"); !ans.Known() {
		t.Errorf("who won the rugby cup final?: no answer; the store has it")
	}
}

func TestAskMessage(t *testing.T) {
	db := mustSampleStore(t)
	r, _ := askRouter(db)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"answer cites", "/ask who chairs the consortium?", []string{"“", "Yoon Seo-jin", "— Northfield Daily Ledger, ", "https://samples.briefbot.invalid/"}},
		{"unknown hints at a brief", "/ask what did the Pope say about football?", []string{ask.Unknown, "/brief"}},
		{"empty question", "/ask", []string{"Ask me a question"}},
		{"long question", "/ask " + strings.Repeat("why ", 200), []string{"too long"}},
		{"search syntax", `/ask what did "NEAR( OR * AND kremlin) say?`, []string{ask.Unknown}},
		{"search syntax alone", "/ask *** OR AND", []string{ask.Unknown}},
		{"markup", "/ask <b>who</b> <script>won</script>?", []string{ask.Unknown}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := r.Handle(context.Background(), bot.Request{Chat: askChat, Text: tc.text})
			got := strings.Join(append(msg.Lines, msg.Footer...), "\n")
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q answered\n%s\nwant it to contain %q", tc.text, got, w)
				}
			}
		})
	}
}

// A reply that only thanks or agrees asks nothing: it is not searched
// for (a story's "thanks to" is no answer to "thanks"), and the turn is
// not remembered as a question.
func TestAskCourtesyIsNoQuestion(t *testing.T) {
	db := mustSampleStore(t)
	r, _ := askRouter(db)
	r.FollowUp = "ask"
	chat := briefbot.ChatRef{Platform: "test", ID: "courtesy"}
	r.Handle(context.Background(), bot.Request{Chat: chat, Text: "/brief korea"})
	for _, text := range []string{"thanks!", "Thank you very much", "ok merci", "👍", "d'accord, parfait"} {
		msg := r.Handle(context.Background(), bot.Request{Chat: chat, Text: text, FollowUp: true})
		if got := strings.Join(append([]string{msg.Title}, msg.Lines...), "\n"); !strings.Contains(got, "welcome") || strings.Contains(got, "“") {
			t.Errorf("%q answered %q; want a courtesy and no quote", text, got)
		}
	}
	msg := r.Handle(context.Background(), bot.Request{Chat: chat, Text: "who chairs the consortium?", FollowUp: true})
	if got := strings.Join(msg.Lines, "\n"); !strings.Contains(got, "Yoon Seo-jin") {
		t.Errorf("a question after the courtesies answered %q", got)
	}
}

// TestAskMessageShowsTheAnswerFirst: the words that answer head the reply,
// in bold where the platform has it, before the sentence they are from.
func TestAskMessageShowsTheAnswerFirst(t *testing.T) {
	db := mustSampleStore(t)
	r, _ := askRouter(db)
	r.Handle(context.Background(), bot.Request{Chat: askChat, Text: "/brief korea"})
	msg := r.Handle(context.Background(), bot.Request{Chat: askChat, Text: "/ask who chairs the consortium?"})
	if msg.Title != "Yoon Seo-jin" || len(msg.Lines) == 0 || !strings.Contains(msg.Lines[0], "Yoon Seo-jin") {
		t.Errorf("reply %q / %q; want the title Yoon Seo-jin before the sentence that names her", msg.Title, msg.Lines)
	}
}

func TestAskEmptyQuestionIsInvalid(t *testing.T) {
	_, asker := askRouter(teststore.Open(t))
	_, err := asker.Answer(context.Background(), askChat, "  ")
	if got := briefbot.ErrorCode(err); got != briefbot.EInvalid {
		t.Errorf("Answer of an empty question: %v; want an invalid error", err)
	}
}

func TestBriefIsRememberedAndTurnsToo(t *testing.T) {
	ctx := context.Background()
	db := mustSampleStore(t)
	r, _ := askRouter(db)
	r.Handle(ctx, bot.Request{Chat: askChat, Text: "/brief japon"})
	r.Handle(ctx, bot.Request{Chat: askChat, Text: "/ask where did the earthquake hit?"})
	m, err := db.Recall(ctx, askChat, askNow)
	if err != nil {
		t.Fatal(err)
	}
	if m.Topic != "japon" || len(m.Articles) == 0 {
		t.Fatalf("after /brief japon the chat remembers %q with %d articles", m.Topic, len(m.Articles))
	}
	if len(m.Turns) != 1 || !strings.Contains(m.Turns[0].Answer, "Miyagi") {
		t.Errorf("remembered turns %+v; want the earthquake question answered with Miyagi", m.Turns)
	}
	other, err := db.Recall(ctx, briefbot.ChatRef{Platform: "test", ID: "2"}, askNow)
	if err != nil || other.Topic != "" {
		t.Errorf("another chat remembers %q (%v); want nothing", other.Topic, err)
	}
}

func TestAskFollowUpOnTheLastQuestion(t *testing.T) {
	ctx := context.Background()
	db := mustSampleStore(t)
	_, asker := askRouter(db)
	for _, tc := range []struct{ question, want string }{
		{"where did the earthquake hit?", "Miyagi"},
		{"and when?", "dimanche soir"},
		{"et où ?", "Miyagi"},
	} {
		ans, err := asker.Answer(ctx, askChat, tc.question)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Known() || !strings.Contains(ans.Quotes[0].Sentence, tc.want) {
			t.Errorf("Answer(%q) = %+v; want a quote with %q", tc.question, ans.Quotes, tc.want)
		}
	}
}

func TestCitation(t *testing.T) {
	day := time.Date(2026, 1, 2, 15, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		a    briefbot.Article
		want string
	}{
		{"full", briefbot.Article{Source: "Wire", Published: day, URL: "https://x.example/a"}, "— Wire, 2 Jan 2026, https://x.example/a"},
		{"no source", briefbot.Article{Title: "Headline", Published: day}, "— Headline, 2 Jan 2026"},
		{"ingested only", briefbot.Article{Source: "Wire", Ingested: day}, "— Wire, 2 Jan 2026"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ask.Citation(tc.a); got != tc.want {
				t.Errorf("Citation = %q; want %q", got, tc.want)
			}
		})
	}
}

func TestAskAnswersInTheChatsLanguage(t *testing.T) {
	db := mustSampleStore(t)
	r, _ := askRouter(db)
	msg := r.Handle(context.Background(), bot.Request{Chat: askChat, Lang: "fr", Text: "/ask what did the Pope say about football?"})
	got := strings.Join(append(msg.Lines, msg.Footer...), "\n")
	if !strings.Contains(got, "Je ne sais pas") || !strings.Contains(got, "/brief <thème>") || msg.Lang != "fr" {
		t.Errorf("a French chat was answered (%q)\n%s", msg.Lang, got)
	}
}

// A story of the chat's brief with no sentence to quote (its text is a
// link only) is read without harm: the question is answered from the
// others, or not at all.
func TestAStoryWithNoSentenceIsNoHarm(t *testing.T) {
	db := mustSampleStore(t)
	ctx := context.Background()
	link := briefbot.Article{Title: "Korea: the full report", Text: "https://news.example/korea-report", URL: "https://news.example/korea-report",
		Source: "Wire", Lang: "en", Ingested: askNow, Published: askNow.Add(-time.Hour),
		Summary: briefbot.Summary{Who: []string{"Kim"}, Where: []string{"Seoul"}}}
	res, err := db.AddArticle(ctx, link)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RememberBrief(ctx, askChat, "korea", []int64{res.ID}, askNow); err != nil {
		t.Fatal(err)
	}
	_, asker := askRouter(db)
	for _, q := range []string{"what did he say?", "where?", "*** OR AND", "who chairs the consortium?"} {
		if _, err := asker.Answer(ctx, askChat, q); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
}

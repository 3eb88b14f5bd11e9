package brief_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/brief"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
	"briefbot/topics"
)

var now = time.Date(2026, 5, 4, 12, 0, 0, 0, time.UTC)

func mustStore(tb testing.TB, arts ...briefbot.Article) *sqlite.DB {
	tb.Helper()
	return teststore.Holding(tb, now, arts...)
}

func article(title, text string, age time.Duration) briefbot.Article {
	return briefbot.Article{
		Title: title, Text: text, Source: "Test Wire",
		URL:       "https://news.example/" + strings.ReplaceAll(strings.ToLower(title), " ", "-"),
		Published: now.Add(-age),
	}
}

func briefer(db *sqlite.DB) *brief.Briefer {
	return &brief.Briefer{Store: db, Topics: topics.New(nil), Now: func() time.Time { return now }, Window: 7 * 24 * time.Hour, MaxItems: 5}
}

func TestBriefFindsFrenchStoryForEnglishTopic(t *testing.T) {
	db := mustStore(t,
		article("Sommet à Séoul", "Les dirigeants de la Corée du Sud et du Japon se sont réunis à Séoul.", 2*time.Hour),
		article("Storm in Brittany", "A storm cut power in Brittany.", 3*time.Hour),
	)
	br, err := briefer(db).Brief(context.Background(), "korea", 7*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 1 || br.Stories[0].Headline != "Sommet à Séoul" {
		t.Errorf("stories = %+v", br.Stories)
	}
}

func TestBriefWindowAndOlderStories(t *testing.T) {
	db := mustStore(t,
		article("Korea trade talks resume", "Korea and Japan resumed trade talks.", 10*24*time.Hour),
		article("Korea rail link opens", "A new rail link opened in Korea.", 20*24*time.Hour),
	)
	b := briefer(db)
	br, err := b.Brief(context.Background(), "korea", 3*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 0 || len(br.Older) != 2 || br.Older[0].Headline != "Korea trade talks resume" {
		t.Fatalf("stories=%d older=%+v", len(br.Stories), br.Older)
	}
	msg := brief.BriefMessage(br, "en")
	if !strings.Contains(strings.Join(msg.Lines, " "), "No stories on \"korea\" in the last 3 days") || !msg.Items[0].Dated {
		t.Errorf("message = %+v", msg)
	}
	br, _ = b.Brief(context.Background(), "korea", 14*24*time.Hour, 5)
	if len(br.Stories) != 1 {
		t.Errorf("14-day window: %d stories, want 1", len(br.Stories))
	}
}

func TestBriefRanksFreshAndRelevantFirst(t *testing.T) {
	var arts []briefbot.Article
	notes := []string{
		"Shares in Tokyo rose as exporters gained; Korea was mentioned once.",
		"Bond yields fell in Frankfurt after weak factory data, with Korea a footnote.",
		"Oil prices slipped in London trading while Korea bought more crude.",
		"The yen weakened against the dollar; traders also watched Korea.",
		"Copper climbed in Shanghai on supply worries, and Korea imported less.",
		"Gold held steady in Zurich as investors waited, Korea aside.",
	}
	for i, text := range notes {
		arts = append(arts, article(fmt.Sprintf("Market note %d", i), text, time.Duration(i+1)*time.Hour))
	}
	arts = append(arts, article("Korea elects new assembly", "Korea voted. Korean parties in Korea won seats across Korea.", 30*time.Hour))
	db := mustStore(t, arts...)
	br, err := briefer(db).Brief(context.Background(), "korea", 7*24*time.Hour, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 3 {
		t.Fatalf("got %d stories, want 3", len(br.Stories))
	}
	if br.Stories[0].Headline != "Korea elects new assembly" {
		t.Errorf("top story = %q, want the one about Korea", br.Stories[0].Headline)
	}
	for i := 1; i < len(br.Stories); i++ {
		if br.Stories[i].Score > br.Stories[i-1].Score {
			t.Errorf("stories not in score order: %v", br.Stories)
		}
	}
}

func TestBriefNothingAtAll(t *testing.T) {
	db := mustStore(t, article("Storm in Brittany", "A storm cut power in Brittany.", time.Hour))
	br, err := briefer(db).Brief(context.Background(), "volcano", 7*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	msg := brief.BriefMessage(br, "en")
	if len(msg.Items) != 0 || !strings.Contains(strings.Join(msg.Lines, " "), "nothing on it") {
		t.Errorf("message = %+v", msg)
	}
}

func TestBriefGroupsRepublishedWireStory(t *testing.T) {
	wire := "North Korea fired a short-range ballistic missile off its east coast early on Tuesday, South Korea's Joint Chiefs of Staff said, the first such launch in several weeks. The missile flew about 300 kilometres before falling into the sea, officials in Tokyo said. Seoul's security council met in an emergency session and condemned the launch."
	a := article("North Korea fires missile", wire, 2*time.Hour)
	b := article("N. Korea fires missile into sea", strings.Replace(wire, "early on Tuesday", "early Tuesday", 1)+" Reporting by the desk.", time.Hour)
	b.Source = "Other Gazette"
	c := article("Korea rail link opens", "A new high-speed rail link opened between Seoul and Busan on Monday.", time.Hour)
	db := mustStore(t, a, b, c)
	br, err := briefer(db).Brief(context.Background(), "korea", 7*24*time.Hour, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Stories) != 2 {
		t.Fatalf("got %d stories, want 2: %+v", len(br.Stories), br.Stories)
	}
	msg := brief.BriefMessage(br, "en")
	var sources []int
	for _, it := range msg.Items {
		sources = append(sources, len(it.Sources))
	}
	if fmt.Sprint(sources) != "[2 1]" {
		t.Errorf("sources per item = %v, want the wire story first with 2", sources)
	}
}

func TestBriefSuggestsRelatedTopics(t *testing.T) {
	placed := func(title, text string, where ...string) briefbot.Article {
		a := article(title, text, time.Hour)
		a.Summary = briefbot.Summary{Where: where, Who: []string{"Jean Dupont"}}
		return a
	}
	db := mustStore(t,
		placed("Grève à Lyon", "Les transports de Lyon sont en grève.", "Lyon", "France"),
		placed("Marché à Lyon", "Le marché de Lyon rouvre.", "Lyon"),
		placed("Pluie à Lille", "Il pleut à Lille.", "Lille"),
		placed("Port strike", "Dockworkers walked out in Seoul.", "Seoul"),
	)
	tests := []struct {
		topic string
		want  []string
	}{
		{"busan", []string{"Seoul", "Jean Dupont", "Lyon"}},    // same country first, then the most frequent
		{"marseille", []string{"Lyon", "France", "Lille"}},     // the French places before the others
		{"volcano", []string{"Jean Dupont", "Lyon", "France"}}, // no place: the most frequent
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			br, err := briefer(db).Brief(context.Background(), tt.topic, 7*24*time.Hour, 5)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(br.Related) != fmt.Sprint(tt.want) {
				t.Errorf("related = %q, want %q", br.Related, tt.want)
			}
			msg := strings.Join(brief.BriefMessage(br, "en").Lines, " ")
			var cmds []string
			for _, r := range tt.want {
				cmds = append(cmds, "/brief "+strings.ToLower(r))
			}
			if want := "I have nothing on it at all yet. Topics with stories: " + strings.Join(cmds, ", ") + "."; !strings.HasSuffix(msg, want) {
				t.Errorf("message %q, want it to end %q", msg, want)
			}
		})
	}
}

func TestBriefHostileTopics(t *testing.T) {
	db := mustStore(t, article("Storm in Brittany", "A storm cut power in Brittany.", time.Hour))
	for name, topic := range map[string]string{
		"quote":    `"`,
		"star":     "*",
		"near":     "NEAR(storm brittany)",
		"or":       "storm OR",
		"10 KB":    strings.Repeat("x", 10_000),
		"markup":   "<b>storm</b> <script>alert(1)</script>",
		"column":   "title:storm",
		"unclosed": `"storm brittany`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := briefer(db).Run(context.Background(), topic)
			if err != nil && briefbot.ErrorCode(err) != briefbot.EInvalid {
				t.Errorf("Run(%.30q) err = %v, want an answer or an invalid-input error", topic, err)
			}
		})
	}
}

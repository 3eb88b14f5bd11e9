package storetest

import (
	"strings"
	"testing"
	"time"

	"briefbot"
)

var storyTests = []test{
	{"NearDuplicates", testNearDuplicates},
	{"Nearest", testNearest},
	{"ChainInBatch", testStoriesChainInBatch},
	{"FailedBatchForgotten", testStoriesForgetFailedBatch},
	{"RetentionEndsStory", testRetentionEndsStory},
}

// Wire is a wire story of about a hundred words; other is an unrelated one.
const (
	wire  = `North Korea fired a short-range ballistic missile off its east coast early on Tuesday, South Korea's Joint Chiefs of Staff said, the first such launch in several weeks. The missile flew about 300 kilometres before falling into the sea outside Japan's exclusive economic zone, officials in Tokyo said. Seoul's national security council met in an emergency session and condemned the launch as a clear violation of United Nations Security Council resolutions. Analysts said the test was likely a response to joint air drills held last week by South Korea, Japan and the United States.`
	other = `The European Central Bank kept its main interest rate unchanged on Thursday, saying inflation in the euro area was slowing faster than expected. Its president said the bank would watch wages closely before any cut. Markets had expected the decision, and the euro barely moved against the dollar after the announcement in Frankfurt.`
)

// edited is wire with one word changed: a republication.
var edited = strings.Replace(wire, "Tuesday", "Wednesday", 1)

// published is an article from source at url with the text, published at
// day0 plus offset.
func published(source, url, text string, offset time.Duration) briefbot.Article {
	return briefbot.Article{
		Source: source, URL: url, Title: source + " headline", Lang: "en",
		Published: day0.Add(offset), Ingested: day0.Add(96 * time.Hour), Text: text,
	}
}

// storyOf is the StoryID of the stored article id.
func storyOf(tb testing.TB, s briefbot.Store, id int64) int64 {
	tb.Helper()
	return mustGet(tb, s, id).StoryID
}

func testNearDuplicates(t *testing.T, open opener) {
	first := published("Wire", "https://wire.example/1", wire, 0)
	far := strings.Repeat("Shipping news from the harbour of Brest. ", 3) + wire[:len(wire)/2]
	if d := briefbot.HammingDistance(briefbot.SimHash(wire), briefbot.SimHash(far)); d <= briefbot.NearDuplicate {
		t.Fatalf("the far text is %d bits from the wire, not more than %d", d, briefbot.NearDuplicate)
	}
	for _, tc := range []struct {
		name string
		next briefbot.Article
		same bool // next joins first's story
	}{
		{"republished with one word changed", published("Daily", "https://daily.example/a", edited, 2*time.Hour), true},
		{"unrelated", published("Daily", "https://daily.example/b", other, 2*time.Hour), false},
		{"more bits apart than a near-duplicate", published("Daily", "https://daily.example/g", far, 2*time.Hour), false},
		{"at the edge of the window", published("Daily", "https://daily.example/c", edited, briefbot.StoryWindow), true},
		{"a second past the window", published("Daily", "https://daily.example/d", edited, briefbot.StoryWindow+time.Second), false},
		{"seen before, stored after", published("Daily", "https://daily.example/e", edited, -briefbot.StoryWindow), true},
		{"long before", published("Daily", "https://daily.example/f", edited, -30*24*time.Hour), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			id := mustAdd(t, s, first)
			next := mustAdd(t, s, tc.next)
			if got := storyOf(t, s, id); got != id {
				t.Errorf("first article's story = %d, want its own id %d", got, id)
			}
			want := next
			if tc.same {
				want = id
			}
			if got := storyOf(t, s, next); got != want {
				t.Errorf("second article's story = %d, want %d (first %d, second %d)", got, want, id, next)
			}
		})
	}
}

// testNearest stores two stories that a new article is a near-duplicate
// of, too far apart in time to be one: it joins the one fewer bits away,
// though the other is closer in time.
func testNearest(t *testing.T, open opener) {
	s := open(t)
	near, far := wire, strings.Replace(strings.Replace(wire, "several weeks", "many weeks", 1), "emergency", "urgent", 1)
	dNear := briefbot.HammingDistance(briefbot.SimHash(edited), briefbot.SimHash(near))
	dFar := briefbot.HammingDistance(briefbot.SimHash(edited), briefbot.SimHash(far))
	if !(dNear < dFar && dFar <= briefbot.NearDuplicate) {
		t.Fatalf("the texts are %d and %d bits from the new one; want both near, the first nearer", dNear, dFar)
	}
	nearID := mustAdd(t, s, published("Wire", "https://wire.example/1", near, -60*time.Hour))
	farID := mustAdd(t, s, published("Far", "https://far.example/1", far, 20*time.Hour))
	if storyOf(t, s, farID) != farID {
		t.Fatal("two articles 80 hours apart are one story")
	}
	next := mustAdd(t, s, published("Daily", "https://daily.example/1", edited, 0))
	if got := storyOf(t, s, next); got != nearID {
		t.Errorf("story = %d, want %d (%d bits away), not %d (%d bits)", got, nearID, dNear, farID, dFar)
	}
}

// testStoriesChainInBatch stores a story and its republications in one
// call, the last closer to the second than to the first.
func testStoriesChainInBatch(t *testing.T, open opener) {
	s := open(t)
	again := strings.Replace(edited, "several weeks", "many weeks", 1)
	ids := mustAddAll(t, s, []briefbot.Article{
		published("Wire", "https://wire.example/1", wire, 0),
		published("Other", "https://other.example/1", other, time.Hour),
		published("Daily", "https://daily.example/1", edited, 2*time.Hour),
		published("Weekly", "https://weekly.example/1", again, 3*time.Hour),
	})
	want := []int64{ids[0], ids[1], ids[0], ids[0]}
	for i, id := range ids {
		if got := storyOf(t, s, id); got != want[i] {
			t.Errorf("article %d: story %d, want %d", i, got, want[i])
		}
	}
	cands, err := s.SearchCandidates(t.Context(), briefbot.Search{Match: terms("missile")})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cands {
		if c.StoryID != ids[0] {
			t.Errorf("candidate %d: story %d, want %d", c.ID, c.StoryID, ids[0])
		}
	}
}

// testStoriesForgetFailedBatch checks that the articles of a batch that
// stored nothing are never taken as a story to join.
func testStoriesForgetFailedBatch(t *testing.T, open opener) {
	s := open(t)
	bad := published("Bad", "https://bad.example/1", "A text from a feed that is not followed.", 0)
	bad.FeedID = 99
	_, err := s.AddArticles(t.Context(), []briefbot.Article{published("Wire", "https://wire.example/1", wire, 0), bad})
	checkCode(t, err, briefbot.EInvalid)
	if st := mustStats(t, s); st.Articles != 0 {
		t.Fatalf("%d articles stored by a failed batch, want 0", st.Articles)
	}
	mustAdd(t, s, published("Other", "https://other.example/1", other, 0))
	id := mustAdd(t, s, published("Daily", "https://daily.example/1", edited, time.Hour))
	if got := storyOf(t, s, id); got != id {
		t.Errorf("story = %d, want its own %d", got, id)
	}
}

// testRetentionEndsStory checks that an article whose story's articles
// were all deleted starts a story of its own.
func testRetentionEndsStory(t *testing.T, open opener) {
	s := open(t)
	mustAdd(t, s, published("Wire", "https://wire.example/1", wire, -48*time.Hour))
	if _, err := s.DeleteSeenBefore(t.Context(), day0.Add(-24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	id := mustAdd(t, s, published("Daily", "https://daily.example/1", edited, 0))
	if got := storyOf(t, s, id); got != id {
		t.Errorf("story = %d, want its own %d", got, id)
	}
}

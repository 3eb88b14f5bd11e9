package eval

import (
	"testing"

	"briefbot"
)

func TestBM25PicksTheSentenceWithTheRareTerms(t *testing.T) {
	b := newBM25([]briefbot.Article{
		{ID: 1, Text: "Glenn Hoddle has been unveiled as the new Wolves manager. He succeeds Dave Jones, who was sacked."},
		{ID: 2, Text: "Wolves are 17th in the Championship. The manager of Millwall spoke."},
	})
	p := pickBM25(b, "Who did Hoddle replace at Wolves?", []int64{2})
	if want := "Wolves are 17th in the Championship."; p.brief != want {
		t.Errorf("brief's best = %q; want %q", p.brief, want)
	}
	if want := "Glenn Hoddle has been unveiled as the new Wolves manager."; p.store != want {
		t.Errorf("store's best = %q; want %q", p.store, want)
	}
	if !(p.storeScore > p.briefScore && p.briefScore > 0) {
		t.Errorf("scores: brief %.2f, store %.2f; want 0 < brief < store", p.briefScore, p.storeScore)
	}
	if p := pickBM25(b, "Who is the king of Swaziland?", nil); p.store != "" || p.storeScore != 0 {
		t.Errorf("a question with no term in the store got %q (%.2f)", p.store, p.storeScore)
	}
}

func TestBM25ReplyPrefersTheBriefAboveTheThreshold(t *testing.T) {
	p := bm25Pick{brief: "from the brief", briefScore: 3, store: "from the store", storeScore: 5}
	for _, tc := range []struct {
		t         float64
		want      string
		fromBrief bool
	}{
		{0, "from the brief", true},
		{3, "from the brief", true},
		{4, "from the store", false},
		{6, "", false},
	} {
		if got, brief := p.reply(tc.t); got != tc.want || brief != tc.fromBrief {
			t.Errorf("reply(%v) = %q, %v; want %q, %v", tc.t, got, brief, tc.want, tc.fromBrief)
		}
	}
}

func TestThresholdGivesUpNeitherAccuracy(t *testing.T) {
	right := Question{ID: "a", Split: Dev, Kind: Answerable, Answers: []string{"yes"}}
	wrong := Question{ID: "b", Split: Dev, Kind: Answerable, Answers: []string{"yes"}}
	none := Question{ID: "c", Split: Dev, Kind: Absent}
	picks := map[string]bm25Pick{
		"a": {brief: "yes", briefScore: 8},
		"b": {brief: "no", briefScore: 2},
		"c": {brief: "no", briefScore: 5},
	}
	// At 8 the right answer stays and both others are refused: answerable
	// 1/2, don't know 1/1. Refusing everything (above 8) scores 0.
	if got := chooseThreshold([]Question{right, wrong, none}, picks); got != 8 {
		t.Errorf("threshold = %v; want 8", got)
	}
}

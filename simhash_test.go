package briefbot

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

const wire = `North Korea fired a short-range ballistic missile off its east coast early on Tuesday, South Korea's Joint Chiefs of Staff said, the first such launch in several weeks. The missile flew about 300 kilometres before falling into the sea outside Japan's exclusive economic zone, officials in Tokyo said. Seoul's national security council met in an emergency session and condemned the launch as a clear violation of United Nations Security Council resolutions. Analysts said the test was likely a response to joint air drills held last week by South Korea, Japan and the United States.`

func TestSimHashGroupsRepublishedWireStory(t *testing.T) {
	edited := strings.Replace(wire, "early on Tuesday", "early Tuesday", 1) + " Reporting by the wire desk."
	other := `The European Central Bank kept its main interest rate unchanged on Thursday, saying inflation in the euro area was slowing faster than expected. Its president said the bank would watch wages closely before any cut. Markets had expected the decision, and the euro barely moved against the dollar after the announcement in Frankfurt.`
	a, b, c := SimHash(wire), SimHash(edited), SimHash(other)
	if d := HammingDistance(a, b); d > NearDuplicate {
		t.Errorf("republished story is %d bits away", d)
	}
	if d := HammingDistance(a, c); d <= NearDuplicate {
		t.Errorf("unrelated story is only %d bits away", d)
	}
	if SimHash(wire) != a {
		t.Errorf("SimHash is not deterministic")
	}
	if SimHash("") != 0 || SimHash("one") == 0 {
		t.Errorf("short texts: %x %x", SimHash(""), SimHash("one"))
	}
}

// simHashReference is the first, plain implementation of SimHash: the
// faster one must give exactly its fingerprints, which stores keep.
func simHashReference(text string) uint64 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var weights [64]int
	h := fnv.New64a()
	for i := 0; i+3 <= len(words) || (i == 0 && len(words) > 0); i++ {
		h.Reset()
		h.Write([]byte(strings.Join(words[i:min(i+3, len(words))], " ")))
		sum := h.Sum64()
		for b := range 64 {
			if sum&(1<<b) != 0 {
				weights[b]++
			} else {
				weights[b]--
			}
		}
	}
	var out uint64
	for b, w := range weights {
		if w > 0 {
			out |= 1 << b
		}
	}
	return out
}

// referenceTexts are texts of random words of many scripts and cases,
// separated by spaces and punctuation, and some short ones.
func referenceTexts() []string {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("the of Korea Corée élection missile Séoul 300 km a b ÉTÉ naïve Ǆ 𝔸 x1 über \xff İstanbul ΣΟΦΊΑ ﬁn Ⅻ ２０")
	seps := []string{" ", ", ", ". ", "\n", "—", "'", "\u00a0", ""}
	texts := []string{"", "one", "two words", "a b c", "!!!", " lead", wire}
	for i := range 500 {
		var b strings.Builder
		for range i {
			b.WriteString(vocab[r.IntN(len(vocab))] + seps[r.IntN(len(seps))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestSimHashMatchesReference(t *testing.T) {
	for _, text := range referenceTexts() {
		if got, want := SimHash(text), simHashReference(text); got != want {
			t.Fatalf("SimHash(%.40q) = %x, want %x", text, got, want)
		}
	}
}

func BenchmarkSimHash(b *testing.B) {
	text := strings.Repeat(wire+"\n", 6) // about 3 KB
	for b.Loop() {
		SimHash(text)
	}
}

package topics

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
	"briefbot/lang"
)

// keysByWords is Keys as it reads the index by its definition: every
// phrase of up to the longest term's words, at every word of each field,
// looked up whole and as the continuation of every prefix term.
func keysByWords(k *keys, a briefbot.Article) []string {
	found := map[string]bool{}
	add := func(ks []string) {
		for _, key := range ks {
			found[key] = true
		}
	}
	for _, field := range slices.Concat([]string{a.Title, a.Text, a.Summary.Summary}, a.Summary.Who, a.Summary.Where) {
		words := lang.Words(field)
		for i := range words {
			for n := 1; n <= k.longest && i+n <= len(words); n++ {
				phrase := strings.Join(words[i:i+n], " ")
				add(k.exact[phrase].keys)
				head := len(phrase) - len(words[i+n-1])
				for j := head + 1; j <= len(phrase); j++ {
					add(k.prefix[phrase[:j]])
				}
			}
		}
	}
	keys := make([]string, 0, len(found))
	for key := range found {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	return keys
}

// TestKeysReadEveryPhrase checks, on real articles, that Keys finds what
// reading every phrase finds: its shortcuts (phrases grown only while
// they start a term, prefixes looked up only at the lengths and starts
// some term has) leave nothing out.
func TestKeysReadEveryPhrase(t *testing.T) {
	idx := keyIndex()
	for _, a := range keyCorpusArticles(t) {
		got, want := Keys(a), keysByWords(idx, a)
		if !slices.Equal(got, want) {
			t.Errorf("%q: keys %q, want %q", a.Title, got, want)
		}
	}
}

// FuzzKeysReadEveryPhrase checks the same on any text.
func FuzzKeysReadEveryPhrase(f *testing.F) {
	for _, s := range []string{"", "la Corée du Sud", "south sudanese*", "New  York city", "république démocratique du congo", "\xff\x00 Séoul"} {
		f.Add(s)
	}
	idx := keyIndex()
	f.Fuzz(func(t *testing.T, s string) {
		a := briefbot.Article{Title: s, Text: s + " " + s, Summary: briefbot.Summary{Who: []string{s}, Where: []string{s}}}
		if got, want := Keys(a), keysByWords(idx, a); !slices.Equal(got, want) {
			t.Errorf("keys %q, want %q", got, want)
		}
	})
}

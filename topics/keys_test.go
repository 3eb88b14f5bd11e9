package topics

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/lang"
	"briefbot/samples"
)

// TestKeysAreValid checks that every key the index can write is one a
// store takes, and that no two concepts share one.
func TestKeysAreValid(t *testing.T) {
	for phrase, keys := range indexEntries(keyIndex()) {
		for _, k := range keys {
			if !briefbot.ValidKey(k) {
				t.Errorf("%q: key %q is not valid", phrase, k)
			}
		}
	}
	seen := map[string]string{}
	for _, c := range lang.AllConcepts() {
		k := conceptKey(c)
		if other, dup := seen[k]; dup {
			t.Errorf("concepts %s and %s share the key %s", other, c.ID, k)
		}
		seen[k] = c.ID
	}
}

func TestKeysOfArticles(t *testing.T) {
	for _, tt := range []struct {
		title, text string
		want, not   []string
	}{
		{"Séisme au Japon", "La terre a tremblé près de Sendai.", []string{"pjp", "cdisaster0earthquake"}, []string{"pkr"}},
		{"Grève à la SNCF", "Les cheminots sont en grève depuis lundi.", []string{"clabour0strike"}, []string{"cconflict0strike"}},
		{"Talks in Seoul", "Officials of the Republic of Korea met.", []string{"pkr", "g1835848"}, []string{"pkp"}},
		{"Pyongyang fires a missile", "The launch was seen from Japan.", []string{"pkp", "pjp"}, []string{"pkr"}},
		{"Les Coréens votent", "Un scrutin sans surprise.", []string{"qkpkr"}, []string{"pkr", "pkp"}},
		{"Weather", "It rained all day in the garden.", nil, []string{"pkr", "pjp", "pfr"}},
	} {
		t.Run(tt.title, func(t *testing.T) {
			got := Keys(briefbot.Article{Title: tt.title, Text: tt.text})
			for _, k := range tt.want {
				if !slices.Contains(got, k) {
					t.Errorf("keys %q lack %s", got, k)
				}
			}
			for _, k := range tt.not {
				if slices.Contains(got, k) {
					t.Errorf("keys %q hold %s", got, k)
				}
			}
			if !slices.IsSorted(got) {
				t.Errorf("keys %q are not sorted", got)
			}
		})
	}
}

// keyTopics are topics of every kind: countries alone and named together,
// a demonym, cities, a region, concepts, a sense read from context, and
// words that are none of these.
var keyTopics = []string{
	"korea", "south korea", "north korea", "japan", "france", "germany", "congo", "sudan", "japonais",
	"paris", "new york", "london", "california", "gironde", "saxony",
	"earthquake", "strike", "flood", "election", "unemployment", "coach", "military strike",
	"korea earthquake", "france strike", "climate", "xyzzy", `"prime minister"`,
}

// TestKeysFindWhatWordsFind checks, on real articles, that what a topic
// finds by its keys (Match, on articles keyed by Keys) is what it finds
// by its words in every language (Expand): nothing found by the words is
// lost, and little is found that the words do not find (the keys read
// every word of a place or concept, the words only as many as a search
// may hold).
func TestKeysFindWhatWordsFind(t *testing.T) {
	arts := keyCorpus(t)
	m := New(nil)
	for _, topic := range keyTopics {
		t.Run(topic, func(t *testing.T) {
			keyed, err := m.Match(topic)
			if err != nil {
				t.Fatal(err)
			}
			words, err := m.Expand(topic)
			if err != nil {
				t.Fatal(err)
			}
			byWords, byKeys, extra := 0, 0, 0
			for _, a := range arts {
				w, k := a.finds(words), a.finds(keyed)
				if w && !k {
					t.Errorf("%q: its words find %q and its keys do not", topic, a.title)
				}
				byWords += b2i(w)
				byKeys += b2i(k)
				extra += b2i(k && !w)
			}
			t.Logf("%-16s words find %4d, keys %4d (%d more)", topic, byWords, byKeys, extra)
			if extra > byWords/10+1 {
				t.Errorf("%q: keys find %d articles the words do not find, of %d", topic, extra, byWords)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// keyArticle is an article as a store indexes it: its fields' words and
// its keys.
type keyArticle struct {
	title  string
	fields [][]string
	keys   []string
}

func newKeyArticle(a briefbot.Article) keyArticle {
	k := keyArticle{title: a.Title, keys: Keys(a)}
	for _, f := range slices.Concat([]string{a.Title, a.Text, a.Summary.Summary}, a.Summary.Who, a.Summary.Where) {
		k.fields = append(k.fields, lang.Words(f))
	}
	return k
}

// finds reports whether m matches the article, as a store would.
func (a keyArticle) finds(m briefbot.Match) bool {
	for _, g := range m {
		if !slices.ContainsFunc(g, a.holds) {
			return false
		}
	}
	return true
}

func (a keyArticle) holds(t briefbot.Term) bool {
	if t.Key != "" {
		return slices.Contains(a.keys, t.Key)
	}
	ws := strings.Fields(t.Phrase)
	for _, f := range a.fields {
		for i := 0; i+len(ws) <= len(f); i++ {
			if phraseAt(f[i:], ws, t.Prefix) {
				return true
			}
		}
	}
	return false
}

func phraseAt(f, ws []string, prefix bool) bool {
	for j, w := range ws {
		if f[j] != w && !(j == len(ws)-1 && prefix && strings.HasPrefix(f[j], w)) {
			return false
		}
	}
	return true
}

// keyCorpus is keyCorpusArticles as a store indexes them.
func keyCorpus(t *testing.T) []keyArticle {
	var out []keyArticle
	for _, a := range keyCorpusArticles(t) {
		out = append(out, newKeyArticle(a))
	}
	return out
}

// keyCorpusArticles is the bundled samples, and French and English
// articles of the evaluation data when it is there.
func keyCorpusArticles(t *testing.T) []briefbot.Article {
	out, err := samples.Articles(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{"wikinews-fr-100/documents", "bbc-news-greene2006/politics", "bbc-news-greene2006/business"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", dir, "*"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			title, text, _ := strings.Cut(string(b), "\n")
			out = append(out, briefbot.Article{Title: title, Text: text})
		}
	}
	t.Logf("%d articles", len(out))
	return out
}

// BenchmarkKeys measures the keys of one article of the bundled samples,
// the index read; BenchmarkBuildKeys the index built from its sources
// (BenchmarkReadKeys, reading it, is what a process pays).
func BenchmarkKeys(b *testing.B) {
	as, err := samples.Articles(time.Now())
	if err != nil {
		b.Fatal(err)
	}
	keyIndex()
	b.ResetTimer()
	for i := range b.N {
		Keys(as[i%len(as)])
	}
}

func BenchmarkBuildKeys(b *testing.B) {
	buildKeys() // the gazetteer and the lexicon loaded
	for range b.N {
		buildKeys()
	}
}

var updateKeys = flag.Bool("update", false, "record the key index's checksum in testdata/keys.golden")

// keysGolden records the checksum of the key index with the KeysVersion
// it was written by.
var keysGolden = filepath.Join("testdata", "keys.golden")

// TestKeysVersionFollowsTheIndex checks that the index Keys reads by (the
// gazetteer's names, the lexicon, these rules) changes only with a new
// KeysVersion: an article keyed by other words under the same version
// would never be keyed again, and topics would miss it.
func TestKeysVersionFollowsTheIndex(t *testing.T) {
	got := fmt.Sprintf("version %d index %s\n", KeysVersion, keyIndexSum())
	if *updateKeys {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(keysGolden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(keysGolden)
	if err != nil {
		t.Fatalf("%v; run go test ./topics -run TestKeysVersionFollowsTheIndex -update", err)
	}
	if got == string(want) {
		return
	}
	var wantVersion int
	fmt.Sscanf(string(want), "version %d", &wantVersion)
	if wantVersion == KeysVersion {
		t.Fatalf("the key index changed but KeysVersion is still %d: raise it, then run go test ./topics -run TestKeysVersionFollowsTheIndex -update\ngot  %swant %s", KeysVersion, got, want)
	}
	t.Fatalf("KeysVersion is %d, the recorded one %d: run go test ./topics -run TestKeysVersionFollowsTheIndex -update", KeysVersion, wantVersion)
}

// keyIndexSum is a checksum of every phrase of the key index and its keys.
func keyIndexSum() string {
	var lines []string
	for phrase, keys := range indexEntries(keyIndex()) {
		ks := slices.Clone(keys)
		slices.Sort(ks)
		lines = append(lines, phrase+strings.Join(ks, ","))
	}
	slices.Sort(lines)
	h := sha256.Sum256([]byte(strings.Join(lines, "\n")))
	return hex.EncodeToString(h[:])
}

// FuzzKeys checks that any text gives valid, sorted, distinct keys.
func FuzzKeys(f *testing.F) {
	for _, s := range []string{"", "Séisme au Japon", "Corée du Sud coréens", "한국은 서울에서", "東京都", "south sudanese*", "\xff\x00", strings.Repeat("new york ", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		keys := Keys(briefbot.Article{Title: s, Text: s + " " + s, Summary: briefbot.Summary{Who: []string{s}, Where: []string{s}}})
		if !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) != len(keys) {
			t.Errorf("keys %q are not sorted and distinct", keys)
		}
		for _, k := range keys {
			if !briefbot.ValidKey(k) {
				t.Errorf("key %q is not valid", k)
			}
		}
	})
}

// indexEntries lists the index's phrases with their keys, a prefix
// term's phrase followed by "*" and an exact one by "=".
func indexEntries(k *keys) map[string][]string {
	out := map[string][]string{}
	for phrase, e := range k.exact {
		if len(e.keys) > 0 {
			out[phrase+"="] = e.keys
		}
	}
	for phrase, keys := range k.prefix {
		out[phrase+"*"] = keys
	}
	return out
}

// BenchmarkKeysCorpus measures the keys of each article of the BBC
// corpus of the evaluation data (headline and text, as an ingest keys
// them before its summary is added), the index read; it skips when the
// corpus is absent. Its rate is articles a second.
func BenchmarkKeysCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "bbc-news-greene2006", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no BBC corpus")
	}
	var as []briefbot.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		title, text, _ := strings.Cut(string(data), "\n")
		as = append(as, briefbot.Article{Title: title, Text: text})
	}
	keyIndex()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, a := range as {
			Keys(a)
		}
		n += len(as)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

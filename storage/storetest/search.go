package storetest

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"briefbot"
)

var searchTests = []test{
	{"FoldsCaseAndDiacritics", testSearchFolds},
	{"Words", testSearchWords},
	{"Scripts", testSearchScripts},
	{"Prefix", testSearchPrefix},
	{"Phrases", testSearchPhrases},
	{"Groups", testSearchGroups},
	{"TermsAsGiven", testSearchTermsAsGiven},
	{"Fields", testSearchFields},
	{"QuerySyntaxIsText", testSearchSyntaxIsText},
	{"Invalid", testSearchInvalid},
	{"Window", testSearchWindow},
	{"WindowOutOfOrder", testSearchWindowOutOfOrder},
	{"Candidates", testSearchCandidates},
	{"Limit", testSearchLimit},
	{"CapCountsTheWindowOnly", testSearchCapInWindow},
	{"FullArticles", testSearchFullArticles},
	{"AfterDelete", testSearchAfterDelete},
}

// terms is a Match of one group per word, none a prefix.
func terms(words ...string) briefbot.Match {
	var m briefbot.Match
	for _, w := range words {
		m = append(m, []briefbot.Term{{Phrase: w}})
	}
	return m
}

// prefix is a Match of one term whose last word is a prefix.
func prefix(phrase string) briefbot.Match {
	return briefbot.Match{{{Phrase: phrase, Prefix: true}}}
}

// searchIDs returns the ids of the candidates for m, in any window.
func searchIDs(tb testing.TB, s briefbot.Store, m briefbot.Match) []int64 {
	tb.Helper()
	return candidateIDs(tb, s, briefbot.Search{Match: m})
}

// candidateIDs returns the ids of the candidates for q, in their order.
func candidateIDs(tb testing.TB, s briefbot.Store, q briefbot.Search) []int64 {
	tb.Helper()
	cands, err := s.SearchCandidates(tb.Context(), q)
	if err != nil {
		tb.Fatalf("SearchCandidates(%v): %v", q.Match, err)
	}
	ids := []int64{}
	for _, c := range cands {
		ids = append(ids, c.ID)
	}
	return ids
}

// finds is a table of conditions, each found or not in one store.
type finds []struct {
	name  string
	m     briefbot.Match
	found bool
}

// check runs each condition against s: a condition found finds the
// article id alone, one not found does not find it.
func (fs finds) check(t *testing.T, s briefbot.Store, id int64) {
	for _, f := range fs {
		t.Run(f.name, func(t *testing.T) {
			got := searchIDs(t, s, f.m)
			if f.found && !slices.Equal(got, []int64{id}) {
				t.Errorf("%v: ids = %v, want [%d]", f.m, got, id)
			}
			if !f.found && slices.Contains(got, id) {
				t.Errorf("%v: ids = %v, want %d left out", f.m, got, id)
			}
		})
	}
}

func testSearchFolds(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("La Corée du Nord tire un missile", "Séoul a protesté."))
	mustAdd(t, s, article("Météo", "Il pleut à Paris."))
	finds{
		{"no accent", terms("coree"), true},
		{"capital", terms("Coree"), true},
		{"capitals and accent", terms("CORÉE"), true},
		{"accent in the text", terms("seoul"), true},
		{"accent in the term", terms("séoul"), true},
		{"accents anywhere", terms("protéste"), true},
		{"word of another article", terms("pleut"), false},
	}.check(t, s, id)
}

// testSearchWords checks what a word is: letters and digits, split at
// anything else.
func testSearchWords(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("G7 summit 2026", "Leaders met in Hiroshima; Kim Jong-un sent word. Costs: $4.5bn (est.)"))
	finds{
		{"letters and digits", terms("g7"), true},
		{"digits", terms("2026"), true},
		{"split at a hyphen", terms("jong"), true},
		{"split at a full stop", terms("5bn"), true},
		{"hyphenated term", terms("jong-un"), true},
		{"punctuation in the term", terms("hiroshima;"), true},
		{"part of a word", terms("hiro"), false},
		{"part of a number", terms("202"), false},
		{"words run together", terms("jongun"), false},
	}.check(t, s, id)
}

// testSearchScripts checks words in scripts other than Latin: their case
// is folded, a word with marks (Devanagari's vowel signs) finds itself,
// and a script written without spaces is one word a run.
func testSearchScripts(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("Москва и Αθήνα", "हिन्दी समाचार. 東京都で地震. القاهرة"))
	mustAdd(t, s, article("Other", "Rain in Lyon."))
	finds{
		{"cyrillic, lower case", terms("москва"), true},
		{"cyrillic, capitals", terms("МОСКВА"), true},
		{"greek, capitals", terms("ΑΘΉΝΑ"), true},
		{"devanagari with its marks", terms("हिन्दी"), true},
		{"devanagari phrase", terms("हिन्दी समाचार"), true},
		{"a run of kanji and kana", terms("東京都で地震"), true},
		{"part of the run", terms("東京"), false},
		{"start of the run", prefix("東京"), true},
		{"arabic", terms("القاهرة"), true},
	}.check(t, s, id)
}

func testSearchPrefix(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("Korean elections", "North Korea and the elections of the south."))
	finds{
		{"prefix", prefix("elect"), true},
		{"prefix folded", prefix("ÉLEC"), true},
		{"whole word as prefix", prefix("elections"), true},
		{"not a prefix unless asked", terms("elect"), false},
		{"last word of a phrase", prefix("north kor"), true},
		{"only the last word", prefix("nor korea"), false},
		{"longer than the word", prefix("electionsx"), false},
	}.check(t, s, id)
}

func testSearchPhrases(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("Talks in Seoul", "Korea and Japan met. Then the Corée du Nord fired."))
	finds{
		{"words in order", terms("korea and japan"), true},
		{"folded phrase", terms("coree du nord"), true},
		{"extra spaces and punctuation", terms("  korea,  and JAPAN! "), true},
		{"words out of order", terms("japan and korea"), false},
		{"words apart", terms("korea japan"), false},
		{"across fields", terms("seoul korea"), false},
	}.check(t, s, id)
}

func testSearchGroups(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("Korea holds election", "Voters in Seoul went to the polls."))
	mustAdd(t, s, article("Japan holds election", "Voters in Tokyo went to the polls."))
	finds{
		{"every group", terms("korea", "polls"), true},
		{"groups in any field", terms("seoul", "election"), true},
		{"a group missing", terms("korea", "tokyo"), false},
		{"any term of a group", briefbot.Match{{{Phrase: "pyongyang"}, {Phrase: "seoul"}}}, true},
		{"groups of several terms", briefbot.Match{
			{{Phrase: "chile"}, {Phrase: "korea"}},
			{{Phrase: "vote", Prefix: true}, {Phrase: "riots"}},
		}, true},
	}.check(t, s, id)
}

// testSearchTermsAsGiven checks that a store does not translate: a term
// finds its own words, and a caller gives every language's words itself.
func testSearchTermsAsGiven(t *testing.T, open opener) {
	s := open(t)
	en := mustAdd(t, s, article("Korea votes", "Voters in South Korea went to the polls."))
	fr := mustAdd(t, s, article("La Corée vote", "Les électeurs sud-coréens ont voté."))
	for _, tc := range []struct {
		name string
		m    briefbot.Match
		want []int64
	}{
		{"english word", terms("korea"), []int64{en}},
		{"french word", terms("coree"), []int64{fr}},
		{"both, as the caller gives them", briefbot.Match{{{Phrase: "korea"}, {Phrase: "coree"}}}, []int64{fr, en}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := searchIDs(t, s, tc.m); !slices.Equal(got, tc.want) {
				t.Errorf("ids = %v, want %v", got, tc.want)
			}
		})
	}
}

// testSearchFields checks that a search reads the headline, the body, the
// one-line summary, and the people and places.
func testSearchFields(t *testing.T, open opener) {
	s := open(t)
	a := article("Headlineword news", "Bodyword in the text.")
	a.Summary = briefbot.Summary{
		Summary: "Summaryword in one line.", What: "whatword", WhenText: "whenword",
		Who: []string{"Personword Lee", "Ban Ki-moon"}, Where: []string{"Placeword", "Rio de Janeiro"},
	}
	a.Source = "Sourceword"
	id := mustAdd(t, s, a)
	finds{
		{"headline", terms("headlineword"), true},
		{"body", terms("bodyword"), true},
		{"summary", terms("summaryword"), true},
		{"who", terms("personword"), true},
		{"phrase in who", terms("ban ki moon"), true},
		{"where", terms("placeword"), true},
		{"phrase in where", terms("rio de janeiro"), true},
		{"not the source", terms("sourceword"), false},
		{"not the what", terms("whatword"), false},
		{"not the words of the date", terms("whenword"), false},
	}.check(t, s, id)
}

// testSearchSyntaxIsText checks that query syntax in a term is searched
// for as words, never run.
func testSearchSyntaxIsText(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("NEAR or NOT", `Title: "quoted" AND near (words) - minus * star`))
	mustAdd(t, s, article("Other", "Rain fell on Lyon."))
	for _, phrase := range []string{
		`"quoted"`, `quoted"`, `NEAR(`, `NEAR(words)`, `AND`, `OR`, `NOT`, `AND NEAR`,
		`title:quoted`, `-minus`, `star*`, `^near`, `(words`, `words)`, `{title}: "quoted"`,
		"and\x00near", "\xff\xfeminus", `"" quoted ""`, `Title:"quoted"`, `NEAR/words`,
	} {
		t.Run(phrase, func(t *testing.T) {
			for _, p := range []bool{false, true} {
				m := briefbot.Match{{{Phrase: phrase, Prefix: p}}}
				if got, want := searchIDs(t, s, m), []int64{id}; !slices.Equal(got, want) {
					t.Errorf("prefix %v: ids = %v, want %v", p, got, want)
				}
			}
		})
	}
	t.Run("operators are words", func(t *testing.T) {
		for _, phrase := range []string{`NOT quoted`, `quoted OR lyon`, `rain AND star`, `NEAR(rain lyon)`} {
			if got := searchIDs(t, s, terms(phrase)); len(got) != 0 {
				t.Errorf("%q: ids = %v, want none: no article holds its words as a phrase", phrase, got)
			}
		}
	})
}

func testSearchInvalid(t *testing.T, open opener) {
	s := open(t)
	many := briefbot.Match{}
	for range briefbot.MaxSearchTerms + 1 {
		many = append(many, []briefbot.Term{{Phrase: "korea"}})
	}
	most := many[:briefbot.MaxSearchTerms]
	long := strings.Repeat("k", briefbot.MaxTermRunes+1)
	for _, tc := range []struct {
		name string
		q    briefbot.Search
		code string
	}{
		{"no match", briefbot.Search{}, briefbot.EInvalid},
		{"empty group", briefbot.Search{Match: briefbot.Match{{}}}, briefbot.EInvalid},
		{"empty phrase", briefbot.Search{Match: terms("")}, briefbot.EInvalid},
		{"no letters", briefbot.Search{Match: terms(`"*-:()`)}, briefbot.EInvalid},
		{"too many terms", briefbot.Search{Match: many}, briefbot.EInvalid},
		{"the most terms", briefbot.Search{Match: most}, ""},
		{"term too long", briefbot.Search{Match: terms(long)}, briefbot.EInvalid},
		{"the longest term", briefbot.Search{Match: terms(long[1:])}, ""},
		{"longest in runes", briefbot.Search{Match: terms(strings.Repeat("é", briefbot.MaxTermRunes))}, ""},
		{"negative limit", briefbot.Search{Match: terms("korea"), Limit: -1}, briefbot.EInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.SearchCandidates(t.Context(), tc.q)
			checkCode(t, err, tc.code)
			_, err = s.SearchArticles(t.Context(), tc.q)
			checkCode(t, err, tc.code)
		})
	}
}

// testSearchCandidates checks what a candidate holds, and that candidates
// come latest stored first, whatever their dates.
func testSearchCandidates(t *testing.T, open opener) {
	s := open(t)
	var ids []int64
	for i, d := range []int{3, 0, 5, 1} {
		ids = append(ids, mustAdd(t, s, at(fmt.Sprint("Korea ", i), fmt.Sprint("Korea report ", i), day0.AddDate(0, 0, d))))
	}
	if got, want := searchIDs(t, s, terms("korea")), []int64{ids[3], ids[2], ids[1], ids[0]}; !slices.Equal(got, want) {
		t.Errorf("ids = %v, want %v", got, want)
	}
	a := at("Korea summit", "Delegations met.", day0)
	a.Summary = briefbot.Summary{Summary: "Korea talks.", Who: []string{"Kim Jong-un", `Yoon "Suk" Yeol`}, Where: []string{"Panmunjom"}}
	id := mustAdd(t, s, a)
	cands, err := s.SearchCandidates(t.Context(), briefbot.Search{Match: terms("summit")})
	if err != nil || len(cands) != 1 {
		t.Fatalf("candidates %+v, %v; want one", cands, err)
	}
	want := briefbot.Candidate{ID: id, StoryID: id, Seen: day0, Title: a.Title, Summary: a.Summary.Summary, Who: a.Summary.Who, Where: a.Summary.Where}
	if !reflect.DeepEqual(cands[0], want) {
		t.Errorf("candidate =\n%+v\nwant\n%+v", cands[0], want)
	}
}

func testSearchLimit(t *testing.T, open opener) {
	s := open(t)
	ids := mustAddAll(t, s, manyArticles(briefbot.MaxLimit+20, "Korea"))
	slices.Reverse(ids) // latest stored first
	for _, tc := range []struct {
		name  string
		limit int
		want  int
	}{
		{"default", 0, briefbot.DefaultLimit},
		{"small", 3, 3},
		{"the most", briefbot.MaxLimit, briefbot.MaxLimit},
		{"above the most is the most", briefbot.MaxLimit + 1, briefbot.MaxLimit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := candidateIDs(t, s, briefbot.Search{Match: terms("korea"), Limit: tc.limit})
			if !slices.Equal(got, ids[:tc.want]) {
				t.Errorf("%d candidates, want the %d latest stored", len(got), tc.want)
			}
		})
	}
}

// testSearchCapInWindow stores many newer matches out of the window: the
// limit counts the matches in the window, which are all found.
func testSearchCapInWindow(t *testing.T, open opener) {
	s := open(t)
	var in []briefbot.Article
	for i := range 30 {
		in = append(in, at(fmt.Sprint("Korea now ", i), fmt.Sprint("Korea report of this week, number ", i), day0.AddDate(0, 0, -i%7)))
	}
	inIDs := mustAddAll(t, s, in)
	old := manyArticles(briefbot.MaxLimit+50, "Korea archive")
	for i := range old {
		old[i].Published = day0.AddDate(-1, 0, -i%300)
	}
	mustAddAll(t, s, old)
	got := candidateIDs(t, s, briefbot.Search{Match: terms("korea"), Since: day0.AddDate(0, 0, -7), Limit: 20})
	want := slices.Clone(inIDs)
	slices.Reverse(want)
	if !slices.Equal(got, want[:20]) {
		t.Errorf("candidates %v, want the 20 latest stored in the window %v", got, want[:20])
	}
}

// testSearchFullArticles checks that SearchArticles reads the candidates'
// articles in full, in their order, and ranks nothing.
func testSearchFullArticles(t *testing.T, open opener) {
	s := open(t)
	inTitle := mustAdd(t, s, article("Korea holds election", "Voters went to the polls today."))
	inText := mustAdd(t, s, article("Weather report", "Rain today. Later, news from Korea."))
	hits, err := s.SearchArticles(t.Context(), briefbot.Search{Match: terms("korea")})
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, h := range hits {
		got = append(got, h.Article.ID)
		if want := mustGet(t, s, h.Article.ID); !reflect.DeepEqual(h.Article, want) || h.Relevance != 0 {
			t.Errorf("hit %+v, want the article %+v, no relevance", h, want)
		}
	}
	if want := []int64{inText, inTitle}; !slices.Equal(got, want) {
		t.Errorf("ids = %v, want %v", got, want)
	}
}

// testSearchAfterDelete checks that searches forget deleted articles.
func testSearchAfterDelete(t *testing.T, open opener) {
	s := open(t)
	sample := article("Korea sample", "Sample Korea text.")
	sample.Sample = true
	mustAdd(t, s, sample)
	kept := mustAdd(t, s, article("Korea kept", "Kept Korea text."))
	if _, err := s.DeleteSamples(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		m    briefbot.Match
		want []int64
	}{
		{"shared word", terms("korea"), []int64{kept}},
		{"deleted word", terms("sample"), []int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := searchIDs(t, s, tc.m); !slices.Equal(got, tc.want) {
				t.Errorf("ids = %v, want %v", got, tc.want)
			}
		})
	}
}

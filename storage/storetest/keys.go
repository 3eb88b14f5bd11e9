package storetest

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
)

var keyTests = []test{
	{"Found", testKeysFound},
	{"RoundTrip", testKeysRoundTrip},
	{"Invalid", testKeysInvalid},
	{"ToKeyAndSet", testKeysToKeyAndSet},
	{"SetKeysSkipsRemoved", testSetKeysSkipsRemoved},
	{"KeptBySetSummary", testKeysKeptBySetSummary},
}

// key is a Match of one group of keys.
func key(keys ...string) briefbot.Match {
	var g []briefbot.Term
	for _, k := range keys {
		g = append(g, briefbot.Term{Key: k})
	}
	return briefbot.Match{g}
}

// keyed is an article with keys written by version 1.
func keyed(title, text string, keys ...string) briefbot.Article {
	a := article(title, text)
	a.Keys, a.KeysVersion = keys, 1
	return a
}

// testKeysFound checks what a key matches: the articles that hold it,
// exactly, never a word, and never a key by a word.
func testKeysFound(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, keyed("Séisme au Japon", "La terre a tremblé.", "pjp", "cdisaster0earthquake"))
	mustAdd(t, s, keyed("Grève à Paris", "Les trains sont à l'arrêt.", "pfr", "clabour0strike"))
	finds{
		{"a key", key("pjp"), true},
		{"any key of a group", key("pkr", "cdisaster0earthquake"), true},
		{"a key and a word in one group", briefbot.Match{{{Key: "pkr"}, {Phrase: "terre"}}}, true},
		{"a key and a word in two groups", briefbot.Match{{{Key: "pjp"}}, {{Phrase: "tremblé"}}}, true},
		{"a key and a word of another article", briefbot.Match{{{Key: "pjp"}}, {{Phrase: "trains"}}}, false},
		{"part of a key", key("pj"), false},
		{"a longer key", key("pjpn"), false},
		{"a word is no key", terms("pjp"), false},
		{"a word is no key, as a prefix", prefix("cdisaster"), false},
		{"a key is no word", key("terre"), false},
	}.check(t, s, id)
}

func testKeysRoundTrip(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, keyed("Talks", "Delegations met.", "pkr", "pkp", "g1835848"))
	got := mustGet(t, s, id)
	if want := []string{"pkr", "pkp", "g1835848"}; !slices.Equal(got.Keys, want) || got.KeysVersion != 1 {
		t.Errorf("keys = %q version %d, want %q version 1", got.Keys, got.KeysVersion, want)
	}
	plain := mustGet(t, s, mustAdd(t, s, article("Other", "No keys.")))
	if plain.Keys != nil || plain.KeysVersion != 0 {
		t.Errorf("article stored without keys: keys = %#v version %d, want nil and 0", plain.Keys, plain.KeysVersion)
	}
}

func testKeysInvalid(t *testing.T, open opener) {
	s := open(t)
	for name, keys := range map[string][]string{
		"capitals":   {"PKR"},
		"a space":    {"p kr"},
		"a dot":      {"c.strike"},
		"empty":      {""},
		"too long":   {strings.Repeat("k", briefbot.MaxKeyBytes+1)},
		"non-ASCII":  {"pcorée"},
		"one of two": {"pkr", "p-kp"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := s.AddArticle(t.Context(), keyed("Bad keys "+name, "Text "+name, keys...))
			checkCode(t, err, briefbot.EInvalid)
			_, err = s.SearchCandidates(t.Context(), briefbot.Search{Match: key(keys...)})
			checkCode(t, err, briefbot.EInvalid)
		})
	}
	t.Run("negative version", func(t *testing.T) {
		a := keyed("Bad version", "Text", "pkr")
		a.KeysVersion = -1
		_, err := s.AddArticle(t.Context(), a)
		checkCode(t, err, briefbot.EInvalid)
	})
	t.Run("longest key", func(t *testing.T) {
		long := strings.Repeat("k", briefbot.MaxKeyBytes)
		id := mustAdd(t, s, keyed("Long key", "Text of a long key", long))
		if got := searchIDs(t, s, key(long)); !slices.Equal(got, []int64{id}) {
			t.Errorf("search for the longest key = %v, want [%d]", got, id)
		}
	})
}

// testKeysToKeyAndSet walks the articles whose keys are older than a
// version and writes new ones, as an upgrade does.
func testKeysToKeyAndSet(t *testing.T, open opener) {
	s := open(t)
	ctx := t.Context()
	old := mustAdd(t, s, article("Old", "Stored before keys: Séoul."))
	v1 := mustAdd(t, s, keyed("Version one", "Keyed by version 1.", "pkr"))
	v2 := mustAdd(t, s, keyed("Version two", "Keyed by version 2.", "pjp"))
	mustDo(t, s.SetKeys(ctx, []briefbot.ArticleKeys{{ID: v2, Keys: []string{"pjp"}, Version: 2}}))

	toKey := func(version int, after int64, limit int) []int64 {
		t.Helper()
		as, err := s.ArticlesToKey(ctx, version, after, limit)
		mustDo(t, err)
		ids := []int64{}
		for _, a := range as {
			ids = append(ids, a.ID)
		}
		return ids
	}
	if got, want := toKey(2, 0, 0), []int64{old, v1}; !slices.Equal(got, want) {
		t.Errorf("ArticlesToKey(2) = %v, want %v", got, want)
	}
	if got, want := toKey(2, old, 0), []int64{v1}; !slices.Equal(got, want) {
		t.Errorf("ArticlesToKey(2, after %d) = %v, want %v", old, got, want)
	}
	if got, want := toKey(2, 0, 1), []int64{old}; !slices.Equal(got, want) {
		t.Errorf("ArticlesToKey(2, limit 1) = %v, want %v", got, want)
	}
	if got := toKey(1, 0, 0); !slices.Equal(got, []int64{old}) {
		t.Errorf("ArticlesToKey(1) = %v, want [%d]", got, old)
	}
	as, err := s.ArticlesToKey(ctx, 2, 0, 1)
	mustDo(t, err)
	if len(as) != 1 || as[0].Text != "Stored before keys: Séoul." {
		t.Fatalf("ArticlesToKey returned %+v, want the whole old article", as)
	}

	mustDo(t, s.SetKeys(ctx, []briefbot.ArticleKeys{
		{ID: old, Keys: []string{"pkr", "g1835848"}, Version: 2},
		{ID: v1, Keys: nil, Version: 2},
	}))
	if got := toKey(2, 0, 0); len(got) != 0 {
		t.Errorf("ArticlesToKey(2) after SetKeys = %v, want none", got)
	}
	if got := searchIDs(t, s, key("pkr")); !slices.Equal(got, []int64{old}) {
		t.Errorf("search pkr after SetKeys = %v, want [%d] (the old article gained it, version one's lost it)", got, old)
	}
	if got := mustGet(t, s, v1); got.Keys != nil || got.KeysVersion != 2 {
		t.Errorf("article keyed with none: keys %q version %d, want none and 2", got.Keys, got.KeysVersion)
	}
	t.Run("invalid", func(t *testing.T) {
		checkCode(t, s.SetKeys(ctx, []briefbot.ArticleKeys{{ID: old, Keys: []string{"pjp"}, Version: 3}, {ID: v1, Keys: []string{"Bad"}, Version: 3}}), briefbot.EInvalid)
		checkCode(t, s.SetKeys(ctx, []briefbot.ArticleKeys{{ID: old, Version: -1}}), briefbot.EInvalid)
		checkCode(t, s.SetKeys(ctx, make([]briefbot.ArticleKeys, briefbot.MaxLimit+1)), briefbot.EInvalid)
		if got := searchIDs(t, s, key("pjp")); !slices.Equal(got, []int64{v2}) {
			t.Errorf("search pjp after refused SetKeys = %v, want [%d]: nothing written", got, v2)
		}
	})
}

func testSetKeysSkipsRemoved(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, article("Kept", "An article."))
	mustDo(t, s.SetKeys(t.Context(), []briefbot.ArticleKeys{{ID: id + 100, Keys: []string{"pkr"}, Version: 1}, {ID: id, Keys: []string{"pfr"}, Version: 1}}))
	if got := searchIDs(t, s, key("pfr")); !slices.Equal(got, []int64{id}) {
		t.Errorf("search pfr = %v, want [%d]", got, id)
	}
	mustDo(t, s.SetKeys(t.Context(), nil))
}

// testKeysKeptBySetSummary checks that a new summary leaves the keys, and
// their index, as they were.
func testKeysKeptBySetSummary(t *testing.T, open opener) {
	s := open(t)
	id := mustAdd(t, s, keyed("Talks", "Delegations met.", "pkr"))
	mustDo(t, s.SetSummary(t.Context(), id, briefbot.Summary{Summary: "A meeting at Kaesong."}, ""))
	if got := searchIDs(t, s, key("pkr")); !slices.Equal(got, []int64{id}) {
		t.Errorf("search pkr after SetSummary = %v, want [%d]", got, id)
	}
	if got := mustGet(t, s, id); !slices.Equal(got.Keys, []string{"pkr"}) || got.KeysVersion != 1 {
		t.Errorf("keys after SetSummary = %q version %d, want [pkr] version 1", got.Keys, got.KeysVersion)
	}
}

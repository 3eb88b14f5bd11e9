package main

import (
	"context"
	"strings"
	"testing"
)

func TestGen(t *testing.T) {
	env := map[string]string{"BRIEFBOT_DB": t.TempDir() + "/gen.db"}
	out, errs, code := runCLI(t, env, "", "gen", "-n", "600", "-size", "400")
	if code != 0 || !strings.Contains(out, "generated 600 articles") {
		t.Fatalf("gen: code %d, out %q, err %q", code, out, errs)
	}
	a := openTestApp(t, env)
	defer a.Close()
	st, err := a.store.ArticleStats(context.Background())
	if err != nil || st.Articles != 600 {
		t.Fatalf("stats = %+v, %v; want 600 articles", st, err)
	}
	arts, err := a.store.RecentArticles(context.Background(), fixedNow.AddDate(0, 0, -100), 500)
	if err != nil {
		t.Fatal(err)
	}
	stories, langs := map[int64]int{}, map[string]bool{}
	for _, art := range arts {
		stories[art.StoryID]++
		langs[art.Lang] = true
	}
	if len(stories) >= len(arts) || len(langs) < 4 {
		t.Errorf("%d articles in %d stories, in %d languages; want shared stories in 4 languages", len(arts), len(stories), len(langs))
	}
	out, errs, code = runCLI(t, env, "", "brief", "-window", "90d", "korea")
	if code != 0 || !strings.Contains(out, "source") {
		t.Errorf("brief korea on the generated corpus: code %d, out %q, err %q", code, out, errs)
	}
}

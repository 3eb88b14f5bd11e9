package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"

	"briefbot/ask"
)

// mustIngestSeed stores the seed article as published the day before
// fixedNow, or skips the test when the seed is absent.
func mustIngestSeed(t *testing.T, env map[string]string) {
	t.Helper()
	if _, err := os.Stat(seedPath); errors.Is(err, fs.ErrNotExist) {
		t.Skip("seed article not present")
	}
	yesterday := fixedNow.AddDate(0, 0, -1).Format("2006-01-02")
	if _, errs, code := runCLI(t, env, "", "ingest", "-published", yesterday, "-lang", "fr", seedPath); code != 0 {
		t.Fatalf("ingest seed: exit %d: %s", code, errs)
	}
}

func TestAskSeedAfterBrief(t *testing.T) {
	env := dbEnv(t)
	mustIngestSeed(t, env)
	in := "/brief korea\n/ask what did the Kremlin say?\n/ask where did they meet?\n/ask what did the Pope say about football?\n"
	out, errs, code := runCLI(t, env, in, "chat")
	if code != 0 {
		t.Fatalf("chat: exit %d: %s", code, errs)
	}
	// The replies come in the order asked: the brief, then each answer.
	rest := out
	for _, want := range []string{
		"Korea: 1 story",
		"le Kremlin avait déclaré le 15 septembre que Moscou n'avait aucunement l'intention de signer",
		"— Les plus hauts diplomates de Corée du Sud, des États-Unis et du Japon s'étaient mis d'accord, 9 Mar 2026",
		"a rencontré ses homologues américain Antony Blinken et japonais Yoko Kamikawa à New York le 22 septembre",
		"I don't know from the stories I have.",
	} {
		_, after, ok := strings.Cut(rest, want)
		if !ok {
			t.Fatalf("chat answered\n%s\nwant, after what came before, %q", out, want)
		}
		rest = after
	}
}

func TestAskJSONUsesTheConsoleBrief(t *testing.T) {
	env := dbEnv(t)
	mustIngestSeed(t, env)
	if _, errs, code := runCLI(t, env, "/brief korea\n", "chat"); code != 0 {
		t.Fatalf("chat: %s", errs)
	}
	for _, tc := range []struct {
		name  string
		args  []string
		known bool
		want  string
	}{
		{"kremlin", []string{"ask", "-json", "what did the Kremlin say?"}, true, "15 septembre"},
		{"meeting", []string{"ask", "-json", "-chat", "console:local", "where did they meet?"}, true, "New York"},
		{"another chat searches the store", []string{"ask", "-json", "-chat", "telegram:7", "where did the ministers meet?"}, true, "New York"},
		{"another chat's question of verbs alone is about its brief", []string{"ask", "-json", "-chat", "telegram:7", "where did they meet?"}, false, ""},
		{"when, with a denial", []string{"ask", "-json", "when did the Kremlin deny it?"}, true, "le 15 septembre"},
		{"a name across languages", []string{"ask", "-json", "what did Putin want?"}, true, "Poutine souhaite"},
		{"French question", []string{"ask", "-json", "Où se sont-ils rencontrés ?"}, true, "à New York"},
		{"absent", []string{"ask", "-json", "what did the Pope say about football?"}, false, ""},
		{"absent place", []string{"ask", "-json", "what did the Kremlin say about Brazil?"}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := runCLI(t, env, "", tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got ask.View
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if got.Known != tc.known || got.Question == "" {
				t.Fatalf("known = %v, question %q; want %v: %s", got.Known, got.Question, tc.known, out)
			}
			if !tc.known {
				return
			}
			first := got.Answer[0]
			if !strings.Contains(first.Sentence, tc.want) || first.ArticleID == 0 || first.Date != "2026-03-09" {
				t.Errorf("first quote %+v; want %q from the seed, dated 2026-03-09", first, tc.want)
			}
		})
	}
}

func TestAskRefusesBadInput(t *testing.T) {
	env := dbEnv(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no question", []string{"ask"}},
		{"bad chat", []string{"ask", "-chat", "nocolon", "why?"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, errs, code := runCLI(t, env, "", tc.args...); code != 2 {
				t.Errorf("exit %d (%s); want 2", code, errs)
			}
		})
	}
}

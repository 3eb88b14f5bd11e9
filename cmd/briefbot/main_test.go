package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// fixedNow is the fake clock of these tests.
var fixedNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)

const seedPath = "../../../shared/seeds/000_1eee83dda02d9031.txt"

// runCLI runs briefbot with args over buffers and returns stdout, stderr and
// the exit code.
func runCLI(t testing.TB, env map[string]string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	return runCLIOn(t, false, env, stdin, args...)
}

// runCLIOn runs the command line over buffers; tty says whether standard
// input passes for a terminal, as when a user types at it.
func runCLIOn(t testing.TB, tty bool, env map[string]string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), Env{
		Args:   args,
		Getenv: func(k string) string { return env[k] },
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Now:    func() time.Time { return fixedNow },
		TTY:    tty,
	})
	return out.String(), errb.String(), code
}

func dbEnv(t *testing.T) map[string]string {
	t.Helper()
	return map[string]string{"BRIEFBOT_DB": filepath.Join(t.TempDir(), "briefbot.db")}
}

func TestConsoleBriefsKoreaFromSamples(t *testing.T) {
	env := dbEnv(t)
	out, errs, code := runCLIOn(t, true, env, "/help\n/brief korea\n/brief corée 3d\n")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "loaded the bundled sample articles") {
		t.Errorf("samples were not loaded: %s", errs)
	}
	if !strings.Contains(out, "/brief <topic>") {
		t.Errorf("/help does not list /brief:\n%s", out)
	}
	korea := between(out, "Korea:", "Corée:")
	if !strings.Contains(korea, "Corée") {
		t.Errorf("/brief korea has no French Korea story:\n%s", korea)
	}
	if !strings.Contains(korea, "Who:") || !strings.Contains(korea, "Source:") {
		t.Errorf("/brief korea lacks the who/what line or the sources:\n%s", korea)
	}
}

func between(s, from, to string) string {
	_, rest, _ := strings.Cut(s, from)
	before, _, _ := strings.Cut(rest, to)
	return before
}

func TestSamplesRemoveAndNoReload(t *testing.T) {
	env := dbEnv(t)
	if _, errs, code := runCLI(t, env, "", "samples", "load"); code != 0 {
		t.Fatalf("samples load: %s", errs)
	}
	out, errs, code := runCLI(t, env, "", "samples", "remove")
	if code != 0 || !strings.Contains(out, "removed") {
		t.Fatalf("samples remove: %d %s %s", code, out, errs)
	}
	if out, _, _ := runCLI(t, env, "", "brief", "-json", "korea"); strings.Contains(out, "samples.briefbot.invalid") {
		t.Errorf("a removed sample is still briefed:\n%s", out)
	}
}

func TestIngestSeedThenBrief(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skip("shared seeds not present")
	}
	env := dbEnv(t)
	env["BRIEFBOT_CONFIG"] = writeConfig(t, "samples: never\n")
	yesterday := fixedNow.AddDate(0, 0, -1).Format(time.DateOnly)
	out, errs, code := runCLI(t, env, "", "ingest", "-published", yesterday, seedPath)
	if code != 0 || !strings.Contains(out, "1 added") {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	out, errs, code = runCLI(t, env, "/brief korea\n", "chat")
	if code != 0 {
		t.Fatalf("chat: %d %s", code, errs)
	}
	if !strings.Contains(out, "Korea: 1 story") || !strings.Contains(out, "Park Jin") {
		t.Errorf("/brief korea misses the seed story:\n%s", out)
	}
	if strings.Contains(out, "Comment (0)") {
		t.Errorf("boilerplate reached the brief:\n%s", out)
	}
}

func TestSummarizeJSON(t *testing.T) {
	if _, err := os.Stat(seedPath); err != nil {
		t.Skip("shared seeds not present")
	}
	out, errs, code := runCLI(t, dbEnv(t), "", "summarize", "-json", "-published", "2023-09-23", seedPath)
	if code != 0 {
		t.Fatalf("summarize: %d %s", code, errs)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &fields); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"who", "what", "where", "when", "when_text", "summary", "lang"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("field %q missing: %s", k, out)
		}
	}
	if len(fields) != 7 {
		t.Errorf("want exactly 7 fields, got %d: %s", len(fields), out)
	}
	var s briefbot.Summary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if s.Lang != "fr" || s.When != "2023-09-22" || len(s.Who) == 0 {
		t.Errorf("summary = %+v", s)
	}
}

func TestIngestReportsBrokenFilesAndKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "good.txt"), "Storm hits the coast\n\nA storm reached the coast of Brittany on Monday, cutting power to thousands of homes.")
	mustWrite(t, filepath.Join(dir, "bad.json"), `{"title": "broken`)
	env := dbEnv(t)
	env["BRIEFBOT_CONFIG"] = writeConfig(t, "samples: never\n")
	out, errs, code := runCLI(t, env, "", "ingest", "-source", "Test", dir)
	if code == 0 {
		t.Errorf("exit 0 despite a broken file")
	}
	if !strings.Contains(errs, "bad.json") || !strings.Contains(out, "1 added") {
		t.Errorf("out=%q errs=%q", out, errs)
	}
	out, _, _ = runCLI(t, env, "", "brief", "storm")
	if !strings.Contains(out, "Storm hits the coast") {
		t.Errorf("the good file did not land:\n%s", out)
	}
}

func TestHostileTopicsGetClearAnswers(t *testing.T) {
	env := dbEnv(t)
	in := strings.Join([]string{
		`/brief "korea`, `/brief korea*`, `/brief NEAR(korea`, `/brief -korea`, `/brief title:korea`,
		`/brief ` + strings.Repeat("korea ", 600), `/brief ` + strings.Repeat("k", 5000),
	}, "\n") + "\n"
	out, errs, code := runCLI(t, env, in, "chat")
	if code != 0 {
		t.Fatalf("chat: %d %s", code, errs)
	}
	for _, bad := range []string{"SQL", "fts5", "syntax error", "Something went wrong"} {
		if strings.Contains(out, bad) {
			t.Errorf("reply contains %q:\n%s", bad, out)
		}
	}
	if got := strings.Count(out, "Korea: "); got < 3 {
		t.Errorf("FTS syntax in a topic should still brief korea; %d briefs:\n%s", got, out)
	}
}

func TestConfigRedactsSecrets(t *testing.T) {
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = "123456:very-secret-token"
	out, errs, code := runCLI(t, env, "", "config")
	if code != 0 {
		t.Fatalf("config: %d %s", code, errs)
	}
	if strings.Contains(out+errs, "very-secret-token") {
		t.Errorf("secret printed:\n%s", out)
	}
	if !strings.Contains(out, env["BRIEFBOT_DB"]) {
		t.Errorf("config does not show the database in use:\n%s", out)
	}
}

func TestUnknownCommandAndBadFlags(t *testing.T) {
	if _, errs, code := runCLI(t, dbEnv(t), "", "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, dbEnv(t), "", "ingest", "-published", "yesterday", "x"); code != 2 || !strings.Contains(errs, "not a date") {
		t.Errorf("bad date: %d %s", code, errs)
	}
}

func writeConfig(t testing.TB, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	mustWrite(t, path, body)
	return path
}

func mustWrite(t testing.TB, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	env := dbEnv(t)
	other := filepath.Join(t.TempDir(), "other.db")
	if out, errs, code := runCLI(t, env, "", "samples", "load", "-db", other); code != 0 || !strings.Contains(out, "loaded") {
		t.Fatalf("samples load -db: exit %d %s %s", code, out, errs)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("-db after the verb's argument was not used: %v", err)
	}
	out, errs, code := runCLI(t, map[string]string{"BRIEFBOT_DB": other}, "", "brief", "korea", "-n", "1", "-json")
	if code != 0 {
		t.Fatalf("brief korea -n 1 -json: exit %d %s", code, errs)
	}
	var got struct {
		Topic   string            `json:"topic"`
		Stories []json.RawMessage `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Topic != "korea" || len(got.Stories) != 1 {
		t.Errorf("brief korea -n 1 -json = %+v, %v:\n%s", got, err, out)
	}
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "storm.txt"), "Storm hits the coast\n\nA storm reached the coast of Brittany on Monday, cutting power to thousands of homes.")
	if out, errs, code := runCLI(t, env, "", "ingest", dir, "-published", "2024-01-15", "-source", "Test"); code != 0 || !strings.Contains(out, "1 added") {
		t.Errorf("ingest DIR -published: exit %d %s %s", code, out, errs)
	}
	out, errs, code = runCLI(t, env, "", "brief", "storm", "-window", "366d", "-json")
	if code != 0 || !strings.Contains(out, `"seen":"2024-01-15T00:00:00Z"`) {
		t.Errorf("the -published date after the folder was not used: exit %d %s\n%s", code, errs, out)
	}
	if _, errs, code := runCLI(t, env, "", "brief", "-window", "3d", "--", "-n"); code != 0 {
		t.Errorf("-- before a topic that starts with -: exit %d %s", code, errs)
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		out, errs, code := runCLI(t, dbEnv(t), "", args...)
		if code != 0 || errs != "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
		for _, sc := range subcommands() {
			if !strings.Contains(out, "\n  "+sc.name+" ") {
				t.Errorf("%v does not list %s:\n%s", args, sc.name, out)
			}
		}
	}
	for _, args := range [][]string{{"brief", "-h"}, {"help", "brief"}, {"brief", "korea", "--help"}} {
		out, errs, code := runCLI(t, dbEnv(t), "", args...)
		if code != 0 || errs != "" || !strings.HasPrefix(out, "Usage: briefbot brief [-json] [-window 7d] [-n 5] TOPIC") ||
			!strings.Contains(out, "-window") || !strings.Contains(out, "-db PATH") {
			t.Errorf("%v: exit %d, stderr %q, help:\n%s", args, code, errs, out)
		}
	}
	_, errs, code := runCLI(t, dbEnv(t), "", "brief", "-bogus", "korea")
	if code != 2 || !strings.Contains(errs, "flag provided but not defined: -bogus") || !strings.Contains(errs, "usage: briefbot brief [-json]") {
		t.Errorf("an unknown flag: exit %d, stderr %q", code, errs)
	}
}

func TestUnknownCommandSuggestsTheClosest(t *testing.T) {
	for verb, want := range map[string]string{"breif": `did you mean "brief"?`, "subscribe": `did you mean "subscriptions"?`, "docter": `did you mean "doctor"?`} {
		_, errs, code := runCLI(t, dbEnv(t), "", verb, "korea")
		if code != 2 || !strings.Contains(errs, `unknown command "`+verb+`"`) || !strings.Contains(errs, want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", verb, code, errs, want)
		}
	}
}

// TestChatNamesWhatItDoesNotUnderstand checks the strict chat grammar end
// to end: the word that is wrong is named, with what would work.
func TestChatNamesWhatItDoesNotUnderstand(t *testing.T) {
	in := strings.Join([]string{
		"/subscribe japan 07:30 paris",
		"/brief korea 400d",
		"/brief korea 99",
		"/subscribe korea 7h30",
		"/subscribe korea 25:00",
		"/brief 3d",
	}, "\n") + "\n"
	out, errs, code := runCLI(t, dbEnv(t), in, "chat")
	if code != 0 {
		t.Fatalf("chat: exit %d %s", code, errs)
	}
	rest := out
	for _, want := range []string{
		"I don't know the time zone “paris”", "Did you mean Europe/Paris?",
		"“400d” is too long: the longest window is 366 days",
		"I can show 1 to 20 stories; 99 is out of range.",
		"Write the time “7h30” as 07:30",
		"“25:00” is not a time of day: hours go from 00 to 23.",
		"Tell me a topic before “3d”, like /brief korea 3d",
	} {
		_, after, ok := strings.Cut(rest, want)
		if !ok {
			t.Fatalf("chat answered\n%s\nwant, after what came before, %q", out, want)
		}
		rest = after
	}
	if strings.Contains(out, "Subscribed") {
		t.Errorf("a wrong /subscribe subscribed:\n%s", out)
	}
}

package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const llmKey = "sk-cmd-test-secret-42"

// fakeLLM is an httptest fake of the chat-completions API that answers
// each task (told by the schema's name) as a model would, and counts the
// requests of each.
type fakeLLM struct {
	srv  *httptest.Server
	mu   sync.Mutex
	seen map[string]int
	auth []string
}

func newFakeLLM(t *testing.T) *fakeLLM {
	f := &fakeLLM{seen: map[string]int{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeLLM) serve(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Messages       []struct{ Content string }
		ResponseFormat struct {
			JSONSchema struct{ Name string } `json:"json_schema"`
		} `json:"response_format"`
	}
	data, _ := io.ReadAll(r.Body)
	json.Unmarshal(data, &req)
	name := req.ResponseFormat.JSONSchema.Name
	f.mu.Lock()
	f.seen[name]++
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	f.mu.Unlock()
	content, _ := json.Marshal(f.reply(name, req.Messages[1].Content))
	reply, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"message": map[string]string{"content": string(content)}}},
		"usage": map[string]int{"total_tokens": 100}})
	w.Write(reply)
}

// reply is the model's JSON for a task.
func (f *fakeLLM) reply(task, input string) any {
	switch task {
	case "summary":
		return map[string]any{"who": []string{"Marta Lindqvist"}, "what": "The model's what", "where": []string{"Uppsala"},
			"when": "2026-03-09", "when_text": "on Monday", "summary": "The model's one line."}
	case "answer":
		return map[string]any{"known": true, "answer": "The model says so.", "cites": []string{"1"}}
	}
	var in struct{ Items []map[string]string }
	json.Unmarshal([]byte(input), &in)
	for _, it := range in.Items {
		it["what"], it["summary"] = "[en] "+it["what"], "[en] "+it["summary"]
	}
	return in
}

func (f *fakeLLM) count(task string) int { f.mu.Lock(); defer f.mu.Unlock(); return f.seen[task] }

// llmConfig writes a configuration whose llm section (none when tasks is
// "") points at f.
func llmConfig(t *testing.T, f *fakeLLM, tasks string) string {
	body := "samples: auto\n"
	if tasks != "" {
		body += "llm:\n  base_url: " + f.srv.URL + "/v1\n  model: fake\n  tasks: [" + tasks + "]\n  cache_dir: " + filepath.Join(t.TempDir(), "cache") + "\n"
	}
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const llmArticle = "Uppsala council backs tram line\n\nMarta Lindqvist, the mayor of Uppsala, said on Monday that the council backed the new tram line.\n"

func TestSummarizeJSONWithLLM(t *testing.T) {
	f := newFakeLLM(t)
	file := filepath.Join(t.TempDir(), "article.txt")
	os.WriteFile(file, []byte(llmArticle), 0o600)
	env := map[string]string{"BRIEFBOT_LLM_API_KEY": llmKey}
	offline, errs, code := runCLI(t, env, "", "summarize", "-json", "-published", "2026-03-10", "-config", llmConfig(t, f, ""), file)
	if code != 0 || f.count("summary") != 0 {
		t.Fatalf("without an llm section: exit %d, %d requests: %s", code, f.count("summary"), errs)
	}
	out, errs, code := runCLI(t, env, "", "summarize", "-json", "-published", "2026-03-10", "-config", llmConfig(t, f, "summarize"), file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct{ What, Summary string }
	json.Unmarshal([]byte(out), &got)
	if got.What != "The model's what" || got.Summary != "The model's one line." || out == offline {
		t.Errorf("summary = %s, want the model's (offline: %s)", out, offline)
	}
	if f.count("summary") != 1 || f.auth[0] != "Bearer "+llmKey {
		t.Errorf("%d requests, authorization %q", f.count("summary"), f.auth)
	}
	if strings.Contains(errs+out, llmKey) {
		t.Errorf("the key shows: %s", errs)
	}
}

func TestChatWithLLMAnswersAndTranslates(t *testing.T) {
	f := newFakeLLM(t)
	env := dbEnv(t)
	env["BRIEFBOT_LLM_API_KEY"] = llmKey
	out, errs, code := runCLI(t, env, "/brief korea\n/ask who chairs the consortium?\n", "chat", "-config", llmConfig(t, f, "answer, translate"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if f.count("summary") != 0 {
		t.Errorf("%d summaries asked; the summarize task is off", f.count("summary"))
	}
	if f.count("translation") != 1 || !strings.Contains(out, "[en] ") {
		t.Errorf("%d translations; the brief's French story is not in English:\n%s", f.count("translation"), out)
	}
	if f.count("answer") != 1 || !strings.Contains(out, "The model says so.") {
		t.Errorf("%d answers; /ask does not give the model's:\n%s", f.count("answer"), out)
	}
	if strings.Contains(out+errs, llmKey) {
		t.Errorf("the key shows:\n%s", errs)
	}
}

func TestChatWithoutLLMAsksNothing(t *testing.T) {
	f := newFakeLLM(t)
	env := dbEnv(t)
	env["BRIEFBOT_LLM_API_KEY"] = llmKey
	out, errs, code := runCLI(t, env, "/brief korea\n/ask who chairs the consortium?\n", "chat", "-config", llmConfig(t, f, ""))
	if code != 0 || strings.Contains(out, "[en] ") || strings.Contains(out, "The model says") {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if n := f.count("summary") + f.count("answer") + f.count("translation"); n != 0 {
		t.Errorf("%d requests with no llm section", n)
	}
}

func TestEvalLLMPath(t *testing.T) {
	gold, err := os.ReadFile("../../../shared/eval/giveme5w1h-gold/gold_5w1h.jsonl")
	if err != nil {
		t.Skip("no Giveme5W1H gold set beside the repository")
	}
	lines := strings.SplitAfterN(string(gold), "\n", 3)
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	os.WriteFile(path, []byte(lines[0]+lines[1]), 0o600)
	f := newFakeLLM(t)
	args := []string{"eval", "-gold", path, "-winer", t.TempDir(), "-fr-check", filepath.Join(t.TempDir(), "none.jsonl")}
	skipped, errs, code := runCLI(t, map[string]string{}, "", append(args, "-config", llmConfig(t, f, ""))...)
	if code != 0 || !strings.Contains(skipped, "LLM path: skipped") {
		t.Fatalf("without an llm section: exit %d:\n%s%s", code, skipped, errs)
	}
	out, errs, code := runCLI(t, map[string]string{}, "", append(args, "-config", llmConfig(t, f, "summarize"))...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	offline, llmPath, ok := strings.Cut(out, "## LLM path: fake at ")
	if !ok || strings.Count(llmPath, "Giveme5W1H gold") != 1 || !strings.Contains(offline, "Giveme5W1H gold") {
		t.Errorf("the gold table is not printed for both paths:\n%s", out)
	}
	// The fake's summary names no one of these articles: every one falls back.
	if f.count("summary") != 2 || !strings.Contains(llmPath, "map[invalid:2]") {
		t.Errorf("%d summaries asked; want 2 checked and refused:\n%s", f.count("summary"), llmPath)
	}
}

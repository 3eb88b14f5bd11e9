package config

import (
	"bytes"
	"strings"
	"testing"
)

func TestNoLLMSectionIsOff(t *testing.T) {
	cfg, err := Load(writeFile(t, "database: x.db\n"), mapEnv(map[string]string{"BRIEFBOT_LLM_API_KEY": "sk-unused"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.LLM != nil {
		t.Fatalf("LLM = %+v, want nil without an llm section", cfg.LLM)
	}
	for _, task := range []string{TaskSummarize, TaskAnswer, TaskTranslate} {
		if cfg.LLM.Does(task) {
			t.Errorf("Does(%q) with no llm section", task)
		}
	}
}

func TestLLMSectionDefaultsAndKey(t *testing.T) {
	body := "llm:\n  base_url: http://localhost:11434/v1\n  model: llama3.2\n"
	cfg, err := Load(writeFile(t, body), mapEnv(map[string]string{"BRIEFBOT_LLM_API_KEY_FILE": writeSecret(t, "sk-secret-123\n")}))
	if err != nil {
		t.Fatal(err)
	}
	l := cfg.LLM
	if l.APIKey != "sk-secret-123" || l.Timeout != "60s" || l.MaxConcurrency != 2 || len(l.Tasks) != 3 {
		t.Errorf("llm = %+v, want the key from the file and the defaults", l)
	}
	var dump bytes.Buffer
	if err := cfg.Dump(&dump); err != nil {
		t.Fatal(err)
	}
	if out := dump.String(); strings.Contains(out, "sk-secret") || !strings.Contains(out, "api_key: (set, redacted)") {
		t.Errorf("dump shows the key or hides that it is set:\n%s", out)
	}
}

func TestLLMSectionProblems(t *testing.T) {
	body := "llm:\n  base_url: http://user:pw@localhost/v1\n  timeout: soon\n  max_concurrency: 100\n" +
		"  daily_token_budget: -1\n  tasks: [summarize, chat, summarize]\n"
	_, err := Load(writeFile(t, body), mapEnv(nil))
	if err == nil {
		t.Fatal("a bad llm section was accepted")
	}
	for _, want := range []string{"llm.base_url: must hold no user", "llm.model", "llm.timeout", "llm.max_concurrency",
		"llm.daily_token_budget", `llm.tasks: "chat"`, `"summarize" is listed twice`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	if strings.Contains(err.Error(), "pw@") {
		t.Errorf("error shows the password of the URL: %v", err)
	}
}

func TestLLMKeyWithSpaceIsRefusedUnshown(t *testing.T) {
	body := "llm:\n  base_url: https://api.example.org/v1\n  model: m\n"
	_, err := Load(writeFile(t, body), mapEnv(map[string]string{"BRIEFBOT_LLM_API_KEY": "sk-a b"}))
	if err == nil || !strings.Contains(err.Error(), "BRIEFBOT_LLM_API_KEY: the secret") || strings.Contains(err.Error(), "sk-a") {
		t.Errorf("err = %v, want the key refused without showing it", err)
	}
}

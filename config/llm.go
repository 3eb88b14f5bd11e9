package config

import (
	"fmt"
	"net/url"
	"time"
)

// The tasks an LLM may be given; each is off unless listed.
const (
	TaskSummarize = "summarize" // write the Summary fields of an article
	TaskAnswer    = "answer"    // answer /ask from the retrieved sentences
	TaskTranslate = "translate" // translate a story's What and summary into the chat's language
)

// LLM is an OpenAI-compatible chat-completions endpoint (a local Ollama,
// llama.cpp server or vLLM, or a hosted API). With no llm section it is
// nil and nothing ever leaves the machine.
type LLM struct {
	// BaseURL is the API's base, such as http://localhost:11434/v1;
	// requests go to BaseURL + "/chat/completions".
	BaseURL string `yaml:"base_url"`
	Model   string `yaml:"model"`
	// APIKey comes only from BRIEFBOT_LLM_API_KEY (or _FILE); a local
	// server needs none. Never printed.
	APIKey  string `yaml:"-"`
	Timeout string `yaml:"timeout"` // per request, e.g. 60s
	// MaxConcurrency bounds the requests in flight at once, all tasks
	// together: a local model serves one or two at a time.
	MaxConcurrency int `yaml:"max_concurrency"`
	// DailyTokenBudget is how many tokens (prompt and completion) a day
	// may use; past it the offline path serves until the next day. 0: no
	// limit.
	DailyTokenBudget int      `yaml:"daily_token_budget"`
	Tasks            []string `yaml:"tasks"` // default: all three
	// CacheDir keeps the model's summaries by content hash, so that
	// ingesting an article again asks nothing; "": beside the database
	// (DATABASE.llm-cache).
	CacheDir string `yaml:"cache_dir"`
}

// fillDefaults fills what an llm section leaves out.
func (l *LLM) fillDefaults() {
	if l.Timeout == "" {
		l.Timeout = "60s"
	}
	if l.MaxConcurrency == 0 {
		l.MaxConcurrency = 2
	}
	if l.Tasks == nil {
		l.Tasks = []string{TaskSummarize, TaskAnswer, TaskTranslate}
	}
}

// Does reports whether the LLM is configured and given task; a nil LLM
// does nothing.
func (l *LLM) Does(task string) bool {
	if l == nil {
		return false
	}
	for _, t := range l.Tasks {
		if t == task {
			return true
		}
	}
	return false
}

// TimeoutDuration is the per-request timeout, parsed; Load validated it.
func (l *LLM) TimeoutDuration() time.Duration {
	d, _ := time.ParseDuration(l.Timeout)
	return d
}

func (l *LLM) validate() []error {
	if l == nil {
		return nil
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if u, err := url.Parse(l.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("llm.base_url: %q is not an http or https URL, like http://localhost:11434/v1", l.BaseURL)
	} else if u.User != nil || u.RawQuery != "" {
		// A key in the URL would reach logs and errors; it goes in the environment.
		bad("llm.base_url: must hold no user, password or query; the API key goes in BRIEFBOT_LLM_API_KEY")
	}
	if l.Model == "" {
		bad("llm.model: must name the model, like llama3.2")
	}
	if d, err := time.ParseDuration(l.Timeout); err != nil || d <= 0 {
		bad("llm.timeout: %q is not a positive duration such as 60s", l.Timeout)
	}
	if l.MaxConcurrency < 1 || l.MaxConcurrency > 64 {
		bad("llm.max_concurrency: %d is not between 1 and 64", l.MaxConcurrency)
	}
	if l.DailyTokenBudget < 0 {
		bad("llm.daily_token_budget: %d is negative; 0 is no limit", l.DailyTokenBudget)
	}
	return append(errs, validateTasks(l.Tasks)...)
}

func validateTasks(tasks []string) []error {
	var errs []error
	seen := map[string]bool{}
	for _, t := range tasks {
		if !oneOf(t, TaskSummarize, TaskAnswer, TaskTranslate) {
			errs = append(errs, fmt.Errorf("llm.tasks: %q is not summarize, answer or translate", t))
		} else if seen[t] {
			errs = append(errs, fmt.Errorf("llm.tasks: %q is listed twice", t))
		}
		seen[t] = true
	}
	return errs
}

// redactedLLM is how a dump shows the LLM section.
type redactedLLM struct {
	BaseURL          string   `yaml:"base_url"`
	Model            string   `yaml:"model"`
	APIKey           string   `yaml:"api_key"`
	Timeout          string   `yaml:"timeout"`
	MaxConcurrency   int      `yaml:"max_concurrency"`
	DailyTokenBudget int      `yaml:"daily_token_budget"`
	Tasks            []string `yaml:"tasks"`
	CacheDir         string   `yaml:"cache_dir,omitempty"`
}

// MarshalYAML writes the section with its key redacted.
func (l LLM) MarshalYAML() (any, error) {
	r := redactedLLM{BaseURL: l.BaseURL, Model: l.Model, APIKey: "(not set)", Timeout: l.Timeout,
		MaxConcurrency: l.MaxConcurrency, DailyTokenBudget: l.DailyTokenBudget, Tasks: l.Tasks, CacheDir: l.CacheDir}
	if l.APIKey != "" {
		r.APIKey = "(set, redacted)"
	}
	return r, nil
}

package ops

import (
	"net/http/httptest"
	"strings"
	"testing"
)

func TestLLMMetrics(t *testing.T) {
	m := NewMetrics()
	if body := scrape(t, m); strings.Contains(body, "briefbot_llm_") {
		t.Fatalf("LLM series without an LLM:\n%s", body)
	}
	l := m.NewLLM("summarize", "answer")
	l.Tokens("summarize", 420)
	l.Fallback("answer", "citation")
	l.Fallback("answer", "citation")
	body := scrape(t, m)
	for _, want := range []string{
		`briefbot_llm_tokens_total{task="summarize"} 420`,
		`briefbot_llm_tokens_total{task="answer"} 0`,
		`briefbot_llm_fallbacks_total{reason="citation",task="answer"} 2`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	var none *LLMMetrics
	none.Tokens("summarize", 1) // a nil LLMMetrics records nothing, and does not panic
}

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	return rec.Body.String()
}

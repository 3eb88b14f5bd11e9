package ops

import "github.com/prometheus/client_golang/prometheus"

// LLMMetrics are the LLM backend's counters. They exist only when one is
// configured, so that with none /metrics says nothing of it. A nil
// *LLMMetrics records nothing.
type LLMMetrics struct {
	tokens    *prometheus.CounterVec
	fallbacks *prometheus.CounterVec
}

// NewLLM registers the LLM counters on m, with a series at zero for each
// task given; call it once, at wiring. Nil when m is nil.
func (m *Metrics) NewLLM(tasks ...string) *LLMMetrics {
	if m == nil {
		return nil
	}
	l := &LLMMetrics{
		tokens: counterVec("briefbot_llm_tokens_total",
			"Tokens (prompt and completion) the LLM backend used, by task.", "task"),
		fallbacks: counterVec("briefbot_llm_fallbacks_total",
			"Offline results kept instead of the LLM's, by task and reason (budget, timeout, status, error, json, invalid, citation).", "task", "reason"),
	}
	m.reg.MustRegister(l.tokens, l.fallbacks)
	for _, t := range tasks {
		l.tokens.WithLabelValues(label(t))
	}
	return l
}

// Tokens counts n tokens used by task.
func (l *LLMMetrics) Tokens(task string, n int) {
	if l != nil {
		add(l.tokens.WithLabelValues(label(task)), n)
	}
}

// Fallback counts one offline result kept for task, and why.
func (l *LLMMetrics) Fallback(task, reason string) {
	if l != nil {
		l.fallbacks.WithLabelValues(label(task), label(reason)).Inc()
	}
}

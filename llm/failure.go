package llm

import (
	"context"
	"errors"
	"strings"
)

// Why an offline result was kept: the label of the fallbacks metric.
const (
	ReasonBudget   = "budget"   // the daily token budget is spent
	ReasonTimeout  = "timeout"  // the request took longer than llm.timeout
	ReasonStatus   = "status"   // the server answered with an error status
	ReasonError    = "error"    // the server could not be reached
	ReasonJSON     = "json"     // the reply is not the JSON asked for
	ReasonInvalid  = "invalid"  // the JSON says what the text does not (a name it lacks, a date out of range…)
	ReasonCitation = "citation" // an answer cites no sentence, or one it was not given
)

// Failure is why a request gave nothing usable. Msg never holds the API
// key: the client takes it out of everything a server sends back.
type Failure struct {
	Reason string
	Msg    string
}

func (f *Failure) Error() string { return "llm: " + f.Reason + ": " + f.Msg }

// ReasonOf is the reason of err, a *Failure; "error" for any other, ""
// for nil.
func ReasonOf(err error) string {
	if err == nil {
		return ""
	}
	var f *Failure
	if errors.As(err, &f) {
		return f.Reason
	}
	return ReasonError
}

// failure makes a Failure of err with the key taken out of its text: a
// server may quote a wrong key back in its error ("Incorrect API key
// provided: sk-…"), and the Failure ends in the log.
func (c *Client) failure(reason string, err error) error {
	msg := err.Error()
	if c.APIKey != "" {
		msg = strings.ReplaceAll(msg, c.APIKey, "[redacted]")
	}
	return &Failure{Reason: reason, Msg: msg}
}

// reasonOf tells a time-out (the request's context ended) from another
// transport error.
func reasonOf(ctx context.Context, err error) string {
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) {
		return ReasonTimeout
	}
	return ReasonError
}

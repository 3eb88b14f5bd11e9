package briefbot

import (
	"fmt"
	"runtime"
	"strings"
)

// PanicError is a panic in one step of handling one article, feed or
// message, recovered so that the rest goes on. Its message is fit for a log
// line: the panic's value and where it happened, never the text that was
// being read.
type PanicError struct {
	Stage string // what was being done: "summarize", "extract", "command", …
	Value any    // what was passed to panic
	At    string // the function and line that panicked, or "" when unknown
}

func (e *PanicError) Error() string {
	msg := fmt.Sprintf("%s panicked: %v", e.Stage, e.Value)
	if e.At != "" {
		msg += " at " + e.At
	}
	return msg
}

// Contain runs f and turns a panic in it into a *PanicError of stage, so
// that one article, feed or message that trips a bug costs only itself in
// a process that runs for months.
func Contain(stage string, f func()) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Stage: stage, Value: v, At: panicSite()}
		}
	}()
	f()
	return nil
}

// panicSite names the function and line that panicked, such as
// "briefbot/summarize.(*placeFinder).unknownPlace:125", from the stack of a
// recovering deferred call: the first frame outside the runtime after
// runtime.gopanic.
func panicSite() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			panicking = true
		case panicking && !strings.HasPrefix(f.Function, "runtime."):
			return fmt.Sprintf("%s:%d", f.Function, f.Line)
		}
		if !more {
			return ""
		}
	}
}

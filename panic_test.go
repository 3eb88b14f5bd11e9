package briefbot

import (
	"errors"
	"strings"
	"testing"
)

func indexLast(xs []string) string { return xs[len(xs)-1] }

func TestContain(t *testing.T) {
	if err := Contain("summarize", func() {}); err != nil {
		t.Errorf("no panic: err = %v, want nil", err)
	}
	err := Contain("summarize", func() { indexLast(nil) })
	var pe *PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a *PanicError", err)
	}
	if pe.Stage != "summarize" || !strings.Contains(pe.At, "briefbot.indexLast:") {
		t.Errorf("panic error = %+v, want stage summarize at briefbot.indexLast", pe)
	}
	if msg := err.Error(); !strings.Contains(msg, "index out of range [-1]") || !strings.HasPrefix(msg, "summarize panicked") {
		t.Errorf("message = %q", msg)
	}
	if ErrorCode(err) != EInternal {
		t.Errorf("code = %q, want internal", ErrorCode(err))
	}
	if err := Contain("extract", func() { panic(nil) }); err == nil {
		t.Error("panic(nil): err = nil, want a *PanicError")
	}
}

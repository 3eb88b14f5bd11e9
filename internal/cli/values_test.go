package cli

import (
	"bytes"
	"flag"
	"io"
	"testing"
	"time"

	"briefbot"
)

func TestDateFlag(t *testing.T) {
	var d Date
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&d, "published", "")
	if d.String() != "" {
		t.Errorf("no date reads %q", d.String())
	}
	if err := fs.Parse([]string{"-published", "2023-09-23"}); err != nil {
		t.Fatal(err)
	}
	if !d.Equal(time.Date(2023, 9, 23, 0, 0, 0, 0, time.UTC)) || d.String() != "2023-09-23" {
		t.Errorf("date = %v (%q)", d.Time, d.String())
	}
	if err := (&Date{}).Set("23/09/2023"); err == nil || err.Error() != `"23/09/2023" is not a date like 2023-09-23` {
		t.Errorf("a date in another form: %v", err)
	}
}

func TestWant(t *testing.T) {
	check := Want(1, "backup takes one FILE")
	if err := check([]string{"a"}); err != nil {
		t.Errorf("one argument: %v", err)
	}
	for _, args := range [][]string{nil, {"a", "b"}} {
		err := check(args)
		if briefbot.ErrorCode(err) != briefbot.EInvalid || briefbot.ErrorMessage(err) != "backup takes one FILE" {
			t.Errorf("%q: %v", args, err)
		}
	}
}

func TestWriteJSONKeepsMarkup(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, map[string]string{"what": "<b>A & B</b>"}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "{\"what\":\"<b>A & B</b>\"}\n" {
		t.Errorf("wrote %q", got)
	}
	if err := WriteJSON(&buf, func() {}); err == nil {
		t.Errorf("a value JSON cannot hold: %v", err)
	}
}

package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"briefbot"
)

// Date is a flag's value written as a date, YYYY-MM-DD; its zero value is
// no date.
type Date struct{ time.Time }

// String returns the date as written, or "" for none.
func (d *Date) String() string {
	if d == nil || d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// Set reads a date written YYYY-MM-DD.
func (d *Date) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("%q is not a date like 2023-09-23", s)
	}
	d.Time = t
	return nil
}

// Want is a check that a command has n positional arguments; otherwise its
// error (briefbot.EInvalid) says what the command takes.
func Want(n int, takes string) func(args []string) error {
	return func(args []string) error {
		if len(args) != n {
			return briefbot.Errorf(briefbot.EInvalid, "%s", takes)
		}
		return nil
	}
}

// WriteJSON writes v as one line of JSON, leaving <, > and & as they are.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

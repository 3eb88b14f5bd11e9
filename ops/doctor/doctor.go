// Package doctor checks what briefbot needs to run — the database, time
// zones, the feeds, each platform's token, the operator's endpoint — and
// says, for each, what it found and what to do. `briefbot doctor` wires
// it; the checks take the store and the platforms through small
// interfaces, so the package knows no storage or platform technology.
package doctor

import (
	"fmt"
	"io"
	"strings"
)

// Levels of a finding.
const (
	OK   = "ok"
	Warn = "warn"
	Fail = "FAIL"
)

// Finding is one line of the report.
type Finding struct {
	Level string // OK, Warn or Fail
	What  string // what was checked
	Text  string // what was found and, when not ok, what to do
}

// Report gathers findings; a Fail means something must be fixed.
type Report struct {
	Findings []Finding
	Failed   int
}

// OK records a check that passed.
func (r *Report) OK(what, format string, args ...any) { r.add(OK, what, format, args...) }

// Warn records something worth a look that does not stop briefbot.
func (r *Report) Warn(what, format string, args ...any) { r.add(Warn, what, format, args...) }

// Fail records something that must be fixed.
func (r *Report) Fail(what, format string, args ...any) {
	r.Failed++
	r.add(Fail, what, format, args...)
}

func (r *Report) add(level, what, format string, args ...any) {
	r.Findings = append(r.Findings, Finding{level, what, fmt.Sprintf(format, args...)})
}

// Write prints one line per finding, then how many problems to fix.
func (r *Report) Write(w io.Writer) {
	for _, f := range r.Findings {
		fmt.Fprintf(w, "%-5s %-11s %s\n", f.Level, f.What, f.Text)
	}
	switch r.Failed {
	case 0:
		fmt.Fprintln(w, "Nothing to fix.")
	case 1:
		fmt.Fprintln(w, "1 problem to fix.")
	default:
		fmt.Fprintf(w, "%d problems to fix.\n", r.Failed)
	}
}

// OneLine is an error's message on one line.
func OneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

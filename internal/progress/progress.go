// Package progress shows how far a long command has come: a bar redrawn in
// place on a terminal, a plain line at every tenth otherwise (a log file, a
// pipe), nothing for a handful of items.
package progress

import (
	"fmt"
	"io"
	"strings"
)

// Bar reports progress on files read to w.
type Bar struct {
	w    io.Writer
	tty  bool
	last int // the last tenth reported, for plain lines
}

// New returns a Bar writing to w; tty says w is a terminal.
func New(w io.Writer, tty bool) *Bar { return &Bar{w: w, tty: tty} }

const width = 30

// Update reports that done of total files are read.
func (p *Bar) Update(done, total int) {
	if total <= 0 {
		return
	}
	if p.tty {
		filled := width * done / total
		fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), done, total)
		if done == total {
			fmt.Fprintln(p.w)
		}
		return
	}
	if tenth := 10 * done / total; total >= 10 && tenth > p.last {
		p.last = tenth
		fmt.Fprintf(p.w, "briefbot: ingest: %d/%d files read\n", done, total)
	}
}

package main

import (
	"fmt"
	"io"
	"strings"
)

// progress shows how far an ingest has come: a bar redrawn in place on a
// terminal, a plain line at every tenth otherwise.
type progress struct {
	w    io.Writer
	tty  bool
	last int // the last tenth reported, for plain lines
}

const barWidth = 30

func (p *progress) update(done, total int) {
	if total <= 0 {
		return
	}
	if p.tty {
		filled := barWidth * done / total
		fmt.Fprintf(p.w, "\r[%s%s] %d/%d files", strings.Repeat("#", filled), strings.Repeat(" ", barWidth-filled), done, total)
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

package files

import (
	"fmt"
	"strings"

	"briefbot"
)

// invalid is the error for a file that briefbot cannot read; its message
// names the file.
func invalid(name, format string, args ...any) *briefbot.Error {
	return briefbot.Errorf(briefbot.EInvalid, "%s: %s", name, fmt.Sprintf(format, args...))
}

// maxListed is how many broken items one error message lists.
const maxListed = 3

// problems collects the broken items of one file while the good ones are
// read.
type problems struct {
	name  string
	first []string // the first maxListed problems
	count int
}

// add records what is wrong with the item at where, such as "line 3".
func (p *problems) add(where string, err error) {
	p.count++
	switch {
	case len(p.first) == maxListed:
	case where == "":
		p.first = append(p.first, err.Error())
	default:
		p.first = append(p.first, where+": "+err.Error())
	}
}

// err is nil when every item was read, else one EInvalid error that names
// the file and its first broken items.
func (p *problems) err() error {
	if p.count == 0 {
		return nil
	}
	msg := strings.Join(p.first, "; ")
	if n := p.count - len(p.first); n > 0 {
		msg += fmt.Sprintf("; and %d more", n)
	}
	return invalid(p.name, "%s", msg)
}

package ask

import (
	"strings"

	"briefbot/lang"
)

// Sentences splits an article's text into the sentences an answer may
// quote: the sentences of each line (see lang.Sentences), without the bars
// that frame a caption ("| A caption. |"), and without those that hold a
// web address (a page's link line, a "read more at" line).
func Sentences(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		for _, s := range lang.Sentences(strings.Trim(line, " \t\r\n|")) {
			if !strings.Contains(s, "://") { // a web address is no answer
				out = append(out, s)
			}
		}
	}
	return out
}

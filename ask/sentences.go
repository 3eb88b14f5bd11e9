package ask

import (
	"strings"

	"briefbot/lang"
)

// Sentences splits an article's text into the sentences an answer may
// quote: the sentences of each line (see lang.Sentences), without the bars
// that frame a caption ("| A caption. |").
func Sentences(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		out = append(out, lang.Sentences(strings.Trim(line, " \t\r\n|"))...)
	}
	return out
}

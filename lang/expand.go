package lang

import (
	"errors"
	"fmt"
	"strings"
)

// expandAll reads a concept's words as a lexicon writes them: words and
// phrases separated by commas, each with its inflections in parentheses,
// and returns them folded (as Words folds them, joined by spaces), each
// once, in the order written. A group of alternatives, "(a|b)", stands
// for one of them; a group of one, "(s)", may be left out:
//
//	séisme(s)               séisme, séismes
//	élu(e)(s)               élu, élue, élus, élues
//	remplac(er|é|ée|és|ées) remplacer, remplacé, remplacée, remplacés, remplacées
//	tremblement(s) de terre tremblement de terre, tremblements de terre
func expandAll(words string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, entry := range strings.Split(words, ",") {
		if strings.TrimSpace(entry) == "" {
			continue
		}
		forms, err := expand(entry)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", strings.TrimSpace(entry), err)
		}
		for _, f := range forms {
			if t := strings.Join(Words(f), " "); t != "" && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no words")
	}
	return out, nil
}

// expand returns the forms of one entry, in the order of its groups'
// alternatives.
func expand(entry string) ([]string, error) {
	forms := []string{""}
	for rest := entry; rest != ""; {
		open := strings.IndexAny(rest, "()|")
		if open < 0 {
			return appendEach(forms, []string{rest}), nil
		}
		if rest[open] != '(' {
			return nil, fmt.Errorf("%q outside parentheses", rest[open])
		}
		end := strings.IndexAny(rest[open+1:], "()")
		if end < 0 || rest[open+1+end] != ')' {
			return nil, errors.New("unclosed parenthesis")
		}
		alts := strings.Split(rest[open+1:open+1+end], "|")
		if len(alts) == 1 {
			alts = []string{"", alts[0]}
		}
		forms = appendEach(appendEach(forms, []string{rest[:open]}), alts)
		rest = rest[open+1+end+1:]
	}
	return forms, nil
}

// appendEach returns every form followed by every ending, the forms'
// order first.
func appendEach(forms, endings []string) []string {
	out := make([]string, 0, len(forms)*len(endings))
	for _, f := range forms {
		for _, e := range endings {
			out = append(out, f+e)
		}
	}
	return out
}

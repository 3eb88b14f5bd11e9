package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"briefbot/lang"
	"briefbot/summarize"
	"briefbot/summarize/eval"
	"briefbot/summarize/internal/tagger"
)

// article is one WiNER-fr article cut into labelled sentences.
type article struct {
	id    string
	sents []tagger.Sentence
}

// entity is one BRAT label, in character offsets of the text.
type entity struct {
	kind       tagger.Kind
	start, end int
}

// kinds maps the WiNER-fr types the tagger learns; the others (dates,
// events, products) are left outside names.
var kinds = map[string]tagger.Kind{
	"Person":       tagger.Person,
	"Location":     tagger.Location,
	"Organization": tagger.Organization,
}

// loadCorpus reads the WiNER-fr articles of dir, sorted by id, but those
// RESERVED.txt keeps for independent evaluation and those of exclude.
func loadCorpus(dir string, exclude map[string]bool) ([]article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "20*", "*", "*.ann"))
	if err != nil {
		return nil, err
	}
	reserved, err := eval.LoadReserved(dir)
	if err != nil {
		return nil, err
	}
	var out []article
	for _, ann := range files {
		id := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if reserved[id] || exclude[id] {
			continue
		}
		a, err := loadArticle(strings.TrimSuffix(ann, ".ann"))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b article) int { return strings.Compare(a.id, b.id) })
	return out, nil
}

// goldIDs reads the article ids of a JSON-lines gold file: those the
// generator leaves out of the corpus, and those marked "tagger": "held-out",
// articles added to the gold from the tagger's held-out ones, which stay in
// the corpus so that the split is unchanged but must fall in the held-out
// part.
func goldIDs(path string) (exclude, heldOut map[string]bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	exclude, heldOut = map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ ID, Tagger string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		if r.Tagger == "held-out" {
			heldOut[r.ID] = true
		} else {
			exclude[r.ID] = true
		}
	}
	return exclude, heldOut, sc.Err()
}

func loadArticle(base string) (article, error) {
	raw, err := os.ReadFile(base + ".txt")
	if err != nil {
		return article{}, err
	}
	ents, err := readAnn(base+".ann", string(raw))
	if err != nil {
		return article{}, err
	}
	return article{id: filepath.Base(base), sents: label(string(raw), ents)}, nil
}

// readAnn reads the labels of the kinds the tagger learns, checking each
// surface against the text: offsets count characters (runes), not bytes.
func readAnn(path, text string) ([]entity, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	runes := []rune(text)
	var out []entity
	for _, line := range strings.Split(string(raw), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) < 3 || !strings.HasPrefix(cols[0], "T") {
			continue
		}
		f := strings.Fields(strings.Split(cols[1], ";")[0])
		if len(f) < 3 || kinds[f[0]] == tagger.None {
			continue
		}
		k := kinds[f[0]]
		s, err1 := strconv.Atoi(f[1])
		e, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || s < 0 || e > len(runes) || s >= e || string(runes[s:e]) != cols[2] {
			continue // a label whose surface is not the text at its offsets
		}
		out = append(out, entity{kind: k, start: s, end: e})
	}
	return outermost(out), nil
}

// outermost drops the labels that lie inside another: a place inside an
// organisation's name is part of that name.
func outermost(ents []entity) []entity {
	var out []entity
	for i, a := range ents {
		inside := false
		for j, b := range ents {
			if i != j && b.start <= a.start && a.end <= b.end && (b.end-b.start > a.end-a.start || j < i) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, a)
		}
	}
	return out
}

// label cuts the text into sentences as the summarizer does (by line,
// then lang.Sentences) and labels each token a label covers whole.
func label(text string, ents []entity) []tagger.Sentence {
	var out []tagger.Sentence
	lineAt := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		from := 0
		for _, st := range lang.Sentences(line) {
			k := strings.Index(line[from:], st)
			if k < 0 {
				continue
			}
			at := lineAt + from + k
			from += k + len(st)
			out = append(out, labelSentence(text, at, st, ents))
		}
		lineAt += len(line)
	}
	return out
}

// labelSentence labels the tokens of the sentence st at byte at of text.
func labelSentence(text string, at int, st string, ents []entity) tagger.Sentence {
	toks := summarize.Tokens(st)
	s := tagger.Sentence{Words: make([]string, len(toks)), Labels: make([]tagger.Label, len(toks))}
	base := utf8.RuneCountInString(text[:at])
	inside := -1 // the entity the previous token lies in
	for i, t := range toks {
		s.Words[i] = t.Text
		start := base + utf8.RuneCountInString(st[:t.Start])
		end := start + utf8.RuneCountInString(t.Text)
		e := covering(ents, start, end)
		if e >= 0 {
			s.Labels[i] = tagger.LabelOf(ents[e].kind, e == inside)
		}
		inside = e
	}
	return s
}

// covering finds the label that holds the characters start..end.
func covering(ents []entity, start, end int) int {
	for i, e := range ents {
		if e.start <= start && end <= e.end {
			return i
		}
	}
	return -1
}

package eval

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"briefbot"
)

// entity is one labelled span of a WiNER-fr article.
type entity struct {
	typ        string
	start, end int
	text       string
}

// WinerArticle is one WiNER-fr article with its entity labels.
type WinerArticle struct {
	ID       string
	Doc      briefbot.Document
	leadEnd  int // rune offset where the lead paragraph ends
	entities []entity
}

// LoadWiner reads every article of the WiNER-fr folder (BRAT .txt and .ann
// pairs named YYYY_MM_DD-NNN) but those RESERVED.txt keeps for independent
// evaluation.
func LoadWiner(dir string) ([]WinerArticle, error) {
	files, err := filepath.Glob(filepath.Join(dir, "20*", "*", "*.ann"))
	if err != nil {
		return nil, err
	}
	reserved, err := LoadReserved(dir)
	if err != nil {
		return nil, err
	}
	var out []WinerArticle
	for _, ann := range files {
		if reserved[strings.TrimSuffix(filepath.Base(ann), ".ann")] {
			continue
		}
		a, err := loadWinerArticle(strings.TrimSuffix(ann, ".ann"))
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

func loadWinerArticle(base string) (WinerArticle, error) {
	raw, err := os.ReadFile(base + ".txt")
	if err != nil {
		return WinerArticle{}, err
	}
	text := string(raw)
	id := filepath.Base(base)
	a := WinerArticle{ID: id}
	title, body, _ := strings.Cut(text, "\n\n")
	pub, _ := time.Parse("2006_01_02", id[:min(10, len(id))])
	a.Doc = briefbot.Document{Title: strings.TrimSpace(title), Text: body, Lang: "fr", Published: pub}
	leadEnd := len(text)
	if k := strings.Index(body, "\n"); k >= 0 {
		leadEnd = len(title) + 2 + k
	}
	a.leadEnd = utf8.RuneCountInString(text[:leadEnd])
	a.entities, err = readAnn(base + ".ann")
	return a, err
}

// readAnn reads the text-bound annotations of a BRAT file. Offsets count
// characters; they are kept as such and compared against rune offsets.
func readAnn(path string) ([]entity, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entity
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 || !strings.HasPrefix(cols[0], "T") {
			continue
		}
		f := strings.Fields(strings.Split(cols[1], ";")[0])
		if len(f) < 3 {
			continue
		}
		s, _ := strconv.Atoi(f[1])
		e, _ := strconv.Atoi(f[2])
		out = append(out, entity{typ: f[0], start: s, end: e, text: cols[2]})
	}
	return out, sc.Err()
}

// PR counts matches for precision and recall.
type PR struct {
	Predicted, Correct  int // our entities, and those that match a label
	Gold, Found         int // labelled lead entities, and those we gave
	CorrectAnywhere     int // our entities matching a label anywhere in the article
	Articles, Abstained int
}

// Precision is the share of our entities that match a lead label.
func (p PR) Precision() float64 { return ratio(p.Correct, p.Predicted) }

// Recall is the share of distinct lead labels that we gave.
func (p PR) Recall() float64 { return ratio(p.Found, p.Gold) }

// PrecisionAnywhere is the share of our entities labelled anywhere.
func (p PR) PrecisionAnywhere() float64 { return ratio(p.CorrectAnywhere, p.Predicted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WinerScores runs sum over the articles and scores who against Person
// and Organization labels, where against Location labels, in the headline
// and lead paragraph.
func WinerScores(ctx context.Context, sum briefbot.Summarizer, arts []WinerArticle) (who, where PR, err error) {
	for _, a := range arts {
		s, err := sum.Summarize(ctx, a.Doc)
		if err != nil {
			return who, where, err
		}
		who.add(s.Who, a.labels(a.leadEnd, "Person", "Organization"), a.labels(-1, "Person", "Organization"))
		where.add(s.Where, a.labels(a.leadEnd, "Location"), a.labels(-1, "Location"))
	}
	return who, where, nil
}

// labels lists the distinct folded surfaces of the given types that start
// before end (a rune offset; -1 for the whole article).
func (a WinerArticle) labels(end int, types ...string) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range a.entities {
		if end >= 0 && e.start >= end {
			continue
		}
		for _, t := range types {
			if e.typ == t && !seen[norm(e.text)] {
				seen[norm(e.text)] = true
				out = append(out, norm(e.text))
			}
		}
	}
	return out
}

func (p *PR) add(ours []string, lead, anywhere []string) {
	p.Articles++
	if len(ours) == 0 {
		p.Abstained++
	}
	p.Gold += len(lead)
	found := map[string]bool{}
	for _, o := range ours {
		p.Predicted++
		if m := matchLabel(norm(o), lead); m != "" {
			p.Correct++
			found[m] = true
		}
		if matchLabel(norm(o), anywhere) != "" {
			p.CorrectAnywhere++
		}
	}
	p.Found += len(found)
}

// matchLabel finds the label an entity matches: the same words, or one
// holding all the words of the other ("Park Jin" and "M. Park Jin").
func matchLabel(o string, labels []string) string {
	for _, l := range labels {
		if o == l || containsWords(o, l) || containsWords(l, o) {
			return l
		}
	}
	return ""
}

func containsWords(long, short string) bool {
	return short != "" && strings.Contains(" "+long+" ", " "+short+" ")
}

// norm folds a name for comparison: lower case, punctuation as spaces.
func norm(s string) string { return strings.Join(Tokens(strings.ReplaceAll(s, "’", "'")), " ") }

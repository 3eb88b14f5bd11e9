package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"briefbot"
)

// The kinds of question.
const (
	Answerable = "answerable" // one sentence of the articles answers it
	Absent     = "absent"     // the articles say nothing that answers it
	NearMiss   = "near-miss"  // they hold something close: another year's figure, another person's words
)

// The splits of a set: the development questions, and the test third that
// is scored only at the end of a piece of work.
const (
	Dev  = "dev"
	Test = "test"
)

// Question is one question of the set and what answers it.
type Question struct {
	ID       string   `json:"id"`
	Split    string   `json:"split"`     // Dev or Test
	LangPair string   `json:"lang_pair"` // question's language, then the story's: "en-fr"
	Articles []string `json:"articles"`  // the chat's last brief, as paths relative to the shared folder
	Text     string   `json:"question"`  // the question as asked
	Answers  []string `json:"answers"`   // accepted answers; none when the articles do not answer
	Kind     string   `json:"kind"`      // Answerable, Absent or NearMiss
	Note     string   `json:"note,omitempty"`
}

// Answerable reports whether the question has an answer in its articles.
func (q Question) Answerable() bool { return len(q.Answers) > 0 }

// Group is the row of the report a question counts in: its language pair,
// French questions counted together ("fr-*").
func (q Question) Group() string {
	if strings.HasPrefix(q.LangPair, "fr-") {
		return "fr-*"
	}
	return q.LangPair
}

// Set is a question set with the articles it names, by the names the
// questions give them; all of them go in the store, so that each
// question's brief has the others' articles as competition.
type Set struct {
	Questions []Question
	Articles  map[string]briefbot.Article
}

// LoadSet reads the questions of a JSON lines file and the articles they
// name from the shared folder.
func LoadSet(path, shared string) (Set, error) {
	qs, err := LoadQuestions(path)
	if err != nil {
		return Set{}, err
	}
	set := Set{Questions: qs, Articles: map[string]briefbot.Article{}}
	for _, q := range qs {
		for _, p := range q.Articles {
			if _, ok := set.Articles[p]; ok {
				continue
			}
			a, err := ReadArticle(filepath.Join(shared, filepath.FromSlash(p)))
			if err != nil {
				return Set{}, fmt.Errorf("eval: question %s: %w", q.ID, err)
			}
			set.Articles[p] = a
		}
	}
	return set, nil
}

// LoadQuestions reads a question set, one JSON object a line, and checks
// each question's fields.
func LoadQuestions(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var qs []Question
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, n, err)
		}
		if err := q.check(seen); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, n, err)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	return qs, nil
}

// check vets a question's fields; seen holds the ids read so far.
func (q Question) check(seen map[string]bool) error {
	switch {
	case q.ID == "" || seen[q.ID]:
		return fmt.Errorf("question id %q is empty or repeated", q.ID)
	case q.Split != Dev && q.Split != Test:
		return fmt.Errorf("question %s: split %q, want %s or %s", q.ID, q.Split, Dev, Test)
	case len(q.Articles) == 0 || strings.TrimSpace(q.Text) == "":
		return fmt.Errorf("question %s: no articles or no question", q.ID)
	case (q.Kind == Answerable) != q.Answerable() || (q.Kind != Answerable && q.Kind != Absent && q.Kind != NearMiss):
		return fmt.Errorf("question %s: kind %q with %d answers", q.ID, q.Kind, len(q.Answers))
	}
	seen[q.ID] = true
	return nil
}

// InSplit returns the questions of a split; "all" is every question.
func InSplit(qs []Question, split string) []Question {
	var out []Question
	for _, q := range qs {
		if split == "all" || q.Split == split {
			out = append(out, q)
		}
	}
	return out
}

// Package eval measures summaries against human answers: the Giveme5W1H
// English gold (token-F1 against the best-matching coder phrase), the
// WiNER-fr French entity labels (precision and recall of who and where),
// and a small French who/what/where/when check set.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"briefbot"
)

// Fields are the summary fields scored, in report order.
var Fields = []string{"who", "what", "when", "where"}

// Phrase is one gold answer; Text "" means the coders agreed there is none.
type Phrase struct {
	Text   string `json:"text"`
	Parsed string `json:"parsed"`
}

// Record is one gold article.
type Record struct {
	ID          string              `json:"id"`
	Split       string              `json:"split"`
	Title       string              `json:"title"`
	Description string              `json:"description"`
	Text        string              `json:"text"`
	DatePublish string              `json:"date_publish"`
	Lang        string              `json:"lang,omitempty"` // the article's language when known, else detected
	Gold        map[string][]Phrase `json:"gold"`
	// Tagger is "held-out" for a French gold article added from those the
	// French name tagger holds out, which it was never trained on.
	Tagger string `json:"tagger,omitempty"`
}

// Test reports whether the record is held out for testing; every other
// record is development data.
func (r Record) Test() bool { return r.Split == "test" }

// Document is the document the bot would ingest: the headline, the
// standfirst as first paragraph, the body.
func (r Record) Document() briefbot.Document {
	text := r.Text
	if d := strings.TrimSpace(r.Description); d != "" && !strings.HasPrefix(text, d[:min(len(d), 40)]) {
		text = d + "\n" + text
	}
	pub, _ := time.Parse(time.DateTime, r.DatePublish)
	return briefbot.Document{Title: r.Title, Text: text, Published: pub, Lang: r.Lang}
}

// LoadGold reads gold_5w1h.jsonl.
func LoadGold(path string) ([]Record, error) {
	var recs []Record
	err := readJSONL(path, func(line []byte) error {
		var r Record
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		for f, ps := range r.Gold {
			for i, p := range ps {
				if strings.EqualFold(strings.TrimSpace(p.Text), "NULL") {
					r.Gold[f][i].Text = ""
				}
			}
		}
		recs = append(recs, r)
		return nil
	})
	return recs, err
}

// LoadGiveme5W1H reads the cached Giveme5W1H outputs as summaries, keyed
// by article id: each question's top candidate. Articles whose output
// lacks the who question are left out.
func LoadGiveme5W1H(path string) (map[string]briefbot.Summary, error) {
	out := map[string]briefbot.Summary{}
	err := readJSONL(path, func(line []byte) error {
		var r struct {
			ID   string                             `json:"id"`
			Pred map[string][]struct{ Text string } `json:"pred"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		if _, ok := r.Pred["who"]; !ok {
			return nil
		}
		top := func(q string) string {
			if len(r.Pred[q]) == 0 {
				return ""
			}
			return r.Pred[q][0].Text
		}
		out[r.ID] = briefbot.Summary{Who: nonEmpty(top("who")), What: top("what"), Where: nonEmpty(top("where")), WhenText: top("when")}
		return nil
	})
	return out, err
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

func readJSONL(path string, each func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := each(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

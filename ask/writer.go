package ask

import (
	"context"
	"strconv"
)

// maxWriterSentences bounds the sentences a Writer is shown: the best
// covered, which hold the answer when any does.
const maxWriterSentences = 12

// Writer writes an answer in words from the sentences retrieved for a
// question, citing them by id: a language model. It is shown nothing else
// of the stories.
type Writer interface {
	WriteAnswer(ctx context.Context, q Evidence) (Written, error)
}

// Evidence is what a Writer reads: the question, the chat's language and
// the retrieved sentences, each with an id.
type Evidence struct {
	Question  string
	Lang      string // the language to answer in, "" for bot.DefaultLang
	Sentences []Evident
}

// Evident is one retrieved sentence.
type Evident struct {
	ID       string // "1", "2"…
	Sentence string
	Source   string // the article's source, or its headline
	Date     string // YYYY-MM-DD, "" when unknown
}

// Written is a Writer's answer: the text and the ids of the sentences it
// rests on, or Unknown when they support no answer.
type Written struct {
	Text    string
	Cites   []string
	Unknown bool
}

// written has the Writer answer from read. Its answer is taken only when
// it cites at least one sentence and only sentences it was shown, or says
// it does not know; otherwise, and when it fails, the offline answer
// stands (the Writer logs why).
func (a *Asker) written(ctx context.Context, ans Answer, lang string, read []Quote) Answer {
	read = read[:min(len(read), maxWriterSentences)]
	ev := Evidence{Question: ans.Question, Lang: lang}
	byID := map[string]Quote{}
	for i, q := range read {
		id := strconv.Itoa(i + 1)
		byID[id] = q
		ev.Sentences = append(ev.Sentences, Evident{ID: id, Sentence: q.Sentence, Source: sourceOf(q), Date: dateOf(q)})
	}
	w, err := a.Writer.WriteAnswer(ctx, ev)
	if err != nil {
		return ans
	}
	if w.Unknown {
		return Answer{Question: ans.Question, Topic: ans.Topic}
	}
	cited, ok := citedQuotes(w.Cites, byID)
	if !ok || w.Text == "" {
		return ans
	}
	return Answer{Question: ans.Question, Topic: ans.Topic, Quotes: cited, Written: w.Text}
}

// citedQuotes are the quotes of ids, in order and without repeats; false
// when ids cite none or one not shown.
func citedQuotes(ids []string, byID map[string]Quote) ([]Quote, bool) {
	var out []Quote
	seen := map[string]bool{}
	for _, id := range ids {
		q, ok := byID[id]
		if !ok {
			return nil, false
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, q)
		}
	}
	return out, len(out) > 0
}

func sourceOf(q Quote) string {
	if q.Article.Source != "" {
		return q.Article.Source
	}
	return q.Article.Title
}

func dateOf(q Quote) string {
	if t := q.Article.Seen(); !t.IsZero() {
		return t.Format("2006-01-02")
	}
	return ""
}

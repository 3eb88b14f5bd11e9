package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"briefbot"
)

// ReadArticle reads one article of the shared evaluation data, by its
// file's kind: a Giveme5W1H BBC article (.json), a WiNER-fr French
// Wikinews text (.txt), or an English Wikinews document of SemEval-2015
// Task 4 (.tml, TimeML).
func ReadArticle(path string) (briefbot.Article, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return briefbot.Article{}, err
	}
	var a briefbot.Article
	switch filepath.Ext(path) {
	case ".json":
		a, err = bbcArticle(raw)
	case ".txt":
		a, err = winerArticle(path, string(raw))
	case ".tml":
		a, err = timeMLArticle(string(raw))
	default:
		err = fmt.Errorf("not a .json, .txt or .tml article")
	}
	if err == nil && (a.Title == "" || strings.TrimSpace(a.Text) == "") {
		err = fmt.Errorf("no title or no text")
	}
	if err != nil {
		return briefbot.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// bbcArticle reads a Giveme5W1H BBC article: its title, text and
// publication date (null for some).
func bbcArticle(raw []byte) (briefbot.Article, error) {
	var v struct {
		Title       string  `json:"title"`
		Text        string  `json:"text"`
		DatePublish *string `json:"date_publish"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return briefbot.Article{}, err
	}
	a := briefbot.Article{Source: "BBC News", Title: v.Title, Text: v.Text, Lang: "en"}
	if v.DatePublish != nil {
		a.Published, _ = time.Parse("2006-01-02T15:04:05", *v.DatePublish)
	}
	return a, nil
}

// winerArticle reads a WiNER-fr text: the headline, a blank line, the body;
// the date is in the file's name (2016_03_24-003), the address in the
// month's list of URLs beside the month's folder, when it is there.
func winerArticle(path, text string) (briefbot.Article, error) {
	title, body, ok := strings.Cut(text, "\n\n")
	if !ok {
		return briefbot.Article{}, fmt.Errorf("no blank line after the headline")
	}
	id := strings.TrimSuffix(filepath.Base(path), ".txt")
	a := briefbot.Article{Source: "Wikinews", Title: strings.TrimSpace(title), Text: body, Lang: "fr"}
	a.Published, _ = time.Parse("2006_01_02", id[:min(len(id), 10)])
	if !a.Published.IsZero() {
		month := filepath.Join(filepath.Dir(filepath.Dir(path)), a.Published.Format("2006-01")+"-urls.txt")
		a.URL = winerURL(month, id)
	}
	return a, nil
}

// winerURL finds an article's address in a list of "id<TAB>URL" lines; ""
// when the list or the id is missing.
func winerURL(list, id string) string {
	f, err := os.Open(list)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, url, ok := strings.Cut(sc.Text(), "\t"); ok && k == id {
			return strings.TrimSpace(url)
		}
	}
	return ""
}

var (
	timeMLSentence = regexp.MustCompile(`(?s)<s id="\d+">(.*?)</s>`)
	timeMLTag      = regexp.MustCompile(`<[^>]*>`)
	timeMLTitle    = regexp.MustCompile(`(?s)<EXTRAINFO>(.*?)</EXTRAINFO>`)
	timeMLDate     = regexp.MustCompile(`<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})"`)
)

// timeMLArticle reads a SemEval TimeML document: the headline, the
// creation date, and the tokenised sentences after the headline and the
// dateline, each made a line of plain text again.
func timeMLArticle(doc string) (briefbot.Article, error) {
	a := briefbot.Article{Source: "Wikinews", Lang: "en"}
	if m := timeMLTitle.FindStringSubmatch(doc); m != nil {
		a.Title = detokenize(html.UnescapeString(m[1]))
	}
	if m := timeMLDate.FindStringSubmatch(doc); m != nil {
		a.Published, _ = time.Parse(time.DateOnly, m[1])
	}
	var lines []string
	for i, m := range timeMLSentence.FindAllStringSubmatch(doc, -1) {
		if i >= 2 { // the headline, then the dateline
			lines = append(lines, detokenize(html.UnescapeString(timeMLTag.ReplaceAllString(m[1], ""))))
		}
	}
	a.Text = strings.Join(lines, "\n")
	return a, nil
}

// detokenize joins the tokens of a tokenised sentence as text is written:
// no space before closing punctuation and clitics, none after opening
// brackets and currency signs, “ and ” as straight quotes.
func detokenize(s string) string {
	var b strings.Builder
	glue := true // no space before the next token
	open := false
	for _, tok := range strings.Fields(s) {
		switch {
		case tok == "``":
			tok, open = `"`, true
		case tok == "''":
			tok, glue = `"`, true
		case tok == "#":
			tok = "£"
		}
		if !glue && !closes(tok) {
			b.WriteByte(' ')
		}
		b.WriteString(tok)
		glue = open || tok == "(" || tok == "$" || strings.HasSuffix(tok, "$") || tok == "£"
		open = false
	}
	return b.String()
}

// closes reports whether a token attaches to the one before it.
func closes(tok string) bool {
	switch tok {
	case ",", ".", ";", ":", "%", ")", "?", "!", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m":
		return true
	}
	return false
}

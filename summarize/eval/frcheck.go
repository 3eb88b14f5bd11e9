package eval

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// LoadFrenchCheck reads the hand-made French check set: one JSON object a
// line with an article id and its gold phrases, in the gold file's shape.
// The texts come from docsDir (the wikinews-fr-100 documents folder),
// "<id>.html"; records whose text is missing are left out.
func LoadFrenchCheck(path, docsDir string) ([]Record, error) {
	var recs []Record
	err := readJSONL(path, func(line []byte) error {
		var r Record
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		raw, err := os.ReadFile(filepath.Join(docsDir, r.ID+".html"))
		if os.IsNotExist(err) {
			return nil
		}
		if err != nil {
			return err
		}
		r.Title, r.Description, r.Text = readWikinewsHTML(string(raw))
		recs = append(recs, r)
		return nil
	})
	return recs, err
}

var (
	reH1  = regexp.MustCompile(`(?s)<h1>(.*?)</h1>`)
	reH2  = regexp.MustCompile(`(?s)<h2>(.*?)</h2>`)
	rePar = regexp.MustCompile(`(?s)<p>(.*?)</p>`)
	reTag = regexp.MustCompile(`<[^>]*>`)
)

// readWikinewsHTML reads the minimal pages of wikinews-fr-100: the
// headline in h1, the standfirst in h2, paragraphs in p.
func readWikinewsHTML(page string) (title, lead, body string) {
	text := func(s string) string {
		s = strings.ReplaceAll(reTag.ReplaceAllString(s, ""), "\u00ad", "")
		return strings.Join(strings.Fields(html.UnescapeString(s)), " ")
	}
	if m := reH1.FindStringSubmatch(page); m != nil {
		title = text(m[1])
	}
	if m := reH2.FindStringSubmatch(page); m != nil {
		lead = text(m[1])
	}
	var pars []string
	for _, m := range rePar.FindAllStringSubmatch(page, -1) {
		pars = append(pars, text(m[1]))
	}
	return title, lead, strings.Join(pars, "\n")
}

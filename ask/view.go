package ask

// View is an answer as `briefbot ask -json` prints it. Its shape is a
// contract for scripts: Answer is never null.
type View struct {
	Question string      `json:"question"`
	Answer   []QuoteView `json:"answer"`
	Known    bool        `json:"known"`
	// Written is the answer in words a language model wrote from the
	// quotes it cites; left out when there is none.
	Written string `json:"written,omitempty"`
}

// QuoteView is one quoted sentence of a View, with its article.
type QuoteView struct {
	Sentence  string `json:"sentence"`
	Span      string `json:"span,omitempty"` // the words of the sentence that answer; left out when the question asks for none
	Source    string `json:"source"`
	URL       string `json:"url"`
	Date      string `json:"date"` // YYYY-MM-DD, "" when unknown
	ArticleID int64  `json:"article_id"`
}

// ViewOf is the View of an answer.
func ViewOf(ans Answer) View {
	v := View{Question: ans.Question, Answer: []QuoteView{}, Known: ans.Known(), Written: ans.Written}
	for _, q := range ans.Quotes {
		qv := QuoteView{Sentence: q.Sentence, Span: q.Span, Source: q.Article.Source, URL: q.Article.URL, ArticleID: q.Article.ID}
		if t := q.Article.Seen(); !t.IsZero() {
			qv.Date = t.Format("2006-01-02")
		}
		v.Answer = append(v.Answer, qv)
	}
	return v
}

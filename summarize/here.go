package summarize

// "Here in Sao Paulo", in the reporter's own words, says where the report
// is written from, as a dateline does: the place weighs as a dateline's.
// Inside a quotation "here" is the speaker's place, which may be anywhere
// ("'Here in Scotland we have 32 councils,' he told the radio"), and
// counts as any place after a locative.

// hereFrom reports whether a place's run follows "here" and a locative,
// articles aside ("here in Sao Paulo", "here at the Oval"), outside
// quotation marks.
func hereFrom(s *sentence, r nameRun) bool {
	k := skipArticlesBack(s.toks, r.first-1)
	if k < 1 || !locatives[s.toks[k].low] || !hereWords[s.toks[k-1].low] {
		return false
	}
	return !quoted(s, k-1)
}

// quoted reports whether the token at k stands inside quotation marks
// the sentence opens before it.
func quoted(s *sentence, k int) bool {
	straight, curly := 0, 0
	for _, t := range s.toks[:k] {
		switch t.text {
		case `"`:
			straight++
		case "“", "«":
			curly++
		case "”", "»":
			curly--
		}
	}
	return straight%2 == 1 || curly > 0
}

package summarize

// The capitalised word that opens a sentence just before a name: any
// word is capitalised there, so it joins the name only when what follows
// says it may be a first name or part of an organisation's name.

// withOpeningWord adds to an organisation's name, or to a person's, the
// capitalised word that opens the sentence before it: "Delta Motors
// recalled …", "Bassirou Diomaye Faye a prêté serment". Before a name of
// one word it is a first name where a verb follows the two, in either
// language: "Jeanne Morel aurait été payée", "Jolene Smith was paid".
func (sc *runScanner) withOpeningWord(r nameRun) nameRun {
	k := r.first - 1
	if k < 0 || !opensSentence(sc.toks, k) || !sc.toks[k].isWord() || !sc.toks[k].isCap() || sc.common(sc.toks[k].low) {
		return r
	}
	if sc.hasOrgWord(r) || sc.mayOpenName(k) && sc.opensPersonName(r) {
		r.first = k
	}
	return r
}

// opensPersonName reports whether a capitalised word that opens the
// sentence just before the run may be a person's first name, by what
// follows the run.
func (sc *runScanner) opensPersonName(r nameRun) bool {
	if r.first == r.last && sc.actsAt(r.last+1) {
		return true
	}
	return sc.french && (r.last > r.first || sc.beforeComma(r.last))
}

// beforeComma reports whether a comma follows token k, as after a name
// set off before its description: "Chérif Chekatt, l'auteur présumé…".
func (sc *runScanner) beforeComma(k int) bool {
	return k+1 < len(sc.toks) && sc.toks[k+1].text == ","
}

// mayOpenName reports whether the capitalised word at k, which opens a
// sentence before a name, may be that name's first word: "Bassirou
// Diomaye Faye a prêté serment". French puts an article before a title or
// a description ("Le comédien Jean Dujardin"), so a bare word there is
// rarely one; English often is ("Comedian Ricky Gervais"), so it takes the
// word only before a name of one word and a verb.
func (sc *runScanner) mayOpenName(k int) bool {
	w := sc.toks[k].low
	_, month := months[w]
	_, day := weekdays[w]
	return !month && !day && !sc.isTitle(k) && !demonyms[w] && !titleWords[w] && !descriptors[w] &&
		lookupPlace(sc.toks[k].text) == nil && !isAllCaps(sc.toks[k].text)
}

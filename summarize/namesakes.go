package summarize

// A place that names an agreement is no place of the story: "l'accord de
// Paris sur le climat" was ratified in Beijing, "the Treaty of Rome" is
// cited anywhere, "the Paris climate agreement" too. Such a mention counts
// as a place describing something (attributePlace).

// accordNouns are the nouns of agreements named after a place, in English
// and French.
var accordNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
	"protocol": true, "convention": true, "pact": true,
	"traité": true, "protocole": true, "pacte": true,
}

// namesAccord reports whether a place's run names an agreement: after an
// agreement's noun and "of" ("accord de Paris", "Treaty of Rome"), or
// before the noun, one word between at most ("the Paris climate
// agreement").
func namesAccord(s *sentence, r nameRun) bool {
	if k := r.first - 1; k >= 1 && ofWords[s.toks[k].low] && accordNouns[s.toks[k-1].low] {
		return true
	}
	for k := r.last + 1; k < min(len(s.toks), r.last+3); k++ {
		if accordNouns[s.toks[k].low] {
			return true
		}
		if !isWord(s.toks[k].text) {
			return false
		}
	}
	return false
}

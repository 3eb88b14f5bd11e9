package summarize

// A town is often written with the part of the city or region it lies in,
// after a comma: "in Croydon, south London", "Teignmouth, south Devon".
// That place contains the town, so the summary names it after the town
// ("Croydon, London, United Kingdom"), as it names a subdivision written
// the same way ("Baoding, Hebei, China"). The area word is what tells such
// a place from the next of a list ("Paris, London and Berlin").

// containerAfter is the city or subdivision written after a name, a
// comma and an area word ("Croydon, south London"); nil without one, and
// for a name cut from a capitalised word before it ("West Ham, east
// London", whose run is "Ham").
func containerAfter(s *sentence, r nameRun) *place {
	if r.first > 0 && s.toks[r.first-1].isCap() {
		return nil
	}
	k := r.last + 1
	if k+2 >= len(s.toks) || s.toks[k].text != "," || !areaWords[s.toks[k+1].low] || !s.toks[k+2].isCap() {
		return nil
	}
	for end := min(len(s.toks), k+5) - 1; end >= k+2; end-- {
		p := lookupLocative(s.text[s.toks[k+2].start:s.toks[end].end])
		if p != nil && p.country != nil && (p.city || p.sub) {
			return p
		}
	}
	return nil
}

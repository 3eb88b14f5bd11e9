package summarize

import "testing"

func TestCueSetFindsWhatContainsAnyFinds(t *testing.T) {
	cues := []string{"getty", "ap photo", "subscrib", "in 19", "a"}
	texts := []string{"", "a", "getty images", "unsubscribe now", "in 1999", "xin 19", "ap phot",
		"b", "photo by getty", "Getty"}
	for n := 0; n <= len(cues); n++ {
		set := newCueSet(cues[:n]...)
		for _, s := range texts {
			if got, want := set.in(s), containsAny(s, cues[:n]...); got != want {
				t.Errorf("%q in %q = %v, want %v", cues[:n], s, got, want)
			}
			spaced := make([]string, n)
			for i, c := range cues[:n] {
				spaced[i] = " " + c
			}
			if got, want := inAfterSpace(set, s), containsAny(" "+s, spaced...); got != want {
				t.Errorf("%q after a space in %q = %v, want %v", cues[:n], s, got, want)
			}
		}
	}
	if !newCueSet("x", "").in("abc") || !inAfterSpace(newCueSet(""), "") {
		t.Error("the empty cue stands in every text")
	}
	if newCueSet("a").in("") {
		t.Error("no cue stands in the empty text")
	}
}

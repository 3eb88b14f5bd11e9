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

func TestCueGroupsFindWhatEachCueSetFinds(t *testing.T) {
	sets := []*cueSet{newCueSet("getty", "ap photo", "a"), newCueSet("subscrib", "getty"), newCueSet(), newCueSet("x", "")}
	groups := newCueGroups(sets...)
	texts := []string{"", "a", "getty images", "unsubscribe now", "ap phot", "b", "photo by getty",
		"Getty", "x", "subscribe to getty", "zz"}
	for _, s := range texts {
		got := groups.which(s)
		for i, set := range sets {
			if in := got&(1<<i) != 0; in != set.in(s) {
				t.Errorf("group %d in %q = %v, want %v", i, s, in, set.in(s))
			}
		}
	}
}

func TestLineCuesAgreeWithTheirLists(t *testing.T) {
	sets := map[lineCueGroups]*cueSet{cueWidget: widgetCues, cueTeaser: teaserCues, cueCookie: cookieWords, cueNewsletter: newsletterWords}
	texts := []string{"", "image copyright getty images", "read more", "we use cookies on this site",
		"sign up for our newsletter", "the minister said on friday", "lire aussi", "abonnez-vous à la newsletter"}
	for _, s := range texts {
		got := lineCues.which(s)
		for g, set := range sets {
			if in := got&g != 0; in != set.in(s) {
				t.Errorf("group %b in %q = %v, want %v", g, s, in, set.in(s))
			}
		}
	}
}

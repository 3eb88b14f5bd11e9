package htmltext

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// droppedElements never hold article text.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Dialog: true, atom.Menu: true,
}

// noiseRoles are ARIA landmarks that are not the article.
var noiseRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
}

// noiseWords, as whole words of a class or id, mark comments, share
// buttons, cookie banners, newsletter boxes, related links and ads.
var noiseWords = map[string]bool{
	"ad": true, "ads": true, "adv": true, "advert": true, "adverts": true,
	"advertisement": true, "advertising": true, "adslot": true, "adsense": true,
	"adsbygoogle": true, "sponsor": true, "sponsored": true, "promo": true,
	"promoted": true, "cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"newsletter": true, "subscribe": true, "related": true, "recommended": true,
	"share": true, "sharing": true, "social": true, "comment": true, "comments": true,
	"disqus": true, "outbrain": true, "taboola": true, "popup": true, "modal": true,
	"breadcrumb": true, "breadcrumbs": true, "sidebar": true,
	"pub": true, "publicite": true, "partage": true, "commentaires": true,
}

// noisePrefixes catch the same words run together, as in "commentlist".
var noisePrefixes = []string{
	"comment", "cookie", "newsletter", "related", "share", "social", "sponsor",
	"advert", "promo", "disqus", "outbrain", "taboola", "recommend",
}

// notNoise are words that start like noise and are not.
var notNoise = map[string]bool{
	"commentary": true, "commentaries": true, "commentator": true,
	"shareholder": true, "shareholders": true,
}

// dropped tells whether the walk skips n and everything inside it.
func (x *extractor) dropped(n *html.Node) bool {
	switch {
	case droppedElements[n.DataAtom]:
		return true
	case n.DataAtom == atom.Header:
		return x.article == 0 // a page header is a masthead; an article's header holds its headline
	case hidden(n):
		return true
	}
	return x.strict && !structural(n) && noisy(n)
}

// structural elements are never dropped for their class: a page whose body
// says class="has-ads" is still the page.
func structural(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return true
	}
	return false
}

func hidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	if noiseRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func noisy(n *html.Node) bool {
	for _, key := range [...]string{"class", "id"} {
		for _, w := range nameWords(attr(n, key)) {
			if noiseWord(w) {
				return true
			}
		}
	}
	return false
}

// byline tells whether n is a byline or dateline: its author and date are
// metadata, and its words are not body text.
func byline(n *html.Node) bool {
	for _, w := range nameWords(attr(n, "class")) {
		if w == "byline" || w == "dateline" {
			return true
		}
	}
	return false
}

func noiseWord(w string) bool {
	if noiseWords[w] {
		return true
	}
	if notNoise[w] {
		return false
	}
	for _, p := range noisePrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// nameWords splits a class or id into lower-case words at punctuation and
// at camel-case humps: "adBanner share-bar" → ad, banner, share, bar.
func nameWords(s string) []string {
	var words []string
	var cur []rune
	end := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			end()
		case unicode.IsUpper(r) && prevLower:
			end()
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cur = append(cur, r)
		}
		prevLower = unicode.IsLower(r)
	}
	end()
	return words
}

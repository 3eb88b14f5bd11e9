package summarize

import (
	"regexp"
	"strings"
	"unicode"
)

// Clean removes page furniture from article text: photo captions, credit
// lines, share and comment prompts, "read more" links, cookie and newsletter
// prompts. It keeps one paragraph per line, trimmed, with no blank lines.
func Clean(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(stripCredits(line))
		line = strings.Join(strings.Fields(line), " ")
		if line == "" || isBoilerplate(line) {
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// creditRe matches an inline credit such as "(Photo: AFP)" or "(Source : Yonhap)".
var creditRe = regexp.MustCompile(`(?i)[(\[]\s*(?:(?:photos?|source|sources|crédits?|credits?|copyright|image|illustration|picture|pictured|vidéo|video|foto|fotos|fuente)\b|©)[^)\]]*[)\]]`)

// widgetRe matches the text of share buttons and players that scraping
// leaves inside paragraphs.
var widgetRe = regexp.MustCompile(`(?i)\(opens in new window\)|click to share on \w+|share on (?:facebook|twitter|whatsapp|linkedin)|\bskip ad\b|\bad loading\.*|\binvalid email\b|\bview photos\b|\b(?:afp/|ap/)?getty images\b|\bap photo\b|\b(?:image|media) (?:caption|copyright)\b`)

func stripCredits(line string) string {
	if strings.ContainsAny(line, "([") {
		line = creditRe.ReplaceAllString(line, "")
	}
	if containsAny(strings.ToLower(line), "opens in new", "click to share", "share on", "skip ad", "ad loading", "invalid email", "view photos", "getty", "ap photo", "caption", "copyright") {
		line = widgetRe.ReplaceAllString(line, "")
	}
	return line
}

// boilerLines are whole lines, lower-cased and with counts removed, that
// carry no article content.
var boilerLines = map[string]bool{
	"source": true, "sources": true, "comment": true, "comments": true,
	"commentaire": true, "commentaires": true, "share": true, "share this": true,
	"share this article": true, "partager": true, "partagez": true,
	"partager cet article": true, "lire aussi": true, "à lire aussi": true,
	"a lire aussi": true, "voir aussi": true, "read more": true, "read also": true,
	"see also": true, "related": true, "related articles": true, "advertisement": true,
	"publicité": true, "print": true, "imprimer": true, "email": true, "e-mail": true,
	"facebook": true, "twitter": true, "whatsapp": true, "linkedin": true,
	"tweet": true, "follow us": true, "suivez-nous": true, "subscribe": true,
	"s'abonner": true, "abonnez-vous": true, "sign up": true, "newsletter": true,
	"photo": true, "video": true, "vidéo": true, "top": true, "menu": true,
	"skip to content": true, "back to top": true, "retour en haut": true,
	"like": true, "j'aime": true, "reply": true, "répondre": true,
}

// boilerPrefixes start lines that link elsewhere or credit a picture.
var boilerPrefixes = []string{
	"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "read more", "read also",
	"see also", "related:", "related articles", "photo:", "photo :", "photos:", "photos :",
	"crédit photo", "credit:", "crédit :", "crédits :", "source:", "source :", "sources :",
	"(photo", "(source", "© ", "copyright ", "click to share", "partager sur",
	"share on", "sign up for", "inscrivez-vous",
}

var countRe = regexp.MustCompile(`[\s(]*\d+[\s)]*$|^[\s(]*\d+[\s)]*`)

// isBoilerplate reports whether a whole (trimmed) line is page furniture.
func isBoilerplate(line string) bool {
	if isCaption(line) || !hasLetter(line) {
		return true
	}
	low := strings.ToLower(line)
	if len(line) > 160 {
		return isPrompt(low)
	}
	bare := strings.TrimSpace(strings.Trim(countRe.ReplaceAllString(low, ""), " :.!|·•–—-"))
	if boilerLines[strings.ReplaceAll(bare, "’", "'")] {
		return true
	}
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return isPrompt(low)
}

// isCaption reports whether the line is a picture caption set between bars.
func isCaption(line string) bool {
	return len(line) >= 2 && strings.HasPrefix(line, "|") && strings.HasSuffix(line, "|")
}

// isPrompt reports whether a short line asks the reader about cookies or a
// newsletter.
func isPrompt(low string) bool {
	if len(low) > 400 {
		return false
	}
	if strings.Contains(low, "cookie") {
		return containsAny(low, "accept", "consent", "utilis", "we use", "nous utilisons", "paramètr", "settings", "privacy", "confidentialité")
	}
	if strings.Contains(low, "newsletter") || strings.Contains(low, "lettre d'information") {
		return containsAny(low, "sign up", "subscribe", "inscri", "abonne", "receive", "recevez", "recevoir", "get our")
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

package lang

import "strings"

// Code reduces a language tag such as "fr-FR", "EN_us" or " de " to its
// primary subtag in lower case ("fr", "en", "de"): the ISO 639 code that
// For and the rest of briefbot read. Anything that is not a language tag
// gives "".
func Code(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}

package briefbot

import "briefbot/lang"

// LangCode reduces a language tag such as "fr-FR", "EN_us" or " de " to its
// primary subtag in lower case ("fr", "en", "de"); anything that is not a
// language tag gives "". It is lang.Code, the one normaliser of language
// tags, kept here for the adapters that read tags from feeds and pages.
func LangCode(tag string) string { return lang.Code(tag) }

package main

import (
	"fmt"
	"strings"
)

// regionLines lists the curated regions: states, provinces and nations
// that the news names like places.
func regionLines() []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(regionData), "\n") {
		f := strings.Split(line, "|")
		local := map[string]string{"en": f[2], "fr": f[3]}
		for i, v := range f[4:] {
			local["x"+string(rune('a'+i))] = v
		}
		out = append(out, record("r", f[0], 0, atoi(f[1]), f[2], local))
	}
	return out
}

// demonymLines lists the curated adjectives and demonyms of countries in
// English and French; French adjectives get their feminine and plural
// forms.
func demonymLines() []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(demonymData), "\n") {
		f := strings.Split(line, "|")
		var en []string
		for _, w := range strings.Split(f[1], ";") {
			en = append(en, englishForms(w)...)
		}
		var fr []string
		for _, w := range strings.Split(f[2], ";") {
			fr = append(fr, frenchForms(w)...)
		}
		out = append(out, fmt.Sprintf("d\t%s\t0\t0\ten=%s\tfr=%s", f[0], strings.Join(en, ";"), strings.Join(fr, ";")))
	}
	return out
}

// frenchForms inflects a French adjective of nationality: coréen →
// coréenne, coréens, coréennes; japonais → japonaise, japonaises.
func frenchForms(w string) []string {
	switch {
	case strings.HasSuffix(w, "e"):
		return []string{w, w + "s"}
	case strings.HasSuffix(w, "s"):
		return []string{w, w + "e", w + "es"}
	case strings.HasSuffix(w, "en"):
		return []string{w, w + "ne", w + "s", w + "nes"}
	case strings.HasSuffix(w, "al"):
		return []string{w, w + "e", w[:len(w)-1] + "ux", w + "es"}
	}
	return []string{w, w + "e", w + "s", w + "es"}
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = 10*n + int(r-'0')
		}
	}
	return n
}

// englishForms adds the plural of a demonym that takes one: "Korean" →
// "Koreans"; "Japanese", "British" and "Swiss" take none.
func englishForms(w string) []string {
	for _, suf := range []string{"ese", "sh", "ch", "s"} {
		if strings.HasSuffix(w, suf) {
			return []string{w}
		}
	}
	return []string{w, w + "s"}
}

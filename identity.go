package briefbot

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that name a campaign or a click, not a
// page; two URLs that differ only by them are the same article.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true,
	"mc_eid": true, "igshid": true, "ref": true, "ref_src": true, "cmpid": true,
	"ocid": true, "_ga": true, "yclid": true, "xtor": true,
}

// CanonicalURL normalises an article URL so that the same page has one
// spelling: scheme and host in lower case, default ports, fragments and
// tracking parameters (utm_*, fbclid, …) removed, the remaining query sorted.
// A string that is not an absolute http(s) URL is returned trimmed.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return raw
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = cleanQuery(u.Query())
	return u.String()
}

func cleanQuery(q url.Values) string {
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	if len(q) == 0 {
		return ""
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k) + "=" + url.QueryEscape(v))
		}
	}
	return b.String()
}

// ContentHash fingerprints an article's text: case, punctuation and
// whitespace do not change it, so the same text republished with other
// spacing or quotes is recognised as the same.
func ContentHash(text string) string {
	buf := wordBuffers.Get().(*[]byte)
	defer putWords(buf)
	*buf = appendLowerWords((*buf)[:0], text)
	return contentHashWords(*buf)
}

// contentHashWords is ContentHash of the words that appendLowerWords
// wrote.
func contentHashWords(words []byte) string {
	sum := sha256.Sum256(words)
	return hex.EncodeToString(sum[:16])
}

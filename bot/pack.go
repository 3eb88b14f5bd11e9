package bot

// Pack joins paragraphs into texts of at most limit, as size measures a
// text, a blank line between paragraphs: fit first cuts each paragraph
// into pieces of at most limit, and a text ends where its next piece does
// not fit. Platforms split a long message into parts with it, each with
// its own measure (Telegram's UTF-16 units, Discord's characters) and its
// own way to cut a paragraph (whole lines, never inside markup).
func Pack(ps []string, limit int, size func(string) int, fit func(p string, limit int) []string) []string {
	var out []string
	cur := ""
	for _, p := range ps {
		for _, piece := range fit(p, limit) {
			if cur != "" && size(cur)+2+size(piece) > limit {
				out = append(out, cur)
				cur = ""
			}
			if cur != "" {
				cur += "\n\n"
			}
			cur += piece
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// Package opml exchanges the followed feeds with other feed readers as
// OPML: Import follows the feeds a file lists, Export writes those
// followed. The format itself is feedparse's.
package opml

import (
	"context"
	"io"

	"briefbot"
	"briefbot/feedparse"
	"briefbot/feeds"
)

// Imported is what an import did.
type Imported struct {
	Added   int       // feeds followed now
	Known   int       // feeds already followed
	Refused []Refusal // feeds that could not be followed
}

// Refusal is a feed of the file that could not be followed, and why.
type Refusal struct {
	URL string
	Err error
}

// Import follows every feed of the OPML document data through admin, with
// its title as name and its language; a feed refused does not stop the
// others. The error is for a document that is not OPML.
func Import(ctx context.Context, admin *feeds.Admin, data []byte) (Imported, error) {
	list, err := feedparse.ParseOPML(data)
	if err != nil {
		return Imported{}, err
	}
	var out Imported
	for _, o := range list {
		_, err := admin.Add(ctx, briefbot.Feed{URL: o.URL, Name: o.Title, Lang: o.Lang})
		switch briefbot.ErrorCode(err) {
		case "":
			out.Added++
		case briefbot.EConflict:
			out.Known++
		default:
			out.Refused = append(out.Refused, Refusal{URL: o.URL, Err: err})
		}
	}
	return out, nil
}

// Export writes the followed feeds to w as an OPML document.
func Export(ctx context.Context, store briefbot.FeedStore, w io.Writer) error {
	followed, err := store.Feeds(ctx)
	if err != nil {
		return err
	}
	out := make([]feedparse.OPMLFeed, 0, len(followed))
	for _, f := range followed {
		out = append(out, feedparse.OPMLFeed{URL: f.URL, Title: f.Name, Lang: f.Lang})
	}
	return feedparse.WriteOPML(w, out)
}

package files

import (
	"briefbot"
	"briefbot/feedparse"
)

// parseFeed reads an RSS or Atom feed with the parser of polled feeds:
// each item makes the article it makes for the poller (its link, headline,
// date, language and longest text), without its page. Its source is the
// one the item names, else the feed's title; its language the item's,
// else the feed's.
func parseFeed(name string, data []byte, opt Options) ([]briefbot.Article, error) {
	f, err := feedparse.Parse(data, "")
	if err != nil {
		return nil, invalid(name, "%s", briefbot.ErrorMessage(err))
	}
	if f.Title != "" {
		opt.Source = f.Title
	}
	p := &problems{name: name}
	var arts []briefbot.Article
	for i, it := range f.Items {
		a, err := finish(it.Article(), opt)
		if err != nil {
			p.add(itemLabel(i, len(f.Items)), err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, p.err()
}

package ingest

import (
	"context"
	"fmt"

	"briefbot"
	"briefbot/topics"
)

// Rekey writes the search keys of the stored articles that an older
// version of the rules keyed, or none (stored before keys existed), with
// the rules of topics.KeysVersion, StoreBatch articles a transaction, and
// returns how many it keyed. Until an article is keyed again, a topic
// finds it by the topic's own words only, so a server runs this at start
// (see Rekey in cmd). A panic on one article leaves it as it was.
func (in *Ingester) Rekey(ctx context.Context) (int, error) {
	n := 0
	after := int64(0)
	for {
		arts, err := in.Store.ArticlesToKey(ctx, topics.KeysVersion, after, StoreBatch)
		if err != nil {
			return n, fmt.Errorf("rekey: %w", err)
		}
		if len(arts) == 0 {
			return n, nil
		}
		ks := make([]briefbot.ArticleKeys, 0, len(arts))
		for _, a := range arts {
			after = a.ID
			if in.key(&a); a.KeysVersion == topics.KeysVersion {
				ks = append(ks, briefbot.ArticleKeys{ID: a.ID, Keys: a.Keys, Version: a.KeysVersion})
			}
		}
		if err := in.Store.SetKeys(ctx, ks); err != nil {
			return n, fmt.Errorf("rekey: %w", err)
		}
		n += len(ks)
	}
}

package postgres

import (
	"strconv"
	"time"

	"briefbot"
)

// Story assignment reads the table, not a cache: a replica sees the
// articles every other replica stored. The index on seen narrows the
// candidates to about a week of articles, and the server compares their
// fingerprints (bit_count of the exclusive or of two SimHashes), so one
// insert moves one row over the network whatever the window holds. The
// transaction that adds articles holds articlesLock, so no article it
// should join is being stored at the same time.

// storyWindow is briefbot.StoryWindow in seconds.
const storyWindow = int64(briefbot.StoryWindow / time.Second)

// nearestSQL finds the story of the stored article nearest to a new one
// seen at $22 (unix seconds) with the fingerprint $18: the fewest
// differing bits, at most briefbot.NearDuplicate, then the closest in
// time, then the first stored; no row when none is within the window. A
// fingerprint of 0 is unknown and matches nothing.
var nearestSQL = `
	SELECT o.story_id FROM articles AS o
	WHERE $18::bigint <> 0 AND o.simhash <> 0
		AND o.seen >= $22::bigint - ` + strconv.FormatInt(storyWindow, 10) + `
		AND o.seen <= $22::bigint + ` + strconv.FormatInt(storyWindow, 10) + `
		AND bit_count((o.simhash # $18::bigint)::bit(64)) <= ` + strconv.Itoa(briefbot.NearDuplicate) + `
	ORDER BY bit_count((o.simhash # $18::bigint)::bit(64)), abs(o.seen - $22::bigint), o.id
	LIMIT 1`

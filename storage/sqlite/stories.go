package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"sync"
	"time"

	"briefbot"
)

// Story assignment compares a new article's fingerprint with those of the
// articles seen within briefbot.StoryWindow of it. Rather than query the
// table at every insert, the store keeps the fingerprints (id, seen, story,
// SimHash: 32 bytes an article) of whole days in memory, read through the
// index on seen the first time an insert needs a day, and extended as
// articles are added. Only the days around recent
// inserts are kept (maxStoryDays), so memory stays small whatever the size
// of the database, and an insert costs one scan of about a week of
// fingerprints, however many articles are stored.
//
// The index is only touched inside a write transaction, and the write pool
// has one connection, so it is in step with the table this process writes.
// When another process writes to the same file, SQLite's data_version
// changes and the index starts again from the table.

// daySeconds is the length of one bucket of fingerprints.
const daySeconds = 24 * 60 * 60

// maxStoryDays is how many days of fingerprints stay in memory: a week
// around the present while feeds flow, up to two months while an archive
// of mixed dates is ingested.
const maxStoryDays = 64

// storyWindow is briefbot.StoryWindow in seconds.
const storyWindow = int64(briefbot.StoryWindow / time.Second)

// fingerprint is what story assignment knows of one stored article.
type fingerprint struct {
	id, seen, story int64
	simhash         uint64
}

// storyIndex holds the fingerprints of the stored articles of some days.
type storyIndex struct {
	mu      sync.Mutex
	version int64                   // the write connection's data_version when days was current
	days    map[int64][]fingerprint // by day number; nil when nothing is known
}

// reset forgets every fingerprint; they are read again when needed.
func (x *storyIndex) reset() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.days = nil
}

// storyTx is the story index during one write transaction. It holds the
// index's lock from begin to end.
type storyTx struct {
	x         *storyIndex
	dirty     bool // fingerprints were added
	committed bool
}

// begin locks the index for the transaction tx, which will add articles
// seen at the unix seconds seens, and loads the days they need.
func (x *storyIndex) begin(ctx context.Context, tx *sql.Tx, seens []int64) (*storyTx, error) {
	x.mu.Lock()
	if err := x.sync(ctx, tx); err != nil {
		x.days = nil
		x.mu.Unlock()
		return nil, err
	}
	if err := x.load(ctx, tx, neededDays(seens)); err != nil {
		x.days = nil
		x.mu.Unlock()
		return nil, err
	}
	return &storyTx{x: x}, nil
}

// sync forgets every fingerprint when another connection wrote to the
// database since the index was last current.
func (x *storyIndex) sync(ctx context.Context, tx *sql.Tx) error {
	var v int64
	if err := tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return err
	}
	if x.days == nil || v != x.version {
		x.days = map[int64][]fingerprint{}
		x.version = v
	}
	return nil
}

// neededDays lists, in order, the days within storyWindow of any of seens.
func neededDays(seens []int64) []int64 {
	var days []int64
	for _, s := range seens {
		for d := dayOf(s - storyWindow); d <= dayOf(s+storyWindow); d++ {
			days = append(days, d)
		}
	}
	slices.Sort(days)
	return slices.Compact(days)
}

// dayOf is the day number of a unix second, rounding down.
func dayOf(sec int64) int64 {
	d := sec / daySeconds
	if sec%daySeconds < 0 {
		d--
	}
	return d
}

// load reads the fingerprints of the days the index lacks, first making
// room by forgetting days that are not needed.
func (x *storyIndex) load(ctx context.Context, tx *sql.Tx, days []int64) error {
	var missing []int64
	for _, d := range days {
		if _, ok := x.days[d]; !ok {
			missing = append(missing, d)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if len(x.days)+len(missing) > maxStoryDays {
		for d := range x.days {
			if _, found := slices.BinarySearch(days, d); !found {
				delete(x.days, d)
			}
		}
	}
	for _, d := range missing {
		fps, err := loadDay(ctx, tx, d)
		if err != nil {
			return err
		}
		x.days[d] = fps
	}
	return nil
}

// loadDaySQL reads the known fingerprints of the articles seen in a range
// of unix seconds.
const loadDaySQL = `
	SELECT id, seen, story_id, simhash FROM articles
	WHERE seen >= ? AND seen < ? AND simhash <> 0`

// loadDay reads the fingerprints of the articles seen on day d. Articles
// with an unknown fingerprint (0) are left out: they never match.
func loadDay(ctx context.Context, tx *sql.Tx, d int64) ([]fingerprint, error) {
	rows, err := tx.QueryContext(ctx, loadDaySQL, d*daySeconds, (d+1)*daySeconds)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	fps := []fingerprint{}
	for rows.Next() {
		var fp fingerprint
		var simhash int64
		if err := rows.Scan(&fp.id, &fp.seen, &fp.story, &simhash); err != nil {
			return nil, err
		}
		fp.simhash = uint64(simhash)
		fps = append(fps, fp)
	}
	return fps, rows.Err()
}

// nearest is the story of the article nearest to a new one seen at the
// unix second seen with the fingerprint simhash: the fewest differing bits,
// then the closest in time, then the first stored. It is 0 when no article
// within storyWindow is a near-duplicate.
func (t *storyTx) nearest(seen int64, simhash uint64) int64 {
	if simhash == 0 {
		return 0
	}
	var best fingerprint
	bestDist, bestGap := briefbot.NearDuplicate+1, int64(0)
	for d := dayOf(seen - storyWindow); d <= dayOf(seen+storyWindow); d++ {
		for _, fp := range t.x.days[d] {
			dist := briefbot.HammingDistance(fp.simhash, simhash)
			if dist > bestDist {
				continue // the common case: an unrelated article
			}
			gap := abs(fp.seen - seen)
			if gap > storyWindow {
				continue
			}
			if dist < bestDist || gap < bestGap || gap == bestGap && fp.id < best.id {
				best, bestDist, bestGap = fp, dist, gap
			}
		}
	}
	return best.story
}

// add records the fingerprint of an article inserted in the transaction.
func (t *storyTx) add(fp fingerprint) {
	d := dayOf(fp.seen)
	if _, loaded := t.x.days[d]; !loaded || fp.simhash == 0 {
		return
	}
	t.x.days[d] = append(t.x.days[d], fp)
	t.dirty = true
}

// commit tells the index that the transaction was committed.
func (t *storyTx) commit() { t.committed = true }

// end unlocks the index. Fingerprints added by a transaction that was not
// committed are of rows that do not exist, so the index forgets them all.
func (t *storyTx) end() {
	if t.dirty && !t.committed {
		t.x.days = nil
	}
	t.x.mu.Unlock()
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

package main

import (
	"context"
	"fmt"
	"os"

	"briefbot"
	"briefbot/config"
	"briefbot/internal/cli"
)

// copyTables are the tables migrate-store copies, in an order that puts
// each row after the rows it names, with the columns both stores share
// (derived ones, such as an article's seen time and its search index,
// are made again by the store written to).
var copyTables = []struct {
	name string
	cols []string
}{
	{"feeds", []string{"id", "url", "name", "lang", "interval_s", "enabled", "added", "etag", "last_modified",
		"last_check", "last_success", "last_error", "failures", "failing_since", "next_check"}},
	{"feed_items", []string{"feed_id", "key", "seen_at"}},
	{"articles", []string{"id", "source", "url", "title", "lang", "published", "ingested", "text", "content_hash",
		"sample", "who", "what", "where_", "when_date", "when_text", "summary", "summary_lang", "feed_id",
		"story_id", "simhash", "summary_error", "keys", "keys_version", "where_inferred"}},
	{"chat_settings", []string{"platform", "chat_id", "zone", "lang"}},
	{"subscriptions", []string{"id", "platform", "chat_id", "topic", "local_time", "zone", "notify_empty",
		"created", "paused", "last_date", "last_digest", "lang"}},
	{"deliveries", []string{"subscription_id", "local_date", "state", "claimed", "attempted", "note", "owner",
		"lease_until", "digest", "built", "parts", "parts_sent"}},
	{"chat_briefs", []string{"platform", "chat_id", "topic", "at"}},
	{"chat_brief_articles", []string{"platform", "chat_id", "pos", "article_id"}},
	{"chat_turns", []string{"id", "platform", "chat_id", "at", "question", "answer"}},
}

// copyBatch is how many rows one transaction writes.
const copyBatch = 1000

// tableCopier is a store that migrate-store reads from or writes to.
type tableCopier interface {
	appStore
	ReadTable(ctx context.Context, table string, cols []string, fn func(row []any) error) error
	WriteTable(ctx context.Context, table string, cols []string, rows [][]any) error
	FinishCopy(ctx context.Context) error
}

// runMigrateStore copies everything one database holds into another, new
// one: a SQLite file into PostgreSQL, or back.
func runMigrateStore(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "migrate-store")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	if err := cli.Want(2, "migrate-store takes FROM and TO: a SQLite file and a postgres:// URL, either way")(fs.Args()); err != nil {
		return err
	}
	cfg, _, err := loadConfig(env, c)
	if err != nil {
		return err
	}
	from, to, err := openCopiers(ctx, fs.Arg(0), fs.Arg(1), cfg)
	if err != nil {
		return err
	}
	defer from.Close()
	defer to.Close()
	if err := mustBeEmpty(ctx, to, fs.Arg(1)); err != nil {
		return err
	}
	for _, t := range copyTables {
		n, err := copyTable(ctx, from, to, t.name, t.cols)
		if err != nil {
			return fmt.Errorf("migrate-store: %s: %w", t.name, err)
		}
		fmt.Fprintf(env.Stdout, "%s: %d rows\n", t.name, n)
	}
	if err := to.FinishCopy(ctx); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "copied %s into %s; point briefbot at the new one (-db, BRIEFBOT_DB or database:)\n", shownDB(fs.Arg(0)), shownDB(fs.Arg(1)))
	return nil
}

// openCopiers opens both databases, the first of which must exist.
func openCopiers(ctx context.Context, from, to string, cfg config.Config) (src, dst tableCopier, err error) {
	if !isDatabaseURL(from) {
		if _, err := os.Stat(from); err != nil {
			return nil, nil, briefbot.Errorf(briefbot.EInvalid, "%s: no such database file", from)
		}
	}
	if src, err = openCopier(ctx, from, cfg); err != nil {
		return nil, nil, err
	}
	if dst, err = openCopier(ctx, to, cfg); err != nil {
		src.Close()
		return nil, nil, err
	}
	return src, dst, nil
}

func openCopier(ctx context.Context, target string, cfg config.Config) (tableCopier, error) {
	s, err := openStore(ctx, target, cfg, nil)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", shownDB(target), err)
	}
	c, ok := s.(tableCopier)
	if !ok {
		s.Close()
		return nil, briefbot.Errorf(briefbot.EInvalid, "%s cannot be copied", shownDB(target))
	}
	return c, nil
}

// mustBeEmpty refuses to copy into a database that holds anything: the
// copy keeps every id, which would clash with the rows there.
func mustBeEmpty(ctx context.Context, s appStore, name string) error {
	st, err := s.ArticleStats(ctx)
	if err != nil {
		return err
	}
	feeds, err := s.Feeds(ctx)
	if err != nil {
		return err
	}
	subs, err := s.AllSubscriptions(ctx)
	if err != nil {
		return err
	}
	if st.Articles+len(feeds)+len(subs) > 0 {
		return briefbot.Errorf(briefbot.EConflict, "%s holds %d articles, %d feeds and %d subscriptions already; copy into a new, empty database",
			shownDB(name), st.Articles, len(feeds), len(subs))
	}
	return nil
}

// copyTable copies one table, copyBatch rows a transaction, and returns
// how many rows it copied.
func copyTable(ctx context.Context, from, to tableCopier, table string, cols []string) (int, error) {
	var batch [][]any
	n := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := to.WriteTable(ctx, table, cols, batch)
		n += len(batch)
		batch = batch[:0]
		return err
	}
	err := from.ReadTable(ctx, table, cols, func(row []any) error {
		batch = append(batch, row)
		if len(batch) < copyBatch {
			return nil
		}
		return flush()
	})
	if err != nil {
		return n, err
	}
	return n, flush()
}

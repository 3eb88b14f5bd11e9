package postgres

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// The rows of a table, for `briefbot migrate-store`, which copies a
// database from one store technology to another. Rows travel in a form
// both stores read: integers as int64, text as string, NULL as nil, the
// lists (who, where_, keys) as []string and the flags as bool; derived
// columns (seen, the search document) are left out and made again.

// copyName is what a table or column name given to ReadTable or
// WriteTable may be; they come from the program, never from a user.
var copyName = regexp.MustCompile(`^[a-z][a-z_]*$`)

// ReadTable calls fn with each row of table, its columns cols in order,
// in the order of the table's key.
func (db *DB) ReadTable(ctx context.Context, table string, cols []string, fn func(row []any) error) (err error) {
	defer annotate(&err, "storage: read "+table)
	if err := checkNames(table, cols); err != nil {
		return err
	}
	rows, err := db.pool.Query(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table+` ORDER BY 1`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		row, err := rows.Values()
		if err != nil {
			return err
		}
		for i, v := range row {
			row[i] = neutral(v)
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	return rows.Err()
}

// neutral is a value as rows travel: integers as int64, arrays as
// []string.
func neutral(v any) any {
	switch v := v.(type) {
	case int32:
		return int64(v)
	case []any:
		ss := make([]string, len(v))
		for i, e := range v {
			ss[i], _ = e.(string)
		}
		return ss
	}
	return v
}

// WriteTable inserts rows into table, in one transaction; an article's
// search document is made from its fields. FinishCopy must follow the
// last table.
func (db *DB) WriteTable(ctx context.Context, table string, cols []string, rows [][]any) (err error) {
	defer annotate(&err, "storage: write "+table)
	if err := checkNames(table, cols); err != nil {
		return err
	}
	insert, fields := insertSQL(table, cols)
	return db.inTx(ctx, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, row := range rows {
			args := make([]any, len(row))
			for i, v := range row {
				if ss, ok := v.([]string); ok {
					v = list(ss) // an empty list, not NULL
				}
				args[i] = v
			}
			if fields != nil {
				doc := docFields(articleOf(row, fields))
				args = append(args, doc[0], doc[1], doc[2], doc[3], doc[4])
			}
			b.Queue(insert, args...)
		}
		return tx.SendBatch(ctx, b).Close()
	})
}

// insertSQL is the insert of one row of table; for articles, it also
// writes the document, from five more parameters, and fields says where
// the searched fields are among cols.
func insertSQL(table string, cols []string) (string, map[string]int) {
	params := make([]string, len(cols))
	for i := range cols {
		params[i] = "$" + itoa(i+1)
	}
	if table != "articles" {
		return `INSERT INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES (` + strings.Join(params, ", ") + `)`, nil
	}
	fields := map[string]int{}
	for i, c := range cols {
		fields[c] = i
	}
	return `INSERT INTO articles (` + strings.Join(cols, ", ") + `, words) VALUES (` +
		strings.Join(params, ", ") + `, ` + documentSQL(len(cols)+1) + `)`, fields
}

// articleOf reads the searched fields of an article row.
func articleOf(row []any, at map[string]int) briefbot.Article {
	text := func(c string) string {
		i, ok := at[c]
		if !ok {
			return ""
		}
		s, _ := row[i].(string)
		return s
	}
	list := func(c string) []string {
		i, ok := at[c]
		if !ok {
			return nil
		}
		ss, _ := row[i].([]string)
		return ss
	}
	return briefbot.Article{Title: text("title"), Text: text("text"),
		Summary: briefbot.Summary{Summary: text("summary"), Who: list("who"), Where: list("where_")}}
}

// FinishCopy moves each table's id sequence past the copied ids, so that
// the next row stored gets an id above every copied one, and has the
// planner read the tables' statistics anew (a search plans on them).
func (db *DB) FinishCopy(ctx context.Context) (err error) {
	defer annotate(&err, "storage: finish copy")
	if _, err := db.pool.Exec(ctx, `ANALYZE`); err != nil {
		return err
	}
	for _, table := range []string{"articles", "feeds", "subscriptions", "chat_turns"} {
		if _, err := db.pool.Exec(ctx, fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'),
			greatest((SELECT max(id) FROM %s), 1), (SELECT max(id) FROM %s) IS NOT NULL)`, table, table, table)); err != nil {
			return err
		}
	}
	return nil
}

// checkNames refuses a table or column name that is not a plain name.
func checkNames(table string, cols []string) error {
	for _, n := range append([]string{table}, cols...) {
		if !copyName.MatchString(n) {
			return briefbot.Errorf(briefbot.EInvalid, "%q is not a table or column name", n)
		}
	}
	if len(cols) == 0 {
		return fmt.Errorf("no columns to copy of %s", table)
	}
	return nil
}

package sqlite

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"briefbot"
)

// The rows of a table, for `briefbot migrate-store`, which copies a
// database from one store technology to another. Rows travel in a form
// both stores read: integers as int64, text as string, NULL as nil, the
// lists (who, where_, keys) as []string and the flags as bool; derived
// columns (seen, the full-text index) are left out and made again.

// listColumns are the columns holding lists: who and where_ as JSON
// arrays, keys as words separated by spaces.
var listColumns = map[string]bool{"who": true, "where_": true, "keys": true}

// flagColumns are the 0-or-1 columns.
var flagColumns = map[string]bool{"sample": true, "enabled": true, "notify_empty": true, "where_inferred": true}

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
	rows, err := db.read.QueryContext(ctx, `SELECT `+strings.Join(cols, ", ")+` FROM `+table+` ORDER BY 1`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		row := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range row {
			ptrs[i] = &row[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		if err := toNeutral(cols, row); err != nil {
			return err
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	return rows.Err()
}

// toNeutral turns SQLite's lists and flags into the form rows travel in.
func toNeutral(cols []string, row []any) error {
	for i, c := range cols {
		switch {
		case c == "keys":
			s, _ := row[i].(string)
			row[i] = strings.Fields(s)
		case listColumns[c]:
			s, _ := row[i].(string)
			list, err := decodeList(s)
			if err != nil {
				return err
			}
			row[i] = list
		case flagColumns[c]:
			n, _ := row[i].(int64)
			row[i] = n != 0
		}
	}
	return nil
}

// WriteTable inserts rows into table, in one transaction; FinishCopy
// must follow the last table.
func (db *DB) WriteTable(ctx context.Context, table string, cols []string, rows [][]any) (err error) {
	defer annotate(&err, "storage: write "+table)
	if err := checkNames(table, cols); err != nil {
		return err
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO `+table+` (`+strings.Join(cols, ", ")+`) VALUES (?`+strings.Repeat(", ?", len(cols)-1)+`)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, row := range rows {
		if _, err := stmt.ExecContext(ctx, fromNeutral(cols, row)...); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// fromNeutral turns a travelling row into SQLite's values.
func fromNeutral(cols []string, row []any) []any {
	out := make([]any, len(row))
	for i, c := range cols {
		out[i] = row[i]
		switch v := row[i].(type) {
		case []string:
			if c == "keys" {
				out[i] = strings.Join(v, " ")
			} else {
				out[i] = encodeList(v)
			}
		case bool:
			out[i] = 0
			if v {
				out[i] = 1
			}
		}
	}
	return out
}

// FinishCopy indexes the copied articles for search: the full-text index
// is made again from the articles table.
func (db *DB) FinishCopy(ctx context.Context) (err error) {
	defer annotate(&err, "storage: finish copy")
	_, err = db.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')`)
	db.stories.reset()
	return err
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

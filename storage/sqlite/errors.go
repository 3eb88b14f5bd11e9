package sqlite

import (
	"errors"
	"fmt"

	"briefbot"

	sqlitedrv "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// annotate prefixes *errp with the operation op. An error that carries no
// briefbot code is a database failure and becomes an internal one.
func annotate(errp *error, op string) {
	if *errp == nil {
		return
	}
	var e *briefbot.Error
	if errors.As(*errp, &e) {
		*errp = fmt.Errorf("%s: %w", op, *errp)
		return
	}
	*errp = internal(op, *errp)
}

// internal wraps a database failure; users see a generic apology for it.
func internal(op string, err error) error {
	return fmt.Errorf("%s: %w", op, &briefbot.Error{
		Code: briefbot.EInternal, Message: "database failure", Err: err,
	})
}

// isUniqueViolation reports whether err is SQLite refusing a row that
// breaks a UNIQUE index.
func isUniqueViolation(err error) bool {
	var se *sqlitedrv.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE
}

// isForeignKeyViolation reports whether err is SQLite refusing a row that
// names a missing parent row.
func isForeignKeyViolation(err error) bool {
	var se *sqlitedrv.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY
}

// isPrimaryKeyViolation reports whether err is SQLite refusing a row whose
// primary key exists already.
func isPrimaryKeyViolation(err error) bool {
	var se *sqlitedrv.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
}

// isCorrupt reports whether err is SQLite finding a damaged database or
// index (SQLITE_CORRUPT and its extended codes).
func isCorrupt(err error) bool {
	var se *sqlitedrv.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CORRUPT
}

// isBusy reports whether err is SQLite refusing a statement because
// another connection holds a lock it needs (SQLITE_BUSY and its extended
// codes).
func isBusy(err error) bool {
	var se *sqlitedrv.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

package postgres

import (
	"errors"
	"fmt"

	"briefbot"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
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

// SQLSTATE codes of the constraint errors the store turns into its own.
const (
	uniqueViolation     = "23505"
	foreignKeyViolation = "23503"
)

// hasCode reports whether err is the server refusing a statement with the
// SQLSTATE code.
func hasCode(err error, code string) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == code
}

// noRows reports whether err is a query that returned no row.
func noRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

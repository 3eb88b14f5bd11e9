package postgres

import (
	"context"
	"net/url"

	"briefbot"

	"github.com/jackc/pgx/v5"
)

// CreateDatabase creates the database name on the server that the URL
// server connects to (as a user allowed to create databases), in UTF-8, as the
// store needs. It is for tests and set-up scripts; the store itself never
// creates or drops a database.
func CreateDatabase(ctx context.Context, server, name string) (err error) {
	defer annotate(&err, "storage: create database")
	return onServer(ctx, server, `CREATE DATABASE `+pgx.Identifier{name}.Sanitize()+
		` TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`)
}

// DropDatabase drops the database name, closing its connections.
func DropDatabase(ctx context.Context, server, name string) (err error) {
	defer annotate(&err, "storage: drop database")
	return onServer(ctx, server, `DROP DATABASE IF EXISTS `+pgx.Identifier{name}.Sanitize()+` WITH (FORCE)`)
}

// WithDatabase is the postgres:// URL u naming the database name instead
// of its own.
func WithDatabase(u, name string) (string, error) {
	parsed, err := url.Parse(u)
	if err != nil || !IsURL(u) {
		return "", briefbot.Errorf(briefbot.EInvalid, "%s is not a postgres:// URL", redact(u))
	}
	parsed.Path, parsed.RawPath = "/"+name, ""
	return parsed.String(), nil
}

// onServer runs one statement on a connection of its own.
func onServer(ctx context.Context, server, stmt string) error {
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, stmt)
	return err
}

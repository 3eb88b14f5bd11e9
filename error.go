package briefbot

import (
	"errors"
	"fmt"
)

// Error codes. A user may see the message of an error with any code but
// EInternal; internal errors are logged, and users see a generic apology.
const (
	EInvalid  = "invalid"
	ENotFound = "not_found"
	EConflict = "conflict"
	EInternal = "internal"
)

// Error is briefbot's error: a code, and a message a user may read.
type Error struct {
	Code    string
	Message string
	Err     error // the underlying cause, for logs
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first Error in err's chain: EInternal for
// any other non-nil error, "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the message a user may see for err.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EInternal {
		return e.Message
	}
	return "Something went wrong on our side; it has been logged."
}

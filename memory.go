package briefbot

import (
	"context"
	"time"
)

// MemoryTTL is how long a chat remembers its last brief and its questions:
// a follow-up question within six hours of a brief is about that brief.
const MemoryTTL = 6 * time.Hour

// MaxTurns is how many question-and-answer turns a chat remembers.
const MaxTurns = 5

// Memory is what a chat remembers: the stories of its last brief and its
// last few questions. The zero Memory is a chat that remembers nothing.
type Memory struct {
	Topic    string    // the topic of the last brief; "" when none is remembered
	BriefAt  time.Time // when that brief was given
	Articles []Article // the articles of its stories, in the brief's order, those still stored
	Turns    []Turn    // the last questions, oldest first
}

// Turn is one question a chat asked and the answer it got.
type Turn struct {
	Question string
	Answer   string
	At       time.Time
}

// MemoryStore keeps each chat's memory across restarts.
type MemoryStore interface {
	// RememberBrief replaces the chat's remembered brief: its topic, the ids
	// of the articles it showed, in order, and when. A chat with no
	// platform or no id is EInvalid.
	RememberBrief(ctx context.Context, chat ChatRef, topic string, articleIDs []int64, at time.Time) error
	// RememberTurn adds a question and its answer; only the last MaxTurns
	// are kept.
	RememberTurn(ctx context.Context, chat ChatRef, t Turn) error
	// Recall returns what the chat remembers at now: the brief and the turns
	// at most MemoryTTL old, the brief's articles that are still stored.
	// A chat with nothing to remember gets the zero Memory, not an error.
	Recall(ctx context.Context, chat ChatRef, now time.Time) (Memory, error)
}

package data

import (
	"errors"
	"fmt"
)

// The errors live with the model, not with the readers that return them, so
// that a caller which only branches on them (the app's error dialog, the
// CLI's exit status) needs package data alone.

// ErrNoDate means an article has no publication date, so its relative dates
// ("last week", "on Wednesday") cannot be resolved.
var ErrNoDate = errors.New("no publication date")

// Sentinel errors for what callers may want to branch on. The readers of
// package format wrap them in an *ImportError, so test them with errors.Is.
var (
	// ErrNotText reports binary data: NUL bytes or many control characters.
	ErrNotText = errors.New("not text")
	// ErrEmpty reports a file with no text in it, or only white space.
	ErrEmpty = errors.New("empty")
	// ErrInvalidUTF8 reports text that is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("not valid UTF-8")
	// ErrTooLarge reports a file over format.MaxArticleSize bytes.
	ErrTooLarge = errors.New("too large")
	// ErrNotRegular means the path names a FIFO, a device or a socket,
	// which could block the reader forever.
	ErrNotRegular = errors.New("not a regular file")
	// ErrIsFolder means the path names a folder.
	ErrIsFolder = errors.New("is a folder, not a file")
	// ErrNotFeed reports XML that is not an RSS or Atom feed.
	ErrNotFeed = errors.New("not an RSS or Atom feed")
	// ErrWarning marks a problem in a file that was still read: a feed cut
	// short (the complete items before the cut are returned) or front
	// matter that never closes (read as text). The articles returned with
	// it are good to keep; the error is there to be shown.
	ErrWarning = errors.New("warning")
)

// ImportError records why an article could not be imported and from where.
type ImportError struct {
	// Name is the file name or URL the article was read from.
	Name string
	// Err is the cause, often wrapping one of the Err sentinels.
	Err error
}

// Error returns a message such as `data: import "notes.bin": not text (binary data)`.
func (e *ImportError) Error() string {
	return fmt.Sprintf("data: import %q: %v", e.Name, e.Err)
}

// Unwrap returns the cause, so errors.Is sees the sentinels through it.
func (e *ImportError) Unwrap() error { return e.Err }

package app

import (
	"errors"
	"fmt"
	"testing"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/fetch"
)

// TestErrorsTitle checks that warnings about files that were read are not
// counted as files that could not be used.
func TestErrorsTitle(t *testing.T) {
	failed := &data.ImportError{Name: "a.bin", Err: data.ErrNotText}
	warned := &data.ImportError{Name: "b.rss", Err: fmt.Errorf("%w: feed cut short", data.ErrWarning)}
	tests := []struct {
		errs []error
		want string
	}{
		{[]error{failed}, "1 file could not be used"},
		{[]error{failed, failed}, "2 files could not be used"},
		{[]error{warned}, "1 warning"},
		{[]error{failed, warned, warned}, "1 file could not be used, 2 warnings"},
		{[]error{errors.New("plain")}, "1 file could not be used"},
		{[]error{failed, &fetch.Error{URL: "http://x.test/a", Err: fetch.ErrStatus}}, "1 file could not be used, 1 link could not be fetched"},
	}
	for _, tt := range tests {
		if got := errorsTitle(tt.errs); got != tt.want {
			t.Errorf("errorsTitle(%v) = %q, want %q", tt.errs, got, tt.want)
		}
	}
}

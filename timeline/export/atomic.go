package export

import (
	"fmt"
	"io"

	"github.com/dateline/dateline/data/safefile"
)

// WriteAtomic creates or replaces the file at path with what write writes,
// through safefile.Write: readers never see a partial file, a failed or
// killed export leaves the old file as it was, a replaced file keeps its
// permissions, stale temporaries of a killed export are removed on the
// next write to that folder, and errors name path, never the temporary
// file. Data exports (TimelineJS, iCalendar) use it too.
func WriteAtomic(path string, write func(w io.Writer) error) error {
	if err := safefile.Write(path, write); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

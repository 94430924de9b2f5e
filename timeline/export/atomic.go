package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// staleAge is how old a temporary file of ours must be before a later
// write removes it: an export in progress touches its file far more often,
// and a minute is short enough that a killed export leaves nothing behind
// for long.
const staleAge = time.Minute

// WriteAtomic creates or replaces the file at path with what write writes:
// it writes to a temporary file (".NAME.NNNN.tmp") in the same directory
// and renames it into place, so readers never see a partial file. When
// write or the rename fails, the temporary file is removed, path is
// untouched and the error names path, never the temporary file. A
// replaced file keeps its permissions; a new one is readable by all
// (0644). Temporary files of ours more than a minute old, left by an
// export that was killed, are removed first. Data exports (TimelineJS,
// iCalendar) use it too.
func WriteAtomic(path string, write func(w io.Writer) error) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("export %q: %w", path, err)
		}
	}()
	dir, base := filepath.Dir(path), filepath.Base(path)
	if st, err := os.Stat(dir); err != nil {
		return fmt.Errorf("folder %q: %w", dir, bare(err))
	} else if !st.IsDir() {
		return fmt.Errorf("folder %q: not a folder", dir)
	}
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return errors.New("not a regular file")
		}
		mode = st.Mode().Perm()
	}
	removeStale(dir, time.Now())
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return bare(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = bare(err)
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// bare strips the file names from err's path errors, which name the
// temporary file the user never asked for; the caller names path.
func bare(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

// removeStale removes the temporary files WriteAtomic left in dir, for
// any target, that are older than staleAge at now: only regular files
// named exactly like ours (".NAME.DIGITS.tmp"), so nobody else's files go.
// Failures are ignored: cleaning up is a courtesy, not part of the write.
func removeStale(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !isOurTemp(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < staleAge {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// isOurTemp reports whether name follows os.CreateTemp's pattern
// "."+NAME+".*.tmp" as WriteAtomic uses it: the star is a run of decimal
// digits and NAME is not empty.
func isOurTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, ".")
	if !ok {
		return false
	}
	rest, ok = strings.CutSuffix(rest, ".tmp")
	dot := strings.LastIndexByte(rest, '.')
	if !ok || dot < 1 || dot == len(rest)-1 {
		return false
	}
	for _, r := range rest[dot+1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

package safefile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// TempSuffix ends the name of every temporary file Write creates
// (".report.dateline.123456.dateline-tmp"), so that stale ones are ours to
// remove and nobody else's.
const TempSuffix = ".dateline-tmp"

// StaleAfter is how old a temporary must be before Write removes it: older
// than any save in progress by another process could be.
const StaleAfter = time.Minute

// DefaultMode is the permission of a file Write creates.
const DefaultMode fs.FileMode = 0o644

// Write creates or replaces the file at path with what write writes, keeping
// the mode of the file it replaces (DefaultMode for a new file). When write
// or any step after it fails, path is untouched, the temporary is removed
// and the error names path.
func Write(path string, write func(io.Writer) error) error {
	return WriteMode(path, DefaultMode, write)
}

// WriteMode is Write with perm as the permission of a new file; an existing
// file keeps its own.
func WriteMode(path string, perm fs.FileMode, write func(io.Writer) error) error {
	if err := writeFile(path, perm, write); err != nil {
		return fmt.Errorf("write %q: %w", path, err)
	}
	return nil
}

// writeFile does Write's work; its errors do not name the path yet.
func writeFile(path string, perm fs.FileMode, write func(io.Writer) error) (err error) {
	if dir := filepath.Dir(path); dir != "" {
		if st, err := os.Stat(dir); err != nil {
			return fmt.Errorf("folder %q: %w", dir, bare(err))
		} else if !st.IsDir() {
			return fmt.Errorf("folder %q: not a folder", dir)
		}
	}
	target, perm, err := resolve(path, perm)
	if err != nil {
		return err
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	removeStale(dir, time.Now())
	tmp, err := os.CreateTemp(dir, "."+base+".*"+TempSuffix)
	if err != nil {
		return bare(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = bare(err) // the user never asked for the temporary's name
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; Chmod sets the mode exactly, past
	// the umask, as the old file had it.
	if err := tmp.Chmod(perm); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return err
	}
	return syncDir(dir)
}

// resolve returns the file to replace and the mode to give it: a symbolic
// link is followed, so the link stays and its target gets the new content,
// and an existing file's mode is kept.
func resolve(path string, perm fs.FileMode) (string, fs.FileMode, error) {
	target := path
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return "", 0, err
		}
	}
	fi, err := os.Stat(target)
	switch {
	case err == nil && !fi.Mode().IsRegular():
		return "", 0, fmt.Errorf("not a regular file")
	case err == nil:
		return target, fi.Mode().Perm(), nil
	case os.IsNotExist(err):
		return target, perm.Perm(), nil
	}
	return "", 0, err
}

// bare strips the file name from a path error, which names the temporary
// file; the caller names the path the user gave.
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

// syncDir flushes the folder entry of the renamed file to disk. Systems
// that cannot open or sync a folder (Windows) make the rename durable
// themselves, so those errors are not failures of the write.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !isUnsupported(err) {
		return err
	}
	return nil
}

// isUnsupported reports whether a folder sync failed only because the
// system or file system does not sync folders.
func isUnsupported(err error) bool {
	return errors.Is(err, syscall.EINVAL) || errors.Is(err, fs.ErrInvalid) || errors.Is(err, fs.ErrPermission)
}

// removeStale deletes our own temporaries in dir that are older than
// StaleAfter at now: left by a process killed mid-save. Failures are
// ignored; a temporary that stays is harmless.
func removeStale(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !IsTemp(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > StaleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// IsTemp reports whether name is one of Write's temporaries.
func IsTemp(name string) bool {
	return strings.HasPrefix(name, ".") && strings.HasSuffix(name, TempSuffix)
}

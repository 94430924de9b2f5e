package format

import (
	"io"
	"os"
	"syscall"
	"time"
)

// openRegular opens path for reading and checks, on the open descriptor,
// that it is a regular file no larger than an article can be. The open is
// non-blocking, so a FIFO with no writer is refused at once instead of
// blocking; on a regular file the flag changes nothing. It goes to the
// system directly: os.Open would add two fcntl calls and a failing
// epoll_ctl to every file, and a stat before it one more, a fifth of the
// time of reading a folder of short articles.
func openRegular(path string) (*articleFile, error) {
	var fd int
	err := ignoringEINTR(func() (err error) {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		return err
	})
	if err != nil {
		return nil, openError(path, err)
	}
	f := &articleFile{fd: fd}
	var st syscall.Stat_t
	if err := ignoringEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
		f.Close()
		return nil, &os.PathError{Op: "stat", Path: path, Err: err}
	}
	f.size, f.modified = st.Size, time.Unix(int64(st.Mtim.Sec), int64(st.Mtim.Nsec)).UTC()
	if err := checkArticleMode(st.Mode&syscall.S_IFMT == syscall.S_IFDIR, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Size); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// openError says why path could not be opened as os.Stat and os.Open
// would: a path that is missing gives stat's error, one that is no file
// to read (a socket) the refusal, and any other open's error.
func openError(path string, err error) error {
	fi, serr := os.Stat(path)
	if serr != nil {
		return serr
	}
	if cerr := checkArticleFile(fi); cerr != nil {
		return cerr
	}
	return &os.PathError{Op: "open", Path: path, Err: err}
}

// articleFile is an open article file read straight through its
// descriptor.
type articleFile struct {
	fd       int
	size     int64
	modified time.Time
	// read counts the bytes read; atEnd says a read came back short with
	// all size bytes read, which on a regular file is its end.
	read  int64
	atEnd bool
}

// Read reads from the file; it returns io.EOF at its end. A short read
// that brings the count to the size fstat gave is the end, and the read
// after it is answered without asking the system for a zero.
func (f *articleFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if f.atEnd {
		return 0, io.EOF
	}
	var n int
	err := ignoringEINTR(func() (err error) { n, err = syscall.Read(f.fd, p); return err })
	switch {
	case err != nil:
		return 0, err
	case n == 0:
		return 0, io.EOF
	}
	f.read += int64(n)
	f.atEnd = n < len(p) && f.read == f.size
	return n, nil
}

// Close closes the descriptor.
func (f *articleFile) Close() error { return syscall.Close(f.fd) }

// ignoringEINTR calls fn again while it is interrupted by a signal.
func ignoringEINTR(fn func() error) error {
	for {
		if err := fn(); err != syscall.EINTR {
			return err
		}
	}
}

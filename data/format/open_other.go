//go:build !linux

package format

import (
	"os"
	"time"
)

// openRegular checks that path is a regular file no larger than an
// article can be, opens it, and checks the open file again, since the path
// may have been replaced between the two looks. A FIFO, device or socket
// is refused before it is opened, since opening one can block forever.
func openRegular(path string) (*articleFile, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkArticleFile(fi); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if fi, err = f.Stat(); err == nil {
		err = checkArticleFile(fi)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return &articleFile{File: f, size: fi.Size(), modified: fi.ModTime().UTC()}, nil
}

// articleFile is an open article file.
type articleFile struct {
	*os.File
	size     int64
	modified time.Time
}

package cli

import (
	"bufio"
	"fmt"
	"os"
	"slices"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
)

// spoolMem is how many bytes of encoded events a spool keeps in memory
// before it moves them to a temporary file.
const spoolMem = 16 << 20

// spool holds the events of the extract command, encoded as they will be
// written, until all are in, and then writes them in time order. What it
// keeps in memory per event is a sort key and an offset (40 bytes); the
// records themselves go to an unlinked temporary file once they pass
// limit bytes. So the command's memory is bounded by the largest article
// it reads, not by the whole input (issue 10), and the output is byte for
// byte what sorting all events and writing them at once gives.
type spool struct {
	enc   *format.EventWriter // encodes only; the output gets its own writer
	keys  []data.EventKey
	offs  []int64 // record i is at [offs[i], offs[i+1])
	limit int
	mem   []byte
	file  *os.File
	fw    *bufio.Writer
	buf   []byte // a record read back from file
}

func newSpool(l format.Layout, limit int) *spool {
	return &spool{enc: format.NewEventWriter(nil, l), offs: []int64{0}, limit: limit}
}

// add encodes the events of one article and keeps them.
func (s *spool) add(events []data.Event) error {
	for _, e := range events {
		b, err := s.enc.Encode(e)
		if err != nil {
			return err
		}
		if err := s.store(b); err != nil {
			return err
		}
		s.keys = append(s.keys, data.KeyOf(e, len(s.keys)))
		s.offs = append(s.offs, s.offs[len(s.offs)-1]+int64(len(b)))
	}
	return nil
}

// store appends one record to memory, or to the file once memory is full.
func (s *spool) store(b []byte) error {
	if s.file == nil && len(s.mem)+len(b) <= s.limit {
		s.mem = append(s.mem, b...)
		return nil
	}
	if s.file == nil {
		if err := s.spill(); err != nil {
			return err
		}
	}
	_, err := s.fw.Write(b)
	return err
}

// spill moves the records in memory to a new temporary file, unlinked at
// once where the system allows, so that nothing is left behind even when
// the process is killed.
func (s *spool) spill() error {
	f, err := os.CreateTemp("", "dateline-extract-*.spool")
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	os.Remove(f.Name()) // fails on Windows while open; close removes it there
	s.file, s.fw = f, bufio.NewWriterSize(f, 256<<10)
	if _, err := s.fw.Write(s.mem); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.mem = nil
	return nil
}

// writeTo writes the events in time order, as data.SortEvents orders them,
// to w.
func (s *spool) writeTo(w *format.EventWriter) error {
	if s.fw != nil {
		if err := s.fw.Flush(); err != nil {
			return fmt.Errorf("spool: %w", err)
		}
	}
	slices.SortFunc(s.keys, data.EventKey.Compare)
	for _, k := range s.keys {
		b, err := s.record(k.Index)
		if err != nil {
			return err
		}
		if err := w.WriteEncoded(b); err != nil {
			return err
		}
	}
	return w.Close()
}

// record returns record i, valid until the next call.
func (s *spool) record(i int) ([]byte, error) {
	from, to := s.offs[i], s.offs[i+1]
	if s.file == nil {
		return s.mem[from:to], nil
	}
	s.buf = slices.Grow(s.buf[:0], int(to-from))[:to-from]
	if _, err := s.file.ReadAt(s.buf, from); err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	return s.buf, nil
}

// close drops the temporary file, if there is one.
func (s *spool) close() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
	}
}

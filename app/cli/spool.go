package cli

import (
	"bufio"
	"container/heap"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/format"
)

// spoolMem is how many bytes of encoded events a spool keeps in memory
// before it moves them to a temporary file.
const spoolMem = 16 << 20

// runBuffer is the read buffer of each sorted run while the runs are
// merged.
const runBuffer = 64 << 10

// spool holds the events of the extract command, encoded as they will be
// written, until all are in, and then writes them in time order. Records
// gather in memory up to limit bytes; then they are sorted and written to
// an unlinked temporary file as one run, and the next records start the
// next run. At the end the runs (and the records still in memory) are
// merged, each run read front to back. So the command's memory is bounded
// by the largest article it reads and a read buffer per run, not by the
// whole input (issue 10), the file is read sequentially rather than a
// record at a time, and the output is byte for byte what sorting all
// events and writing them at once gives. A run leaves out of the file the
// article fields of a record whose article is that of the record before
// it in the run (the events of one long article, in time order; an
// article does not change while its events are spooled), and puts them
// back as it is read: writing the file was a tenth of the command's
// CPU time on one 50 MB article, and its article fields near a third of
// the bytes.
type spool struct {
	enc   *format.EventWriter // encodes only; the output gets its own writer
	limit int
	n     int // events added so far; the next one's Index
	cur   run // the run in memory
	runs  []fileRun
	file  *os.File
	fw    *bufio.Writer
	size  int64 // bytes written to file
	// article is the article of the events added last, and serial
	// counts the changes of article from one event added to the next.
	article *data.Article
	serial  int32
}

// run is records in memory with their sort keys; the record of the key
// with Index base+i is at [offs[i], offs[i+1]) of mem.
type run struct {
	base  int
	keys  []data.EventKey
	offs  []int
	parts []articlePart
	// serials holds each record's spool.serial: records of one serial
	// have the same article fields.
	serials []int32
	mem     []byte
}

// articlePart is where a record's article fields are (see
// format.EventWriter.EncodeShared): n bytes from byte at of the whole
// record. In a file run n < 0 says the file leaves out those -n bytes,
// the same as the last ones the run wrote.
type articlePart struct{ at, n int32 }

// fileRun is a sorted run in the spool file: the keys in order, and each
// record's length.
type fileRun struct {
	keys  []data.EventKey
	lens  []int32
	parts []articlePart
	at    int64 // where it starts in the file
}

// newSpool makes a spool; its run in memory takes room for limit bytes at
// once rather than growing to it, which would hold the old array and the
// new one together while it copies (a peak of about twice the limit) and
// copy the records each time. Pages of the room that are never written
// are never taken from the system.
func newSpool(l format.Layout, limit int) *spool {
	return &spool{enc: format.NewEventWriter(nil, l), limit: limit, cur: run{offs: []int{0}, mem: make([]byte, 0, limit)}}
}

// add encodes the events of one article and keeps them.
func (s *spool) add(events []data.Event) error {
	for _, e := range events {
		b, from, to, err := s.enc.EncodeShared(e)
		if err != nil {
			return err
		}
		if len(s.cur.keys) > 0 && len(s.cur.mem)+len(b) > s.limit {
			if err := s.spill(); err != nil {
				return err
			}
		}
		s.cur.mem = append(s.cur.mem, b...)
		s.cur.keys = append(s.cur.keys, data.KeyOf(e, s.n))
		s.cur.offs = append(s.cur.offs, len(s.cur.mem))
		if e.Article != s.article {
			s.article, s.serial = e.Article, s.serial+1
		}
		s.cur.parts = append(s.cur.parts, articlePart{int32(from), int32(to - from)})
		s.cur.serials = append(s.cur.serials, s.serial)
		s.n++
	}
	return nil
}

// spill sorts the run in memory and appends it to the temporary file,
// made on first use and unlinked at once where the system allows, so that
// nothing is left behind even when the process is killed.
func (s *spool) spill() error {
	if s.file == nil {
		f, err := os.CreateTemp("", "dateline-extract-*.spool")
		if err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		os.Remove(f.Name()) // fails on Windows while open; close removes it there
		s.file, s.fw = f, bufio.NewWriterSize(f, 256<<10)
	}
	r := fileRun{at: s.size, lens: make([]int32, len(s.cur.keys)), parts: make([]articlePart, len(s.cur.keys))}
	order := s.cur.sorted()
	last := int32(-1) // the serial of the article fields written last
	for i, k := range order {
		b, p, serial := s.cur.record(k), s.cur.part(k), s.cur.serials[k.Index-s.cur.base]
		if p.n > 0 && serial == last {
			if err := s.write(b[:p.at], b[p.at+p.n:]); err != nil {
				return err
			}
			r.lens[i], p.n = int32(len(b))-p.n, -p.n
		} else {
			if err := s.write(b, nil); err != nil {
				return err
			}
			r.lens[i] = int32(len(b))
			if p.n > 0 {
				last = serial
			}
		}
		r.parts[i] = p
		s.size += int64(r.lens[i])
	}
	r.keys = slices.Clone(order)
	s.runs = append(s.runs, r)
	s.cur.base, s.cur.keys, s.cur.offs, s.cur.mem = s.n, s.cur.keys[:0], s.cur.offs[:1], s.cur.mem[:0]
	s.cur.parts, s.cur.serials = s.cur.parts[:0], s.cur.serials[:0]
	return nil
}

// write appends a and b to the spool file; the writer keeps the error of
// the first, which the second returns.
func (s *spool) write(a, b []byte) error {
	s.fw.Write(a)
	if _, err := s.fw.Write(b); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// sorted sorts the run's keys in time order and returns them.
func (r *run) sorted() []data.EventKey {
	slices.SortFunc(r.keys, data.EventKey.Compare)
	return r.keys
}

// record returns the record of key k, one of the run's.
func (r *run) record(k data.EventKey) []byte {
	i := k.Index - r.base
	return r.mem[r.offs[i]:r.offs[i+1]]
}

// part returns where the article fields of key k's record are.
func (r *run) part(k data.EventKey) articlePart { return r.parts[k.Index-r.base] }

// writeTo writes the events in time order, as data.SortEvents orders them,
// to w.
func (s *spool) writeTo(w *format.EventWriter) error {
	if s.file == nil {
		order := s.cur.sorted()
		for _, k := range order {
			if err := w.WriteEncoded(s.cur.record(k)); err != nil {
				return err
			}
		}
		return w.Close()
	}
	if len(s.cur.keys) > 0 {
		if err := s.spill(); err != nil {
			return err
		}
	}
	if err := s.fw.Flush(); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	if err := s.merge(w); err != nil {
		return err
	}
	return w.Close()
}

// merge writes the records of the file's runs to w in key order.
func (s *spool) merge(w *format.EventWriter) error {
	h := make(runHeap, 0, len(s.runs))
	for i := range s.runs {
		r := &s.runs[i]
		end := s.size
		if i+1 < len(s.runs) {
			end = s.runs[i+1].at
		}
		h = append(h, &runReader{run: r, in: bufio.NewReaderSize(io.NewSectionReader(s.file, r.at, end-r.at), runBuffer)})
	}
	heap.Init(&h)
	var buf, whole []byte
	for len(h) > 0 {
		rr := h[0]
		n, p := int(rr.run.lens[rr.next]), rr.run.parts[rr.next]
		buf = slices.Grow(buf[:0], n)[:n]
		if _, err := io.ReadFull(rr.in, buf); err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		rec := buf
		switch {
		case p.n < 0: // the fields the run wrote last go back in
			whole = append(append(append(whole[:0], buf[:p.at]...), rr.article...), buf[p.at:]...)
			rec = whole
		case p.n > 0:
			rr.article = append(rr.article[:0], buf[p.at:p.at+p.n]...)
		}
		if err := w.WriteEncoded(rec); err != nil {
			return err
		}
		if rr.next++; rr.next == len(rr.run.keys) {
			heap.Pop(&h)
		} else {
			heap.Fix(&h, 0)
		}
	}
	return nil
}

// runReader reads one sorted run of the file front to back; next is the
// record it reads next.
type runReader struct {
	run     *fileRun
	in      *bufio.Reader
	next    int
	article []byte // the article fields of the run's last whole record
}

// runHeap orders run readers by the key of their next record.
type runHeap []*runReader

func (h runHeap) Len() int { return len(h) }
func (h runHeap) Less(i, j int) bool {
	return h[i].run.keys[h[i].next].Compare(h[j].run.keys[h[j].next]) < 0
}
func (h runHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)   { *h = append(*h, x.(*runReader)) }
func (h *runHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// close drops the temporary file, if there is one.
func (s *spool) close() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
	}
}

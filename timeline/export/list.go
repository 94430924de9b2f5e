package export

import (
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
)

// An export never hides an event: where the timeline had to cut a label
// short or leave one out, the page adds the list of every event in time
// order, numbered, each with its date and whole title, wrapped in columns
// below the timeline (or on pages of its own in a PDF).

// listLine is one line of the event list, placed relative to the list's
// top left corner.
type listLine struct {
	x, y float32
	text string
}

// eventList is the event list laid out in columns of a box.
type eventList struct {
	style  draw.TextStyle
	lineH  float32
	lines  []listLine
	height float32 // the height the lines take
	pages  int     // the pages it runs on
}

// listColumn is the width of a column of the list, in text sizes: room
// for a title of a dozen words on one line or two.
const listColumn = 36

// needsList reports whether the Scene drawn hides anything of an event:
// a label cut or left out, an item in a cluster or in a row off the page.
func needsList(sc *timeline.Scene, offscreen int) bool {
	if len(sc.Clusters) > 0 || offscreen > 0 || len(sc.Labels) < len(sc.Points)+len(sc.Spans) {
		return true
	}
	for i := range sc.Labels {
		if sc.Labels[i].Clipped {
			return true
		}
	}
	return false
}

// layoutList sets the list of idx's items in columns across width w at
// text size ts, measured by fs: "12. 21 Nov 2024 — title", wrapped at
// word boundaries. With pageH 0 the list is one box whose columns share
// the lines evenly; otherwise it runs on pages of height pageH, columns
// filled in turn, and page k's lines lie from k × pageH down (see draw).
func layoutList(fs draw.Canvas, idx *timeline.Index, w, ts, pageH float32) *eventList {
	l := &eventList{style: draw.TextStyle{Size: ts}, lineH: 1.4 * ts}
	cols := max(1, int(w/(listColumn*ts)))
	colW := (w - float32(cols-1)*ts) / float32(cols)
	var entries [][]string
	total := 0
	for n, item := 0, idx.First(); n < idx.Len(); n, item = n+1, idx.Next(item, 1) {
		entry := wrap(fs, listEntry(n+1, idx.Item(item)), colW, l.style)
		entries = append(entries, entry)
		total += len(entry)
	}
	perCol := (total + cols - 1) / cols
	if pageH > 0 {
		perCol = max(1, int(pageH/l.lineH))
	}
	col, row, page := 0, 0, 0
	for _, entry := range entries {
		if row > 0 && row+len(entry) > perCol {
			switch {
			case col < cols-1:
				col, row = col+1, 0
			case pageH > 0:
				col, row, page = 0, 0, page+1
			}
		}
		for i, text := range entry {
			x := float32(col) * (colW + ts)
			if i > 0 {
				x += 1.5 * ts // continuation lines indent
			}
			y := float32(page)*pageH + float32(row)*l.lineH
			l.lines = append(l.lines, listLine{x: x, y: y, text: text})
			row++
		}
		l.height = max(l.height, float32(page)*pageH+float32(row)*l.lineH)
	}
	l.pages = page + 1
	return l
}

// listEntry is an item's entry in the list: number, date, title.
func listEntry(n int, it timeline.Item) string {
	layout := "2 Jan 2006"
	if it.Span {
		layout = "Jan 2006"
	}
	return thousands(n) + ". " + it.Start.Format(layout) + " — " + it.Label
}

// wrap breaks s into lines of at most width w in style st, at spaces; a
// word longer than a line stands alone on its line.
func wrap(fs draw.Canvas, s string, w float32, st draw.TextStyle) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if line != "" && fs.MeasureText(try, st) > w {
			lines = append(lines, line)
			try = word
		}
		line = try
	}
	return append(lines, line)
}

// draw draws, at (x, y) on c, the lines of l that lie from from (relative
// to the list's top) within height h, and returns the y of the first line
// left out below, or -1 when all are drawn.
func (l *eventList) draw(c draw.Canvas, x, y, from, h float32, th Theme) float32 {
	col := th.Color(timeline.ColorForeground)
	next := float32(-1)
	for _, ln := range l.lines {
		if ln.y < from {
			continue
		}
		if ln.y+l.lineH > from+h {
			if next < 0 || ln.y < next {
				next = ln.y
			}
			continue
		}
		c.Text(x+ln.x, y+ln.y-from, c.MeasureText(ln.text, l.style), l.lineH, ln.text, l.style, col, draw.AlignLeft)
	}
	return next
}

package timeline

import "time"

// Theme colour names used in a Scene. They equal Fyne's theme colour names
// (theme.ColorNamePrimary is "primary", and so on), so a renderer converts
// with fyne.ThemeColorName(name) and looks the colour up in its theme;
// exporters map them to their own palette. Item colours are separate: marks
// carry the Item's palette index.
const (
	ColorBackground = "background"
	ColorForeground = "foreground"
	ColorPrimary    = "primary"
	ColorDisabled   = "disabled"
	ColorSeparator  = "separator"
	ColorHover      = "hover"
	ColorSelection  = "selection"
	ColorFocus      = "focus"
	ColorError      = "error"
)

// Scene is a plain description of one frame of the timeline, in pixels with
// the origin at the top left, y growing downwards. The on-screen renderer
// and the image exporters draw the same Scene, so they agree.
//
// Everything in a Scene lies inside [0, Width] × [0, Height]; labels never
// overlap each other. A Scene returned by Layout.Build is owned by the
// Layout and valid until its next Build: copy what must outlive it.
//
// timeline/draw.Draw draws it in field order: lanes, breaks, ticks,
// markers, spans, points, clusters, labels, edges.
type Scene struct {
	// Width and Height are the size the Scene was laid out for.
	Width, Height float32
	// TextSize is the size labels were measured at (Metrics.TextSize):
	// draw text at it so that what was measured is what is drawn.
	TextSize float32
	// Rung is the tier of the minor ticks; Major that of the major ticks
	// (NoRung when none). Useful for status text and tests.
	Rung, Major Rung
	// Axis is the band at the top holding the tick labels.
	Axis Axis
	// Lanes are the horizontal bands items are grouped into, top to bottom.
	Lanes []Lane
	// Breaks are the marks of compressed empty time in view, left to
	// right; none on a linear Scale.
	Breaks []BreakMark
	// Ticks are the calendar ticks of both tiers: the minor ones left to
	// right, then the major ones left to right, then NoLine ticks naming
	// the major period at the left edge and after each break, where its
	// own tick is out of view.
	Ticks []Tick
	// Markers are full-height vertical lines such as "today".
	Markers []Marker
	// Spans are items coarser than a day, drawn as bars over their range.
	Spans []SpanMark
	// Points are items of a day or finer, drawn as dots.
	Points []PointMark
	// Clusters stand for items that found no free row.
	Clusters []Cluster
	// Labels are the item texts; they never overlap one another.
	Labels []Label
	// Edges say what lies beyond the view's left and right edges
	// ("← 9 earlier events, 1999–2024"); a tap on one goes there.
	Edges []Edge
}

// BreakMark is a break of a piecewise Scale in view: compressed empty
// time drawn from X0 to X1, the full height, with the axis line broken.
type BreakMark struct {
	// X0 and X1 bound the mark, clipped to the view.
	X0, X1 float32
	// Y0 and Y1 are the ends of the band: the full height.
	Y0, Y1 float32
	// Start and End are the Unix seconds of the empty time it stands for.
	Start, End float64
	// Color fills the band; LineColor draws the break strokes on the axis.
	Color, LineColor string
}

// Edge is the note at one edge of the view of how many items lie wholly
// beyond it and when, as a box at (X, Y) of size W × H holding Text.
type Edge struct {
	// X, Y, W and H place the box.
	X, Y, W, H float32
	// Count is the number of items beyond the edge; Later is set for the
	// right edge.
	Count int
	Later bool
	// Text is the note, such as "← 9 earlier events, 1999–2024".
	Text string
	// Start and End are the Unix seconds from the first start to the last
	// start of those items, for going there.
	Start, End float64
	// Fill and TextColor are theme colour names.
	Fill, TextColor string
}

// Range returns the time the edge's items cover, in UTC.
func (e *Edge) Range() (start, end time.Time) {
	return unixTime(e.Start), unixTime(e.End)
}

// EdgeAt returns the index in Edges of the edge note under (x, y), or -1.
func (sc *Scene) EdgeAt(x, y float32) int {
	for i := range sc.Edges {
		e := &sc.Edges[i]
		if inBox(x, y, e.X, e.Y, e.W, e.H) {
			return i
		}
	}
	return -1
}

// Axis is the band at the top of the Scene where tick labels sit: major
// labels in the upper half, minor ones in the lower half.
type Axis struct {
	// Y and H bound the band vertically; it spans the full width.
	Y, H float32
	// Color is the colour of the line along the band's bottom edge.
	Color string
}

// Lane is one horizontal band of items with an optional header.
type Lane struct {
	// Y and H bound the whole lane, header included.
	Y, H float32
	// HeaderH is the height of the header strip at the top of the lane; 0
	// when lanes have no names (a single default lane).
	HeaderH float32
	// Name is the header text.
	Name string
	// Color is the colour of the separator line at the lane's top edge.
	Color string
}

// Tick is one tick of the axis. Its line runs from Y0 to Y1 at X; its
// label, if Label is not empty, is a text box at (LabelX, LabelY) of size
// LabelW × LabelH, to be drawn left-aligned and vertically centred.
type Tick struct {
	// X is the tick's position: the instant of its calendar boundary.
	X float32
	// Y0 and Y1 are the ends of the tick line.
	Y0, Y1 float32
	// Major ticks belong to the coarser tier ("November 2024"); their lines
	// run the full height as grid lines.
	Major bool
	// NoLine marks a label-only tick: the major label kept at the left edge
	// for context when the major tick itself lies left of the view.
	NoLine bool
	// Label is the tick's text ("Nov", "2024"), empty where it would not
	// fit without overlapping its neighbour.
	Label string
	// LabelX, LabelY, LabelW, LabelH place the label's text box.
	LabelX, LabelY, LabelW, LabelH float32
	// LineColor and TextColor are theme colour names.
	LineColor, TextColor string
}

// Marker is a full-height vertical line at X, such as today's date or the
// selected article's publication date.
type Marker struct {
	// X is the marked instant's position.
	X float32
	// Y0 and Y1 are the ends of the line: the full height.
	Y0, Y1 float32
	// Name says what the marker is: "today" or "highlight".
	Name string
	// Color is a theme colour name.
	Color string
}

// Marker names.
const (
	MarkerToday     = "today"
	MarkerHighlight = "highlight"
)

// SpanMark is an item of coarser than day precision, a bar from X0 to X1
// (clipped to the view) with its top at Y and height H. The renderer draws
// spans softer than points, with fading ends.
type SpanMark struct {
	// X0 and X1 bound the bar horizontally, within the view.
	X0, X1 float32
	// Y is the bar's top, H its height (a little less than a row).
	Y, H float32
	// Item is the item's index in the Index.
	Item int
	// Palette is the Item's Color.
	Palette int
	// Approx marks an uncertain date; Selected the selected item.
	Approx, Selected bool
	// Dim marks an item faded by a search it does not match.
	Dim bool
	// ClipStart and ClipEnd are set when the span continues past the left
	// or right edge of the view; do not fade a clipped end.
	ClipStart, ClipEnd bool
}

// PointMark is an item of day or finer precision, a dot of radius R
// centred on (X, Y).
type PointMark struct {
	// X and Y are the dot's centre, R its radius (Metrics.PointRadius).
	X, Y, R float32
	// Item is the item's index in the Index.
	Item int
	// Palette is the Item's Color.
	Palette int
	// Approx marks an uncertain date; Selected the selected item.
	Approx, Selected bool
	// Dim marks an item faded by a search it does not match.
	Dim bool
}

// Label is an item's text in a box at (X, Y) of size W × H, to be drawn
// left-aligned and vertically centred. W is the measured text width unless
// Clipped is set, in which case the text is wider than W and must be cut
// (with an ellipsis) to fit.
type Label struct {
	// X, Y, W and H place the text box; H is the row height.
	X, Y, W, H float32
	// Text is the item's label, whole even when Clipped.
	Text string
	// Item is the item's index in the Index.
	Item int
	// Selected marks the selected item's label (drawn bold); Approx an
	// uncertain one (drawn italic).
	Selected, Approx bool
	// Dim marks an item faded by a search it does not match.
	Dim bool
	// Clipped is set when Text is wider than W, cut at the view's edge,
	// a break mark, an edge note or a span's end (labels cross none of
	// them): draw it shortened with an ellipsis.
	Clipped bool
	// Color is a theme colour name for the text: the foreground, also for
	// the selected label (stressed by weight, not hue: a primary-coloured
	// label would vanish on its own selected span), and the disabled
	// colour for uncertain ones.
	Color string
}

// Cluster is a badge standing for Count items that found no free row in
// their lane, drawn as a rounded box at (X, Y) of size W × H holding Text
// ("+12"). Zooming in splits clusters as room appears.
type Cluster struct {
	// X, Y, W and H place the badge on its lane's last row.
	X, Y, W, H float32
	// Count is the number of items hidden in the badge.
	Count int
	// Text is Count written as "+12".
	Text string
	// Lane is the lane index the cluster belongs to.
	Lane int
	// First and Last are the earliest and latest hidden items (indices in
	// the Index); Start and End, in Unix seconds, bound the hidden items'
	// time so a click can zoom to them.
	First, Last int
	// Start and End are Unix seconds; see Range for times.
	Start, End float64
	// Selected is set when the selected item is hidden in this cluster.
	Selected bool
	// Fill and TextColor are theme colour names.
	Fill, TextColor string
}

// Range returns the time the cluster's hidden items cover, in UTC, for
// zooming to them.
func (c *Cluster) Range() (start, end time.Time) {
	return unixTime(c.Start), unixTime(c.End)
}

// unixTime converts fractional Unix seconds to a UTC time.
func unixTime(sec float64) time.Time {
	return addSeconds(time.Unix(0, 0), sec).UTC()
}

// HitTest reports what is drawn under (x, y): an item index (into the
// Index) with cluster -1, or a cluster index (into Clusters) with item -1,
// or -1, -1 for nothing. Labels and points win over spans, which are
// larger and drawn underneath.
func (sc *Scene) HitTest(x, y float32) (item int, cluster int) {
	for i := range sc.Clusters {
		c := &sc.Clusters[i]
		if inBox(x, y, c.X, c.Y, c.W, c.H) {
			return -1, i
		}
	}
	for i := range sc.Labels {
		l := &sc.Labels[i]
		if inBox(x, y, l.X, l.Y, l.W, l.H) {
			return l.Item, -1
		}
	}
	for i := range sc.Points {
		p := &sc.Points[i]
		// A little slack makes small dots easier to hit.
		r := p.R + 2
		if inBox(x, y, p.X-r, p.Y-r, 2*r, 2*r) {
			return p.Item, -1
		}
	}
	for i := range sc.Spans {
		s := &sc.Spans[i]
		if inBox(x, y, s.X0, s.Y, s.X1-s.X0, s.H) {
			return s.Item, -1
		}
	}
	return -1, -1
}

// inBox reports whether (x, y) lies in the box at (bx, by) of size w × h.
func inBox(x, y, bx, by, w, h float32) bool {
	return x >= bx && x <= bx+w && y >= by && y <= by+h
}

// reset empties the Scene, keeping its buffers.
func (sc *Scene) reset(width, height, textSize float32) {
	*sc = Scene{
		Width: width, Height: height, TextSize: textSize,
		Rung: NoRung, Major: NoRung,
		Lanes:    sc.Lanes[:0],
		Breaks:   sc.Breaks[:0],
		Ticks:    sc.Ticks[:0],
		Markers:  sc.Markers[:0],
		Spans:    sc.Spans[:0],
		Points:   sc.Points[:0],
		Clusters: sc.Clusters[:0],
		Labels:   sc.Labels[:0],
		Edges:    sc.Edges[:0],
	}
}

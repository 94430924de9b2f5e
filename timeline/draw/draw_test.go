package draw_test

import (
	"context"
	"errors"
	"image/color"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
	"github.com/dateline/dateline/timeline/draw/drawtest"
)

// namedTheme gives each theme colour name a colour of its own, so a test
// can tell from a colour which name was drawn.
type namedTheme map[string]color.NRGBA

func (t namedTheme) Color(name string) color.NRGBA { return t[name] }

var testTheme = namedTheme{
	timeline.ColorForeground: {R: 1, A: 0xff},
	timeline.ColorPrimary:    {R: 0x29, G: 0x6f, B: 0xf6, A: 0xff},
	timeline.ColorDisabled:   {R: 3, A: 0xff},
	timeline.ColorSeparator:  {R: 4, A: 0xff},
	timeline.ColorHover:      {R: 5, A: 0xff},
	timeline.ColorSelection:  {R: 6, A: 0xff},
	timeline.ColorError:      {R: 7, A: 0xff},
}

// markScene holds one of every mark; the positions are made up.
func markScene() *timeline.Scene {
	const fg, sep = timeline.ColorForeground, timeline.ColorSeparator
	return &timeline.Scene{
		Width: 400, Height: 200, TextSize: 10,
		Axis:    timeline.Axis{H: 40, Color: sep},
		Lanes:   []timeline.Lane{{Y: 40, H: 160, HeaderH: 15, Name: "Kazakhstan", Color: sep}},
		Ticks:   []timeline.Tick{{X: 100, Y1: 200, Major: true, Label: "2024", LabelX: 102, LabelW: 28, LabelH: 20, LineColor: sep, TextColor: fg}},
		Markers: []timeline.Marker{{X: 300, Y1: 200, Name: timeline.MarkerToday, Color: timeline.ColorError}},
		Spans:   []timeline.SpanMark{{X0: 120, X1: 220, Y: 60, H: 16, Palette: 1, Selected: true}},
		Points: []timeline.PointMark{
			{X: 50, Y: 100, R: 3, Palette: 2, Approx: true},
			{X: 250, Y: 100, R: 3, Palette: 0, Selected: true},
		},
		Clusters: []timeline.Cluster{{X: 330, Y: 150, W: 30, H: 16, Count: 3, Text: "+3", Selected: true, Fill: timeline.ColorHover, TextColor: fg}},
		Labels: []timeline.Label{
			{X: 258, Y: 92, W: 42, H: 16, Text: "Astana", Selected: true, Color: fg},
			{X: 58, Y: 92, W: 40, H: 16, Text: "Referendum", Approx: true, Clipped: true, Color: timeline.ColorDisabled},
		},
	}
}

// TestDraw_Marks draws one Scene to a recording Canvas and checks the
// calls every backend receives, mark by mark.
func TestDraw_Marks(t *testing.T) {
	var rec drawtest.Recorder
	draw.Draw(&rec, markScene(), testTheme)
	fg, pal := testTheme[timeline.ColorForeground], func(i int) color.NRGBA {
		return timeline.PaletteColor(i)
	}
	type markCase struct {
		what string
		op   drawtest.Op // the fields that matter; zero ones are not compared
	}
	cases := []markCase{
		{"axis line", drawtest.Op{Kind: "StrokeLine", Y: 40, W: 400, H: 40, Width: 1, Color: testTheme[timeline.ColorSeparator]}},
		{"lane separator", drawtest.Op{Kind: "StrokeLine", Y: 40, W: 400, H: 40, Width: 1, Color: testTheme[timeline.ColorSeparator]}},
		{"major tick line", drawtest.Op{Kind: "StrokeLine", X: 100, W: 100, H: 200, Width: 1}},
		{"major tick label, bold", drawtest.Op{Kind: "Text", X: 102, Text: "2024", Style: draw.TextStyle{Size: 10, Bold: true}, Color: fg}},
		{"lane header backing, over the grid", drawtest.Op{Kind: "FillRect", Y: 41, H: 14}},
		{"lane header", drawtest.Op{Kind: "Text", X: 4, Y: 40, Text: "Kazakhstan", Style: draw.TextStyle{Size: 10, Bold: true}, Color: fg}},
		{"today marker", drawtest.Op{Kind: "StrokeLine", X: 300, W: 300, H: 200, Width: 2, Color: testTheme[timeline.ColorError]}},
		{"span fades in", drawtest.Op{Kind: "FillFade", X: 120, Y: 60, W: 24, H: 16, Color: draw.WithAlpha(pal(1), 0x70)}},
		{"span fades out", drawtest.Op{Kind: "FillFade", X: 196, Y: 60, W: 24, H: 16, Color: draw.WithAlpha(pal(1), 0)}},
		{"span body", drawtest.Op{Kind: "FillRect", X: 144, Y: 60, W: 52, H: 16, Color: draw.WithAlpha(pal(1), 0x70)}},
		{"selected span outline, inside", drawtest.Op{Kind: "StrokeRect", X: 120.75, Y: 60.75, W: 98.5, H: 14.5, Width: 1.5, Color: fg}},
		{"uncertain dot, hollow", drawtest.Op{Kind: "StrokeCircle", X: 50, Y: 100, W: 2, Width: 2, Color: pal(2)}},
		{"selected dot, larger", drawtest.Op{Kind: "FillCircle", X: 250, Y: 100, W: 5, Color: pal(0)}},
		{"selected dot ring", drawtest.Op{Kind: "StrokeCircle", X: 250, Y: 100, W: 4, Width: 2, Color: fg}},
		{"cluster badge", drawtest.Op{Kind: "FillRect", X: 330, Y: 150, W: 30, H: 16, Color: testTheme[timeline.ColorHover]}},
		{"selected cluster outline", drawtest.Op{Kind: "StrokeRect", X: 330.75, Y: 150.75, Width: 1.5, Color: fg}},
		{"cluster count", drawtest.Op{Kind: "Text", Text: "+3", Style: draw.TextStyle{Size: 10, Bold: true}, Color: fg}},
		{"selected label: bold, foreground", drawtest.Op{Kind: "Text", X: 258, Text: "Astana", Style: draw.TextStyle{Size: 10, Bold: true}, Color: fg}},
		{"clipped uncertain label: cut, italic, disabled", drawtest.Op{Kind: "Text", X: 58, Text: "Refe…", Style: draw.TextStyle{Size: 10, Italic: true}, Color: testTheme[timeline.ColorDisabled]}},
	}
	if len(rec.Ops) != len(cases) {
		t.Fatalf("%d ops, want %d:\n%s", len(rec.Ops), len(cases), opList(rec.Ops))
	}
	for i, c := range cases {
		if got := rec.Ops[i]; !matches(got, c.op) {
			t.Errorf("op %d (%s) = %v, want %v", i, c.what, got, c.op)
		}
	}
}

// matches compares the non-zero fields of want with got.
func matches(got, want drawtest.Op) bool {
	eq := func(g, w float32) bool { return w == 0 || g == w }
	return got.Kind == want.Kind && eq(got.X, want.X) && eq(got.Y, want.Y) && eq(got.W, want.W) && eq(got.H, want.H) &&
		eq(got.Width, want.Width) && (want.Text == "" || got.Text == want.Text) &&
		(want.Style == draw.TextStyle{} || got.Style == want.Style) && (want.Color == color.NRGBA{} || got.Color == want.Color)
}

func opList(ops []drawtest.Op) string {
	var b strings.Builder
	for _, o := range ops {
		b.WriteString(o.String() + "\n")
	}
	return b.String()
}

func TestDrawContext_Cancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var rec drawtest.Recorder
	if err := draw.DrawContext(ctx, &rec, markScene(), testTheme); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if rec.Count("FillCircle")+rec.Count("Text") > 3 {
		t.Errorf("cancelled drawing went on:\n%s", opList(rec.Ops))
	}
}

// TestMark_Shapes checks the calls that draw each mark shape, filled and
// hollow: the shapes that tell sources apart past the palette's colours.
func TestMark_Shapes(t *testing.T) {
	col := timeline.PaletteColor(0)
	type shapeCase struct {
		shape  timeline.Shape
		filled bool
		kind   string // the first call
		calls  int
	}
	for _, c := range []shapeCase{
		{timeline.ShapeDot, true, "FillCircle", 1},
		{timeline.ShapeDot, false, "StrokeCircle", 1},
		{timeline.ShapeSquare, true, "FillRect", 1},
		{timeline.ShapeSquare, false, "StrokeRect", 1},
		{timeline.ShapeDiamond, true, "StrokeLine", 1},
		{timeline.ShapeDiamond, false, "StrokeLine", 4},
	} {
		var rec drawtest.Recorder
		draw.Mark(&rec, c.shape, 50, 50, 4, c.filled, col)
		if len(rec.Ops) != c.calls || rec.Ops[0].Kind != c.kind || rec.Ops[0].Color != col {
			t.Errorf("shape %d filled %v: %s, want %d × %s", c.shape, c.filled, opList(rec.Ops), c.calls, c.kind)
		}
		for _, op := range rec.Ops {
			if lo, hi := min(op.X, op.W), max(op.X, op.W); op.Kind == "StrokeLine" && (lo < 45 || hi > 55) {
				t.Errorf("shape %d: line %v leaves the mark's box", c.shape, op)
			}
		}
	}
}

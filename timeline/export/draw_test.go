package export_test

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/draw"
	"github.com/dateline/dateline/timeline/export"
)

// goldenScene is a hand-written Scene holding every kind of mark, so the
// drawing goldens test the backends alone and do not change when the
// timeline's layout does.
func goldenScene() *timeline.Scene {
	const fg, sep = timeline.ColorForeground, timeline.ColorSeparator
	return &timeline.Scene{
		Width: 480, Height: 240, TextSize: 12,
		Axis: timeline.Axis{Y: 0, H: 48, Color: sep},
		Lanes: []timeline.Lane{
			{Y: 48, H: 96, HeaderH: 24, Name: "Kazakhstan", Color: sep},
			{Y: 144, H: 96, HeaderH: 24, Name: "Ukraine", Color: sep},
		},
		Ticks: []timeline.Tick{
			{X: 0, Y0: 0, Y1: 240, Major: true, Label: "October 2024", LabelX: 2, LabelY: 0, LabelW: 90, LabelH: 24, LineColor: sep, TextColor: fg},
			{X: 240, Y0: 0, Y1: 240, Major: true, Label: "November 2024", LabelX: 242, LabelY: 0, LabelW: 95, LabelH: 24, LineColor: sep, TextColor: fg},
			{X: 120, Y0: 42, Y1: 48, Label: "15 Oct", LabelX: 122, LabelY: 24, LabelW: 40, LabelH: 24, LineColor: fg, TextColor: fg},
			{X: 360, Y0: 42, Y1: 48, Label: "15 Nov", LabelX: 362, LabelY: 24, LabelW: 40, LabelH: 24, LineColor: fg, TextColor: fg},
		},
		Markers: []timeline.Marker{{X: 420, Y0: 0, Y1: 240, Name: timeline.MarkerToday, Color: timeline.ColorError}},
		Spans: []timeline.SpanMark{
			{X0: 0, X1: 150, Y: 75.6, H: 16.8, Palette: 0, ClipStart: true},
			{X0: 240, X1: 470, Y: 171.6, H: 16.8, Palette: 2, Approx: true},
			{X0: 160, X1: 230, Y: 99.6, H: 16.8, Palette: 1, Selected: true},
		},
		Points: []timeline.PointMark{
			{X: 60, Y: 108, R: 3, Palette: 3},
			{X: 300, Y: 204, R: 3, Palette: 4, Approx: true},
			{X: 380, Y: 84, R: 3, Palette: 5, Selected: true},
		},
		Clusters: []timeline.Cluster{
			{X: 250, Y: 120, W: 30, H: 19.2, Count: 12, Text: "+12", Fill: timeline.ColorHover, TextColor: fg},
			{X: 300, Y: 120, W: 30, H: 19.2, Count: 3, Text: "+3", Selected: true, Fill: timeline.ColorSelection, TextColor: fg},
		},
		Labels: []timeline.Label{
			{X: 4, Y: 72, W: 140, H: 24, Text: "In October: talks & votes", Color: fg},
			{X: 68, Y: 96, W: 80, H: 24, Text: "Referendum on nuclear power", Clipped: true, Color: fg},
			{X: 244, Y: 168, W: 120, H: 24, Text: "Around November", Approx: true, Color: timeline.ColorDisabled},
			{X: 308, Y: 192, W: 100, H: 24, Text: "Results <soon>", Approx: true, Color: timeline.ColorDisabled},
			{X: 388, Y: 72, W: 80, H: 24, Text: "Astana", Selected: true, Color: fg},
		},
	}
}

func TestDraw_Golden(t *testing.T) {
	type testCase struct {
		name  string
		theme export.Theme
		scale float32 // 0 for SVG
	}
	for _, tc := range []testCase{
		{"scene-light.svg", export.Light, 0},
		{"scene-dark.svg", export.Dark, 0},
		{"scene-light.png", export.Light, 1},
		{"scene-dark-2x.png", export.Dark, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := goldenScene()
			var c interface {
				draw.Canvas
				Encode(io.Writer) error
			}
			var err error
			same := samePixels
			if tc.scale == 0 {
				c, err = export.NewSVG(sc.Width, sc.Height)
				same = func(want, got []byte) error {
					if !bytes.Equal(want, got) {
						return errors.New("bytes differ")
					}
					return nil
				}
			} else {
				c, err = export.NewPNG(sc.Width, sc.Height, tc.scale)
			}
			if err != nil {
				t.Fatal(err)
			}
			c.FillRect(0, 0, sc.Width, sc.Height, 0, tc.theme.Color(timeline.ColorBackground))
			draw.Draw(c, sc, tc.theme)
			var buf bytes.Buffer
			if err := c.Encode(&buf); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, buf.Bytes(), same)
		})
	}
}

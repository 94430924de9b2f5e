package app

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline/dateline/timeline"
)

// press sends key to the handler the window's canvas calls for keys no
// widget took, as a keyboard or clicker would.
func press(t *testing.T, u *UI, key fyne.KeyName) {
	t.Helper()
	h := u.win.Canvas().OnTypedKey()
	if h == nil {
		t.Fatalf("no canvas key handler for %s", key)
	}
	h(&fyne.KeyEvent{Name: key})
}

// checkShown checks that item is selected, on the card and centred in the
// view the presentation glided to.
func checkShown(t *testing.T, u *UI, item int) {
	t.Helper()
	s := u.stage()
	tl := u.timeline
	if got := tl.Selected(); got != item {
		t.Fatalf("selected %d, want %d", got, item)
	}
	e := u.Events()[item]
	if s.card.title.Text != e.Title {
		t.Errorf("card title %q, want %q", s.card.title.Text, e.Title)
	}
	if s.card.date.Text != dateWords(e) {
		t.Errorf("card date %q, want %q", s.card.date.Text, dateWords(e))
	}
	if got := s.quote.text; got != e.Sentence {
		t.Errorf("card sentence %q, want %q", got, e.Sentence)
	}
	if !strings.Contains(s.card.source.Text, e.Article.Title) {
		t.Errorf("card source %q lacks %q", s.card.source.Text, e.Article.Title)
	}
	if want := tl.ScaleAround(item); !sameView(s.target, want) {
		t.Errorf("glided to %+v, want ScaleAround(%d) = %+v", s.target, item, want)
	}
	// The test driver runs an animation to its end at once, so the view
	// is already where the glide ends: the event's start in the middle
	// for a point, its middle for a span.
	it := tl.Index().Item(item)
	mid := it.Start
	if it.Span && it.End.After(it.Start) {
		mid = it.Start.Add(it.End.Sub(it.Start) / 2)
	}
	if x, w := tl.Scale().X(mid), tl.Size().Width; math.Abs(float64(x-w/2)) > 1 {
		t.Errorf("event %d at x = %.1f, want the centre %.1f", item, x, w/2)
	}
}

// checkCardLines checks that the card's lines are laid out one under the
// other at their current sizes, none overlapping the next.
func checkCardLines(t *testing.T, s *stage) {
	t.Helper()
	objs := s.text.Objects
	for i := 1; i < len(objs); i++ {
		prev, o := objs[i-1], objs[i]
		if bottom := prev.Position().Y + prev.MinSize().Height; o.Position().Y+0.5 < bottom {
			t.Errorf("card line %d starts at %.0f, inside line %d, which ends at %.0f", i, o.Position().Y, i-1, bottom)
		}
	}
}

func TestUI_Present(t *testing.T) {
	u := newTestUI(t)
	content, menu := u.win.Content(), u.win.MainMenu()
	u.Present()

	if !u.presenting() || !u.win.FullScreen() {
		t.Fatalf("presenting %v, full screen %v", u.presenting(), u.win.FullScreen())
	}
	if u.win.MainMenu() != nil || u.win.Padded() {
		t.Error("presentation keeps the menu or the window padding")
	}
	if u.win.Content() == content {
		t.Error("presentation kept the normal layout")
	}
	if u.win.MainMenu() == menu && menu != nil {
		t.Error("menu still shown")
	}
	s := u.stage()
	if w := u.win.Canvas().Size().Width; u.timeline.Size().Width != w {
		t.Errorf("timeline %v wide in a %v canvas, want the full width", u.timeline.Size().Width, w)
	}
	if s.panel.Size().Height < 200 {
		t.Errorf("card only %v high", s.panel.Size().Height)
	}
	// Nothing was selected: the presentation starts at the first event.
	checkShown(t, u, u.timeline.Index().First())
	if got, want := s.count.Text, "1 / "; !strings.HasPrefix(got, want) {
		t.Errorf("counter %q, want %q…", got, want)
	}

	// Going full screen on a real screen grows the window after Present
	// returns; the event must end up centred at the new width.
	u.win.Resize(fyne.NewSize(1600, 900))
	if w := u.timeline.Size().Width; w < 1500 {
		t.Fatalf("timeline %v wide after the window grew", w)
	}
	checkShown(t, u, u.timeline.Index().First())
}

// TestUI_PresentSteps walks the briefing with the keys a keyboard and a
// clicker send, checking each step against the index's time order.
func TestUI_PresentSteps(t *testing.T) {
	type stepCase struct {
		key fyne.KeyName
		dir int
	}
	cases := []stepCase{
		{fyne.KeyRight, 1}, {fyne.KeySpace, 1}, {fyne.KeyPageDown, 1},
		{fyne.KeyDown, 1}, {fyne.KeyReturn, 1},
		{fyne.KeyLeft, -1}, {fyne.KeyPageUp, -1}, {fyne.KeyUp, -1}, {fyne.KeyBackspace, -1},
	}
	u := newTestUI(t)
	idx := u.timeline.Index()
	u.timeline.Select(idx.Next(idx.First(), 5)) // away from the ends
	u.Present()
	for _, tc := range cases {
		t.Run(string(tc.key), func(t *testing.T) {
			for range 2 {
				want := idx.Next(u.timeline.Selected(), tc.dir)
				press(t, u, tc.key)
				checkShown(t, u, want)
			}
		})
	}
}

// TestUI_PresentWholeBriefing steps forward through every event: each is
// shown once, in time order, the counter counts up, and the step after the
// last wraps to the first.
func TestUI_PresentWholeBriefing(t *testing.T) {
	u := newTestUI(t)
	idx := u.timeline.Index()
	u.Present()
	s := u.stage()
	seen := map[int]bool{}
	prev := u.timeline.Selected()
	for n := 1; n <= idx.Len(); n++ {
		item := u.timeline.Selected()
		if seen[item] {
			t.Fatalf("event %d shown twice", item)
		}
		seen[item] = true
		if n > 1 && idx.Item(item).Start.Before(idx.Item(prev).Start) {
			t.Errorf("step %d went back in time", n)
		}
		if want := fmt.Sprintf("%d / %d", n, idx.Len()); s.count.Text != want {
			t.Errorf("counter %q, want %q", s.count.Text, want)
		}
		prev = item
		press(t, u, fyne.KeyPageDown)
	}
	checkShown(t, u, idx.First())
}

// TestUI_PresentSentenceFits steps through the briefing on common
// screen sizes and checks that the card's sentence is drawn whole, in
// order, with every line inside the card, and that the card has room for
// it. Fyne 2.7.1's RichText failed this at 1280×720, setting "Monday"
// one letter per line.
func TestUI_PresentSentenceFits(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1440, Height: 900}, {Width: 1280, Height: 720}, {Width: 1024, Height: 768}} {
		u := newTestUI(t)
		u.win.Resize(size)
		u.Present()
		s := u.stage()
		for range u.Events() {
			press(t, u, fyne.KeyRight)
			e := u.Events()[u.timeline.Selected()]
			var drawn strings.Builder
			for _, o := range test.WidgetRenderer(s.quote).Objects() {
				txt := o.(*canvas.Text)
				drawn.WriteString(txt.Text)
				if right := txt.Position().X + txt.MinSize().Width; right > s.quote.Size().Width+1 {
					t.Errorf("%v: %q ends at %.0f, past the card's %.0f", size, txt.Text, right, s.quote.Size().Width)
				}
			}
			if drawn.String() != e.Sentence {
				t.Errorf("%v: drew %q, want %q", size, drawn.String(), e.Sentence)
			}
			checkCardLines(t, s)
			if need, room := s.text.MinSize().Height, s.panel.Size().Height; need > room {
				t.Errorf("%v: %q needs %.0f, the card has %.0f", size, e.Title, need, room)
			}
		}
	}
}

// TestMarkedText_Wrap checks that a word stressed in part moves to the
// next line whole: "Monday." is one word, though only "Monday" is stressed.
func TestMarkedText_Wrap(t *testing.T) {
	a := test.NewTempApp(t)
	m := newMarkedText(a)
	text := "Results are expected on Monday."
	start := strings.Index(text, "Monday")
	m.set(text, start, start+len("Monday"))
	w := test.NewWindow(m)
	defer w.Close()
	// Wide enough for "Results are expected on " and a little more.
	width := fyne.MeasureText("Results are expected on Mon", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
	m.Resize(fyne.NewSize(width, 200))

	var lines []float32
	pos := map[string]fyne.Position{}
	for _, o := range test.WidgetRenderer(m).Objects() {
		txt := o.(*canvas.Text)
		pos[txt.Text] = txt.Position()
		if len(lines) == 0 || lines[len(lines)-1] != txt.Position().Y {
			lines = append(lines, txt.Position().Y)
		}
		if txt.Text == "Monday" && (!txt.TextStyle.Bold || txt.Color != theme.Color(theme.ColorNamePrimary)) {
			t.Error("Monday is not stressed")
		}
	}
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	if pos["Monday"].Y != lines[1] || pos["."].Y != lines[1] || pos["Monday"].X != theme.InnerPadding() {
		t.Errorf("Monday at %v and . at %v, want both starting line 2 at %.0f", pos["Monday"], pos["."], lines[1])
	}
	if want := 2*(fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{Bold: true}).Height) +
		theme.LineSpacing() + 2*theme.InnerPadding(); m.MinSize().Height != want {
		t.Errorf("MinSize height %v, want %v", m.MinSize().Height, want)
	}
}

func TestUI_PresentEnds(t *testing.T) {
	u := newTestUI(t)
	idx := u.timeline.Index()
	u.Present()

	press(t, u, fyne.KeyEnd)
	checkShown(t, u, idx.Last())
	press(t, u, fyne.KeyRight) // wraps to the start
	checkShown(t, u, idx.First())
	press(t, u, fyne.KeyLeft) // and back round to the end
	checkShown(t, u, idx.Last())
	press(t, u, fyne.KeyHome)
	checkShown(t, u, idx.First())
	press(t, u, fyne.KeyPageUp)
	checkShown(t, u, idx.Last())
}

// TestUI_PresentEscape checks that Esc puts the window back exactly as it
// was and keeps the event last shown selected.
func TestUI_PresentEscape(t *testing.T) {
	u := newTestUI(t)
	c := u.win.Canvas()
	content, menu := u.win.Content(), u.win.MainMenu()
	pos, size := u.timeline.Position(), u.timeline.Size()
	winSize := c.Size()
	var keys []fyne.KeyName
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { keys = append(keys, ev.Name) })
	c.Focus(u.timeline)

	u.Present()
	if c.Focused() != nil {
		t.Error("the timeline keeps the focus, so the keys would not reach the presentation")
	}
	if u.timeline.TextScale != bigTextFactor {
		t.Errorf("timeline text scale %v while presenting, want %v", u.timeline.TextScale, bigTextFactor)
	}
	press(t, u, fyne.KeyRight)
	press(t, u, fyne.KeyRight)
	shown := u.timeline.Selected()
	press(t, u, fyne.KeyEscape)
	if u.timeline.TextScale != 0 {
		t.Errorf("timeline text scale %v after Esc", u.timeline.TextScale)
	}

	if u.presenting() {
		t.Fatal("still presenting after Esc")
	}
	if u.win.Content() != content {
		t.Error("normal layout not restored")
	}
	if u.win.MainMenu() != menu {
		t.Error("menu not restored")
	}
	if u.win.FullScreen() || !u.win.Padded() {
		t.Errorf("full screen %v, padded %v after Esc", u.win.FullScreen(), u.win.Padded())
	}
	if u.timeline.Position() != pos || u.timeline.Size() != size {
		t.Errorf("timeline at %v %v, was at %v %v", u.timeline.Position(), u.timeline.Size(), pos, size)
	}
	if c.Size() != winSize {
		t.Errorf("window %v after Esc, was %v", c.Size(), winSize)
	}
	if c.Focused() != u.timeline {
		t.Error("focus not given back to the timeline")
	}
	if u.timeline.Selected() != shown {
		t.Errorf("selection %d after Esc, want %d", u.timeline.Selected(), shown)
	}
	if e := u.Events()[shown]; u.detail.title.Text != e.Title {
		t.Errorf("detail pane shows %q, want %q", u.detail.title.Text, e.Title)
	}
	// The window's own key handler is back, and selecting no longer
	// updates the presentation card.
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyRight})
	if len(keys) != 1 || keys[0] != fyne.KeyRight {
		t.Errorf("previous key handler got %v", keys)
	}
	u.timeline.Select(u.timeline.Index().First())
	if e := u.Events()[u.timeline.Index().First()]; u.detail.title.Text != e.Title {
		t.Errorf("detail pane shows %q after Esc, want %q", u.detail.title.Text, e.Title)
	}
}

// TestUI_PresentKeepsFullScreen presents from a window that was already
// full screen and unpadded, so leaving does not change the size of the
// normal layout and nothing lays it out again by itself.
func TestUI_PresentKeepsFullScreen(t *testing.T) {
	u := newTestUI(t)
	u.win.SetFullScreen(true)
	u.win.SetPadded(false)
	pos, size := u.timeline.Position(), u.timeline.Size()
	u.Present()
	press(t, u, fyne.KeyEscape)
	if !u.win.FullScreen() || u.win.Padded() {
		t.Errorf("full screen %v, padded %v after Esc, want true, false", u.win.FullScreen(), u.win.Padded())
	}
	if u.timeline.Position() != pos || u.timeline.Size() != size {
		t.Errorf("timeline at %v %v, was at %v %v", u.timeline.Position(), u.timeline.Size(), pos, size)
	}
}

// TestUI_PresentClick clicks an event while presenting: it is shown, and
// the keyboard focus stays off the timeline so the clicker still steps.
func TestUI_PresentClick(t *testing.T) {
	u := newTestUI(t)
	u.Present()
	tl := u.timeline
	tl.Fit() // Ctrl+0: the presenter zooms out to pick an event
	sc := tl.Scene()
	label := -1
	for i, l := range sc.Labels {
		if l.Item != tl.Selected() {
			label = i
			break
		}
	}
	if label < 0 {
		t.Fatal("timeline drew no label to click")
	}
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(tl)
	l := sc.Labels[label]
	test.TapCanvas(u.win.Canvas(), origin.Add(fyne.NewPos(l.X+l.W/2, l.Y+l.H/2)))

	checkShown(t, u, l.Item)
	if f := u.win.Canvas().Focused(); f != nil {
		t.Fatalf("clicking focused %T", f)
	}
	want := tl.Index().Next(l.Item, 1)
	if l.Item == tl.Index().Last() {
		want = tl.Index().First()
	}
	press(t, u, fyne.KeyPageDown)
	checkShown(t, u, want)

	// A stray click on empty space keeps the place in the briefing.
	test.TapCanvas(u.win.Canvas(), origin.Add(fyne.NewPos(2, tl.Size().Height-2)))
	checkShown(t, u, want)
}

// TestUI_PresentBlank blanks the screen with B and . and brings it back
// with the next key, which does not step on.
func TestUI_PresentBlank(t *testing.T) {
	u := newTestUI(t)
	u.Present()
	s := u.stage()
	shown := u.timeline.Selected()
	for _, key := range []fyne.KeyName{fyne.KeyB, fyne.KeyPeriod} {
		press(t, u, key)
		if !s.blank.Visible() {
			t.Fatalf("%s did not blank the screen", key)
		}
		if s.blank.Size() != s.Size() {
			t.Errorf("blank covers %v of %v", s.blank.Size(), s.Size())
		}
		press(t, u, fyne.KeyRight)
		if s.blank.Visible() || u.timeline.Selected() != shown {
			t.Errorf("after %s, →: blank %v, selected %d, want the screen back on %d",
				key, s.blank.Visible(), u.timeline.Selected(), shown)
		}
	}
	press(t, u, fyne.KeyB)
	press(t, u, fyne.KeyB)
	if s.blank.Visible() {
		t.Error("B twice left the screen blank")
	}
	press(t, u, fyne.KeyPeriod)
	press(t, u, fyne.KeyEscape)
	if u.presenting() {
		t.Error("Esc on a blank screen did not end the presentation")
	}
}

// TestUI_PresentF5 starts presenting with F5 through the window's own
// key handling: from the canvas, and from the timeline when it has the
// focus and passes on keys it does not use.
func TestUI_PresentF5(t *testing.T) {
	u := newTestUI(t)
	press(t, u, fyne.KeyF5)
	if !u.presenting() {
		t.Fatal("F5 on the canvas did not present")
	}
	press(t, u, fyne.KeyEscape)

	u.win.Canvas().Focus(u.timeline)
	u.timeline.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF5})
	if !u.presenting() {
		t.Fatal("F5 on the focused timeline did not present")
	}
	press(t, u, fyne.KeyEscape)
	if u.presenting() || u.win.Canvas().Focused() != u.timeline {
		t.Errorf("presenting %v, focus on %T after Esc", u.presenting(), u.win.Canvas().Focused())
	}
}

// TestUI_PresentPointer checks that the wheel and a drag over the
// presentation still zoom and pan the timeline under the shield.
func TestUI_PresentPointer(t *testing.T) {
	u := newTestUI(t)
	u.Present()
	tl := u.timeline
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(tl)
	mid := origin.Add(fyne.NewPos(tl.Size().Width/2, tl.Size().Height/2))

	before := tl.Scale().SecondsPerPixel
	test.Scroll(u.win.Canvas(), mid, 0, 10)
	if got := tl.Scale().SecondsPerPixel; !(got < before) {
		t.Errorf("wheel up: %v seconds per pixel, was %v; want a zoom in", got, before)
	}
	at := tl.Scale().Origin
	test.Drag(u.win.Canvas(), mid, 50, 0)
	if !tl.Scale().Origin.Before(at) {
		t.Errorf("dragging right left the view at %v", tl.Scale().Origin)
	}
	if f := u.win.Canvas().Focused(); f != nil {
		t.Errorf("pointer focused %T", f)
	}
}

func TestUI_HandleKey(t *testing.T) {
	u := newTestUI(t)
	if u.handleKey(&fyne.KeyEvent{Name: fyne.KeyRight}) {
		t.Error("→ used outside presentation mode")
	}
	if !u.handleKey(&fyne.KeyEvent{Name: fyne.KeyF5}) || !u.presenting() {
		t.Fatal("F5 did not start presenting")
	}
	s := u.stage()
	if !u.handleKey(&fyne.KeyEvent{Name: fyne.KeyF5}) || u.stage() != s {
		t.Error("F5 while presenting should be taken and change nothing")
	}
	if u.handleKey(&fyne.KeyEvent{Name: fyne.KeyA}) {
		t.Error("A used while presenting")
	}
	if !u.handleKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) || u.presenting() {
		t.Error("Esc did not end the presentation")
	}

	item := u.presentMenuItem()
	if item.Label != "Present" || item.Shortcut == nil || item.Shortcut.(fyne.KeyboardShortcut).Key() != fyne.KeyF5 {
		t.Errorf("menu item %q with shortcut %v", item.Label, item.Shortcut)
	}
}

// TestUI_PresentReload loads the briefing again while presenting: the
// card lets go of the old event and the next step starts at the first.
func TestUI_PresentReload(t *testing.T) {
	u := newTestUI(t)
	u.Present()
	press(t, u, fyne.KeyRight)
	press(t, u, fyne.KeyRight)
	u.LoadSample()
	u.eventsChanged() // what setResult does
	s := u.stage()
	if s.count.Text != "" || !strings.Contains(s.quote.text, "Esc") {
		t.Errorf("card still shows %q, counter %q", s.card.title.Text, s.count.Text)
	}
	press(t, u, fyne.KeyRight)
	checkShown(t, u, u.timeline.Index().First())
	u.eventsChanged()
	press(t, u, fyne.KeyEscape)
	u.eventsChanged() // not presenting: nothing to do
}

// TestUI_PresentEmpty presents a window with no events: a hint instead
// of a card, keys that do nothing, and Esc still leaves.
func TestUI_PresentEmpty(t *testing.T) {
	a := test.NewTempApp(t)
	u := New(a)
	u.win.Show()
	u.Present()
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyLeft, fyne.KeyHome, fyne.KeyEnd} {
		press(t, u, k)
	}
	if u.timeline.Selected() != -1 || !strings.Contains(u.stage().quote.text, "Esc") {
		t.Errorf("selected %d, card says %q", u.timeline.Selected(), u.stage().quote.text)
	}
	press(t, u, fyne.KeyEscape)
	if u.presenting() {
		t.Error("still presenting")
	}
}

// TestWrapStep checks stepping with wrap-around on four items given out
// of time order, so index and time order differ.
func TestWrapStep(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 11, d, 0, 0, 0, 0, time.UTC) }
	idx := timeline.NewIndex([]timeline.Item{
		{Start: day(3), Label: "c"}, {Start: day(1), Label: "a"},
		{Start: day(4), Label: "d"}, {Start: day(2), Label: "b"},
	}, nil)
	type stepCase struct{ item, dir, want int }
	cases := []stepCase{
		{-1, 1, 1},  // nothing selected: the first, a
		{-1, -1, 2}, // or the last, d
		{1, 1, 3},   // a → b
		{3, 1, 0},   // b → c
		{0, -1, 3},  // c → b
		{2, 1, 1},   // d wraps to a
		{1, -1, 2},  // a wraps back to d
	}
	for _, tc := range cases {
		if got := wrapStep(idx, tc.item, tc.dir); got != tc.want {
			t.Errorf("wrapStep(%d, %+d) = %d, want %d", tc.item, tc.dir, got, tc.want)
		}
	}
	if got := wrapStep(timeline.NewIndex(nil, nil), -1, 1); got != -1 {
		t.Errorf("no items: %d, want -1", got)
	}
	if got := rank(idx, 2); got != 3 {
		t.Errorf("rank of d = %d, want 3", got)
	}
}

func TestBigText(t *testing.T) {
	a := test.NewTempApp(t)
	th := bigText{a}
	base := a.Settings().Theme()
	for _, n := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameLineSpacing} {
		if got, want := th.Size(n), base.Size(n)*bigTextFactor; got != want {
			t.Errorf("%s = %v, want %v", n, got, want)
		}
	}
	for _, n := range []fyne.ThemeSizeName{theme.SizeNamePadding, theme.SizeNameScrollBar} {
		if got, want := th.Size(n), base.Size(n); got != want {
			t.Errorf("%s = %v, want the theme's %v", n, got, want)
		}
	}
}

// sameView reports whether a and b are the same view to within a
// millisecond: a scene keeps its view as the instant at the centre, which
// inside an axis break (decades over a few pixels) does not round-trip to
// the nanosecond.
func sameView(a, b timeline.Scale) bool {
	return a.SecondsPerPixel == b.SecondsPerPixel && a.Location == b.Location && a.Breaks == b.Breaks &&
		a.Origin.Sub(b.Origin).Abs() < time.Millisecond
}

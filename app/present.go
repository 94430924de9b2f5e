package app

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/timeline"
)

// Presentation mode puts the timeline on a screen in a briefing: full
// screen, no toolbar, status bar or menu, the timeline above a large card
// with the current event, and keys (or a presentation clicker) that step
// through the events in time order. Esc puts the window back as it was.

const (
	// glide is how long the view takes to move to the next event: long
	// enough for a room to follow the jump, short enough not to wait for.
	glide = 300 * time.Millisecond
	// The card takes at least cardShare of the screen height and grows to
	// maxCardShare for a long sentence, so the room never has to scroll.
	cardShare    = 0.4
	maxCardShare = 0.55
	// bigTextFactor enlarges the card's text so the back of a room can
	// read it.
	bigTextFactor = 1.6
	// accentHeight is the primary-coloured rule between timeline and card.
	accentHeight = 4
)

var (
	_ fyne.Widget         = (*stage)(nil)
	_ fyne.Tappable       = (*shield)(nil)
	_ fyne.DoubleTappable = (*shield)(nil)
	_ fyne.Scrollable     = (*shield)(nil)
	_ fyne.Draggable      = (*shield)(nil)
	_ desktop.Hoverable   = (*shield)(nil)
	_ fyne.Theme          = bigText{}
)

// Present enters presentation mode (View ▸ Present, F5): the window goes
// full screen without its chrome and shows the selected event, or the
// first one, centred on the timeline above a large card. → Space PageDown
// ↓ Enter step to the next event and ← PageUp ↑ Backspace to the previous
// one, wrapping round at both ends so a briefing can loop; Home and End go
// to the first and last; B or . blanks the screen until the next key, as
// in slide software and on clickers; Esc leaves. Presenting twice is a
// no-op.
func (u *UI) Present() { u.present(nil) }

// present enters presentation mode stepping through scenes, or through
// the events when there are none.
func (u *UI) present(scenes []scene) {
	if u.presenting() {
		return
	}
	c := u.win.Canvas()
	s := &stage{u: u, card: newDetail(u.app), scenes: scenes}
	s.saved = windowState{
		content:      u.win.Content(),
		menu:         u.win.MainMenu(),
		fullScreen:   u.win.FullScreen(),
		padded:       u.win.Padded(),
		size:         c.Size(),
		onTypedKey:   c.OnTypedKey(),
		focused:      c.Focused(),
		onSelected:   u.timeline.OnSelected,
		timelinePos:  u.timeline.Position(),
		timelineSize: u.timeline.Size(),
		textScale:    u.timeline.TextScale,
	}
	s.build()
	s.ExtendBaseWidget(s)

	prev := s.saved.onSelected
	u.timeline.OnSelected = func(item int) {
		if prev != nil {
			prev(item) // keep the detail pane in step, for after Esc
		}
		s.show(item)
	}
	// Keys reach the canvas handler only while no widget has the focus.
	c.Unfocus()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { s.typedKey(ev) })
	u.win.SetMainMenu(nil)
	u.win.SetPadded(false)
	u.timeline.TextScale = bigTextFactor // the room reads the labels too
	u.win.SetContent(s)
	u.win.SetFullScreen(true)

	if len(scenes) > 0 {
		s.goToScene(0)
		return
	}
	start := u.timeline.Selected()
	if start < 0 {
		start = u.timeline.Index().First()
	}
	s.goTo(start)
}

// presenting reports whether the window is in presentation mode. The
// stage is the window's content while presenting, so the window itself
// records the mode and UI needs no field for it.
func (u *UI) presenting() bool { return u.stage() != nil }

func (u *UI) stage() *stage {
	s, _ := u.win.Content().(*stage)
	return s
}

// presentMenuItem is View ▸ Present. F5 has no modifier, so Fyne never
// treats it as a shortcut: the item shows it, and handleKey acts on it.
func (u *UI) presentMenuItem() *fyne.MenuItem {
	item := fyne.NewMenuItem("Present", u.Present)
	item.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF5}
	return item
}

// handleKey acts on a key no widget took (the canvas's OnTypedKey): F5
// starts presenting; while presenting, the presentation keys apply. It
// reports whether it used the key.
func (u *UI) handleKey(ev *fyne.KeyEvent) bool {
	if s := u.stage(); s != nil {
		return s.typedKey(ev)
	}
	if ev.Name == fyne.KeyF5 {
		u.Present()
		return true
	}
	return u.find.handleKey(ev)
}

// eventsChanged tells a running presentation that the timeline's events
// were replaced (setResult): the card drops the event it showed, whose
// index may now name another, and the next step starts from the first.
func (u *UI) eventsChanged() {
	u.find.eventsChanged()
	if s := u.stage(); s != nil {
		s.show(-1)
	}
}

// windowState is what Present changes, kept to put back on Esc.
type windowState struct {
	content            fyne.CanvasObject
	menu               *fyne.MainMenu
	fullScreen, padded bool
	size               fyne.Size // the canvas, to give the window back its size
	onTypedKey         func(*fyne.KeyEvent)
	focused            fyne.Focusable
	onSelected         func(int)
	timelinePos        fyne.Position
	timelineSize       fyne.Size
	textScale          float32
}

// stage is the window's content while presenting: the timeline above the
// card with the selected event.
type stage struct {
	widget.BaseWidget

	u     *UI
	saved windowState

	card   *detail         // the detail pane's widgets, restyled large
	text   *fyne.Container // the card's lines, to measure
	quote  *markedText     // the sentence, with the date stressed
	count  *widget.Label   // "3 / 24"
	band   fyne.CanvasObject
	panel  fyne.CanvasObject
	blank  *canvas.Rectangle // covers everything while the screen is blanked
	target timeline.Scale    // the view last glided to, for tests
	aimed  float32           // the timeline width target was worked out for

	scenes  []scene // stepped through instead of the events, when any
	sceneAt int     // the scene shown
}

func (s *stage) build() {
	s.card.title.SizeName = theme.SizeNameHeadingText
	// One line: the sentence below says it all, and a second title line
	// would crowd it.
	s.card.title.Wrapping = fyne.TextWrapOff
	s.card.title.Truncation = fyne.TextTruncateEllipsis
	s.count = widget.NewLabel("")
	s.count.Importance = widget.LowImportance
	// The card takes the pane's widgets but not its layout, which also has
	// the TIMEX3 line, meant for analysts rather than the room.
	s.quote = newMarkedText(s.u.app)
	s.text = container.NewVBox(s.card.title, s.card.date, s.quote, s.card.source)
	body := container.NewBorder(nil, nil, nil, container.NewVBox(s.count), container.NewVScroll(s.text))
	s.panel = container.NewThemeOverride(container.NewPadded(body), bigText{s.u.app})
	s.band = container.NewStack(s.u.timeline, newShield(s))
	// Black whatever the theme: a blanked projector should look switched
	// off, not show a light grey field.
	s.blank = canvas.NewRectangle(color.Black)
	s.blank.Hide()
}

// typedKey steps through the events; it reports whether it used the key.
func (s *stage) typedKey(ev *fyne.KeyEvent) bool {
	if s.blank.Visible() {
		// Any key brings the screen back without moving on, so the room
		// sees the event the presenter steps to next; Esc still leaves.
		s.blank.Hide()
		s.Refresh()
		if ev.Name != fyne.KeyEscape {
			return true
		}
	}
	switch ev.Name {
	case fyne.KeyRight, fyne.KeySpace, fyne.KeyPageDown, fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		s.step(1)
	case fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace:
		s.step(-1)
	case fyne.KeyHome:
		s.end(-1)
	case fyne.KeyEnd:
		s.end(1)
	case fyne.KeyB, fyne.KeyPeriod:
		s.blank.Show()
		// The glfw driver draws a shown object only once its parent
		// refreshes; refreshing the rectangle alone leaves the room lit.
		s.Refresh()
	case fyne.KeyEscape:
		s.leave()
	case fyne.KeyF5:
		// Clickers send F5 to start; already presenting.
	default:
		return false
	}
	return true
}

// step goes dir scenes or events on, wrapping round at the ends.
func (s *stage) step(dir int) {
	if n := len(s.scenes); n > 0 {
		s.goToScene(((s.sceneAt+dir)%n + n) % n)
		return
	}
	s.goTo(wrapStep(s.u.timeline.Index(), s.u.timeline.Selected(), dir))
}

// end goes to the first (dir < 0) or last scene or event.
func (s *stage) end(dir int) {
	switch {
	case len(s.scenes) > 0 && dir < 0:
		s.goToScene(0)
	case len(s.scenes) > 0:
		s.goToScene(len(s.scenes) - 1)
	case dir < 0:
		s.goTo(s.u.timeline.Index().First())
	default:
		s.goTo(s.u.timeline.Index().Last())
	}
}

// wrapStep returns the event dir steps from item in time order, wrapping
// from the last to the first and back; with nothing selected it starts at
// the first (dir > 0) or last event. It returns -1 when there are none.
func wrapStep(idx *timeline.Index, item, dir int) int {
	switch {
	case idx.Len() == 0:
		return -1
	case item < 0 || item >= idx.Len():
		if dir < 0 {
			return idx.Last()
		}
		return idx.First()
	case dir > 0 && item == idx.Last():
		return idx.First()
	case dir < 0 && item == idx.First():
		return idx.Last()
	}
	return idx.Next(item, dir)
}

// goTo selects item and glides the view to centre it.
func (s *stage) goTo(item int) {
	if item < 0 {
		s.show(-1)
		return
	}
	s.selectInPlace(item)
	s.aim(item)
}

// selectInPlace selects item without moving the view.
func (s *stage) selectInPlace(item int) {
	tl := s.u.timeline
	from := tl.Scale()
	tl.Select(item)
	// Select pans an off-screen item into view at once; undo that before
	// anything is drawn so a glide starts where the room last looked.
	tl.SetScale(from)
}

// goToScene shows scene i: its selection on the card and its view.
func (s *stage) goToScene(i int) {
	s.sceneAt = i
	sc := s.scenes[i]
	item := sc.Selected
	if item >= s.u.timeline.Index().Len() {
		item = -1 // the events have changed since
	}
	s.selectInPlace(item)
	s.glideTo(sc.scale(s.u.timeline.Size().Width, s.u.timeline.Scale().Location))
}

// aim glides the view to centre item at the timeline's current width.
func (s *stage) aim(item int) {
	s.glideTo(s.u.timeline.ScaleAround(item))
}

// glideTo moves the view to target over the glide time.
func (s *stage) glideTo(target timeline.Scale) {
	tl := s.u.timeline
	s.target = target
	s.aimed = tl.Size().Width
	tl.AnimateTo(target, glide)
}

// reaim glides again to what is shown, worked out for the timeline's
// width now.
func (s *stage) reaim() {
	switch tl := s.u.timeline; {
	case len(s.scenes) > 0:
		s.glideTo(s.scenes[s.sceneAt].scale(tl.Size().Width, tl.Scale().Location))
	case tl.Selected() >= 0:
		s.aim(tl.Selected())
	}
}

// show puts event item on the card, or a hint when there is none.
func (s *stage) show(item int) {
	idx := s.u.timeline.Index()
	events := s.u.Events()
	switch {
	case len(s.scenes) > 0 && (item < 0 || item >= len(events)):
		// A scene of the whole picture: its name is the title.
		s.card.clear()
		s.card.title.SetText(s.scenes[s.sceneAt].Name)
		s.quote.set("", 0, 0)
	case item < 0 || item >= len(events):
		s.card.clear()
		s.quote.set("→ or Space steps through the events, Esc ends the presentation.", 0, 0)
		s.count.SetText("")
	default:
		e := events[item]
		s.card.show(e)
		s.quote.set(e.Sentence, e.ExprStart-e.SentenceStart, e.ExprEnd-e.SentenceStart)
		// The outlet and date, not the file name: that is for the analyst.
		line, _, _ := strings.Cut(sourceLine(e.Article), "\n")
		s.card.source.SetText(line)
		s.count.SetText(fmt.Sprintf("%d / %d", rank(idx, item)+1, idx.Len()))
	}
	if len(s.scenes) > 0 {
		s.count.SetText(fmt.Sprintf("%d / %d", s.sceneAt+1, len(s.scenes)))
	}
	// Stack the lines at their new heights: the card keeps its size when
	// only the lines change, and then nothing would lay them out again.
	s.text.Layout.Layout(s.text.Objects, s.text.Size())
	s.Refresh() // the card's height follows its text
}

// rank returns item's position in time order, counting from 0.
func rank(idx *timeline.Index, item int) int {
	n := 0
	for i := idx.First(); i != item && n < idx.Len(); i = idx.Next(i, 1) {
		n++
	}
	return n
}

// leave ends the presentation and puts the window back as it was; the
// selection stays on the last event shown.
func (s *stage) leave() {
	u, w := s.u, s.saved
	c := u.win.Canvas()
	u.timeline.OnSelected = w.onSelected
	u.timeline.TextScale = w.textScale
	c.SetOnTypedKey(w.onTypedKey)
	u.win.SetFullScreen(w.fullScreen)
	u.win.SetPadded(w.padded)
	u.win.SetMainMenu(w.menu)
	u.win.SetContent(w.content)
	if !w.fullScreen {
		// Fyne's glfw driver loses the window size when the content
		// changes around a full-screen switch and comes back full size.
		u.win.Resize(w.size)
	}
	// The old layout keeps its size, so it would not lay the timeline out
	// again: put it back where it was; a window resize lays it out anew.
	u.timeline.Move(w.timelinePos)
	u.timeline.Resize(w.timelineSize)
	if w.focused != nil {
		c.Focus(w.focused)
	}
}

// CreateRenderer is called by Fyne to draw the stage.
func (s *stage) CreateRenderer() fyne.WidgetRenderer {
	r := &stageRenderer{
		s:      s,
		back:   canvas.NewRectangle(color.Transparent),
		accent: canvas.NewRectangle(color.Transparent),
	}
	r.objects = []fyne.CanvasObject{s.band, r.back, r.accent, s.panel, s.blank}
	r.Refresh()
	return r
}

// stageRenderer puts the timeline in the top of the screen and the card,
// on its own background under a primary-coloured rule, below.
type stageRenderer struct {
	s            *stage
	back, accent *canvas.Rectangle
	objects      []fyne.CanvasObject
}

func (r *stageRenderer) Layout(size fyne.Size) {
	if size.Width <= 0 || size.Height <= 0 {
		return // not on screen yet
	}
	// Text right at the screen's edge looks cramped on a projector.
	pad := r.s.Theme().Size(theme.SizeNamePadding)
	margin := 3 * pad
	panelW := size.Width - 2*margin
	// Fit the card to its text, which wraps at the panel's width: the
	// first pass lays the text out at that width, and wrapped labels only
	// report their height for a width they have been laid out at, so a
	// second pass measures what the first one set.
	cardH := size.Height * cardShare
	for range 2 {
		r.s.panel.Resize(fyne.NewSize(panelW, cardH-accentHeight))
		need := r.s.text.MinSize().Height + 2*pad + accentHeight
		cardH = max(size.Height*cardShare, min(need, size.Height*maxCardShare))
	}
	top := size.Height - cardH
	r.s.band.Move(fyne.NewPos(0, 0))
	r.s.band.Resize(fyne.NewSize(size.Width, top))
	r.accent.Move(fyne.NewPos(0, top))
	r.accent.Resize(fyne.NewSize(size.Width, accentHeight))
	r.back.Move(fyne.NewPos(0, top+accentHeight))
	r.back.Resize(fyne.NewSize(size.Width, cardH-accentHeight))
	r.s.panel.Move(fyne.NewPos(margin, top+accentHeight))
	r.s.panel.Resize(fyne.NewSize(panelW, cardH-accentHeight))
	r.s.blank.Move(fyne.NewPos(0, 0))
	r.s.blank.Resize(size)

	// Going full screen resizes the window after Present returns: aim again
	// so the event or scene ends up framed for the width the room sees.
	if r.s.u.timeline.Size().Width != r.s.aimed {
		r.s.reaim()
	}
}

func (r *stageRenderer) MinSize() fyne.Size {
	return r.s.band.MinSize().Add(fyne.NewSize(0, r.s.panel.MinSize().Height+accentHeight))
}

// Refresh re-reads the theme's colours and lays the stage out again, as
// the card's height follows its text.
func (r *stageRenderer) Refresh() {
	th := r.s.Theme()
	v := r.s.u.app.Settings().ThemeVariant()
	r.back.FillColor = th.Color(theme.ColorNameHeaderBackground, v)
	r.accent.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.back.Refresh()
	r.accent.Refresh()
	r.Layout(r.s.Size())
}

func (r *stageRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *stageRenderer) Destroy() {}

// shield lies over the timeline while presenting. It hands every pointer
// event to the timeline but keeps the keyboard focus off it: a click on an
// event would otherwise focus the timeline, and the clicker's PageDown and
// Esc would go to the timeline instead of the presentation.
type shield struct {
	widget.BaseWidget
	s *stage
}

func newShield(s *stage) *shield {
	sh := &shield{s: s}
	sh.ExtendBaseWidget(sh)
	return sh
}

// Tapped selects the event under the pointer, as on the timeline, and
// glides to it. A stray click on empty space keeps the event shown, so
// the next step goes on from there rather than from the start.
func (sh *shield) Tapped(ev *fyne.PointEvent) {
	tl := sh.s.u.timeline
	before := tl.Selected()
	tl.Tapped(ev)
	sh.s.u.win.Canvas().Unfocus()
	switch item := tl.Selected(); {
	case item < 0 && before >= 0:
		sh.s.selectInPlace(before)
	case item >= 0 && item != before:
		sh.s.aim(item)
	}
}

// DoubleTapped zooms in, as on the timeline.
func (sh *shield) DoubleTapped(ev *fyne.PointEvent) { sh.s.u.timeline.DoubleTapped(ev) }

// Scrolled zooms, as on the timeline.
func (sh *shield) Scrolled(ev *fyne.ScrollEvent) { sh.s.u.timeline.Scrolled(ev) }

// Dragged pans, as on the timeline.
func (sh *shield) Dragged(ev *fyne.DragEvent) { sh.s.u.timeline.Dragged(ev) }

// DragEnd ends a pan.
func (sh *shield) DragEnd() { sh.s.u.timeline.DragEnd() }

// MouseIn passes hover to the timeline.
func (sh *shield) MouseIn(ev *desktop.MouseEvent) { sh.s.u.timeline.MouseIn(ev) }

// MouseMoved passes hover to the timeline.
func (sh *shield) MouseMoved(ev *desktop.MouseEvent) { sh.s.u.timeline.MouseMoved(ev) }

// MouseOut passes hover to the timeline.
func (sh *shield) MouseOut() { sh.s.u.timeline.MouseOut() }

// CreateRenderer draws nothing: the shield is invisible.
func (sh *shield) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// bigText is the card's theme: the app's current theme with text enlarged
// for a room; padding stays as it is, so more of the text fits. It asks
// the app on every call, so switching light and dark while presenting
// still works.
type bigText struct{ app fyne.App }

func (t bigText) base() fyne.Theme { return t.app.Settings().Theme() }

// Color returns the app theme's colour.
func (t bigText) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base().Color(n, v)
}

// Font returns the app theme's font.
func (t bigText) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

// Icon returns the app theme's icon.
func (t bigText) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

// Size enlarges text, and the space between its lines, by bigTextFactor.
func (t bigText) Size(n fyne.ThemeSizeName) float32 {
	s := t.base().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon, theme.SizeNameLineSpacing:
		return s * bigTextFactor
	}
	return s
}

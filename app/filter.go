package app

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data"
	"github.com/dateline/dateline/data/project"
)

// Filters live in the project's view (project.Filter): the legend and
// View ▸ Filters set them, refresh leaves out the events they drop, so
// the timeline, the search and the exports all see only what is shown,
// and Save keeps them in the file.

// setFilter shows the events f keeps, keeping the view, and marks the
// project changed so the filter is saved with it.
func (u *UI) setFilter(f project.Filter) {
	u.proj.View.Filter = f
	u.markView()
	u.refresh(false)
	u.status.SetText(u.summary())
}

// countUnfiltered counts the events the view would show without its
// filters (hidden ones stay out unless shown), for "Showing 24 of 37".
func countUnfiltered(p *project.Project) int {
	all := project.Filter{ShowHidden: p.View.Filter.ShowHidden}
	n := 0
	for _, e := range p.Events() {
		if all.Match(e) {
			n++
		}
	}
	return n
}

// filterSummary is the status line while a filter is on.
func filterSummary(shown, total int) string {
	return fmt.Sprintf("Showing %d of %d events", shown, total)
}

// sourceShown reports whether f lets the events of source through.
func sourceShown(f project.Filter, source string) bool {
	return !slices.Contains(f.Without, source) && (len(f.Sources) == 0 || slices.Contains(f.Sources, source))
}

// toggleSource hides source when it is shown and shows it again when not,
// as a click on its legend entry does.
func toggleSource(f project.Filter, source string) project.Filter {
	f.Without, f.Sources = slices.Clone(f.Without), slices.Clone(f.Sources)
	if sourceShown(f, source) {
		f.Without = append(f.Without, source)
		return f
	}
	f.Without = slices.DeleteFunc(f.Without, func(s string) bool { return s == source })
	if len(f.Sources) > 0 && !slices.Contains(f.Sources, source) {
		f.Sources = append(f.Sources, source)
	}
	return f
}

// onlySource shows source alone, as a Ctrl-click on its legend entry
// does; on the source already shown alone it shows every source again.
func onlySource(f project.Filter, source string) project.Filter {
	f.Without = nil
	if slices.Equal(f.Sources, []string{source}) {
		f.Sources = nil
		return f
	}
	f.Sources = []string{source}
	return f
}

// legendEntry is one article's swatch and title in the legend: a click
// hides or shows its events, a Ctrl-click (Cmd on macOS) shows them alone.
type legendEntry struct {
	widget.BaseWidget
	content  fyne.CanvasObject
	onTap    func(only bool)
	modifier fyne.KeyModifier // of the last press, for Tapped
}

var (
	_ fyne.Tappable     = (*legendEntry)(nil)
	_ desktop.Mouseable = (*legendEntry)(nil)
)

// newLegendEntry shows article a's entry with swatch, faded (a grey dot
// and grey title) when its events are filtered out.
func newLegendEntry(a *data.Article, swatch fyne.CanvasObject, shown bool, onTap func(only bool)) *legendEntry {
	size := theme.CaptionTextSize()
	fg := theme.Color(theme.ColorNameForeground)
	if !shown {
		fg = theme.Color(theme.ColorNameDisabled)
		grey := canvas.NewCircle(fg)
		grey.Resize(fyne.NewSquareSize(size))
		swatch = grey
	}
	label := canvas.NewText(a.Title, fg)
	label.TextSize = size
	e := &legendEntry{content: container.NewHBox(container.NewGridWrap(fyne.NewSquareSize(size), swatch), label), onTap: onTap}
	e.ExtendBaseWidget(e)
	return e
}

// CreateRenderer shows the swatch and title.
func (e *legendEntry) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(e.content)
}

// MouseDown notes the modifiers held, which Tapped reads.
func (e *legendEntry) MouseDown(ev *desktop.MouseEvent) { e.modifier = ev.Modifier }

// MouseUp does nothing; Tapped follows it.
func (e *legendEntry) MouseUp(*desktop.MouseEvent) {}

// Tapped toggles the source, or shows it alone under Ctrl (Cmd).
func (e *legendEntry) Tapped(*fyne.PointEvent) {
	only := e.modifier&(fyne.KeyModifierShortcutDefault|fyne.KeyModifierControl) != 0
	e.modifier = 0
	e.onTap(only)
}

// addLegendEntry adds article i's entry to the legend.
func (u *UI) addLegendEntry(i int, a *data.Article) {
	f := u.proj.View.Filter
	swatch := legendSwatch(i, theme.CaptionTextSize())
	u.legend.Add(newLegendEntry(a, swatch, sourceShown(f, a.Source), func(only bool) {
		if only {
			u.setFilter(onlySource(u.proj.View.Filter, a.Source))
			return
		}
		u.setFilter(toggleSource(u.proj.View.Filter, a.Source))
	}))
}

// filterMenuItem is View ▸ Filters…, the keyboard's way to every filter.
func (u *UI) filterMenuItem() *fyne.MenuItem {
	return fyne.NewMenuItem("Filters…", func() { u.filterDialog() })
}

// filterForm is what the Filters dialog's controls say: shown[i] for
// u.result.Articles[i], the tags ticked (none is no filter), the
// precision classes ticked (all of them is no filter), the least
// confidence kept (0 keeps all) and the dates as typed, each optional.
type filterForm struct {
	shown         []bool
	tags          []string
	classes       []string
	minConfidence float64
	from, to      string
}

// filterDialog asks which sources, tags, precisions, confidence and dates
// to show.
func (u *UI) filterDialog() dialog.Dialog {
	f := u.proj.View.Filter
	var sources []*widget.Check
	for _, a := range u.result.Articles {
		sources = append(sources, widget.NewCheck(a.Title, nil))
		sources[len(sources)-1].SetChecked(sourceShown(f, a.Source))
	}
	tags := widget.NewCheckGroup(projectTags(u.proj), nil)
	tags.Horizontal = true
	tags.SetSelected(f.Tags)
	classes := widget.NewCheckGroup(project.PrecisionClasses, nil)
	classes.Horizontal = true
	classes.SetSelected(f.Precisions)
	if len(f.Precisions) == 0 {
		classes.SetSelected(project.PrecisionClasses)
	}
	confidence, least := confidenceSlider(f.MinConfidence)
	from, to := newDialogEntry(), newDialogEntry()
	from.SetPlaceHolder("2024-11-01")
	to.SetPlaceHolder("2024-12-01")
	if f.Range != nil {
		from.SetText(dayText(f.Range.From))
		to.SetText(untilText(f.Range.To))
	}
	box := container.NewVBox()
	for _, c := range sources {
		box.Add(c)
	}
	list := container.NewVScroll(box)
	// Up to six sources in sight at once; a scroll's own least height is
	// one row.
	list.SetMinSize(fyne.NewSize(0, float32(min(len(sources), 6))*box.MinSize().Height/float32(max(len(sources), 1))))
	tagsItem := widget.NewFormItem("Tags", tags)
	tagsItem.HintText = "Only events with a tag ticked; none ticked keeps all"
	items := []*widget.FormItem{
		widget.NewFormItem("Sources", list),
		tagsItem,
		widget.NewFormItem("Precision", classes),
		widget.NewFormItem("Confidence", container.NewBorder(nil, nil, nil, least, confidence)),
		widget.NewFormItem("From", from), widget.NewFormItem("Until", to),
	}
	d := dialog.NewForm("Filters", "Apply", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		form := filterForm{shown: make([]bool, len(sources)), tags: tags.Selected, classes: classes.Selected,
			minConfidence: confidence.Value, from: from.Text, to: to.Text}
		for i, c := range sources {
			form.shown[i] = c.Checked
		}
		nf, err := u.readFilter(f, form)
		if err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		u.setFilter(nf)
	}, u.win)
	d.Resize(fyne.NewSize(600, 560))
	d.Show()
	return d
}

// confidenceSlider is the Filters dialog's least confidence, in steps of
// 5 %, with a label beside it saying what it keeps.
func confidenceSlider(least float64) (*widget.Slider, *widget.Label) {
	s := widget.NewSlider(0, 1)
	s.Step = 0.05
	label := widget.NewLabel("")
	s.OnChanged = func(v float64) { label.SetText(confidenceText(v)) }
	s.SetValue(least)
	label.SetText(confidenceText(least))
	return s, label
}

// confidenceText says what a least confidence keeps: "any", "≥ 60 %".
func confidenceText(least float64) string {
	if least <= 0 {
		return "any"
	}
	return fmt.Sprintf("≥ %.0f %%", 100*least)
}

// projectTags are the tags of p's events and articles, sorted, hidden
// and filtered-out events included, so that a tag filter still lists the
// tags it leaves out.
func projectTags(p *project.Project) []string {
	var out []string
	for _, e := range p.Events() {
		out = append(out, e.Tags...)
		if e.Article != nil {
			out = append(out, e.Article.Tags...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// readFilter makes the filter the dialog's form describes, keeping what
// the dialog does not show (hidden events shown) from old.
func (u *UI) readFilter(old project.Filter, form filterForm) (project.Filter, error) {
	f := old
	f.Sources, f.Without = nil, nil
	for i, a := range u.result.Articles {
		if !form.shown[i] {
			f.Without = append(f.Without, a.Source)
		}
	}
	f.Tags = nil
	if len(form.tags) > 0 {
		f.Tags = slices.Clone(form.tags)
	}
	f.Precisions = nil
	if len(form.classes) < len(project.PrecisionClasses) {
		f.Precisions = slices.Clone(form.classes)
	}
	f.MinConfidence = max(0, min(1, form.minConfidence))
	r, err := readRange(form.from, form.to)
	f.Range = r
	return f, err
}

// dateLayout is how the Filters dialog reads and writes dates.
const dateLayout = "2006-01-02"

// readRange reads the dialog's From and Until; Until is inclusive, so the
// range ends the day after. Both empty is no range.
func readRange(from, to string) (*project.Range, error) {
	if from == "" && to == "" {
		return nil, nil
	}
	var r project.Range
	var err error
	if from != "" {
		if r.From, err = time.Parse(dateLayout, from); err != nil {
			return nil, fmt.Errorf("filters: from %q: want a date such as 2024-11-01", from)
		}
	}
	if to != "" {
		if r.To, err = time.Parse(dateLayout, to); err != nil {
			return nil, fmt.Errorf("filters: until %q: want a date such as 2024-11-30", to)
		}
		r.To = r.To.AddDate(0, 0, 1)
	}
	return &r, nil
}

// dayText writes t for the dialog, "" for zero.
func dayText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

// untilText writes a range's end as the last day it keeps.
func untilText(end time.Time) string {
	if end.IsZero() {
		return ""
	}
	return dayText(end.AddDate(0, 0, -1))
}

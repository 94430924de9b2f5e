package app

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline/dateline/data/project"
	"github.com/dateline/dateline/timeline"
)

// Scenes let a presenter prepare a briefing: each is a named view of the
// timeline (a stretch of time and the event selected in it), saved with
// View ▸ Save Scene… and shown in order by View ▸ Present Scenes, which
// steps through them as Present steps through the events.

// scene is a saved view of the timeline. The view is kept as its middle
// instant and the time across the width rather than as a Scale, so it
// frames the same stretch of time on a wider screen when presenting.
type scene struct {
	Name     string
	Centre   time.Time
	Span     float64 // seconds across the timeline's width
	Selected int     // the event selected, or -1
	// ID is the selected event's identity, which finds it again after
	// edits have moved it to another index.
	ID project.EventID
}

// scale returns the view of sc for a timeline width pixels wide, with its
// calendar in loc.
func (sc scene) scale(width float32, loc *time.Location) timeline.Scale {
	if width <= 0 {
		width = 1
	}
	// Pan rather than time.Duration arithmetic: a span of centuries
	// overflows a Duration.
	s := timeline.Scale{Origin: sc.Centre, SecondsPerPixel: sc.Span / float64(width), Location: loc}
	return s.Pan(width / 2)
}

// sceneList is a briefing's scenes, in the order they are presented.
type sceneList struct {
	scenes []scene
	// changed, when set, is told of every change: the window's project
	// keeps its scenes.
	changed func()
}

// add appends sc, named "Scene n" when it has no name.
func (l *sceneList) add(sc scene) {
	sc.Name = strings.TrimSpace(sc.Name)
	if sc.Name == "" {
		sc.Name = fmt.Sprintf("Scene %d", len(l.scenes)+1)
	}
	l.scenes = append(l.scenes, sc)
	l.notify()
}

// notify tells the owner the list changed.
func (l *sceneList) notify() {
	if l.changed != nil {
		l.changed()
	}
}

// clear forgets every scene, as when other articles are loaded and the
// saved selections no longer name the same events.
func (l *sceneList) clear() {
	l.scenes = nil
	l.notify()
}

// captureScene returns what the timeline shows now as a scene called
// name.
func (u *UI) captureScene(name string) scene {
	tl := u.timeline
	id, _ := u.selectedID()
	w := tl.Size().Width
	s := tl.Scale()
	return scene{
		Name:     name,
		Centre:   s.Time(w / 2),
		Span:     s.SecondsPerPixel * float64(w),
		Selected: tl.Selected(),
		ID:       id,
	}
}

// reindex points each scene at its event's index among ids, after edits
// rebuilt the events; a scene whose event is gone selects none.
func (l *sceneList) reindex(ids []project.EventID) {
	for i := range l.scenes {
		if sc := &l.scenes[i]; !sc.ID.IsZero() {
			sc.Selected = slices.Index(ids, sc.ID)
		}
	}
}

// saveScene asks for a name and adds the current view to l. The selected
// event's title is offered as the name.
func (u *UI) saveScene(l *sceneList) {
	name := newDialogEntry()
	name.SetPlaceHolder(fmt.Sprintf("Scene %d", len(l.scenes)+1))
	if i := u.timeline.Selected(); i >= 0 && i < len(u.Events()) {
		name.SetText(u.Events()[i].Title)
	}
	sc := u.captureScene("") // the view as it is when asked, not after typing
	d := dialog.NewForm("Save Scene", "Save", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("Name", name)},
		func(ok bool) {
			if ok {
				sc.Name = name.Text
				l.add(sc)
			}
		}, u.win)
	name.OnSubmitted = func(string) { d.Submit() } // Enter saves
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(name)
}

// presentScenes presents l's scenes in order, or the events when l has
// none. The list is copied, so saving scenes while presenting cannot
// change the running order.
func (u *UI) presentScenes(l *sceneList) {
	u.present(append([]scene(nil), l.scenes...))
}

// sceneMenuItems are View ▸ Save Scene…, Present Scenes and Clear Scenes
// for l. Present Scenes has no shortcut: F5 with a modifier cannot be
// told apart from F5 in a typed-key handler.
func (u *UI) sceneMenuItems(l *sceneList) []*fyne.MenuItem {
	save := fyne.NewMenuItem("Save Scene…", func() { u.saveScene(l) })
	save.Shortcut = ctrl(fyne.KeyK)
	present := fyne.NewMenuItem("Present Scenes", func() { u.presentScenes(l) })
	forget := fyne.NewMenuItem("Clear Scenes", l.clear)
	return []*fyne.MenuItem{save, present, forget}
}

// projectScene is sc as a project file keeps it: the stretch of time it
// frames and its event's identity.
func projectScene(sc scene) project.Scene {
	return project.Scene{Name: sc.Name, From: addSeconds(sc.Centre, -sc.Span/2), To: addSeconds(sc.Centre, sc.Span/2), Selected: sc.ID}
}

// fromProjectScene is a project file's scene for the timeline, its event
// found among ids (-1 when it is gone).
func fromProjectScene(ps project.Scene, ids []project.EventID) scene {
	span := float64(ps.To.Unix()-ps.From.Unix()) + float64(ps.To.Nanosecond()-ps.From.Nanosecond())/1e9
	sc := scene{Name: ps.Name, Centre: addSeconds(ps.From, span/2), Span: span, Selected: -1, ID: ps.Selected}
	if !ps.Selected.IsZero() {
		sc.Selected = slices.Index(ids, ps.Selected)
	}
	return sc
}

// addSeconds is t moved by s seconds, in whole days and the rest: a
// time.Duration overflows beyond 292 years, and scenes may frame
// centuries.
func addSeconds(t time.Time, s float64) time.Time {
	days := int(s / 86400)
	return t.AddDate(0, 0, days).Add(time.Duration((s - float64(days)*86400) * float64(time.Second)))
}

package main

import (
	"testing"

	"github.com/dateline/dateline/app"
)

// TestNewApp checks that the app main creates carries Dateline's metadata
// whatever the working directory holds: the ID, and the fyneDo migration
// that turns Fyne's thread checks off.
func TestNewApp(t *testing.T) {
	t.Chdir(t.TempDir()) // no FyneApp.toml to fall back on
	a := newApp()
	got, want := a.Metadata(), app.Metadata()
	if got.ID != want.ID || got.Name != want.Name || got.Version != want.Version {
		t.Errorf("metadata %q %q %q, want %q %q %q", got.ID, got.Name, got.Version, want.ID, want.Name, want.Version)
	}
	if !got.Migrations["fyneDo"] {
		t.Error("fyneDo migration is off")
	}
	if a.UniqueID() != want.ID {
		t.Errorf("app ID %q, want %q", a.UniqueID(), want.ID)
	}
}

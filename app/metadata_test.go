package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/BurntSushi/toml"
)

// fyneAppToml is the part of FyneApp.toml that Fyne turns into
// fyne.AppMetadata (fyne.io/fyne/v2/app/meta_development.go).
type fyneAppToml struct {
	Details struct {
		Icon, Name, ID, Version string
		Build                   int
	}
	Migrations map[string]bool
}

// TestMetadata checks that the metadata set in code says what
// FyneApp.toml says, field by field as Fyne maps them, so that editing one
// without the other fails here.
func TestMetadata(t *testing.T) {
	var want fyneAppToml
	if _, err := toml.DecodeFile(filepath.Join("..", "FyneApp.toml"), &want); err != nil {
		t.Fatal(err)
	}
	got := Metadata()
	d := want.Details
	if got.ID != d.ID || got.Name != d.Name || got.Version != d.Version || got.Build != d.Build {
		t.Errorf("metadata %q %q %q %d, FyneApp.toml %q %q %q %d",
			got.ID, got.Name, got.Version, got.Build, d.ID, d.Name, d.Version, d.Build)
	}
	if len(got.Migrations) != len(want.Migrations) {
		t.Errorf("migrations %v, FyneApp.toml %v", got.Migrations, want.Migrations)
	}
	for k, v := range want.Migrations {
		if got.Migrations[k] != v {
			t.Errorf("migration %s = %v, FyneApp.toml %v", k, got.Migrations[k], v)
		}
	}
	if !got.Migrations["fyneDo"] {
		t.Error("fyneDo migration off: Fyne's thread checks would run")
	}
	icon, err := os.ReadFile(filepath.Join("..", d.Icon))
	if err != nil {
		t.Fatal(err)
	}
	if got.Icon == nil || !bytes.Equal(got.Icon.Content(), icon) {
		t.Errorf("icon is not %s", d.Icon)
	}
}

package data_test

import (
	"os"
	"testing"
	"time"

	"github.com/dateline/dateline/data"
)

func TestZZProfile(t *testing.T) {
	b, err := os.ReadFile("/tmp/big.txt")
	if err != nil {
		t.Skip()
	}
	a := &data.Article{Source: "big.txt", Text: string(b), Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := data.Extract(a); err != nil {
		t.Fatal(err)
	}
}

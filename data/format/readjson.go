package format

import (
	"fmt"
	"io"

	json "github.com/goccy/go-json"
)

// ReadEventsJSON reads the JSON array of Records that WriteJSON and
// "dateline extract" write.
func ReadEventsJSON(r io.Reader) ([]Record, error) {
	var records []Record
	dec := json.NewDecoder(r)
	if err := dec.Decode(&records); err != nil {
		return nil, fmt.Errorf("data: read json: %w", err)
	}
	if records == nil {
		return nil, fmt.Errorf("data: read json: not an array of events")
	}
	return records, nil
}

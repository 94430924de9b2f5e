package timex

// Type is the TIMEX3 type of a temporal expression.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Timex is one temporal expression found in a text, with its TIMEX3 type,
// normalised value and modifier.
type Timex struct {
	// Start and End are byte offsets into the tagged text; End is exclusive.
	Start, End int
	// Text is the expression as written, text[Start:End].
	Text string
	Type Type
	// Value is the TIMEX3 value, e.g. 2024-09, 2024-W47, P3Y, PAST_REF.
	Value string
	// Mod is the TIMEX3 modifier (START, MID, END, APPROX, BEFORE, AFTER…) or "".
	Mod string
	// Rule names the tagger rule that read the expression ("weekday",
	// "month-day", "anaphor"…), as HeidelTime's foundByRule does.
	Rule string
}

// Span returns the calendar span of the expression's value, or an error
// when the value names none (see ParseValue).
func (t Timex) Span() (Span, error) { return ParseValue(t.Value) }

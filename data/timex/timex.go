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
	// RangeEnd marks the second half of a range ("15" in "May 14-15",
	// "Sunday" in "from Friday to Sunday"): the expression closes the
	// stretch of time the expression just before it opens. TimeML tags
	// the two halves apart; extract.Events makes them one event.
	RangeEnd bool
	// Qualifies marks an expression that only tells which instance the
	// expression just before it is: "last year" in "March of last year",
	// "next week" in "Saturday next week". The value before already
	// holds it; extract.Events folds the two into one event.
	Qualifies bool
	// Doubt says why a value the text states outright may still be wrong
	// ("27 November 2024 is a Wednesday, not a Monday"), or is "".
	Doubt string
}

// Span returns the calendar span of the expression's value, or an error
// when the value names none (see ParseValue).
func (t Timex) Span() (Span, error) { return ParseValue(t.Value) }

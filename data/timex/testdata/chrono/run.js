// run.js runs chrono-node over documents for the side-by-side figures of
// `make eval` (data/timex/eval_test.go).
//
// stdin:  one JSON object per line, {"text": "...", "dct": "YYYY-MM-DD"}.
// stdout: one JSON object per input line, in order,
//         {"results": [{"start", "end", "text", "value", "type"}]}
//         where start/end are UTF-8 byte offsets into text (chrono counts
//         UTF-16 code units; Go slices bytes) and value is a TIMEX3-style
//         value at the precision chrono is certain of.
//
// The reference instant is noon UTC on the DCT, so that a date one day
// either side never slips across midnight. Run with TZ=UTC; chrono-node
// is found through NODE_PATH (install.sh puts it outside the repository).
'use strict';

const readline = require('readline');
const chrono = require('chrono-node');

// byteOffsets maps every UTF-16 index of s (and its end) to a UTF-8 byte
// offset. An index inside a surrogate pair maps to the end of the pair.
function byteOffsets(s) {
  const out = new Array(s.length + 1);
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = b;
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      b += 1;
    } else if (c < 0x800) {
      b += 2;
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      b += 4;
      out[++i] = b;
    } else {
      b += 3;
    }
  }
  out[s.length] = b;
  return out;
}

const pad = (n, w) => String(n).padStart(w, '0');

// timex turns chrono's parsed components into a TIMEX3 value and type.
// chrono marks a weekday ("on Thursday") as certain but its day only as
// implied, so a certain weekday counts as a known day.
function timex(c) {
  const ymd = `${pad(c.get('year'), 4)}-${pad(c.get('month'), 2)}-${pad(c.get('day'), 2)}`;
  if (c.isCertain('hour')) {
    return { value: `${ymd}T${pad(c.get('hour'), 2)}:${pad(c.get('minute') || 0, 2)}`, type: 'TIME' };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) {
    return { value: ymd, type: 'DATE' };
  }
  if (c.isCertain('month')) {
    return { value: ymd.slice(0, 7), type: 'DATE' };
  }
  if (c.isCertain('year')) {
    return { value: ymd.slice(0, 4), type: 'DATE' };
  }
  return { value: '', type: 'DATE' };
}

function parse(doc) {
  const ref = { instant: new Date(`${doc.dct}T12:00:00Z`), timezone: 'UTC' };
  const at = byteOffsets(doc.text);
  return chrono.parse(doc.text, ref).map((r) => ({
    start: at[r.index],
    end: at[r.index + r.text.length],
    text: r.text,
    ...timex(r.start),
  }));
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (line.trim() === '') {
    return;
  }
  process.stdout.write(JSON.stringify({ results: parse(JSON.parse(line)) }) + '\n');
});

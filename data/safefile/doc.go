// Package safefile writes files atomically: a reader, a crash or a kill -9
// at any moment sees either the old file or the new one, never a mix or a
// truncated file.
//
// Write streams into a temporary file in the target's folder, flushes it to
// disk, renames it over the target and flushes the folder, so the rename
// itself survives a power cut. Temporaries carry a suffix of their own
// (TempSuffix), so a temporary left behind by a killed process is
// recognised and removed by the next Write to that folder once it is older
// than StaleAfter.
package safefile

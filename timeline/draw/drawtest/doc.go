// Package drawtest records what draw.Draw asks of a Canvas, so tests can
// check the marks every backend receives without rasterising anything.
//
// Data flows one way: *timeline.Scene --draw.Draw--> Recorder.Ops, each
// Op one Canvas call with its geometry, text and colour.
package drawtest

// Package convert turns Dateline's data into the timeline's plain terms:
// events become timeline.Items, their articles palette colours. The app's
// window and the headless export both use it, so an exported image shows
// exactly what the window shows.
package convert

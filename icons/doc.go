// Package icons bundles Dateline's own image resources, such as the
// application icon, so the binary needs no files beside it. The SVG beside
// the PNG is the source; the PNG is rendered from it with rsvg-convert.
package icons

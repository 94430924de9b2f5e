#!/bin/sh
# install.sh DIR installs the pinned chrono-node (package-lock.json beside
# this script) into DIR with npm ci, once: a second run with the same lock
# file does nothing. On failure it prints one line saying why on stdout
# and exits non-zero; npm's own output goes to DIR/npm.log.
set -u
src=$(dirname "$0")
dir=${1:?usage: install.sh DIR}
command -v node >/dev/null 2>&1 || { echo "node not found on PATH"; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "npm not found on PATH"; exit 1; }
if [ -d "$dir/node_modules/chrono-node" ] && cmp -s "$src/package-lock.json" "$dir/package-lock.json"; then
	exit 0
fi
mkdir -p "$dir" && cp "$src/package.json" "$src/package-lock.json" "$dir/" || { echo "cannot write $dir"; exit 1; }
npm ci --prefix "$dir" --no-audit --no-fund >"$dir/npm.log" 2>&1 || { echo "npm ci failed (see $dir/npm.log)"; exit 1; }

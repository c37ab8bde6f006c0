# tcl-counts.sh — sourced by scripts/test.sh and scripts/windows.sh: the tcltest
# counts of a build directory's last ctest run, for the tables they print.
#   tcl_counts build-dir -> "passed skipped failed" summed over the tcltest
#                           files (tests/tcl, tests/demo) of that run
#   tcl_skips build-dir  -> "constraint:count ..." of the cases skipped there
tcl_counts() {
  awk -F'\t' '$2 == "Total" { p += $5; s += $7; f += $9 } END { printf "%d %d %d", p, s, f }' \
    "$1/Testing/Temporary/LastTest.log"
}
tcl_skips() {
  awk '/^Number of tests skipped for each constraint:/ { on = 1; next }
       on && /^[ \t]+[0-9]+[ \t]+[^ \t]+$/ { n[$2] += $1; next } { on = 0 }
       END { for (c in n) printf "%s:%d ", c, n[c] }' "$1/Testing/Temporary/LastTest.log"
}

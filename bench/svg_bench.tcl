# svg_bench.tcl — how long tkext::svg takes against Tk's own reads and export.
#
#   line    one line of 10^5 points: tkext::svg .c   vs   .c coords $id
#           (Tk building the list of that line's 2*10^5 numbers; the export
#           reads the same list and writes every number in its shortest form)
#   items   10^4 small items (rectangles, ovals, lines, polygons, a tenth of
#           them text): tkext::svg .c   vs   .c postscript
# Best of several interleaved rounds, all in this one run; prints RESULT lines
# for bench/run.
#   TCLLIBPATH=build xvfb-run -a tclsh bench/svg_bench.tcl ?rounds?
package require Tk
package require tkext
wm withdraw .

set rounds [expr {$argc > 0 ? [lindex $argv 0] : 5}]

# best script -> best milliseconds of one run of script over $rounds rounds
proc best {script} {
    set best Inf
    for {set r 0} {$r < $::rounds} {incr r} {
        set t [lindex [uplevel 1 [list time $script 1]] 0]
        if {$t < $best} {set best $t}
    }
    return [expr {$best / 1000.0}]
}

# The line: 10^5 points, twice: short decimals (x to 0.001 px, y to 0.1 px,
# as drawing programs and rounded data place them) and full-precision doubles
# (raw measurements: 15-17 significant digits each, which std::to_chars
# takes far longer to write than Tk takes to make a number object).
canvas .c -width 800 -height 600
foreach {key what digits} {
    line "short decimals" 1
    line.full "full-precision doubles" 0
} {
    .c delete all
    expr {srand(19)}
    set flat {}
    for {set i 0} {$i < 100000} {incr i} {
        set y [expr {300 + 250 * sin($i / 500.0) + rand()}]
        set x [expr {$i * 0.008}]
        if {$digits} {
            set x [expr {round($i * 8) / 1000.0}]
            set y [expr {round($y * 10) / 10.0}]
        }
        lappend flat $x $y
    }
    set id [.c create line $flat -width 1.5]
    set coordsMs Inf
    set svgMs Inf
    for {set r 0} {$r < $rounds} {incr r} {
        # Interleaved: each round times both, so load hits both alike.
        set coordsMs [expr {min($coordsMs, [best {.c coords $id}])}]
        set svgMs [expr {min($svgMs, [best {tkext::svg .c}])}]
    }
    set size [string length [tkext::svg .c]]
    puts [format "line of 10^5 points, %s: .c coords %.2f ms, tkext::svg %.2f ms (%.2f MB of SVG)" \
        $what $coordsMs $svgMs [expr {$size / 1e6}]]
    puts [format "RESULT svg.%s %.2f <= 3 tkext::svg of one 10^5-point line (%s) / .c coords of that line" \
        $key [expr {$svgMs / $coordsMs}] $what]
}

# The items: 10^4 small ones over the visible area.
destroy .c
canvas .c -width 800 -height 600
for {set i 0} {$i < 10000} {incr i} {
    set x [expr {($i % 100) * 8}]
    set y [expr {($i / 100) * 6}]
    switch [expr {$i % 10}] {
        0 - 1 - 2 { .c create rectangle $x $y [expr {$x + 6}] [expr {$y + 4}] -fill #3070c0 -outline black }
        3 - 4 - 5 { .c create oval $x $y [expr {$x + 6}] [expr {$y + 4}] -fill orange -width 1 }
        6 - 7 { .c create line $x $y [expr {$x + 6}] [expr {$y + 4}] -width 2 -fill #206020 }
        8 { .c create polygon $x $y [expr {$x + 6}] $y [expr {$x + 3}] [expr {$y + 4}] -fill purple }
        9 { .c create text $x $y -text $i -anchor nw -font {Helvetica 6} }
    }
}
set psMs Inf
set svgMs Inf
for {set r 0} {$r < $rounds} {incr r} {
    set psMs [expr {min($psMs, [best {.c postscript -x 0 -y 0 -width 800 -height 600}])}]
    set svgMs [expr {min($svgMs, [best {tkext::svg .c -x 0 -y 0 -width 800 -height 600}])}]
}
puts [format "10^4 small items: .c postscript %.2f ms, tkext::svg %.2f ms" $psMs $svgMs]
puts [format "RESULT svg.items %.2f <= 3 tkext::svg of 10^4 small items / .c postscript of them" \
    [expr {$svgMs / $psMs}]]
exit

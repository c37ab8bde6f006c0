# coords_bench.tcl — how much tkext::coords costs over Tk's own coords.
#
# For 10^3..10^6 points, times setting a line's coordinates:
#   limit    .c coords $id $flat     Tk itself, given a prebuilt flat list of doubles
#   tkext    tkext::coords .c $id $pairs   the same points as a list of pairs
#   flat     tkext::coords .c $id $flat    tkext given Tk's own form: checks, then passes it on
#   enabled  .c coords $id $pairs    on an enabled canvas
#   pure-Tcl recursive Tcl flatten of $pairs, then .c coords
# The same again with the points built as a program builds them, among other
# data (each point made in the same loop as points of two other lists, which
# stay alive): limit, tkext and flat on those lists (columns *Among), since
# Tk and tkext both read their objects one after another.
# Each figure is the best of several rounds (the minimum is the least disturbed
# by other load), all measured in this one run.  A timing runs its command once
# untimed and then a few times, so it measures calls in steady state, not one
# call right after another variant has flushed the caches.  The pure-Tcl
# flatten gets its own copy of the points: it shimmers every number it touches
# into a list (llength), which would otherwise slow the other variants' next
# call, whichever came after it.  Ratios are against the limit.
# Also prints CURVE lines (the scaling plot) and RESULT lines at 10^5 for
# bench/run.
#   TCLLIBPATH=build xvfb-run -a tclsh bench/coords_bench.tcl ?maxExponent? ?minExponent?
package require Tk
package require tkext
wm withdraw .

set maxExponent [expr {$argc > 0 ? [lindex $argv 0] : 6}]

proc flattenInTcl {value} {
    if {[llength $value] <= 1} {
        if {[llength $value] == 0} {return {}}
        if {[lindex $value 0] eq $value} {return [list $value]}
        return [flattenInTcl [lindex $value 0]]
    }
    set out {}
    foreach element $value {lappend out {*}[flattenInTcl $element]}
    return $out
}

# best script iterations rounds -> best microseconds per iteration
proc best {script iterations rounds} {
    set best Inf
    for {set r 0} {$r < $rounds} {incr r} {
        set t [lindex [uplevel 1 [list time $script $iterations]] 0]
        if {$t < $best} {set best $t}
    }
    return $best
}

# steady script iterations -> microseconds per iteration, timed after one
# untimed call (the caches as a call in steady state finds them)
proc steady {script iterations} {
    uplevel 1 $script
    lindex [uplevel 1 [list time $script $iterations]] 0
}

canvas .c
.c create line 0 0 1 1
set id 1
.c create line 0 0 1 1
set enabledId 2
canvas .e
tkext::enable .e
set eid [.e create line 0 0 1 1]

puts [format "%-8s %10s %10s %10s %10s %11s %9s %9s %9s %9s %13s %13s %13s %9s %9s" points limit(ms) tkext(ms) enabled(ms) flat(ms) pureTcl(ms) tkext/lim enab/lim flat/lim tcl/tkext limAmong(ms) tkextAmong(ms) flatAmong(ms) tkext/lim flat/lim]
set minExponent [expr {$argc > 1 ? [lindex $argv 1] : 2}]
for {set e $minExponent} {$e <= $maxExponent} {incr e} {
    set n [expr {10**$e}]
    set flat {}
    set pairs {}
    set pairsForTcl {}
    for {set i 0} {$i < $n} {incr i} {
        set x [expr {$i * 0.5}]
        set y [expr {sin($i * 0.01) * 100.0}]
        lappend flat $x $y
        lappend pairs [list $x $y]
    }
    for {set i 0} {$i < $n} {incr i} {
        lappend pairsForTcl [list [expr {$i * 0.5}] [expr {sin($i * 0.01) * 100.0}]]
    }
    set flatAmong {}
    set pairsAmong {}
    set otherA {}
    set otherB {}
    for {set i 0} {$i < $n} {incr i} {
        set x [expr {$i * 0.5}]
        set y [expr {sin($i * 0.01) * 100.0}]
        lappend flatAmong $x $y
        lappend pairsAmong [list $x $y]
        lappend otherA [expr {$x * 2.0}] [expr {$y + 1.0}]
        lappend otherB [list [expr {$x + 3.0}] [expr {$y * 0.5}]]
    }
    # A few calls a timing: on a busy machine longer timings are nearly all
    # interrupted, and the best of many short ones is the undisturbed cost.
    set iterations [expr {max(1, 300000 / $n)}]
    set rounds [expr {$e >= 6 ? 3 : 21}]
    # Interleave so that any drift in machine load hits every variant alike.
    set limit Inf; set tkext Inf; set enabled Inf; set flatTkext Inf; set pure Inf
    set limitAmong Inf; set tkextAmong Inf; set flatAmongTkext Inf
    for {set r 0} {$r < $rounds} {incr r} {
        set limit [expr {min($limit, [steady {.c coords $id $flat} $iterations])}]
        set tkext [expr {min($tkext, [steady {tkext::coords .c $id $pairs} $iterations])}]
        set enabled [expr {min($enabled, [steady {.e coords $eid $pairs} $iterations])}]
        set flatTkext [expr {min($flatTkext, [steady {tkext::coords .c $id $flat} $iterations])}]
        set limitAmong [expr {min($limitAmong, [steady {.c coords $id $flatAmong} $iterations])}]
        set tkextAmong [expr {min($tkextAmong, [steady {tkext::coords .c $id $pairsAmong} $iterations])}]
        set flatAmongTkext [expr {min($flatAmongTkext, [steady {tkext::coords .c $id $flatAmong} $iterations])}]
        if {$e <= 5 || $r == 0} {
            set pure [expr {min($pure, [best {.c coords $id [flattenInTcl $pairsForTcl]} 1 1])}]
        }
    }
    puts [format "%-8d %10.3f %10.3f %10.3f %10.3f %11.3f %9.2f %9.2f %9.2f %9.1f %13.3f %13.3f %13.3f %9.2f %9.2f" $n \
        [expr {$limit / 1000.0}] [expr {$tkext / 1000.0}] [expr {$enabled / 1000.0}] \
        [expr {$flatTkext / 1000.0}] [expr {$pure / 1000.0}] [expr {double($tkext) / $limit}] \
        [expr {double($enabled) / $limit}] [expr {double($flatTkext) / $limit}] [expr {double($pure) / $tkext}] \
        [expr {$limitAmong / 1000.0}] [expr {$tkextAmong / 1000.0}] [expr {$flatAmongTkext / 1000.0}] \
        [expr {double($tkextAmong) / $limitAmong}] [expr {double($flatAmongTkext) / $limitAmong}]]
    # For bench/run: the scaling plot, and the targets at 10^5.
    foreach {series value} [list "Tk coords (flat list)" $limit "tkext::coords (pairs)" $tkext \
                                "tkext::coords (flat list)" $flatTkext "pure-Tcl flatten + Tk" $pure] {
        puts [format "CURVE coords %d %.6g %s" $n [expr {$value / 1000.0}] $series]
    }
    if {$e == 5} {
        puts [format "RESULT coords.pairs %.3f <= 1.60 tkext::coords pairs vs Tk flat, 10^5 points" \
            [expr {double($tkext) / $limit}]]
        puts [format "RESULT coords.flat %.3f <= 1.10 tkext::coords flat list vs Tk flat, 10^5 points" \
            [expr {double($flatTkext) / $limit}]]
        puts [format "RESULT coords.pairsInterleaved %.3f <= 1.60 tkext::coords pairs vs Tk flat, lists built among two others, 10^5 points" \
            [expr {double($tkextAmong) / $limitAmong}]]
        puts [format "RESULT coords.flatInterleaved %.3f <= 1.10 tkext::coords flat list vs Tk flat, lists built among two others, 10^5 points" \
            [expr {double($flatAmongTkext) / $limitAmong}]]
        puts [format "RESULT coords.pureTcl %.1f >= 30 pure-Tcl flatten time / tkext::coords pairs, 10^5 points" \
            [expr {double($pure) / $tkext}]]
    }
}
exit

# geom_bench.tcl — tkext::geom and tkext::rotate against the pure-Tcl ways of doing the same.
#
# Table 1, for 10^2..10^6 points (a noisy star-shaped polygon, flat list of doubles):
#   area      tkext::geom area       vs tcllib math::geometry::areaPolygon
#   length    tkext::geom length     vs math::geometry::lengthOfPolyline
#   contains  tkext::geom contains   vs math::geometry::pointInsidePolygon
#   bbox      tkext::geom bbox       vs math::geometry::bbox (a pure-Tcl loop if absent)
# Table 2, a line of 10^4..10^6 points on a canvas:
#   tkext     tkext::rotate .c $id cx cy 1.5
#   pure-Tcl  read .c coords, rotate in a Tcl loop, set .c coords (what 8.6 users do)
#   floor     .c coords $id [.c coords $id]: reading and setting alone, no arithmetic
# Each figure is the best of several rounds (the minimum is the least disturbed
# by other load), variants interleaved within each round, all in this one run.
# tcllib at 10^6 runs one round only (each call takes a good fraction of a second).
# The *Packed rows give tkext::geom -packed the same points as one packed
# float64 block (what Python's array('d') becomes), built once outside the
# timed part like a program that holds its points packed; tcllib gets its
# list, as in the other rows.  The *Interleaved rows take the points from a
# list built as a program builds one, among other data: each point appended
# in the same loop as points of two other lists of the same size, so its
# objects lie among theirs instead of next to each other (a list built alone
# reads as one sweep of memory; this one is three times as spread out).
# tcllib reads the same list.  Also prints CURVE lines (the scaling plot) and
# RESULT lines at 10^5 for bench/run.
#   TCLLIBPATH=build xvfb-run -a tclsh bench/geom_bench.tcl ?maxExponent? ?minExponent?
package require Tk
package require tkext
wm withdraw .

set maxExponent [expr {$argc > 0 ? [lindex $argv 0] : 6}]
set haveTcllib [expr {![catch {package require math::geometry}]}]
set tcllibBbox [expr {$haveTcllib && [llength [info commands ::math::geometry::bbox]]}]

proc bboxInTcl {xy} {
    lassign $xy xmin ymin
    set xmax $xmin; set ymax $ymin
    foreach {x y} $xy {
        if {$x < $xmin} {set xmin $x} elseif {$x > $xmax} {set xmax $x}
        if {$y < $ymin} {set ymin $y} elseif {$y > $ymax} {set ymax $y}
    }
    list $xmin $ymin $xmax $ymax
}

proc rotateInTcl {canvas id cx cy degrees} {
    set t [expr {$degrees * acos(-1) / 180.0}]
    set s [expr {sin($t)}]
    set c [expr {cos($t)}]
    set out {}
    foreach {x y} [$canvas coords $id] {
        set dx [expr {$x - $cx}]
        set dy [expr {$y - $cy}]
        lappend out [expr {$cx + $dx * $c + $dy * $s}] [expr {$cy - $dx * $s + $dy * $c}]
    }
    $canvas coords $id $out
}

# once script iterations -> microseconds per iteration (one timing)
proc once {script iterations} {
    lindex [uplevel 1 [list time $script $iterations]] 0
}

# starPolygon n ?alone|among? -> n points around a noisy circle of radius ~1000 (a
# simple polygon).  Among, each point is made in the same loop as a
# point of each of the two lists ::otherPoints holds (kept alive, as a
# program's other data is).
proc starPolygon {n {layout alone}} {
    set xy {}
    set otherA {}
    set otherB {}
    for {set i 0} {$i < $n} {incr i} {
        set t [expr {2.0 * acos(-1) * $i / $n}]
        set r [expr {1000.0 + 50.0 * rand()}]
        lappend xy [expr {$r * cos($t)}] [expr {$r * sin($t)}]
        if {$layout eq "among"} {
            lappend otherA [expr {$r * 0.5}] [expr {$t * 2.0}]
            lappend otherB [expr {$r + $t}] [expr {$r - $t}]
        }
    }
    set ::otherPoints [list $otherA $otherB]
    return $xy
}

expr {srand(1)}
puts "Table 1: tkext::geom vs tcllib math::geometry (ms per call; ratio = tcllib / tkext)"
puts "  bbox baseline: [expr {$tcllibBbox ? {math::geometry::bbox} : {pure-Tcl loop}}]"
set ops {
    area     {tkext::geom area $xy}          {math::geometry::areaPolygon $xy}
    length   {tkext::geom length $xy}        {math::geometry::lengthOfPolyline $xy}
    contains {tkext::geom contains $xy 3.5 -2.25} {math::geometry::pointInsidePolygon {3.5 -2.25} $xy}
    bbox     {tkext::geom bbox $xy}          {BBOX $xy}
    areaPacked     {tkext::geom -packed area $packed}     {math::geometry::areaPolygon $xy}
    lengthPacked   {tkext::geom -packed length $packed}   {math::geometry::lengthOfPolyline $xy}
    containsPacked {tkext::geom -packed contains $packed 3.5 -2.25} {math::geometry::pointInsidePolygon {3.5 -2.25} $xy}
    bboxPacked     {tkext::geom -packed bbox $packed}     {BBOX $xy}
    areaInterleaved     {tkext::geom area $xyAmong}     {math::geometry::areaPolygon $xyAmong}
    lengthInterleaved   {tkext::geom length $xyAmong}   {math::geometry::lengthOfPolyline $xyAmong}
    containsInterleaved {tkext::geom contains $xyAmong 3.5 -2.25} {math::geometry::pointInsidePolygon {3.5 -2.25} $xyAmong}
    bboxInterleaved     {tkext::geom bbox $xyAmong}     {BBOX $xyAmong}
}
set ops [string map [list BBOX [expr {$tcllibBbox ? "math::geometry::bbox" : "bboxInTcl"}]] $ops]
puts [format "%-8s %-14s %12s %12s %9s" points op tkext(ms) tcllib(ms) ratio]
set minExponent [expr {$argc > 1 ? [lindex $argv 1] : 2}]
for {set e $minExponent} {$e <= $maxExponent} {incr e} {
    set n [expr {10**$e}]
    set xy [starPolygon $n]
    set xyAmong [starPolygon $n among]
    set packed [tkext::packed encode $xy]
    # Steady-state calls, not one call right after tcllib's has flushed the
    # caches: one untimed call first, then a few timed ones (a few ms: on a
    # busy machine longer timings are nearly all interrupted, and the best of
    # many short ones is the undisturbed cost).
    set iterations [expr {max(1, 300000 / $n)}]
    set rounds [expr {$e >= 6 ? 3 : 21}]
    set tclRounds [expr {$e >= 6 ? 1 : $rounds}]
    foreach {op ours theirs} $ops {
        set a Inf; set b Inf
        for {set r 0} {$r < $rounds} {incr r} {
            once $ours 1
            set a [expr {min($a, [once $ours $iterations])}]
            if {$haveTcllib && $r < $tclRounds} {
                set b [expr {min($b, [once $theirs [expr {max(1, $iterations / 15)}]])}]
            }
        }
        if {$haveTcllib} {
            puts [format "%-8d %-14s %12.4f %12.3f %9.0f" $n $op [expr {$a / 1000.0}] \
                [expr {$b / 1000.0}] [expr {double($b) / $a}]]
            if {$e == 5} {
                set target [expr {[string match *Packed $op] ? 100 : 20}]
                if {[string match *Packed $op]} {
                    set how "-packed %s from a packed float64 block"
                } elseif {[string match *Interleaved $op]} {
                    set how "%s from a Tcl list built among two other lists"
                } else {
                    set how "%s from a Tcl list"
                }
                puts [format "RESULT geom.%s %.1f >= %d tcllib time / tkext::geom %s, 10^5 points" \
                    $op [expr {double($b) / $a}] $target [format $how [string map {Packed {} Interleaved {}} $op]]]
            }
        } else {
            puts [format "%-8d %-14s %12.4f %12s %9s" $n $op [expr {$a / 1000.0}] - -]
        }
        switch $op {
            area {
                puts [format "CURVE area %d %.6g tkext::geom area (Tcl list)" $n [expr {$a / 1000.0}]]
                if {$haveTcllib} {puts [format "CURVE area %d %.6g tcllib math::geometry::areaPolygon" $n [expr {$b / 1000.0}]]}
            }
            areaPacked {puts [format "CURVE area %d %.6g tkext::geom -packed area (packed block)" $n [expr {$a / 1000.0}]]}
            areaInterleaved {
                puts [format "CURVE area %d %.6g tkext::geom area (Tcl list built among others)" $n [expr {$a / 1000.0}]]
            }
        }
    }
}
if {!$haveTcllib} {puts "  tcllib's math::geometry is not installed: no baseline"}

puts ""
puts "Table 2: rotating a line item (ms per call; tcl/tkext and tkext/floor ratios)"
canvas .c
puts [format "%-8s %12s %12s %12s %10s %11s" points tkext(ms) pureTcl(ms) floor(ms) tcl/tkext tkext/floor]
for {set e 4} {$e <= $maxExponent} {incr e} {
    set n [expr {10**$e}]
    .c delete all
    set id [.c create line [starPolygon $n]]
    set rounds [expr {$e >= 6 ? 3 : 7}]
    set iterations [expr {max(1, 100000 / $n)}]
    set ours Inf; set pure Inf; set floor Inf
    for {set r 0} {$r < $rounds} {incr r} {
        set floor [expr {min($floor, [once {.c coords $id [.c coords $id]} $iterations])}]
        set ours [expr {min($ours, [once {tkext::rotate .c $id 3 4 1.5} $iterations])}]
        set pure [expr {min($pure, [once {rotateInTcl .c $id 3 4 1.5} $iterations])}]
    }
    puts [format "%-8d %12.3f %12.3f %12.3f %10.1f %11.2f" $n [expr {$ours / 1000.0}] \
        [expr {$pure / 1000.0}] [expr {$floor / 1000.0}] [expr {double($pure) / $ours}] \
        [expr {double($ours) / $floor}]]
}
exit

# small_calls.tcl — what an enabled canvas costs on the everyday path (issue 14).
#
# Small calls an application makes all the time, each timed on a plain canvas
# (.p) and on an enabled one (.e, tkext::enable) in this one process.  The
# variants of a row take turns within every round (so drift in machine load
# hits them alike); each figure is the best of the rounds, each round times
# `calls` calls.  bench/small_calls_callgrind.py counts instructions for the
# same rows, which load on the machine does not change.  Rows compare like with like, except the "pairs" rows, whose
# baseline is Tk's own flat call with the same numbers, and tkext::coords,
# whose baseline is the same plain canvas's own coords.
#
# Output: a human table, then one line per row for bench/run:
#   RESULT <key> <ratio> <= <target> <description>
#   TCLLIBPATH=build xvfb-run -a tclsh bench/small_calls.tcl ?calls? ?rounds?
package require Tk
package require tkext
wm withdraw .

# Many short rounds rather than a few long ones: on a loaded machine a
# round of a millisecond or two often runs without being preempted, and the
# best round is the undisturbed cost; long rounds are nearly all disturbed.
set calls [expr {$argc > 0 ? [lindex $argv 0] : 2000}]
set rounds [expr {$argc > 1 ? [lindex $argv 1] : 41}]

canvas .p
canvas .e
tkext::enable .e
set pid [.p create line 0 0 10 10]
set eid [.e create line 0 0 10 10]
set prect [.p create rectangle 0 0 10 10]
set erect [.e create rectangle 0 0 10 10]

# Each row: key target description baselineScript enabledScript.  Scripts see
# $c (the canvas: .p for the baseline, .e for the enabled one), $id (a line)
# and $rect (a rectangle) of that canvas, and numbers computed by expr, as
# an application's or Tkinter's are ($x1 $y1 $x2 $y2: an integer and a double
# each; $p1 $p2 the same as pairs, $pairs a list of them).  Literal words such as "3" are strings Tk turns into its own "pixel"
# values, which tkext must parse to check (rows marked literal).  A script run for the baseline
# always gets .p; tkext::coords's row runs both on .p.
set rows {
    move        1.05 {.c move $id 1 1}
        {$c move $id 1 1} {$c move $id 1 1}
    itemconfig  1.05 {.c itemconfigure $id -width 2}
        {$c itemconfigure $id -width 2} {$c itemconfigure $id -width 2}
    itemcget    1.05 {.c itemcget $id -fill}
        {$c itemcget $id -fill} {$c itemcget $id -fill}
    bbox        1.05 {.c bbox $id}
        {$c bbox $id} {$c bbox $id}
    delete      1.05 {.c delete nosuchtag}
        {$c delete nosuchtag} {$c delete nosuchtag}
    query       1.05 {.c coords $id (a query)}
        {$c coords $id} {$c coords $id}
    coords4     1.30 {.c coords $id $x1 $y1 $x2 $y2 (computed numbers)}
        {$c coords $id $x1 $y1 $x2 $y2} {$c coords $id $x1 $y1 $x2 $y2}
    literal4    1.30 {.c coords $id 1 2 3 4 (literal words)}
        {$c coords $id 1 2 3 4} {$c coords $id 1 2 3 4}
    coords8     1.30 {.c coords $id 1 2 3 4 5 6 7 8 (literal words)}
        {$c coords $id 1 2 3 4 5 6 7 8} {$c coords $id 1 2 3 4 5 6 7 8}
    coordsList  1.30 {.c coords $id {1 2 3 4} (one flat list)}
        {$c coords $id {1 2 3 4}} {$c coords $id {1 2 3 4}}
    rect4       1.30 {.c coords $rect 1 2 3 4 (a rectangle)}
        {$c coords $rect 1 2 3 4} {$c coords $rect 1 2 3 4}
    create4     1.30 {.c delete [.c create line 1 2 3 4]}
        {$c delete [$c create line 1 2 3 4]} {$c delete [$c create line 1 2 3 4]}
    create8     1.30 {.c delete [.c create polygon 1 2 3 4 5 6 7 8 -fill red]}
        {$c delete [$c create polygon 1 2 3 4 5 6 7 8 -fill red]}
        {$c delete [$c create polygon 1 2 3 4 5 6 7 8 -fill red]}
    pairs2      1.50 {.c coords $id $p1 $p2 (computed pairs) vs plain flat}
        {$c coords $id $x1 $y1 $x2 $y2} {$c coords $id $p1 $p2}
    pairsLiteral 1.50 {.c coords $id {1 2} {3 4} vs plain flat (literal words)}
        {$c coords $id 1 2 3 4} {$c coords $id {1 2} {3 4}}
    pairs4      1.50 {.c coords $id {1 2} {3 4} {5 6} {7 8} vs plain flat (literal)}
        {$c coords $id 1 2 3 4 5 6 7 8} {$c coords $id {1 2} {3 4} {5 6} {7 8}}
    pairList    1.50 {.c coords $id [list $p1 $p2] vs plain flat}
        {$c coords $id $x1 $y1 $x2 $y2} {$c coords $id $pairs}
    createPairs 1.50 {.c create line $p1 $p2 vs plain flat}
        {$c delete [$c create line $x1 $y1 $x2 $y2]} {$c delete [$c create line $p1 $p2]}
    tkextCoords 1.50 {tkext::coords .p $id $x1 $y1 $x2 $y2 vs .p coords}
        {$c coords $id $x1 $y1 $x2 $y2} {tkext::coords .p $id $x1 $y1 $x2 $y2}
    tkextLiteral 1.50 {tkext::coords .p $id 1 2 3 4 vs .p coords (literal words)}
        {$c coords $id 1 2 3 4} {tkext::coords .p $id 1 2 3 4}
}

# A procedure per variant, so each script is compiled as an application's
# code would be; it runs the script `calls` times and returns microseconds.
set procNumber 0
proc timer {canvas id rect script} {
    global calls procNumber
    set name timer[incr procNumber]
    proc $name {} [string map [list @C $canvas @ID $id @RECT $rect @N $calls @S $script] {
        set c @C; set id @ID; set rect @RECT
        set x1 [expr {1}]; set y1 [expr {2.5}]; set x2 [expr {30}]; set y2 [expr {40.5}]
        set p1 [list $x1 $y1]; set p2 [list $x2 $y2]; set pairs [list $p1 $p2]
        set t0 [clock microseconds]
        for {set i 0} {$i < @N} {incr i} {@S}
        expr {[clock microseconds] - $t0}
    }]
    $name  ;# warm up: compile, and let Tk shimmer the literal numbers
    return $name
}

puts "Small calls: $calls calls a round, best of $rounds rounds (ns per call)"
puts [format "%-12s %-58s %9s %9s %7s %7s" row call plain enabled ratio target]
foreach {key target description base ours} $rows {
    set baseTimer [timer .p $pid $prect $base]
    if {[string match tkext* $key]} {
        set oursTimer [timer .p $pid $prect $ours]
    } else {
        set oursTimer [timer .e $eid $erect $ours]
    }
    set a Inf; set b Inf
    for {set r 0} {$r < $rounds} {incr r} {
        # Alternate which goes first, so neither always follows the other.
        if {$r % 2} {
            set b [expr {min($b, [$oursTimer])}]
            set a [expr {min($a, [$baseTimer])}]
        } else {
            set a [expr {min($a, [$baseTimer])}]
            set b [expr {min($b, [$oursTimer])}]
        }
    }
    set ratio [expr {double($b) / $a}]
    puts [format "%-12s %-58s %9.0f %9.0f %7.2f %7.2f" $key $description \
        [expr {1000.0 * $a / $calls}] [expr {1000.0 * $b / $calls}] $ratio $target]
    lappend results [format "RESULT small.%s %.3f <= %s %s" $key $ratio $target $description]
}
puts [join $results \n]
exit

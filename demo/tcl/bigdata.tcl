# bigdata.tcl — the Big data panel: a 100 000-point trace redrawn every frame.
#
# The signal is computed once (two periods, x = sample number, y in -1..1);
# each frame takes a window of N points out of it, hands them to the canvas in
# one call — `tkext::packed set` with float64 bytes when the build has it,
# else `tkext::coords` with a flat list — and lets the canvas shift and scale
# them to the panel.  Below, the same trace after `tkext::geom simplify` at the
# slider's tolerance, with both point counts.
namespace eval demo::bigdata {
    variable N 100000
    variable step 350        ;# samples scrolled per frame
    variable offset 0
    variable tolerance 3.0
    variable signal {}       ;# flat x y list of 2N samples
    variable bytes {}        ;# the same as float64 bytes, for tkext::packed
    variable canvas ""
    variable frames 0
    variable fps 0.0
    variable work_ms 0.0
    variable simplified 0
    variable window_start 0
    variable window_frames 0
    variable window_work 0
    variable timer ""        ;# the pending `after` of the next frame

    proc has_packed {} { expr {[llength [info commands ::tkext::packed]] > 0} }

    proc path_description {} {
        expr {[has_packed] ? "float64 bytes through tkext::packed set"
                           : "a flat list through tkext::coords (no tkext::packed in this build)"}
    }

    # A periodic signal with some structure and some noise (fixed seed).
    proc make_signal {} {
        variable N
        variable signal
        variable bytes
        expr {srand(7)}
        set twopi [expr {2 * acos(-1)}]
        set ys {}
        for {set i 0} {$i < $N} {incr i} {
            set t [expr {$twopi * $i / $N}]
            lappend ys [expr {0.45 * sin(3 * $t) + 0.25 * sin(23 * $t + 1.0) * sin($t)
                              + 0.05 * sin(180 * $t) + 0.10 * (rand() - 0.5)}]
        }
        set signal {}
        set i 0
        foreach y [concat $ys $ys] {
            lappend signal $i $y
            incr i
        }
        if {[has_packed]} { set bytes [binary format d* $signal] }
    }

    proc build {frame} {
        variable canvas $frame.c
        upvar #0 demo::color color
        canvas $canvas -width 500 -height 210 -background #f8fafc -highlightthickness 0
        ttk::frame $frame.controls -style Panel.TFrame
        ttk::label $frame.controls.label -text "simplify tolerance (px)"
        ttk::scale $frame.controls.scale -from 0 -to 6 -variable demo::bigdata::tolerance
        ttk::label $frame.controls.value -font DemoCode -width 4
        pack $frame.controls.label -side left
        pack $frame.controls.scale -side left -fill x -expand 1 -padx 8
        pack $frame.controls.value -side left
        pack $canvas -fill both -expand 1
        pack $frame.controls -fill x -pady {6 0}

        $canvas create line 0 0 0 0 -tags midline -fill $color(grid)
        $canvas create line 0 0 0 0 -tags raw -fill $color(tkext)
        $canvas create line 0 0 0 0 -tags simple -fill $color(measure) -width 1.5
        $canvas create text 8 6 -tags raw_label -anchor nw -fill $color(tkext) \
            -font DemoSmallBold
        $canvas create text 8 0 -tags simple_label -anchor nw -fill $color(measure) \
            -font DemoSmallBold
        $canvas create text 0 6 -tags fps -anchor ne -fill $color(ink) -font DemoCode
        make_signal
        variable window_start [clock microseconds]
        variable timer [after idle demo::bigdata::tick]
    }

    # Stops the animation: cancels the pending frame by its id.  (Cancelling by
    # script text matches only the very same text; a frame that takes longer
    # than the pause between frames then keeps `update` busy for ever.)
    proc stop {} {
        variable timer
        after cancel $timer
    }

    proc tick {} {
        variable canvas
        if {![winfo exists $canvas]} return
        variable timer
        draw_frame
        set timer [after 5 demo::bigdata::tick]
    }

    # One frame: new window of the signal, drawn, simplified, counted.
    proc draw_frame {} {
        variable canvas
        variable N
        variable step
        variable offset
        variable signal
        variable bytes
        variable tolerance
        variable simplified
        variable frames
        set started [clock microseconds]
        set width [expr {max(100, [winfo width $canvas])}]
        set height [expr {max(80, [winfo height $canvas])}]
        set band [expr {$height / 2.0}]
        set sx [expr {($width - 16.0) / ($N - 1)}]
        set sy [expr {-0.36 * $band}]

        if {[has_packed]} {
            tkext::packed set $canvas raw \
                [string range $bytes [expr {16 * $offset}] [expr {16 * ($offset + $N) - 1}]]
        } else {
            tkext::coords $canvas raw [lrange $signal [expr {2 * $offset}] [expr {2 * ($offset + $N) - 1}]]
        }
        $canvas move raw [expr {-$offset}] 0
        $canvas scale raw 0 0 $sx $sy
        $canvas move raw 8 [expr {$band * 0.55}]
        $canvas coords midline 0 $band $width $band
        $canvas coords fps [expr {$width - 8}] 6
        $canvas itemconfigure raw_label -text [format "raw: %s points" [thousands $N]]

        set points [tkext::geom simplify [$canvas coords raw] $tolerance]
        tkext::coords $canvas simple $points
        $canvas move simple 0 $band
        set simplified [expr {[llength $points] / 2}]
        $canvas itemconfigure simple_label -text [format \
            "tkext::geom simplify, tolerance %.1f px: %s points" $tolerance [thousands $simplified]]
        $canvas coords simple_label 8 [expr {$band + 6}]
        [winfo parent $canvas].controls.value configure -text [format %.1f $tolerance]

        set offset [expr {($offset + $step) % $N}]
        incr frames
        count_rate [expr {[clock microseconds] - $started}]
    }

    # Frames per second over windows of at least half a second.
    proc count_rate {work} {
        variable window_start
        variable window_frames
        variable window_work
        variable fps
        variable work_ms
        variable canvas
        incr window_frames
        incr window_work $work
        set now [clock microseconds]
        set elapsed [expr {$now - $window_start}]
        if {$elapsed < 500000} return
        set fps [expr {$window_frames * 1e6 / $elapsed}]
        set work_ms [expr {$window_work / 1000.0 / $window_frames}]
        $canvas itemconfigure fps -text [format "%.1f frames/s, %.1f ms of work each" $fps $work_ms]
        set window_start $now
        set window_frames 0
        set window_work 0
    }

    proc thousands {n} {
        regsub -all {\d(?=(\d{3})+$)} $n {& } n
        return $n
    }

    # summary -> {key value ...} for the screenshot summary.
    proc summary {} {
        variable N
        variable simplified
        variable frames
        variable fps
        variable tolerance
        variable canvas
        return [list points $N drawn [expr {[llength [$canvas coords raw]] / 2}] \
            simplified $simplified tolerance $tolerance frames $frames fps $fps \
            path [expr {[has_packed] ? "packed" : "list"}]]
    }
}

# geometry.tcl — the Geometry panel: a polygon measured live with tkext::geom.
#
# The vertices are handles to drag; area, perimeter, centroid (marked) and
# bounding box (drawn) follow every change, the probe under the mouse says
# whether it is inside and how far from the outline, and the slider turns the
# polygon about its centroid with tkext::rotate.
namespace eval demo::geometry {
    variable canvas ""
    variable start {130 70 260 40 390 85 360 205 265 150 210 250 120 190}
    variable probe {160 110}
    # The polygon starts a little turned, so the picture shows rotate at work.
    variable initial_angle 12
    variable angle 0.0
    variable applied 0.0
    variable dragging -1
    variable facts {}
    # The canvas size the drawing is centred for; see recentre.
    variable size {500 280}

    proc build {frame} {
        variable canvas $frame.c
        variable start
        upvar #0 demo::color color
        variable size
        canvas $canvas -width [lindex $size 0] -height [lindex $size 1] -background #f8fafc \
            -highlightthickness 0
        ttk::frame $frame.facts -style Panel.TFrame
        # Fixed widths: labels that grew with their text would resize the
        # canvas (and recentre the drawing) under the mouse.
        foreach {name width} {area 15 perimeter 18 centroid 23 bbox 23 probe 25} {
            ttk::label $frame.facts.$name -font DemoCode -width $width
        }
        grid $frame.facts.area $frame.facts.perimeter $frame.facts.centroid -sticky w -padx {0 10}
        grid $frame.facts.bbox - $frame.facts.probe -sticky w -padx {0 10}
        ttk::frame $frame.turn -style Panel.TFrame
        ttk::label $frame.turn.label -text "rotate (tkext::rotate)"
        ttk::scale $frame.turn.scale -from -180 -to 180 -variable demo::geometry::angle \
            -command demo::geometry::rotate_to
        ttk::label $frame.turn.value -font DemoCode -width 6 -anchor e
        pack $frame.turn.label -side left
        pack $frame.turn.value -side right
        pack $frame.turn.scale -side left -fill x -expand 1 -padx 8
        pack $canvas -fill both -expand 1
        pack $frame.facts -fill x -pady {6 0}
        pack $frame.turn -fill x -pady {4 0}

        # Drawing order is stacking order: box under shape under marks.
        $canvas create rectangle 0 0 0 0 -tags bbox -outline $color(bbox) -dash {4 3}
        $canvas create polygon $start -tags shape -fill $color(tkfill) -outline $color(tkext) -width 2
        $canvas create line 0 0 0 0 -tags {centroid} -fill $color(measure) -width 2
        $canvas create line 0 0 0 0 -tags {centroid} -fill $color(measure) -width 2
        $canvas create text 0 0 -tags centroid_label -anchor w -fill $color(measure) \
            -text centroid -font DemoSmall
        for {set i 0} {$i < [llength $start] / 2} {incr i} {
            $canvas create oval 0 0 0 0 -tags [list handle h$i] -fill white \
                -outline $color(tkext) -width 2
        }
        $canvas create oval 0 0 0 0 -tags probe -width 2
        $canvas create text 0 0 -tags probe_label -anchor w -font DemoSmall

        $canvas bind handle <Enter> [list $canvas configure -cursor fleur]
        $canvas bind handle <Leave> [list $canvas configure -cursor {}]
        $canvas bind handle <ButtonPress-1> [list demo::geometry::grab %x %y]
        bind $canvas <B1-Motion> [list demo::geometry::drag %x %y]
        bind $canvas <ButtonRelease-1> {set demo::geometry::dragging -1}
        bind $canvas <Motion> [list demo::geometry::move_probe %x %y]
        bind $canvas <Configure> [list demo::geometry::recentre %w %h]
        variable initial_angle
        variable angle $initial_angle
        rotate_to $initial_angle
    }

    # The handle under the pointer becomes the vertex being dragged.
    proc grab {x y} {
        variable canvas
        variable dragging
        foreach tag [$canvas gettags current] {
            if {[regexp {^h(\d+)$} $tag -> dragging]} break
        }
    }

    proc drag {x y} {
        variable canvas
        variable dragging
        if {$dragging < 0} return
        set coords [$canvas coords shape]
        lset coords [expr {2 * $dragging}] [$canvas canvasx $x]
        lset coords [expr {2 * $dragging + 1}] [$canvas canvasy $y]
        $canvas coords shape $coords
        move_probe $x $y
    }

    proc move_probe {x y} {
        variable canvas
        variable probe [list [$canvas canvasx $x] [$canvas canvasy $y]]
        refresh
    }

    # Keeps the drawing centred when the canvas changes size.
    proc recentre {width height} {
        variable canvas
        variable size
        variable probe
        lassign $size old_width old_height
        set dx [expr {($width - $old_width) / 2.0}]
        set dy [expr {($height - $old_height) / 2.0}]
        set size [list $width $height]
        $canvas move all $dx $dy
        lassign $probe px py
        set probe [list [expr {$px + $dx}] [expr {$py + $dy}]]
        refresh
    }

    # Rotation is absolute on the slider, relative for tkext::rotate: turn by
    # the difference, about the current centroid.
    proc rotate_to {value} {
        variable canvas
        variable applied
        set delta [expr {$value - $applied}]
        set applied $value
        lassign [geo centroid [$canvas coords shape]] cx cy
        tkext::rotate $canvas shape $cx $cy $delta
        refresh
    }

    # geo op args -> tkext::geom op args.
    proc geo {op args} {
        tkext::geom $op {*}$args
    }

    # Redraws the measurements from the polygon as it now is.
    proc refresh {} {
        variable canvas
        variable probe
        variable angle
        variable facts
        upvar #0 demo::color color
        set coords [$canvas coords shape]
        set ring [concat $coords [lrange $coords 0 1]]
        set area [expr {abs([geo area $coords])}]
        set perimeter [geo length $ring]
        lassign [geo centroid $coords] cx cy
        set bbox [geo bbox $coords]
        lassign $probe px py
        set inside [geo contains $coords $px $py]
        set distance [geo distance $ring $px $py]

        $canvas coords bbox $bbox
        lassign [$canvas find withtag centroid] across down
        $canvas coords $across [expr {$cx - 7}] $cy [expr {$cx + 7}] $cy
        $canvas coords $down $cx [expr {$cy - 7}] $cx [expr {$cy + 7}]
        $canvas coords centroid_label [expr {$cx + 9}] [expr {$cy + 9}]
        set i 0
        foreach {x y} $coords {
            $canvas coords h$i [expr {$x - 5}] [expr {$y - 5}] [expr {$x + 5}] [expr {$y + 5}]
            incr i
        }
        set mark [expr {$inside ? $color(ok) : $color(error)}]
        $canvas coords probe [expr {$px - 5}] [expr {$py - 5}] [expr {$px + 5}] [expr {$py + 5}]
        $canvas itemconfigure probe -outline $mark
        $canvas coords probe_label [expr {$px + 9}] $py
        $canvas itemconfigure probe_label -fill $mark -text [format "%s, %.1f px from the edge" \
            [expr {$inside ? "inside" : "outside"}] $distance]

        set f [winfo parent $canvas].facts
        $f.area configure -text [format "area %.0f px²" $area]
        $f.perimeter configure -text [format "perimeter %.1f px" $perimeter]
        $f.centroid configure -text [format "centroid (%.1f, %.1f)" $cx $cy]
        $f.bbox configure -text [format "bbox %.0f %.0f %.0f %.0f" {*}$bbox]
        $f.probe configure -foreground $mark -text [format "probe (%.0f, %.0f) %s" $px $py \
            [expr {$inside ? "inside" : "outside"}]]
        [winfo parent $canvas].turn.value configure -text [format "%.0f°" $angle]
        set facts [dict create polygon $coords area $area perimeter $perimeter \
            centroid [list $cx $cy] bbox $bbox probe $probe inside $inside distance $distance]
    }

    # summary -> {key value ...} for the screenshot summary.
    proc summary {} {
        variable facts
        variable canvas
        variable start
        variable angle
        return [list {*}$facts handles [llength [$canvas find withtag handle]] \
            start $start angle $angle]
    }
}

# fallback.tcl — plain-Tcl stand-ins for the tkext::geom measures the demo
# uses, so the demo still runs on a tkext built without them.  Slow and only
# for the handful of vertices of the Geometry panel; the status line says when
# they are in use.
namespace eval demo::fallback {
    proc area {coords} {
        set sum 0.0
        foreach {x0 y0} [lrange $coords end-1 end] break
        foreach {x y} $coords {
            set sum [expr {$sum + $x0 * $y - $x * $y0}]
            lassign [list $x $y] x0 y0
        }
        return [expr {$sum / 2.0}]
    }
    proc length {coords} {
        set total 0.0
        foreach {x0 y0} $coords {x1 y1} [lrange $coords 2 end] {
            if {$x1 ne ""} { set total [expr {$total + hypot($x1 - $x0, $y1 - $y0)}] }
        }
        return $total
    }
    proc centroid {coords} {
        set a [area $coords]
        set sx 0.0; set sy 0.0
        foreach {x0 y0} [lrange $coords end-1 end] break
        foreach {x y} $coords {
            set cross [expr {$x0 * $y - $x * $y0}]
            set sx [expr {$sx + ($x0 + $x) * $cross}]
            set sy [expr {$sy + ($y0 + $y) * $cross}]
            lassign [list $x $y] x0 y0
        }
        return [list [expr {$sx / (6.0 * $a)}] [expr {$sy / (6.0 * $a)}]]
    }
    proc bbox {coords} {
        set xs {}; set ys {}
        foreach {x y} $coords { lappend xs $x; lappend ys $y }
        return [list [tcl::mathfunc::min {*}$xs] [tcl::mathfunc::min {*}$ys] \
                     [tcl::mathfunc::max {*}$xs] [tcl::mathfunc::max {*}$ys]]
    }
    # Even-odd ray cast to the right of (px, py).
    proc contains {coords px py} {
        set inside 0
        foreach {x0 y0} [lrange $coords end-1 end] break
        foreach {x y} $coords {
            if {($y > $py) != ($y0 > $py) &&
                $px < ($x0 - $x) * ($py - $y) / ($y0 - $y) + $x} {
                set inside [expr {!$inside}]
            }
            lassign [list $x $y] x0 y0
        }
        return $inside
    }
    proc distance {coords px py} {
        set best Inf
        foreach {x0 y0} $coords {x1 y1} [lrange $coords 2 end] {
            if {$x1 eq ""} break
            set dx [expr {$x1 - $x0}]; set dy [expr {$y1 - $y0}]
            set t [expr {($dx == 0 && $dy == 0) ? 0.0 :
                         (($px - $x0) * $dx + ($py - $y0) * $dy) / ($dx * $dx + $dy * $dy)}]
            set t [expr {min(1.0, max(0.0, $t))}]
            set best [expr {min($best, hypot($x0 + $t * $dx - $px, $y0 + $t * $dy - $py))}]
        }
        return $best
    }
    proc rotate {coords degrees cx cy} {
        set c [expr {cos($degrees * acos(-1) / 180.0)}]
        set s [expr {sin($degrees * acos(-1) / 180.0)}]
        set out {}
        foreach {x y} $coords {
            lappend out [expr {$cx + ($x - $cx) * $c - ($y - $cy) * $s}] \
                        [expr {$cy + ($x - $cx) * $s + ($y - $cy) * $c}]
        }
        return $out
    }
}

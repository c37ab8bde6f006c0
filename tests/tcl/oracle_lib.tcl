# oracle_lib.tcl — the oracle's reference and checks, shared by oracle.test
# (generated cases) and tests/fuzz/fuzz_oracle.cpp (libFuzzer's inputs).
# Needs Tk and tkext loaded; the caller defines `failure property kind text`.

# refFlatten needs one Tcl level per list level, and the refused cases go
# past 1000.
interp recursionlimit {} 5000

# ---- the reference, from doc/tkext.n ------------------------------------------
# "a value that is a list of two or more elements contributes the flattening of
# each element; an empty list contributes nothing; a one-element list whose
# element differs from itself is unwrapped; anything else is a leaf.  Lists may
# nest up to 1000 levels."  A value that is not a list is a leaf.
proc refFlatten {value {level 0}} {
    if {[catch {llength $value} n]} {
        return [list $value]
    }
    if {$n == 0} {
        # Noted for the failure report only: it groups failures on such input.
        set ::sawEmpty 1
        return {}
    }
    if {$n == 1} {
        set element [lindex $value 0]
        if {$element eq $value} {
            return [list $value]
        }
        set value [list $element]
    }
    if {$level + 1 > 1000} {
        return -code error -errorcode {REF DEPTH} "too deep"
    }
    set leaves {}
    foreach element $value {
        lappend leaves {*}[refFlatten $element [expr {$level + 1}]]
    }
    return $leaves
}

# sameList a b -> 1 when both have the same elements, string for string.
proc sameList {a b} {
    if {[llength $a] != [llength $b]} {return 0}
    foreach x $a y $b {
        if {$x ne $y} {return 0}
    }
    return 1
}

# ---- canvases ---------------------------------------------------------------
set startCoords {
    line {1 2 3 4 5 6} polygon {10 10 20 10 20 20} rectangle {1 1 5 5} oval {2 2 8 8}
    arc {3 3 9 9} text {5 5} bitmap {6 6} image {7 7} window {8 8}
}

# Fresh canvas c with one item of each type, in the same order everywhere, so
# item ids agree between the tkext canvas and the plain one.
proc populate {c} {
    catch {destroy $c}
    canvas $c
    catch {image create photo oraclePhoto -width 2 -height 2}
    set ids {}
    foreach {type coords} $::startCoords {
        set options {}
        switch $type {
            text {set options {-text hi}}
            bitmap {set options {-bitmap error}}
            image {set options {-image oraclePhoto}}
        }
        dict set ids $type [$c create $type {*}$coords {*}$options]
    }
    return $ids
}

proc snapshot {c} {
    set items {}
    foreach id [$c find all] {
        lappend items $id [$c coords $id]
    }
    return $items
}

# setUpCanvases: .c for tkext's commands, .e enabled, .t plain Tk; ::ids maps
# type -> item id (the same on all three).  Every check leaves the canvases
# as ::startSnapshot records them, so "as before" is that snapshot.
proc setUpCanvases {} {
    set ::ids [populate .c]
    populate .t
    populate .e
    tkext::enable .e
    foreach c {.c .e .t} {
        set ::startSnapshot($c) [snapshot $c]
    }
}

# restoreAll: every item back where it started, any other item deleted (after
# a call that changed what it should not have).
proc restoreAll {} {
    foreach c {.c .e .t} {
        foreach id [$c find all] {
            if {$id ni [dict values $::ids]} {$c delete $id}
        }
        dict for {type id} $::ids {
            $c coords $id {*}[dict get $::startCoords $type]
        }
    }
}

proc allFinite {coords} {
    foreach v $coords {
        if {![string is double -strict $v] || [regexp -nocase {inf|nan} $v]} {
            return 0
        }
    }
    return 1
}

# tkCall canvas op typeOrId leaves options -> {ok result}: plain Tk given the
# reference-flattened list, as separate words (one list word for 0 or 1).
proc tkCall {c op target leaves options} {
    # Tk reads each leaf's text: give it the text alone, as a fresh string.
    set fresh {}
    foreach leaf $leaves {
        lappend fresh [string range "$leaf " 0 end-1]
    }
    set leaves $fresh
    if {[llength $leaves] >= 2} {
        set words $leaves
    } else {
        set words [list $leaves]
    }
    set ok [expr {![catch {$c $op $target {*}$words {*}$options} result]}]
    list $ok $result
}

# checkFlatten arguments referenceArguments: (a) for one call of tkext::flatten;
# returns 1 when tkext accepted.
proc checkFlatten {arguments referenceArguments} {
    set ok [expr {![catch {tkext::flatten {*}$arguments} got options]}]
    set ::sawEmpty 0
    set ::sawHugeInteger 0
    set refOk [expr {![catch {refFlatten $referenceArguments} want]}]
    if {$refOk && !$ok} {
        failure a "refused" "[list tkext::flatten {*}$arguments]\n      error: $got"
    } elseif {!$refOk && $ok} {
        failure a "accepted nesting past 1000 levels" "(too long to show)"
    } elseif {!$ok && [dict get $options -errorcode] ne {TKEXT FLATTEN DEPTH}} {
        failure a "too deep, but another -errorcode" [dict get $options -errorcode]
    } elseif {$ok && ![sameList $got $want]} {
        failure a "leaves differ from the reference" "[list tkext::flatten {*}$arguments]\n      tkext: [list $got]\n      reference: [list $want]"
    }
    return $ok
}

# checkCall how type typeName arguments referenceArguments options: makes one
# call and checks (b), (c), (d), reporting through the caller's
# `failure property kind text`; returns 1 when tkext accepted.
#   how: tkext-coords, tkext-create, enabled-coords, enabled-create, on the
#   canvases that setUpCanvases made.
#   arguments go to tkext; referenceArguments, equal but separately made
#   values, to refFlatten (which shimmers what it reads).
proc checkCall {how type typeName arguments referenceArguments options} {
    # Never let data be an expr result: a NaN result is an error there.
    set ::sawEmpty 0
    set deep [catch {refFlatten $referenceArguments} leaves]
    if {$deep} {
        set leaves {}
        set shownLeaves "(too deep)"
    } else {
        set shownLeaves [list $leaves]
    }
    set ::sawHugeInteger 0
    foreach leaf $leaves {
        if {[string is entier -strict $leaf] && ($leaf > 0x7FFFFFFF || $leaf < -0x80000000)} {
            set ::sawHugeInteger 1
        }
    }
    lassign [split $how -] via op
    set c [string map {tkext .c enabled .e} $via]
    if {$op eq "coords"} {
        set target [dict get $::ids $type]
        set call [list $c coords $target {*}$arguments]
        if {$via eq "tkext"} {
            set call [list tkext::coords $c $target {*}$arguments]
        }
    } else {
        set target $typeName
        set call [list $c create $target {*}$arguments {*}$options]
        if {$via eq "tkext"} {
            set call [list tkext::create $c $target {*}$arguments {*}$options]
        }
    }
    set tkextOk [expr {![catch {uplevel #0 $call} tkextResult tkextOptions]}]
    if {$deep} {
        set tk {0 {too deep}}
    } else {
        set tk [tkCall .t $op $target $leaves $options]
    }
    lassign $tk tkOk tkResult
    set shown "$call\n      reference leaves: $shownLeaves"
    if {$tkextOk} {
        if {!$tkOk} {
            failure d "tkext accepted, plain Tk refused" "$shown\n      plain Tk: $tkResult"
        } else {
            if {$op eq "coords"} {
                set mine $target
                set theirs $target
            } else {
                set mine $tkextResult
                set theirs $tkResult
            }
            set got [$c coords $mine]
            set want [.t coords $theirs]
            if {$got ne $want} {
                failure b "coordinates differ from plain Tk's" "$shown\n      tkext: $got\n      plain Tk: $want"
            } elseif {![allFinite $got]} {
                failure b "non-finite coordinates" "$shown\n      tkext: $got"
            }
        }
    } else {
        set code [dict get $tkextOptions -errorcode]
        if {[lindex $code 0] ne "TKEXT"} {
            failure c "refused with -errorcode [lrange $code 0 2]" "$shown\n      error: $tkextResult"
        }
        if {[snapshot $c] ne $::startSnapshot($c)} {
            failure c "refused but the canvas changed" "$shown\n      error: $tkextResult"
            restoreAll
        }
    }
    # Back to the starting state on both canvases.
    if {$op eq "create"} {
        foreach canvas [list $c .t] result [list $tkextResult $tkResult] ok [list $tkextOk $tkOk] {
            if {$ok} {$canvas delete $result}
        }
    } elseif {$tkextOk || $tkOk} {
        foreach canvas [list $c .t] {
            $canvas coords $target {*}[dict get $::startCoords $type]
        }
    }
    return $tkextOk
}

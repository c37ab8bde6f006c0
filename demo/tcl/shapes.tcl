# shapes.tcl — the Shapes panel: one polyline written in every coordinate shape.
#
# Each row makes the same call twice: on a canvas after `tkext::enable`, and on
# a plain Tk canvas.  The call is shown word for word; plain Tk's error (if
# any) is shown where its drawing would be.
namespace eval demo::shapes {
    # name and the words after "$c create line"; the units row is the same
    # zigzag in millimetres and centimetres.
    variable calls {
        "flat arguments"  {10 40 40 12 70 40 100 12 130 40}
        "one flat list"   {{10 40 40 12 70 40 100 12 130 40}}
        "pairs"           {{10 40} {40 12} {70 40} {100 12} {130 40}}
        "list of pairs"   {{{10 40} {40 12} {70 40} {100 12} {130 40}}}
        "nested, mixed"   {{{{10 40}}} {40 12} 70 40 {{100 12} {130 40}}}
        "with units"      {{{2.5m 1c} {1c 3m} {1.8c 1c} {2.6c 3m} {3.4c 1c}}}
    }
    # A typo (letter O for zero) in a list of pairs: both refuse it; compare
    # what each says.
    variable typo {{{10 40} {40 12} {70 4O} {100 12}}}
    # One dict per row: name call tk (ok or the error message) coords (tkext's).
    variable results {}
    # The typo's two messages: tkext ... tk ...
    variable typo_errors {}

    proc build {frame} {
        variable calls
        variable results
        upvar #0 demo::color color
        set header {-font DemoSmallBold -foreground #616e7c}
        grid [ttk::label $frame.h0 -text "the call" {*}$header] \
             [ttk::label $frame.h1 -text "tkext::enable \$c" {*}$header] \
             [ttk::label $frame.h2 -text "plain Tk" {*}$header] -sticky w -padx 6
        set row 1
        foreach {name words} $calls {
            set call "\$c create line $words"
            ttk::label $frame.name$row -text $name -font DemoBold
            ttk::label $frame.call$row -text $call -font DemoCode \
                -foreground $color(muted) -wraplength 300 -justify left
            set with [row_canvas $frame.tkext$row]
            set plain [row_canvas $frame.tk$row]
            tkext::enable $with
            set id [$with create line {*}$words -width 2 -fill $color(tkext) -joinstyle round]
            if {[catch {$plain create line {*}$words -width 2 -fill $color(tkext)} message]} {
                $plain create text 6 26 -anchor w -width 150 -text "error: $message" \
                    -fill $color(error) -font DemoSmall
                set tk $message
            } else {
                set tk ok
            }
            lappend results [dict create name $name call $call tk $tk coords [$with coords $id]]
            grid $frame.name$row $with $plain -sticky w -padx 6 -pady {6 0}
            grid $frame.call$row -sticky w -padx 6 -pady {0 4}
            grid configure $with $plain -rowspan 2 -sticky nw
            incr row 2
        }
        typo_block $frame $row
        how_block $frame
        grid columnconfigure $frame 0 -weight 1
    }

    # Below the rows: the same typo given to both canvases, both messages.
    proc typo_block {frame row} {
        variable typo
        variable typo_errors
        upvar #0 demo::color color
        set with $frame.tkext1
        set plain $frame.tk1
        catch {$with create line {*}$typo} tkext_message
        catch {$plain create line {*}$typo} tk_message
        set typo_errors [list tkext $tkext_message tk $tk_message]
        ttk::label $frame.typo -text "…and a typo (letter O for zero)" -font DemoBold
        ttk::label $frame.typocall -text "\$c create line $typo" -font DemoCode \
            -foreground $color(muted)
        ttk::label $frame.typotkext -text "tkext:    $tkext_message" -foreground $color(error) \
            -font DemoCode -wraplength 640 -justify left
        ttk::label $frame.typotk -text "plain Tk: $tk_message" -foreground $color(error) \
            -font DemoCode -wraplength 640 -justify left
        grid $frame.typo - - -sticky w -padx 6 -pady {18 0} -row $row
        foreach line {typocall typotkext typotk} {
            grid $frame.$line - - -sticky w -padx 6 -pady {2 0}
        }
    }

    proc row_canvas {path} {
        upvar #0 demo::color color
        canvas $path -width 160 -height 52 -background #f8fafc \
            -highlightthickness 1 -highlightbackground $color(grid)
        return $path
    }

    # At the foot of the panel: how to get the left column in your own code.
    proc how_block {frame} {
        upvar #0 demo::color color
        ttk::label $frame.how -text "In your own code" -font DemoBold
        ttk::label $frame.howcode -font DemoCode -foreground $color(ink) -justify left -text \
"package require tkext
tkext::enable \$c                       ;# this canvas takes every shape
tkext::enable                          ;# ...or every canvas, now and later
tkext::create \$c line {{10 40} {40 12}} ;# ...or per call, on any canvas
tkext::coords \$c \$id {{10 40} {40 12}}"
        grid $frame.how - - -sticky w -padx 6 -pady {18 0}
        grid $frame.howcode - - -sticky w -padx 6 -pady {2 0}
    }

    # summary -> {key value ...} for the screenshot summary.
    proc summary {} {
        variable results
        set errors 0
        set out [list rows [llength $results]]
        set i 0
        foreach row $results {
            incr i
            if {[dict get $row tk] ne "ok"} { incr errors }
            lappend out row$i.name [dict get $row name] row$i.coords [dict get $row coords] \
                row$i.tk [dict get $row tk]
        }
        variable typo_errors
        lappend out tk_errors $errors typo.tkext [dict get $typo_errors tkext] \
            typo.tk [dict get $typo_errors tk]
        return $out
    }
}

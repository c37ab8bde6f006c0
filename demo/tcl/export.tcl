# export.tcl — "Export SVG": every canvas of the window in one SVG file.
#
# Each canvas is written by tkext::svg (its visible area) and placed where it
# sits in the window, as a nested <svg> element, over a rectangle of the
# window's background.  The widgets around the canvases (labels, the slider)
# are not drawn: SVG export is of canvases.
namespace eval demo::export {
    # canvases ?path? -> the mapped canvases under path, in window order.
    proc canvases {{path .}} {
        set found {}
        foreach child [winfo children $path] {
            if {[winfo class $child] eq "Canvas" && [winfo ismapped $child]} { lappend found $child }
            lappend found {*}[canvases $child]
        }
        return $found
    }

    # window_svg -> the SVG document of the whole window's canvases.
    proc window_svg {} {
        set width [winfo width .]
        set height [winfo height .]
        set background [format #%02x%02x%02x {*}[lmap c [winfo rgb . [. cget -background]] {expr {$c / 257}}]]
        set svg "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        append svg "<svg xmlns=\"http://www.w3.org/2000/svg\"\
            xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"\
            width=\"$width\" height=\"$height\" viewBox=\"0 0 $width $height\">\n"
        append svg "<rect x=\"0\" y=\"0\" width=\"$width\" height=\"$height\" fill=\"$background\"/>\n"
        foreach canvas [canvases] {
            set x [expr {[winfo rootx $canvas] - [winfo rootx .]}]
            set y [expr {[winfo rooty $canvas] - [winfo rooty .]}]
            set part [tkext::svg $canvas]
            # Drop the XML declaration; place the canvas's own <svg> in the window.
            set part [string range $part [expr {[string first "<svg " $part] + 5}] end]
            append svg "<svg x=\"$x\" y=\"$y\" $part"
        }
        append svg "</svg>\n"
        return $svg
    }

    # save file -> writes the window's canvases to file; returns how many canvases.
    proc save {file} {
        set svg [window_svg]
        set channel [open $file.tmp w]
        fconfigure $channel -encoding utf-8
        puts -nonewline $channel $svg
        close $channel
        file rename -force $file.tmp $file
        return [llength [canvases]]
    }

    # ask -> the Export SVG button: asks where, writes, says so on the status line.
    proc ask {} {
        set file [tk_getSaveFile -title "Export SVG" -defaultextension .svg \
            -initialfile tkext-demo.svg -filetypes {{{SVG images} {.svg}}}]
        if {$file eq ""} return
        if {[catch {save $file} count]} {
            ::demo::status "Export failed: $count"
        } else {
            ::demo::status "Wrote $count canvases to $file with tkext::svg."
        }
    }
}

# screenshot.tcl — --screenshot FILE: waits until every panel has drawn (the
# Big data panel has measured its frame rate), writes the window to FILE as
# PNG and prints what each panel drew as "summary KEY VALUE" lines.
#
# Tk 8.6 cannot write a window to an image file itself, so ImageMagick's
# `import` reads the window from the X server (xwd + convert if not).
namespace eval demo::screenshot {
    variable deadline 0

    proc take_when_ready {file} {
        variable deadline [expr {[clock milliseconds] + 20000}]
        after 200 [list ::demo::screenshot::poll $file]
    }

    proc poll {file} {
        variable deadline
        # Fully qualified: Tcl 9 resolves a relative name like demo::bigdata
        # only inside the current namespace (::demo::screenshot), never globally.
        set ready [expr {$::demo::bigdata::frames >= 12 && $::demo::bigdata::fps > 0}]
        if {!$ready && [clock milliseconds] < $deadline} {
            after 100 [list ::demo::screenshot::poll $file]
            return
        }
        ::demo::bigdata::stop
        update
        if {[catch {write_png $file} message]} {
            puts stderr "screenshot failed: $message"
            exit 1
        }
        # The same moment as SVG, as the Export SVG button writes it.
        set svg [file rootname $file].svg
        if {[catch {::demo::export::save $svg} count]} {
            puts stderr "SVG export failed: $count"
            exit 1
        }
        print_summary $file
        puts "summary svg [file normalize $svg] $count"
        exit 0
    }

    proc write_png {file} {
        raise .
        update
        set id [winfo id .]
        if {[info exists ::env(TKEXT_WINDOW_CAPTURE)]} {
            # A program that writes window `id` as PPM (Windows has no
            # `import`; tests/demo/window_capture.cpp): Tk makes the PNG.
            set ppm [file rootname $file].ppm
            exec $::env(TKEXT_WINDOW_CAPTURE) $id $ppm
            set image [image create photo -file $ppm]
            $image write $file -format png
            image delete $image
            file delete $ppm
        } elseif {[auto_execok import] ne ""} {
            exec import -window $id $file
        } else {
            exec xwd -silent -id $id | convert xwd:- png:$file
        }
    }

    # counts canvases -> {type count ...} over all items of the canvases.
    proc counts {canvases} {
        set counts {}
        foreach canvas $canvases {
            foreach item [$canvas find all] {
                dict incr counts [$canvas type $item]
            }
        }
        return [lsort -stride 2 $counts]
    }

    proc canvases_under {path} {
        set found {}
        foreach child [winfo children $path] {
            if {[winfo class $child] eq "Canvas"} { lappend found $child }
            lappend found {*}[canvases_under $child]
        }
        return $found
    }

    proc print_summary {file} {
        puts "summary demo tcl"
        puts "summary screenshot [file normalize $file]"
        puts "summary window [winfo width .] [winfo height .]"
        set features {}
        foreach command {geom rotate packed} {
            if {[llength [info commands ::tkext::$command]]} { lappend features $command }
        }
        puts "summary features $features"
        foreach {panel ns} {shapes shapes geometry geometry bigdata bigdata} {
            foreach {key value} [::demo::${ns}::summary] {
                puts "summary $panel.$key $value"
            }
            foreach {type count} [counts [canvases_under .body.$panel]] {
                puts "summary $panel.items.$type $count"
            }
        }
        flush stdout
    }
}

# demo.tcl — tkext in one window: every coordinate shape, live geometry, big data.
#
#   wish demo/demo.tcl                 (or: tclsh demo/demo.tcl)
#   tclsh demo/demo.tcl --screenshot demo.png
#
# Needs the tkext package on auto_path (TCLLIBPATH=<build dir>).  Three panels,
# one file each under demo/tcl/: Shapes (the same polyline from every shape,
# beside plain Tk's answer), Geometry (a draggable polygon measured live) and
# Big data (a 100 000-point trace fed through the packed path).  With
# --screenshot FILE the window is drawn, written to FILE as PNG (and its
# canvases to FILE's name with .svg, as the "Export SVG" button writes them),
# a summary of what each panel drew is printed to stdout ("summary KEY VALUE"
# lines, which the tests read), and the program exits.
package require Tk 8.6-
if {[catch {package require tkext} message]} {
    puts stderr "$message: set TCLLIBPATH to the build directory (bash scripts/demo.sh does)"
    exit 1
}

namespace eval demo {
    variable dir [file dirname [file normalize [info script]]]
    variable screenshot ""
    # One palette for every panel: tkext's results are blue, plain Tk's errors
    # red, measurements orange.
    variable color
    array set color {
        window  #e9edf2   panel   #ffffff   ink     #1f2933   muted   #616e7c
        tkext   #2563eb   tkfill  #dbe7fd   error   #c62828   ok      #2e7d32
        measure #ea580c   bbox    #7b8794   grid    #e4e7eb
    }
}

foreach {option value} $argv {
    if {$option ne "--screenshot" || $value eq ""} {
        puts stderr "usage: [file tail [info script]] ?--screenshot FILE?"
        exit 2
    }
    set demo::screenshot $value
}

foreach part {panel shapes geometry bigdata screenshot export} {
    source -encoding utf-8 [file join $demo::dir tcl $part.tcl]
}

namespace eval demo {
    # status message -> shows message on the status line.
    proc status {message} {
        .status.text configure -text $message
    }

    # Named fonts (a spec like {TkFixedFont 9} would name a family, not the
    # font, and silently fall back to a proportional one).
    proc create_fonts {} {
        set sans [font actual TkDefaultFont -family]
        set mono [font actual TkFixedFont -family]
        foreach {name family size weight} [list \
                DemoTitle $sans 15 bold  DemoHeading $sans 12 bold  DemoBold $sans 10 bold \
                DemoSmallBold $sans 9 bold  DemoSmall $sans 8 normal  DemoCode $mono 9 normal] {
            font create $name -family $family -size $size -weight $weight
        }
    }

    proc build_window {} {
        variable color
        create_fonts
        wm title . "tkext [package require tkext] demo"
        . configure -background $color(window)
        ttk::style configure TFrame -background $color(window)
        ttk::style configure Panel.TFrame -background $color(panel)
        ttk::style configure TLabel -background $color(panel) -foreground $color(ink)
        ttk::style configure Title.TLabel -background $color(window) -font DemoTitle
        ttk::style configure Subtitle.TLabel -background $color(window) -foreground $color(muted)
        ttk::style configure Status.TLabel -background $color(window) -foreground $color(muted)
        ttk::style configure TScale -background $color(panel)

        ttk::frame .head -padding {12 8 12 2}
        ttk::label .head.title -style Title.TLabel \
            -text "tkext \u2014 every coordinate shape, and fast geometry, for the Tk canvas"
        ttk::label .head.sub -style Subtitle.TLabel -text [format \
            "tkext %s on Tcl/Tk %s.  Blue: drawn through tkext.  Red: what plain Tk says to the same call." \
            [package require tkext] [info patchlevel]]
        pack .head.title .head.sub -anchor w

        ttk::frame .body -padding {8 4}
        set shapes [panel::create .body.shapes "Shapes \u2014 one polyline, every coordinate shape"]
        set geometry [panel::create .body.geometry "Geometry \u2014 drag the vertices, move the mouse"]
        set bigdata [panel::create .body.bigdata "Big data \u2014 100 000 points, live"]
        grid .body.shapes -row 0 -column 0 -rowspan 2 -sticky nsew -padx 4 -pady 4
        grid .body.geometry -row 0 -column 1 -sticky nsew -padx 4 -pady 4
        grid .body.bigdata -row 1 -column 1 -sticky nsew -padx 4 -pady 4
        grid columnconfigure .body 1 -weight 1
        grid rowconfigure .body 0 -weight 3
        grid rowconfigure .body 1 -weight 2

        ttk::frame .status -padding {12 2 12 6}
        ttk::label .status.text -style Status.TLabel -anchor w
        ttk::button .status.export -text "Export SVG…" -command ::demo::export::ask
        pack .status.export -side right
        pack .status.text -fill x

        pack .head -fill x
        pack .status -side bottom -fill x
        pack .body -fill both -expand 1

        shapes::build $shapes
        geometry::build $geometry
        bigdata::build $bigdata
        status "Drag the polygon's vertices; the slider rotates it with tkext::rotate.  \
                Big data: [bigdata::path_description]."
    }
}

if {$demo::screenshot ne ""} {
    # Headless: nobody could close Tk's background-error dialog, so an error
    # in a callback ends the run with the error instead of waiting forever.
    interp bgerror {} {apply {{message options} {
        puts stderr "background error: [dict get $options -errorinfo]"
        exit 1
    }}}
}
demo::build_window
if {$demo::screenshot ne ""} {
    demo::screenshot::take_when_ready $demo::screenshot
}

# panel.tcl — the titled white box each demo panel lives in.
namespace eval demo::panel {
    # create path title -> the inner frame to fill; path is the outer frame.
    proc create {path title} {
        upvar #0 demo::color color
        ttk::frame $path -style Panel.TFrame -padding 10
        ttk::label $path.title -text $title -font DemoHeading -foreground $color(ink)
        ttk::frame $path.body -style Panel.TFrame
        pack $path.title -anchor w -pady {0 6}
        pack $path.body -fill both -expand 1
        return $path.body
    }
}

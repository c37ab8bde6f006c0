# scenes.tcl — the canvases the SVG oracle draws (tests/tcl/svg_oracle.test).
#
# Each scene fills a fresh 240x160 canvas; one item (or a few) carries the tag
# "probe": the oracle deletes it, or moves it, to make the deliberately wrong
# exports that show each scene's error bound catches a missing or misplaced
# item.  `bound` is the largest blurred RMSE (0..1) a correct export may show
# against Tk's own PostScript; it was set between what the correct and the
# wrong exports measured (see svg_oracle.test, which checks both sides).
#   scene name bound script
# Window items have no scene: Tk's PostScript copies the widget's pixels off
# the screen, tkext writes an empty group (svg.test checks it).

set ::svgScenes {}
proc scene {name bound script} { lappend ::svgScenes $name $bound $script }

scene rectangles 0.02 {
    .c create rectangle 20 20 100 70 -fill red -outline blue -width 3
    .c create rectangle 130 30 220 140 -outline black -width 1
    .c create rectangle 40 90 90 140 -fill #3060c0 -outline {} -tags probe
}
scene ovals 0.02 {
    .c create oval 20 20 120 80 -fill green -width 2
    .c create oval 140 20 220 140 -outline #a000a0 -width 5
    .c create oval 30 100 90 150 -fill orange -outline black -tags probe
}
scene arcs 0.02 {
    .c create arc 10 10 110 110 -start 30 -extent 240 -style pieslice -fill yellow -outline black
    .c create arc 120 10 230 80 -start -45 -extent 200 -style chord -fill #80c0ff -width 2
    .c create arc 120 90 230 150 -start 200 -extent -300 -style arc -outline red -width 4 -tags probe
}
scene lines 0.02 {
    .c create line 10 20 230 20 -width 1
    .c create line 10 40 100 140 200 50 -width 8 -capstyle round -joinstyle round -fill #204080
    .c create line 30 150 120 60 210 150 -width 10 -capstyle projecting -joinstyle miter -fill #c04000 -tags probe
    .c create line 140 140 230 110 -width 6 -capstyle butt -joinstyle bevel
}
scene polygons 0.02 {
    .c create polygon 20 20 120 40 60 100 -fill #40a040 -outline black -width 2
    .c create polygon 130 20 220 20 220 140 175 60 130 140 -fill #ffa0a0 -outline #800000 -joinstyle bevel -width 4
    .c create polygon 20 120 80 150 40 155 -fill purple -tags probe
}
scene arrows 0.025 {
    .c create line 20 30 220 30 -arrow last -width 2
    .c create line 20 70 120 140 220 70 -arrow both -width 6 -arrowshape {16 20 6} -fill #004080
    .c create line 30 150 200 110 -arrow first -width 1 -arrowshape {12 12 5} -fill #a00000 -tags probe
}
scene smooth 0.025 {
    .c create line 10 150 60 20 120 140 180 20 230 150 -smooth true -width 3
    .c create polygon 30 40 100 30 110 90 40 100 -smooth true -fill #80ff80 -outline black
    .c create line 120 120 150 60 200 60 230 120 -smooth raw -width 4 -fill #c00060 -tags probe
}
scene dashes 0.035 {
    .c create line 10 20 230 20 -width 2 -dash {8 4}
    .c create line 10 50 230 50 -width 3 -dash {12 4 2 4} -dashoffset 5
    .c create line 10 80 230 80 -width 2 -dash -.
    .c create rectangle 20 100 110 150 -dash {6 3} -width 2 -outline blue
    .c create oval 130 100 220 150 -dash . -width 3 -outline #006000 -tags probe
}
scene states 0.02 {
    .c create rectangle 20 20 100 70 -fill red -disabledfill grey -state disabled -tags probe
    .c create rectangle 130 20 220 70 -fill blue -state hidden
    .c create oval 20 90 100 150 -fill green -outline black -disabledoutline red -state disabled
    .c create line 130 120 220 120 -width 3 -fill black -disabledfill orange -disabledwidth 8 -state disabled
}
scene images 0.02 {
    image create photo svgPhoto -width 60 -height 40
    svgPhoto put #ff0000 -to 0 0 30 20
    svgPhoto put #00c000 -to 30 0 60 20
    svgPhoto put #0000ff -to 0 20 30 40
    svgPhoto put #ffff00 -to 30 20 60 40
    .c create image 20 20 -image svgPhoto -anchor nw
    .c create image 170 110 -image svgPhoto -anchor center -tags probe
    .c create rectangle 110 20 140 50 -fill black
    # A bitmap image (not a photo): its bits in its own colours.
    catch {image delete svgBitmapImage}
    image create bitmap svgBitmapImage -foreground #0000c0 -background #ffe080 -data {
        #define b_width 16
        #define b_height 12
        static unsigned char b_bits[] = {
            0xff, 0xff, 0x01, 0x80, 0xfd, 0xbf, 0x05, 0xa0, 0xf5, 0xaf, 0x15, 0xa8,
            0x15, 0xa8, 0xf5, 0xaf, 0x05, 0xa0, 0xfd, 0xbf, 0x01, 0x80, 0xff, 0xff};
    }
    .c create image 40 120 -image svgBitmapImage -anchor w
    .c create image 120 120 -image svgBitmapImage -anchor center
}
scene text 0.05 {
    .c create text 20 20 -text "Tk canvas" -anchor nw -font {Helvetica 18 bold} -tags probe
    .c create text 120 80 -text "centred\ntwo lines" -anchor center -justify center -font {Helvetica 14} -fill #800000
    .c create text 230 150 -text "wrapped text at width" -width 90 -anchor se -justify right -font {Helvetica 12 italic}
}
scene mixed 0.03 {
    .c configure -background #e0e8ff
    .c create rectangle 10 10 230 150 -outline #404040 -width 2
    .c create oval 30 30 90 90 -fill #ffcc00 -outline {}
    .c create line 100 40 210 130 -width 5 -arrow last -fill #206020
    .c create polygon 110 140 150 90 190 140 -fill #c03030 -tags probe
    .c create text 60 130 -text "mix" -font {Helvetica 16}
}
scene bitmaps 0.01 {
    .c create bitmap 20 20 -bitmap questhead -anchor nw -foreground #c00000
    .c create bitmap 120 40 -bitmap info -foreground black -background #ffff80
    .c create bitmap 200 120 -bitmap error -anchor se -foreground blue -tags probe
    .c create bitmap 60 120 -bitmap gray25 -foreground #006000 -background {}
}
scene fonts 0.043 {
    # Tk's PostScript leaves out underline and overstrike (the screen and
    # the SVG draw them): the bound allows for those two lines.
    .c create text 20 20 -text "underline" -anchor nw -font {Helvetica 16 underline}
    .c create text 20 60 -text "overstrike" -anchor nw -font {Helvetica 16 overstrike} -fill #0000c0
    .c create text 220 150 -text "Times" -anchor se -font {Times 20 bold italic} -tags probe
}
scene rotated 0.033 {
    .c create text 60 80 -text "rotated" -angle 90 -font {Helvetica 16 bold}
    .c create text 160 80 -text "tilted text" -angle 30 -font {Helvetica 14} -fill #a00000 -tags probe
}
scene stipples 0.03 {
    .c create rectangle 10 10 110 70 -fill #0000c0 -stipple gray50 -outline black
    .c create oval 130 10 230 70 -fill #c00000 -stipple gray25 -outline #c00000 -width 4 -outlinestipple gray50
    .c create line 10 100 230 100 -width 10 -fill #006000 -stipple gray50
    .c create polygon 40 155 120 105 200 155 -fill black -stipple gray50 -tags probe
}

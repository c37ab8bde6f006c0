// geom_command.cpp — tkext::geom subcommand COORDS ?arg ...?
//
// Geometry on plain numbers, no canvas and no Tk: measures (bbox, length,
// area, centroid, contains, distance), affine maps returning a flat list
// (translate, scale, rotate, transform) and simplify.  One command that
// dispatches with Tcl_GetIndexFromObj; the arithmetic is core's
// (geometry_measures, point_transforms, polyline_simplify), this file only
// reads arguments and builds results.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "../core/geometry_measures.hpp"
#include "../core/point_transforms.hpp"
#include "../core/polyline_simplify.hpp"
#include "../tcl/errors.hpp"
#include "../tcl/interp_state.hpp"
#include "../tcl/number_values.hpp"
#include "commands.hpp"

namespace tkext::commands {
namespace {

using bridge::read_finite_argument;
using bridge::set_double_list_result;

enum class Sub { area, bbox, centroid, contains, distance, length, rotate, scale, simplify, transform, translate };

struct SubSpec {
    const char* name;
    const char* usage;  // after "tkext::geom name"
    int min_args;       // counted from objv[2] (COORDS)
    int max_args;
};

// Order matches Sub; Tcl_GetIndexFromObjStruct reads the names.
constexpr std::array<SubSpec, 11> subcommands{{
    {"area", "coords", 1, 1},
    {"bbox", "coords", 1, 1},
    {"centroid", "coords", 1, 1},
    {"contains", "polygon x y", 3, 3},
    {"distance", "coords x y", 3, 3},
    {"length", "coords", 1, 1},
    {"rotate", "coords angle ?cx cy?", 2, 4},
    {"scale", "coords sx sy ?cx cy?", 3, 5},
    {"simplify", "coords tolerance", 2, 2},
    {"transform", "coords {a b c d e f}", 2, 2},
    {"translate", "coords dx dy", 3, 3},
}};

int empty_error(Tcl_Interp* interp, const char* what) {
    return bridge::set_error(interp, std::string("cannot compute the ") + what + " of no points",
                             {"GEOM", "EMPTY"});
}

// Reads the optional centre (cx cy) at objv[first], defaulting to the origin.
int read_centre(Tcl_Interp* interp, int objc, Tcl_Obj* const objv[], int first, double& cx,
                double& cy) {
    cx = cy = 0.0;
    if (objc <= first) return TCL_OK;  // arity was checked: either none or both
    if (read_finite_argument(interp, objv[first], "cx", cx) != TCL_OK) return TCL_ERROR;
    return read_finite_argument(interp, objv[first + 1], "cy", cy);
}

int run(Sub sub, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[], const bridge::ObjTypes& types) {
    core::Scratch<double> scratch;  // reused between calls (core/scratch_vector.hpp)
    core::ScratchVector<double>& xy = *scratch;
    if (bridge::read_coordinate_list(interp, types, objv[2], 2, xy) != TCL_OK) return TCL_ERROR;

    switch (sub) {
        case Sub::area:
            return bridge::set_double_result(interp, core::polygon_area(xy));
        case Sub::length:
            return bridge::set_double_result(interp, core::polyline_length(xy));
        case Sub::bbox: {
            const auto box = core::bounding_box(xy);
            if (!box) return empty_error(interp, "bounding box");
            const std::array<double, 4> values{box->xmin, box->ymin, box->xmax, box->ymax};
            return set_double_list_result(interp, values);
        }
        case Sub::centroid: {
            const auto c = core::polygon_centroid(xy);
            if (!c) return empty_error(interp, "centroid");
            const std::array<double, 2> values{c->x, c->y};
            return set_double_list_result(interp, values);
        }
        case Sub::contains:
        case Sub::distance: {
            double x = 0.0, y = 0.0;
            if (read_finite_argument(interp, objv[3], "x", x) != TCL_OK ||
                read_finite_argument(interp, objv[4], "y", y) != TCL_OK) {
                return TCL_ERROR;
            }
            if (sub == Sub::contains) {
                Tcl_SetObjResult(interp, Tcl_NewIntObj(core::polygon_contains(xy, x, y) ? 1 : 0));
                return TCL_OK;
            }
            const auto d = core::distance_to_polyline(xy, x, y);
            if (!d) return empty_error(interp, "distance");
            return bridge::set_double_result(interp, *d);
        }
        case Sub::translate: {
            double dx = 0.0, dy = 0.0;
            if (read_finite_argument(interp, objv[3], "dx", dx) != TCL_OK ||
                read_finite_argument(interp, objv[4], "dy", dy) != TCL_OK) {
                return TCL_ERROR;
            }
            core::translate_points(xy, xy, dx, dy);
            return set_double_list_result(interp, xy);
        }
        case Sub::scale: {
            double sx = 0.0, sy = 0.0, cx = 0.0, cy = 0.0;
            if (read_finite_argument(interp, objv[3], "sx", sx) != TCL_OK ||
                read_finite_argument(interp, objv[4], "sy", sy) != TCL_OK ||
                read_centre(interp, objc, objv, 5, cx, cy) != TCL_OK) {
                return TCL_ERROR;
            }
            core::scale_points(xy, xy, sx, sy, cx, cy);
            return set_double_list_result(interp, xy);
        }
        case Sub::rotate: {
            double angle = 0.0, cx = 0.0, cy = 0.0;
            if (read_finite_argument(interp, objv[3], "angle", angle) != TCL_OK ||
                read_centre(interp, objc, objv, 4, cx, cy) != TCL_OK) {
                return TCL_ERROR;
            }
            core::rotate_points(xy, xy, angle, cx, cy);
            return set_double_list_result(interp, xy);
        }
        case Sub::transform: {
            std::array<double, 6> m{};
            if (bridge::read_matrix(interp, objv[3], m) != TCL_OK) return TCL_ERROR;
            core::transform_points(xy, xy, core::Affine{m[0], m[1], m[2], m[3], m[4], m[5]});
            return set_double_list_result(interp, xy);
        }
        case Sub::simplify: {
            double tolerance = 0.0;
            if (read_finite_argument(interp, objv[3], "tolerance", tolerance) != TCL_OK) {
                return TCL_ERROR;
            }
            if (tolerance < 0.0) {
                return bridge::set_error(interp,
                                         "bad tolerance " + bridge::quoted(objv[3]) +
                                             ": expected a non-negative number",
                                         {"ARG", "VALUE"});
            }
            return set_double_list_result(interp, core::simplify_polyline(xy, tolerance));
        }
    }
    return TCL_OK;
}

}  // namespace

int geom_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    if (objc < 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "subcommand coords ?arg ...?");
        return TCL_ERROR;
    }
    int index = 0;
    if (Tcl_GetIndexFromObjStruct(interp, objv[1], subcommands.data(), sizeof(SubSpec), "subcommand",
                                  0, &index) != TCL_OK) {
        return TCL_ERROR;
    }
    const SubSpec& spec = subcommands[static_cast<std::size_t>(index)];
    // Optional arguments come as a pair (cx cy): exactly min or max.
    const int args = objc - 2;
    if (args != spec.min_args && args != spec.max_args) {
        Tcl_WrongNumArgs(interp, 2, objv, spec.usage);
        return TCL_ERROR;
    }
    return bridge::run_guarded(interp, [&] {
        return run(static_cast<Sub>(index), interp, objc, objv, state.types());
    });
}

}  // namespace tkext::commands

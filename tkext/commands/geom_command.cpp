// geom_command.cpp — tkext::geom ?-packed? subcommand COORDS ?arg ...?
//
// Geometry on plain numbers, no canvas and no Tk: measures (bbox, length,
// area, centroid, contains, distance), affine maps returning a flat list
// (translate, scale, rotate, transform) and simplify.  One command that
// dispatches with Tcl_GetIndexFromObj; the arithmetic is core's
// (geometry_measures, point_transforms, polyline_simplify), this file only
// reads arguments and builds results.  With -packed, COORDS is a packed block
// (bridge::PackedValues) whose float64 values go to the core as they lie:
// no Tcl object per number, which at 10^5 points is nearly all the cost.
#include <array>
#include <span>
#include <string>

#include "../core/geometry_measures.hpp"
#include "../core/point_transforms.hpp"
#include "../core/polyline_simplify.hpp"
#include "../bridge/errors.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/number_values.hpp"
#include "../bridge/packed_values.hpp"
#include "commands.hpp"

namespace tkext::commands {
namespace {

using bridge::read_finite_argument;
using bridge::set_double_list_result;

enum class Sub { area, bbox, centroid, contains, distance, length, rotate, scale, simplify, transform, translate };

struct SubSpec {
    const char* name;
    const char* usage;  // after "tkext::geom ?-packed? name"
    int min_args;       // words after the subcommand, COORDS included
    int max_args;
};

// Order matches Sub; Tcl_GetIndexFromObjStruct reads the names up to the
// entry whose name is null (it scans the whole table to judge an abbreviation).
constexpr std::array<SubSpec, 12> subcommands{{
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
    {nullptr, nullptr, 0, 0},
}};

int empty_error(Tcl_Interp* interp, const char* what) {
    return bridge::set_error(interp, std::string("cannot compute the ") + what + " of no points",
                             {"GEOM", "EMPTY"});
}

// The arguments after COORDS, as numbers.
struct Arguments {
    double x = 0.0, y = 0.0;          // contains, distance; dx dy, sx sy
    double cx = 0.0, cy = 0.0;        // scale, rotate (default: the origin)
    double angle = 0.0, tolerance = 0.0;
    core::Affine matrix;
};

// Reads the optional centre (cx cy) at args[first], defaulting to the origin.
int read_centre(Tcl_Interp* interp, std::span<Tcl_Obj* const> args, std::size_t first,
                Arguments& out) {
    if (args.size() <= first) return TCL_OK;  // arity was checked: either none or both
    if (read_finite_argument(interp, args[first], "cx", out.cx) != TCL_OK) return TCL_ERROR;
    return read_finite_argument(interp, args[first + 1], "cy", out.cy);
}

// Reads `args` (the words after COORDS; their number was checked).  Done
// before the coordinates are read: reading a number may change the type of
// its value, which may be the very value holding a packed block.
int read_arguments(Sub sub, Tcl_Interp* interp, std::span<Tcl_Obj* const> args, Arguments& out) {
    switch (sub) {
        case Sub::area:
        case Sub::bbox:
        case Sub::centroid:
        case Sub::length:
            return TCL_OK;
        case Sub::contains:
        case Sub::distance:
            if (read_finite_argument(interp, args[0], "x", out.x) != TCL_OK) return TCL_ERROR;
            return read_finite_argument(interp, args[1], "y", out.y);
        case Sub::translate:
            if (read_finite_argument(interp, args[0], "dx", out.x) != TCL_OK) return TCL_ERROR;
            return read_finite_argument(interp, args[1], "dy", out.y);
        case Sub::scale:
            if (read_finite_argument(interp, args[0], "sx", out.x) != TCL_OK ||
                read_finite_argument(interp, args[1], "sy", out.y) != TCL_OK) {
                return TCL_ERROR;
            }
            return read_centre(interp, args, 2, out);
        case Sub::rotate:
            if (read_finite_argument(interp, args[0], "angle", out.angle) != TCL_OK) return TCL_ERROR;
            return read_centre(interp, args, 1, out);
        case Sub::transform: {
            std::array<double, 6> m{};
            if (bridge::read_matrix(interp, args[0], m) != TCL_OK) return TCL_ERROR;
            out.matrix = core::Affine{m[0], m[1], m[2], m[3], m[4], m[5]};
            return TCL_OK;
        }
        case Sub::simplify:
            if (read_finite_argument(interp, args[0], "tolerance", out.tolerance) != TCL_OK) {
                return TCL_ERROR;
            }
            if (out.tolerance < 0.0) {
                return bridge::set_error(interp,
                                         "bad tolerance " + bridge::quoted(args[0]) +
                                             ": expected a non-negative number",
                                         {"ARG", "VALUE"});
            }
            return TCL_OK;
    }
    return TCL_OK;
}

// Where a map writes its points: `scratch`, sized for them.  A list's
// coordinates were read into `scratch` already and are mapped in place
// (the core allows in == out; the size is unchanged, so nothing moves); a
// packed block's are mapped from the block into it.
std::span<double> map_output(std::span<const double> xy, core::ScratchVector<double>& scratch) {
    scratch.resize(xy.size());
    return scratch;
}

// words: COORDS ?arg ...?, COORDS a packed block when `packed`.
int run(Sub sub, Tcl_Interp* interp, std::span<Tcl_Obj* const> words, bool packed,
        const bridge::ObjTypes& types) {
    Arguments args;
    if (read_arguments(sub, interp, words.subspan(1), args) != TCL_OK) return TCL_ERROR;

    core::Scratch<double> scratch;  // reused between calls (core/scratch_vector.hpp)
    bridge::PackedValues block;
    std::span<const double> xy;
    if (packed) {
        if (block.read(interp, words[0]) != TCL_OK) return TCL_ERROR;
        xy = block.values();
    } else {
        if (bridge::read_coordinate_list(interp, types, words[0], 2, *scratch) != TCL_OK) return TCL_ERROR;
        xy = *scratch;
    }

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
            Tcl_SetObjResult(interp, Tcl_NewIntObj(core::polygon_contains(xy, args.x, args.y) ? 1 : 0));
            return TCL_OK;
        case Sub::distance: {
            const auto d = core::distance_to_polyline(xy, args.x, args.y);
            if (!d) return empty_error(interp, "distance");
            return bridge::set_double_result(interp, *d);
        }
        case Sub::translate: {
            const std::span<double> out = map_output(xy, *scratch);
            core::translate_points(xy, out, args.x, args.y);
            return set_double_list_result(interp, out);
        }
        case Sub::scale: {
            const std::span<double> out = map_output(xy, *scratch);
            core::scale_points(xy, out, args.x, args.y, args.cx, args.cy);
            return set_double_list_result(interp, out);
        }
        case Sub::rotate: {
            const std::span<double> out = map_output(xy, *scratch);
            core::rotate_points(xy, out, args.angle, args.cx, args.cy);
            return set_double_list_result(interp, out);
        }
        case Sub::transform: {
            const std::span<double> out = map_output(xy, *scratch);
            core::transform_points(xy, out, args.matrix);
            return set_double_list_result(interp, out);
        }
        case Sub::simplify:
            return set_double_list_result(interp, core::simplify_polyline(xy, args.tolerance));
    }
    return TCL_OK;
}

}  // namespace

int geom_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    // ?-packed?: no subcommand starts with "-", so a leading "-" is an option.
    static constexpr std::array<const char*, 2> options{"-packed", nullptr};
    const bool packed = objc >= 2 && Tcl_GetString(objv[1])[0] == '-';
    if (packed) {
        int option = 0;
        if (Tcl_GetIndexFromObj(interp, objv[1], options.data(), "option", 0, &option) != TCL_OK) {
            return TCL_ERROR;
        }
    }
    const int first = packed ? 2 : 1;  // the subcommand
    if (objc <= first) {
        Tcl_WrongNumArgs(interp, 1, objv, "?-packed? subcommand coords ?arg ...?");
        return TCL_ERROR;
    }
    int index = 0;
    if (Tcl_GetIndexFromObjStruct(interp, objv[first], subcommands.data(), sizeof(SubSpec), "subcommand",
                                  0, &index) != TCL_OK) {
        return TCL_ERROR;
    }
    const SubSpec& spec = subcommands[static_cast<std::size_t>(index)];
    // Optional arguments come as a pair (cx cy): exactly min or max.
    const int args = objc - first - 1;
    if (args != spec.min_args && args != spec.max_args) {
        const std::string usage = std::string("?-packed? ") + spec.name + " " + spec.usage;
        Tcl_WrongNumArgs(interp, 1, objv, usage.c_str());
        return TCL_ERROR;
    }
    const std::span<Tcl_Obj* const> words{objv + first + 1, static_cast<std::size_t>(args)};
    return bridge::run_guarded(interp, [&] {
        return run(static_cast<Sub>(index), interp, words, packed, state.types());
    });
}

}  // namespace tkext::commands

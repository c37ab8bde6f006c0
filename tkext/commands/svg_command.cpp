// svg_command.cpp — tkext::svg pathName ?-file name? ?-items tagOrId? ?-x -y -width -height?
//
// Writes a canvas as an SVG 1.1 document.  The work is split in three:
//   * CanvasReader (this file) is the only code that asks Tk anything: the
//     items of a tag, an item's type, coordinates and options, colours,
//     fonts, line breaks, image data.  It goes through the canvas's own
//     widget command (CanvasTarget), so an enabled canvas answers as plain Tk.
//   * the item exporters (this file) turn one item's options into resolved
//     values — the options of its current state (-activefill when it is the
//     current item, -disabledfill when disabled), colours as Tk resolves them;
//   * core/svg_geometry computes Tk's shapes and core/svg_document writes them.
// Text line breaks and bitmap bits are asked of a private canvas (a never
// mapped child of the exported one, destroyed after the export), so the
// exported canvas and its item ids stay as they were.  export_item picks the
// exporter by type name; an item table with a "how it is exported" column
// would replace that one switch.
// With -file the document goes to a temporary file beside the target, which
// is then renamed over it: a failed export leaves no partial file.  Files are
// refused in a safe interpreter.
#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <tk.h>

#include "../bridge/errors.hpp"
#include "../bridge/interp_state.hpp"
#include "../bridge/obj_ref.hpp"
#include "../core/svg_document.hpp"
#include "../core/svg_geometry.hpp"
#include "../core/svg_png.hpp"
#include "canvas_target.hpp"
#include "commands.hpp"

namespace tkext::commands {
namespace {

namespace svg = core::svg;
using bridge::ObjRef;
using bridge::text_of;

ObjRef word(std::string_view text) {
    return ObjRef(Tcl_NewStringObj(text.data(), static_cast<Tcl_Size>(text.size())));
}


// Option values by name: an item's, as `pathName itemconfigure id` lists
// them, or a flat -name value list (`font actual`, `font metrics`).
class OptionValues {
public:
    // Takes a flat -name value list; false when it is not a list.
    bool read_pairs(Tcl_Interp* interp, Tcl_Obj* list) {
        listing_ = ObjRef(list);
        entries_.clear();
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        if (Tcl_ListObjGetElements(interp, list, &count, &elements) != TCL_OK) return false;
        for (Tcl_Size i = 0; i + 1 < count; i += 2) entries_.push_back({text_of(elements[i]), elements[i + 1]});
        return true;
    }

    // Takes the itemconfigure result; false when it is not a list of option lists.
    bool read(Tcl_Interp* interp, Tcl_Obj* listing) {
        listing_ = ObjRef(listing);
        entries_.clear();
        Tcl_Size count = 0;
        Tcl_Obj** options = nullptr;
        if (Tcl_ListObjGetElements(interp, listing, &count, &options) != TCL_OK) return false;
        entries_.reserve(static_cast<std::size_t>(count));
        for (Tcl_Size i = 0; i < count; ++i) {
            Tcl_Size parts = 0;
            Tcl_Obj** fields = nullptr;
            if (Tcl_ListObjGetElements(interp, options[i], &parts, &fields) != TCL_OK) return false;
            if (parts < 5) continue;  // a synonym entry; canvas items have none
            entries_.push_back({text_of(fields[0]), fields[4]});
        }
        return true;
    }

    // The value of `name` ("-fill"), or null when the item has no such option.
    Tcl_Obj* get(std::string_view name) const {
        for (const auto& [key, value] : entries_) {
            if (key == name) return value;
        }
        return nullptr;
    }
    std::string_view text(std::string_view name) const {
        Tcl_Obj* value = get(name);
        return value ? text_of(value) : std::string_view();
    }

private:
    ObjRef listing_;  // keeps the values alive
    std::vector<std::pair<std::string_view, Tcl_Obj*>> entries_;
};

struct FontInfo {
    svg::Font font;
    double ascent = 0.0;
    double line_height = 0.0;
};

// Everything the export asks Tk, in one place (see the file header).
class CanvasReader {
public:
    CanvasReader(const CanvasTarget& target, Tcl_Obj* path) : target_(target), path_(path) {}
    CanvasReader(const CanvasReader&) = delete;
    CanvasReader& operator=(const CanvasReader&) = delete;
    ~CanvasReader() {
        if (!measure_path_) return;
        // Leaves the interpreter's result (the export or its error) as it was.
        Tcl_InterpState saved = Tcl_SaveInterpState(interp(), TCL_OK);
        ObjRef destroy = word("destroy");
        run({destroy.get(), measure_path_.get()});
        Tcl_RestoreInterpState(interp(), saved);
    }

    Tcl_Interp* interp() const { return target_.interp(); }
    Tcl_Obj* path() const { return path_; }

    // The canvas widget command with `words` after pathName; result in the interpreter.
    int widget(std::initializer_list<Tcl_Obj*> words) {
        std::array<Tcl_Obj*, 12> objv{};
        if (words.size() >= objv.size()) throw std::length_error("too many words for a canvas call");
        objv[0] = path_;
        std::size_t n = 1;
        for (Tcl_Obj* w : words) objv[n++] = w;
        return target_.call(static_cast<Tcl_Size>(n), objv.data());
    }

    // Any other Tk or Tcl command (winfo, font, image, a photo image's command).
    int run(std::initializer_list<Tcl_Obj*> words) {
        std::array<Tcl_Obj*, 12> objv{};
        if (words.size() > objv.size()) throw std::length_error("too many words for a command");
        std::size_t n = 0;
        for (Tcl_Obj* w : words) objv[n++] = w;
        // Global: a caller's namespace may have its own "font" or "image".
        return Tcl_EvalObjv(interp(), static_cast<Tcl_Size>(n), objv.data(), TCL_EVAL_GLOBAL);
    }

    Tcl_Obj* result() const { return Tcl_GetObjResult(interp()); }

    // The ids of the items `tag` names, in stacking order.
    int find(Tcl_Obj* tag, std::vector<ObjRef>& ids) { return target_.find_items(tag, ids); }

    int type(Tcl_Obj* id, std::string& type) {
        if (widget({w_type_.get(), id}) != TCL_OK) return TCL_ERROR;
        type = text_of(result());
        return TCL_OK;
    }

    // Read as rotate and packed get read them (CanvasTarget::coords); a value
    // that is not a number gets Tcl's own error.
    int coords(Tcl_Obj* id, std::vector<double>& xy) {
        CoordsAnswer answer;
        if (target_.coords(id, answer) != TCL_OK) return TCL_ERROR;
        xy.resize(answer.size());
        if (answer.read_into(target_.state.types(), xy.data())) return TCL_OK;
        return numbers(answer.list(), xy);
    }

    int options(Tcl_Obj* id, OptionValues& options) {
        if (widget({w_itemconfigure_.get(), id}) != TCL_OK) return TCL_ERROR;
        if (!options.read(interp(), result())) return TCL_ERROR;
        return TCL_OK;
    }

    // A canvas option (cget).
    int canvas_option(const char* name, ObjRef& value) {
        ObjRef cget = word("cget"), option = word(name);
        if (widget({cget.get(), option.get()}) != TCL_OK) return TCL_ERROR;
        value = ObjRef(result());
        return TCL_OK;
    }

    // A list of numbers.
    int numbers(Tcl_Obj* list, std::vector<double>& out) {
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        if (Tcl_ListObjGetElements(interp(), list, &count, &elements) != TCL_OK) return TCL_ERROR;
        out.resize(static_cast<std::size_t>(count));
        for (Tcl_Size i = 0; i < count; ++i) {
            if (Tcl_GetDoubleFromObj(interp(), elements[i], &out[static_cast<std::size_t>(i)]) != TCL_OK) {
                return TCL_ERROR;
            }
        }
        return TCL_OK;
    }

    // A screen distance as pixels (Tk's rules for units), as a double.
    int pixels(Tcl_Obj* value, double& out) {
        if (Tcl_GetDoubleFromObj(nullptr, value, &out) == TCL_OK) return TCL_OK;
        ObjRef winfo = word("winfo"), fpixels = word("fpixels");
        if (run({winfo.get(), fpixels.get(), path_, value}) != TCL_OK) return TCL_ERROR;
        return Tcl_GetDoubleFromObj(interp(), result(), &out);
    }

    // A colour as Tk resolves it; nothing for the empty colour (not drawn).
    int colour(Tcl_Obj* value, std::optional<svg::Rgb>& out) {
        out.reset();
        if (value == nullptr) return TCL_OK;
        const std::string_view name = text_of(value);
        if (name.empty()) return TCL_OK;
        auto known = colours_.find(std::string(name));
        if (known != colours_.end()) {
            out = known->second;
            return TCL_OK;
        }
        ObjRef winfo = word("winfo"), rgb = word("rgb");
        if (run({winfo.get(), rgb.get(), path_, value}) != TCL_OK) return TCL_ERROR;
        std::vector<double> parts;
        if (numbers(result(), parts) != TCL_OK || parts.size() != 3) return TCL_ERROR;
        // X colours are 16-bit; an 8-bit colour c is stored as c * 257.
        auto byte = [](double v) { return static_cast<std::uint8_t>(std::lround(v / 257.0)); };
        const svg::Rgb resolved{byte(parts[0]), byte(parts[1]), byte(parts[2])};
        colours_.emplace(std::string(name), resolved);
        out = resolved;
        return TCL_OK;
    }

    // The font as Tk resolves it (font actual, font metrics), in pixels.
    int font(Tcl_Obj* spec, const FontInfo*& out) {
        const std::string key(text_of(spec));
        auto known = fonts_.find(key);
        if (known != fonts_.end()) {
            out = &known->second;
            return TCL_OK;
        }
        FontInfo info;
        ObjRef font_word = word("font"), actual = word("actual"), metrics = word("metrics");
        if (run({font_word.get(), actual.get(), spec}) != TCL_OK) return TCL_ERROR;
        OptionValues dict;
        if (!dict.read_pairs(interp(), result())) return TCL_ERROR;
        info.font.family = dict.text("-family");
        double size = 0.0;
        if (requested_size(spec, size) != TCL_OK &&
            number_in(dict.get("-size"), "-size", size) != TCL_OK) {
            return TCL_ERROR;
        }
        if (size < 0) {
            size = -size;  // already pixels
        } else {
            // Points: as many pixels as Tk draws them with (tk scaling).
            ObjRef tk = word("tk"), scaling = word("scaling");
            if (run({tk.get(), scaling.get()}) != TCL_OK) return TCL_ERROR;
            double per_point = 1.0;
            if (Tcl_GetDoubleFromObj(interp(), result(), &per_point) != TCL_OK) return TCL_ERROR;
            size *= per_point;
        }
        info.font.size = size;
        info.font.bold = dict.text("-weight") == "bold";
        info.font.italic = dict.text("-slant") == "italic";
        int flag = 0;
        Tcl_Obj* underline = dict.get("-underline");
        Tcl_Obj* overstrike = dict.get("-overstrike");
        if (underline && Tcl_GetBooleanFromObj(nullptr, underline, &flag) == TCL_OK) info.font.underline = flag;
        if (overstrike && Tcl_GetBooleanFromObj(nullptr, overstrike, &flag) == TCL_OK) info.font.overstrike = flag;
        if (run({font_word.get(), metrics.get(), spec}) != TCL_OK) return TCL_ERROR;
        OptionValues metric;
        if (!metric.read_pairs(interp(), result())) return TCL_ERROR;
        if (number_in(metric.get("-ascent"), "-ascent", info.ascent) != TCL_OK ||
            number_in(metric.get("-linespace"), "-linespace", info.line_height) != TCL_OK) {
            return TCL_ERROR;
        }
        out = &fonts_.emplace(key, std::move(info)).first->second;
        return TCL_OK;
    }

    // A number from an answer of Tk's (`what` names it in the error when the
    // answer lacks it, as a redefined command's might).
    int number_in(Tcl_Obj* value, const char* what, double& out) {
        if (value == nullptr) {
            return bridge::set_error(interp(), std::string("cannot export: Tk gave no ") + what,
                                     {"SVG", "TK"});
        }
        return Tcl_GetDoubleFromObj(interp(), value, &out);
    }

    // The size a font was asked for (negative: pixels), where the font says
    // it: a named font's -size, the second word of {family size style...},
    // or -size in an option list.  `font actual` rounds a pixel size to
    // whole points, which would make the exported text a little too large.
    int requested_size(Tcl_Obj* spec, double& size) {
        ObjRef font_word = word("font"), configure = word("configure"), size_option = word("-size");
        if (run({font_word.get(), configure.get(), spec, size_option.get()}) == TCL_OK &&
            Tcl_GetDoubleFromObj(nullptr, result(), &size) == TCL_OK && size != 0.0) {
            return TCL_OK;
        }
        Tcl_ResetResult(interp());
        Tcl_Size count = 0;
        Tcl_Obj** words = nullptr;
        if (Tcl_ListObjGetElements(nullptr, spec, &count, &words) != TCL_OK || count < 2) return TCL_ERROR;
        if (text_of(words[0]).starts_with("-")) {
            for (Tcl_Size i = 0; i + 1 < count; i += 2) {
                if (text_of(words[i]) == "-size") {
                    return Tcl_GetDoubleFromObj(nullptr, words[i + 1], &size) == TCL_OK && size != 0.0
                               ? TCL_OK
                               : TCL_ERROR;
                }
            }
            return TCL_ERROR;
        }
        int whole = 0;
        if (Tcl_GetIntFromObj(nullptr, words[1], &whole) != TCL_OK || whole == 0) return TCL_ERROR;
        size = whole;
        return TCL_OK;
    }

    // The width of `text` in `font`, in pixels (font measure).
    int measure(Tcl_Obj* font, Tcl_Obj* text, double& width) {
        ObjRef font_word = word("font"), measure_word = word("measure");
        if (run({font_word.get(), measure_word.get(), font, text}) != TCL_OK) return TCL_ERROR;
        return Tcl_GetDoubleFromObj(interp(), result(), &width);
    }

    // Where Tk breaks a text item's lines: the character index each line
    // starts at, asked of a private canvas holding the same text, font,
    // -width and -justify (so the exported canvas and its item ids are
    // untouched).  Starts are ascending; the first is 0.
    int line_starts(const OptionValues& item, Tcl_Obj* font, double line_height,
                    std::vector<Tcl_Size>& starts) {
        if (measure_canvas() != TCL_OK) return TCL_ERROR;
        if (!measure_item_) {
            ObjRef create = word("create"), text = word("text"), zero = word("0"),
                   anchor = word("-anchor"), nw = word("nw");
            if (run({measure_path_.get(), create.get(), text.get(), zero.get(), zero.get(),
                     anchor.get(), nw.get()}) != TCL_OK) {
                return TCL_ERROR;
            }
            measure_item_ = ObjRef(result());
        }
        ObjRef configure = word("itemconfigure"), o_text = word("-text"), o_font = word("-font"),
               o_width = word("-width"), o_justify = word("-justify");
        Tcl_Obj* empty = Tcl_NewObj();
        ObjRef hold(empty);
        Tcl_Obj* width = item.get("-width");
        Tcl_Obj* justify = item.get("-justify");
        Tcl_Obj* text = item.get("-text");
        if (run({measure_path_.get(), configure.get(), measure_item_.get(), o_text.get(),
                 text ? text : empty, o_font.get(), font, o_width.get(), width ? width : empty,
                 o_justify.get(), justify ? justify : empty}) != TCL_OK) {
            return TCL_ERROR;
        }
        ObjRef bbox = word("bbox"), index = word("index");
        if (run({measure_path_.get(), bbox.get(), measure_item_.get()}) != TCL_OK) return TCL_ERROR;
        std::vector<double> box;
        if (numbers(result(), box) != TCL_OK || box.size() != 4) return TCL_ERROR;
        const long lines = std::max(1L, std::lround((box[3] - box[1]) / line_height));
        starts.clear();
        for (long i = 0; i < lines; ++i) {
            // Left of every line (x = -1) and half way down line i: Tk answers
            // with the first character of that line.
            std::string at = "@-1," + std::to_string(static_cast<long>(line_height * i + line_height / 2));
            ObjRef point = word(at);
            if (run({measure_path_.get(), index.get(), measure_item_.get(), point.get()}) != TCL_OK) {
                return TCL_ERROR;
            }
            Tcl_WideInt start = 0;
            if (Tcl_GetWideIntFromObj(interp(), result(), &start) != TCL_OK) return TCL_ERROR;
            if (starts.empty() || start > starts.back()) starts.push_back(static_cast<Tcl_Size>(start));
        }
        return TCL_OK;
    }

    // A bitmap's size and bits (row by row from the top, true: foreground),
    // as Tk's own PostScript of it on the private canvas spells them out:
    // `kind` "bitmap" for a bitmap name (-bitmap of a bitmap item), "image"
    // for an image of type bitmap.  `bits` stays empty when that PostScript
    // is not one plain imagemask.
    int bitmap_bits(std::string_view kind, Tcl_Obj* bitmap, int& width, int& height,
                    std::vector<bool>& bits) {
        bits.clear();
        if (measure_canvas() != TCL_OK) return TCL_ERROR;
        ObjRef create = word("create"), item_type = word(kind), zero = word("0"),
               anchor = word("-anchor"), nw = word("nw"), option = word("-" + std::string(kind)),
               bbox = word("bbox"), remove = word("delete"), postscript = word("postscript");
        if (run({measure_path_.get(), create.get(), item_type.get(), zero.get(), zero.get(),
                 anchor.get(), nw.get(), option.get(), bitmap}) != TCL_OK) {
            return TCL_ERROR;
        }
        ObjRef id(result());
        std::vector<double> box;
        int status = run({measure_path_.get(), bbox.get(), id.get()});
        if (status == TCL_OK) status = numbers(result(), box);
        if (status == TCL_OK && box.size() == 4) {
            width = static_cast<int>(box[2] - box[0]);
            height = static_cast<int>(box[3] - box[1]);
            ObjRef x = word("-x"), y = word("-y"), w = word("-width"), h = word("-height"),
                   w_value = word(std::to_string(width)), h_value = word(std::to_string(height));
            status = run({measure_path_.get(), postscript.get(), x.get(), zero.get(), y.get(), zero.get(),
                          w.get(), w_value.get(), h.get(), h_value.get()});
            if (status == TCL_OK) bits = imagemask_bits(text_of(result()), width, height);
        }
        const int deleted = run({measure_path_.get(), remove.get(), id.get()});
        return status != TCL_OK ? status : deleted;
    }

    // The id of a pattern drawing `bitmap` in `colour` (a stipple), defined
    // in `doc` the first time it is needed; tiles start at the region's
    // corner (Tk starts them at the window's).  Empty when the bitmap's bits
    // cannot be read: the paint is then solid.
    int stipple_pattern(svg::Document& doc, Tcl_Obj* bitmap, svg::Rgb colour, std::string& id) {
        const std::string key = std::string(text_of(bitmap)) + " " + svg::hex_colour(colour);
        if (auto known = patterns_.find(key); known != patterns_.end()) {
            id = known->second;
            return TCL_OK;
        }
        int width = 0, height = 0;
        std::vector<bool> bits;
        if (bitmap_bits("bitmap", bitmap, width, height, bits) != TCL_OK) return TCL_ERROR;
        id.clear();
        if (!bits.empty()) {
            std::vector<std::uint8_t> rgba(bits.size() * 4, 0);
            for (std::size_t i = 0; i < bits.size(); ++i) {
                if (!bits[i]) continue;
                rgba[4 * i] = colour.r;
                rgba[4 * i + 1] = colour.g;
                rgba[4 * i + 2] = colour.b;
                rgba[4 * i + 3] = 255;
            }
            id = "stipple" + std::to_string(patterns_.size() + 1);
            doc.png_pattern(id, origin_x, origin_y, width, height,
                            svg::encode_png_rgba(static_cast<std::uint32_t>(width),
                                                 static_cast<std::uint32_t>(height), rgba));
        }
        patterns_.emplace(key, id);
        return TCL_OK;
    }

    double origin_x = 0.0, origin_y = 0.0;  // the exported region's corner

    // A photo image's pixels as PNG bytes (`img data -format png`), its
    // size and its type.  `png` stays empty for an image that is not a photo.
    int photo_png(Tcl_Obj* image, ObjRef& png, double& width, double& height, std::string& image_type) {
        ObjRef image_word = word("image"), type = word("type"), w = word("width"), h = word("height");
        if (run({image_word.get(), type.get(), image}) != TCL_OK) return TCL_ERROR;
        image_type = text_of(result());
        const bool photo = image_type == "photo";
        if (run({image_word.get(), w.get(), image}) != TCL_OK ||
            Tcl_GetDoubleFromObj(interp(), result(), &width) != TCL_OK) {
            return TCL_ERROR;
        }
        if (run({image_word.get(), h.get(), image}) != TCL_OK ||
            Tcl_GetDoubleFromObj(interp(), result(), &height) != TCL_OK) {
            return TCL_ERROR;
        }
        if (!photo) return TCL_OK;
        ObjRef data = word("data"), format = word("-format"), png_word = word("png");
        if (run({image, data.get(), format.get(), png_word.get()}) != TCL_OK) return TCL_ERROR;
        png = ObjRef(result());
        return TCL_OK;
    }

    // A bitmap image's -foreground and -background (the latter may be empty).
    int bitmap_image_colours(Tcl_Obj* image, std::optional<svg::Rgb>& foreground,
                             std::optional<svg::Rgb>& background) {
        ObjRef cget = word("cget"), fg = word("-foreground"), bg = word("-background");
        if (run({image, cget.get(), fg.get()}) != TCL_OK) return TCL_ERROR;
        ObjRef fg_value(result());
        if (run({image, cget.get(), bg.get()}) != TCL_OK) return TCL_ERROR;
        ObjRef bg_value(result());
        if (colour(fg_value.get(), foreground) != TCL_OK) return TCL_ERROR;
        return colour(bg_value.get(), background);
    }

    // The id of the item under the pointer (the "current" item), or "".
    int current_item(std::string& id) {
        ObjRef current = word("current");
        std::vector<ObjRef> ids;
        if (target_.find_items(current.get(), ids) != TCL_OK) return TCL_ERROR;
        id = ids.empty() ? std::string() : std::string(text_of(ids.front().get()));
        return TCL_OK;
    }

private:
    // The private canvas for measuring text and reading bitmaps: a child of
    // the exported canvas, never mapped, destroyed when the export ends.
    int measure_canvas() {
        if (measure_path_) return TCL_OK;
        ObjRef canvas = word("canvas");
        ObjRef name = word(std::string(text_of(path_)) + ".__tkext_svg_measure");
        if (run({canvas.get(), name.get()}) != TCL_OK) return TCL_ERROR;
        measure_path_ = name;
        return TCL_OK;
    }

    // The bits of the one imagemask in Tk's PostScript of a bitmap: rows of
    // whole bytes, most significant bit leftmost.  A bitmap item writes
    // "W H true matrix {<hex>}", bottom row first; a bitmap image writes
    // "W H true [W 0 0 -H 0 H] {<hex>}", top row first.
    static std::vector<bool> imagemask_bits(std::string_view ps, int width, int height) {
        const std::string size = std::to_string(width) + " " + std::to_string(height) + " true ";
        const std::string item_head = size + "matrix {";
        const std::string image_head = size + "[" + std::to_string(width) + " 0 0 -" +
                                       std::to_string(height) + " 0 " + std::to_string(height) + "] {";
        const bool bottom_first = ps.find(item_head) != std::string_view::npos;
        const std::string& head = bottom_first ? item_head : image_head;
        const std::size_t at = ps.find(head);
        if (at == std::string_view::npos || ps.find(head, at + 1) != std::string_view::npos) return {};
        const std::size_t open = ps.find('<', at), close = ps.find('>', at);
        if (open == std::string_view::npos || close == std::string_view::npos || close < open) return {};
        std::vector<unsigned char> bytes;
        int nibble = -1;
        for (char c : ps.substr(open + 1, close - open - 1)) {
            int v = -1;
            if (c >= '0' && c <= '9') v = c - '0';
            if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
            if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
            if (v < 0) continue;
            if (nibble < 0) {
                nibble = v;
            } else {
                bytes.push_back(static_cast<unsigned char>(nibble * 16 + v));
                nibble = -1;
            }
        }
        const std::size_t row_bytes = static_cast<std::size_t>(width + 7) / 8;
        if (bytes.size() != row_bytes * static_cast<std::size_t>(height)) return {};
        std::vector<bool> bits(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
        for (int y = 0; y < height; ++y) {
            const int source_row = bottom_first ? height - 1 - y : y;
            const unsigned char* row = bytes.data() + row_bytes * static_cast<std::size_t>(source_row);
            for (int x = 0; x < width; ++x) {
                bits[static_cast<std::size_t>(y * width + x)] = (row[x / 8] >> (7 - x % 8)) & 1;
            }
        }
        return bits;
    }

    const CanvasTarget& target_;
    Tcl_Obj* path_;
    ObjRef measure_path_;
    ObjRef measure_item_;
    std::map<std::string, svg::Rgb> colours_;
    std::map<std::string, FontInfo> fonts_;
    std::map<std::string, std::string> patterns_;  // "bitmap #colour" -> pattern id
    const ObjRef w_type_ = word("type"), w_itemconfigure_ = word("itemconfigure");
};

// ---- From options to drawing ------------------------------------------------

// The state an item is drawn in: Tk uses the active options for the current
// item (the one under the pointer), else the disabled ones when the item (or,
// with no -state of its own, the canvas) is disabled.
enum class Look { normal, active, disabled };

struct Item {
    Tcl_Obj* id;
    const OptionValues& options;
    Look look;
    const std::vector<double>& xy;
};

// The option that applies in the item's state: the -active/-disabled form
// when set (not empty), else the plain one.  `stem` is "fill", "outline", ...
Tcl_Obj* pick(const Item& item, std::string_view stem) {
    auto named = [&](std::string_view prefix) {
        std::string name = "-";
        name.append(prefix);
        name.append(stem);
        return item.options.get(name);
    };
    if (item.look != Look::normal) {
        Tcl_Obj* special = named(item.look == Look::active ? "active" : "disabled");
        if (special != nullptr && Tcl_GetCharLength(special) > 0) return special;
    }
    return named("");
}

// Outline width in the item's state: -activewidth when wider, -disabledwidth when set.
int pick_width(CanvasReader& reader, const Item& item, double& width) {
    width = 1.0;
    if (Tcl_Obj* plain = item.options.get("-width"); plain && reader.pixels(plain, width) != TCL_OK) {
        return TCL_ERROR;
    }
    const char* other = item.look == Look::active     ? "-activewidth"
                        : item.look == Look::disabled ? "-disabledwidth"
                                                      : nullptr;
    if (other != nullptr) {
        double special = 0.0;
        if (Tcl_Obj* value = item.options.get(other); value && reader.pixels(value, special) != TCL_OK) {
            return TCL_ERROR;
        }
        if (item.look == Look::active ? special > width : special > 0.0) width = special;
    }
    return TCL_OK;
}

svg::Cap cap_of(std::string_view name) {
    if (name == "round") return svg::Cap::round;
    if (name == "projecting") return svg::Cap::projecting;
    return svg::Cap::butt;
}

svg::Join join_of(std::string_view name) {
    if (name == "round") return svg::Join::round;
    if (name == "bevel") return svg::Join::bevel;
    return svg::Join::miter;
}

svg::Anchor anchor_of(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, svg::Anchor>, 9> names{{
        {"nw", svg::Anchor::nw}, {"n", svg::Anchor::n}, {"ne", svg::Anchor::ne},
        {"w", svg::Anchor::w}, {"center", svg::Anchor::center}, {"e", svg::Anchor::e},
        {"sw", svg::Anchor::sw}, {"s", svg::Anchor::s}, {"se", svg::Anchor::se},
    }};
    for (const auto& [key, anchor] : names) {
        if (key == name) return anchor;
    }
    return svg::Anchor::center;
}

// The stipple pattern for `colour` when the item's `stipple_stem` option
// ("stipple", "outlinestipple") is set in its state; empty otherwise.
int read_stipple(CanvasReader& reader, svg::Document& doc, const Item& item, std::string_view stipple_stem,
                 svg::Rgb colour, std::string& pattern) {
    pattern.clear();
    Tcl_Obj* stipple = pick(item, stipple_stem);
    if (stipple == nullptr || Tcl_GetCharLength(stipple) == 0) return TCL_OK;
    return reader.stipple_pattern(doc, stipple, colour, pattern);
}

// The fill of an item (-fill in its state, stippled by -stipple).
int read_fill(CanvasReader& reader, svg::Document& doc, const Item& item, svg::Paint& paint) {
    if (reader.colour(pick(item, "fill"), paint.fill) != TCL_OK) return TCL_ERROR;
    if (!paint.fill) return TCL_OK;
    return read_stipple(reader, doc, item, "stipple", *paint.fill, paint.fill_pattern);
}

// The outline of an item (colour from `colour_stem`, stipple from
// `stipple_stem`), or nothing when its colour is empty.
int read_stroke(CanvasReader& reader, svg::Document& doc, const Item& item, std::string_view colour_stem,
                std::string_view stipple_stem, std::optional<svg::Stroke>& stroke) {
    stroke.reset();
    std::optional<svg::Rgb> colour;
    if (reader.colour(pick(item, colour_stem), colour) != TCL_OK) return TCL_ERROR;
    if (!colour) return TCL_OK;
    svg::Stroke s;
    s.colour = *colour;
    if (read_stipple(reader, doc, item, stipple_stem, *colour, s.pattern) != TCL_OK) return TCL_ERROR;
    if (pick_width(reader, item, s.width) != TCL_OK) return TCL_ERROR;
    if (Tcl_Obj* dash = pick(item, "dash"); dash != nullptr) {
        s.dash = svg::dash_lengths(text_of(dash), s.width);
    }
    if (!s.dash.empty()) {
        if (Tcl_Obj* offset = item.options.get("-dashoffset"); offset != nullptr &&
                                                                reader.pixels(offset, s.dash_offset) != TCL_OK) {
            return TCL_ERROR;
        }
    }
    // X draws a zero-width outline one pixel wide; SVG would draw nothing.
    if (s.width < 1.0) s.width = 1.0;
    stroke = std::move(s);
    return TCL_OK;
}

bool smooth_raw(const OptionValues& options) { return options.text("-smooth") == "raw"; }

bool smooth_on(const OptionValues& options) {
    const std::string_view value = options.text("-smooth");
    if (value == "raw" || value == "true" || value == "bezier") return true;
    int flag = 0;
    Tcl_Obj* smooth = options.get("-smooth");
    return smooth != nullptr && Tcl_GetBooleanFromObj(nullptr, smooth, &flag) == TCL_OK && flag;
}

void trace_curve(svg::PathData& path, std::span<const double> xy, const OptionValues& options,
                 bool closed) {
    if (xy.size() >= 6 && smooth_on(options)) {
        if (smooth_raw(options)) {
            svg::append_raw(path, xy);
        } else {
            svg::append_smooth(path, xy);
        }
        if (closed) path.close();
    } else {
        path.polyline(xy, closed);
    }
}

int export_line(CanvasReader& reader, svg::Document& doc, const Item& item) {
    std::optional<svg::Stroke> stroke;
    if (read_stroke(reader, doc, item, "fill", "stipple", stroke) != TCL_OK) return TCL_ERROR;
    if (!stroke || item.xy.size() < 2) return TCL_OK;
    stroke->cap = cap_of(item.options.text("-capstyle"));
    stroke->join = join_of(item.options.text("-joinstyle"));
    // The points as the canvas has them; copied only when arrowheads move the ends.
    std::span<const double> xy = item.xy;
    std::vector<double> adjusted;
    const std::size_t n = xy.size() / 2;
    if (n == 1) {
        // One point: Tk draws a dot as wide as the line.
        svg::PathData dot;
        const double r = stroke->width / 2.0;
        svg::append_ellipse(dot, xy[0] - r, xy[1] - r, xy[0] + r, xy[1] + r);
        doc.path(dot, svg::Paint{stroke->colour, stroke->pattern, false, std::nullopt});
        return TCL_OK;
    }
    const std::string_view arrow = item.options.text("-arrow");
    std::vector<svg::Arrowhead> heads;
    if (arrow == "first" || arrow == "last" || arrow == "both") {
        std::vector<double> shape;
        if (Tcl_Obj* value = item.options.get("-arrowshape"); value != nullptr) {
            if (reader.numbers(value, shape) != TCL_OK) return TCL_ERROR;
        }
        svg::ArrowShape arrow_shape;
        if (shape.size() == 3) arrow_shape = {shape[0], shape[1], shape[2]};
        adjusted.assign(item.xy.begin(), item.xy.end());
        // The head's size follows the width Tk configured the line with.
        if (arrow != "last") {
            const auto head = svg::arrowhead({xy[0], xy[1]}, {xy[2], xy[3]}, arrow_shape, stroke->width);
            adjusted[0] = head.neck.x;
            adjusted[1] = head.neck.y;
            heads.push_back(head);
        }
        if (arrow != "first") {
            // Tk computes the last head from the line as the first head left it.
            const std::size_t last = 2 * (n - 1);
            const auto head = svg::arrowhead({adjusted[last], adjusted[last + 1]},
                                             {adjusted[last - 2], adjusted[last - 1]}, arrow_shape, stroke->width);
            adjusted[last] = head.neck.x;
            adjusted[last + 1] = head.neck.y;
            heads.push_back(head);
        }
        xy = adjusted;
    }
    const svg::Rgb colour = stroke->colour;
    const std::string pattern = stroke->pattern;
    const svg::Paint paint{std::nullopt, {}, false, std::move(stroke)};
    if (xy.size() >= 6 && smooth_on(item.options)) {
        svg::PathData path;
        trace_curve(path, xy, item.options, false);
        doc.path(path, paint);
    } else {
        doc.polyline(xy, false, paint);  // the common case, and the long one
    }
    for (const auto& head : heads) {
        svg::PathData polygon;
        polygon.move(head.polygon[0].x, head.polygon[0].y);
        for (std::size_t i = 1; i < head.polygon.size(); ++i) polygon.line(head.polygon[i].x, head.polygon[i].y);
        polygon.close();
        doc.path(polygon, svg::Paint{colour, pattern, false, std::nullopt});
    }
    return TCL_OK;
}

int export_polygon(CanvasReader& reader, svg::Document& doc, const Item& item) {
    svg::Paint paint;
    if (read_fill(reader, doc, item, paint) != TCL_OK) return TCL_ERROR;
    if (read_stroke(reader, doc, item, "outline", "outlinestipple", paint.stroke) != TCL_OK) return TCL_ERROR;
    if (item.xy.size() < 4) return TCL_OK;
    paint.even_odd = true;  // X fills polygons by the even-odd rule
    if (paint.stroke) {
        paint.stroke->join = join_of(item.options.text("-joinstyle"));
        paint.stroke->cap = svg::Cap::round;
    }
    std::vector<double> xy = item.xy;
    // Tk closes the ring itself when the last point differs from the first.
    if (xy[0] != xy[xy.size() - 2] || xy[1] != xy[xy.size() - 1]) {
        xy.push_back(xy[0]);
        xy.push_back(xy[1]);
    }
    svg::PathData path;
    trace_curve(path, xy, item.options, true);
    doc.path(path, paint);
    return TCL_OK;
}

// Rectangle, oval and arc: a box x1 y1 x2 y2 with fill and outline.
int export_boxed(CanvasReader& reader, svg::Document& doc, const Item& item, std::string_view type) {
    if (item.xy.size() != 4) return TCL_OK;
    svg::Paint paint;
    if (read_fill(reader, doc, item, paint) != TCL_OK) return TCL_ERROR;
    if (read_stroke(reader, doc, item, "outline", "outlinestipple", paint.stroke) != TCL_OK) return TCL_ERROR;
    const double x1 = std::min(item.xy[0], item.xy[2]), x2 = std::max(item.xy[0], item.xy[2]);
    const double y1 = std::min(item.xy[1], item.xy[3]), y2 = std::max(item.xy[1], item.xy[3]);
    svg::PathData path;
    if (type == "rectangle") {
        // Tk strokes the rectangle on its coordinates, mitred, as its PostScript does.
        path.move(x1, y1);
        path.line(x2, y1);
        path.line(x2, y2);
        path.line(x1, y2);
        path.close();
        doc.path(path, paint);
        return TCL_OK;
    }
    if (type == "oval") {
        svg::append_ellipse(path, x1, y1, x2, y2);
        doc.path(path, paint);
        return TCL_OK;
    }
    double start = 0.0, extent = 90.0;
    if (reader.number_in(item.options.get("-start"), "-start", start) != TCL_OK ||
        reader.number_in(item.options.get("-extent"), "-extent", extent) != TCL_OK) {
        return TCL_ERROR;
    }
    const std::string_view style_name = item.options.text("-style");
    const svg::ArcStyle style = style_name == "chord" ? svg::ArcStyle::chord
                                : style_name == "arc" ? svg::ArcStyle::arc
                                                      : svg::ArcStyle::pieslice;
    // As Tk draws an arc: the filled shape, then the curve (butt ends), then
    // the straight edges, which Tk draws solid even when the outline is dashed.
    if (paint.fill && style != svg::ArcStyle::arc) {
        svg::append_arc(path, x1, y1, x2, y2, start, extent, style);
        doc.path(path, svg::Paint{paint.fill, paint.fill_pattern, false, std::nullopt});
    }
    if (!paint.stroke) return TCL_OK;
    svg::PathData curve;
    svg::append_arc(curve, x1, y1, x2, y2, start, extent, svg::ArcStyle::arc);
    paint.stroke->cap = svg::Cap::butt;
    doc.path(curve, svg::Paint{std::nullopt, {}, false, paint.stroke});
    svg::PathData edges;
    svg::append_arc_edges(edges, x1, y1, x2, y2, start, extent, style);
    paint.stroke->dash.clear();
    doc.path(edges, svg::Paint{std::nullopt, {}, false, paint.stroke});
    return TCL_OK;
}

// A character range of a Tcl value, as text (Tcl's own UTF-8).
std::string char_range(Tcl_Obj* text, Tcl_Size first, Tcl_Size last) {
    if (last < first) return {};
    ObjRef piece(Tcl_GetRange(text, first, last));
    return std::string(text_of(piece.get()));
}

int export_text(CanvasReader& reader, svg::Document& doc, const Item& item) {
    if (item.xy.size() < 2) return TCL_OK;
    std::optional<svg::Rgb> colour;
    if (reader.colour(pick(item, "fill"), colour) != TCL_OK) return TCL_ERROR;
    Tcl_Obj* text = item.options.get("-text");
    if (!colour || text == nullptr || Tcl_GetCharLength(text) == 0) return TCL_OK;
    Tcl_Obj* font = item.options.get("-font");
    const FontInfo* info = nullptr;
    if (reader.font(font, info) != TCL_OK) return TCL_ERROR;

    svg::TextBlock block;
    block.x = item.xy[0];
    block.y = item.xy[1];
    block.anchor = anchor_of(item.options.text("-anchor"));
    const std::string_view justify = item.options.text("-justify");
    block.justify = justify == "center" ? svg::Justify::center
                    : justify == "right" ? svg::Justify::right
                                         : svg::Justify::left;
    if (Tcl_Obj* angle = item.options.get("-angle"); angle != nullptr) {
        Tcl_GetDoubleFromObj(nullptr, angle, &block.angle);
    }
    block.font = info->font;
    block.ascent = info->ascent;
    block.line_height = info->line_height;
    block.colour = *colour;

    // One line unless the text holds a newline or wraps at -width.
    double wrap = 0.0;
    if (Tcl_Obj* width = item.options.get("-width"); width && reader.pixels(width, wrap) != TCL_OK) {
        return TCL_ERROR;
    }
    const Tcl_Size length = Tcl_GetCharLength(text);
    std::vector<Tcl_Size> starts{0};
    if (wrap > 0.0 || text_of(text).find('\n') != std::string_view::npos) {
        if (reader.line_starts(item.options, font, info->line_height, starts) != TCL_OK) return TCL_ERROR;
    }
    // -underline: a character index (Tk 9 shows none as "", Tk 8.6 as -1).
    Tcl_WideInt underline = -1;
    if (Tcl_Obj* value = item.options.get("-underline");
        value == nullptr || Tcl_GetWideIntFromObj(nullptr, value, &underline) != TCL_OK) {
        underline = -1;
    }
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const Tcl_Size end = i + 1 < starts.size() ? starts[i + 1] : length;
        std::string line = char_range(text, starts[i], end - 1);
        if (underline >= starts[i] && underline < end) {
            const auto at = static_cast<Tcl_Size>(underline);
            block.underline_line = i;
            block.underline_begin = char_range(text, starts[i], at - 1).size();
            block.underline_end = block.underline_begin + char_range(text, at, at).size();
        }
        // The newline or space Tk broke at is not drawn.
        while (!line.empty() && (line.back() == '\n' || line.back() == ' ' || line.back() == '\t')) {
            line.pop_back();
        }
        ObjRef line_obj = word(line);
        double line_width = 0.0;
        if (!line.empty() && reader.measure(font, line_obj.get(), line_width) != TCL_OK) return TCL_ERROR;
        block.width = std::max(block.width, line_width);
        block.lines.push_back(std::move(line));
    }
    doc.text(block);
    return TCL_OK;
}

// Bits as a PNG in two colours (set: foreground; clear: background, or
// see-through when there is none), placed at its anchor.
void place_bits(svg::Document& doc, const Item& item, int width, int height, const std::vector<bool>& bits,
                const std::optional<svg::Rgb>& foreground, const std::optional<svg::Rgb>& background) {
    std::vector<std::uint8_t> rgba(bits.size() * 4, 0);
    for (std::size_t i = 0; i < bits.size(); ++i) {
        const std::optional<svg::Rgb>& colour = bits[i] ? foreground : background;
        if (!colour) continue;
        rgba[4 * i] = colour->r;
        rgba[4 * i + 1] = colour->g;
        rgba[4 * i + 2] = colour->b;
        rgba[4 * i + 3] = 255;
    }
    const auto png = svg::encode_png_rgba(static_cast<std::uint32_t>(width), static_cast<std::uint32_t>(height), rgba);
    const svg::XY corner = svg::anchored_top_left(anchor_of(item.options.text("-anchor")), item.xy[0],
                                                  item.xy[1], width, height);
    doc.png_image(std::floor(corner.x), std::floor(corner.y), width, height, png);
}

int export_image(CanvasReader& reader, svg::Document& doc, const Item& item) {
    if (item.xy.size() < 2) return TCL_OK;
    Tcl_Obj* image = pick(item, "image");
    if (image == nullptr || Tcl_GetCharLength(image) == 0) return TCL_OK;
    ObjRef png;
    double width = 0.0, height = 0.0;
    std::string image_type;
    if (reader.photo_png(image, png, width, height, image_type) != TCL_OK) return TCL_ERROR;
    const svg::XY corner = svg::anchored_top_left(anchor_of(item.options.text("-anchor")), item.xy[0],
                                                  item.xy[1], width, height);
    if (!png) {
        if (image_type == "bitmap") {
            int w = 0, h = 0;
            std::vector<bool> bits;
            std::optional<svg::Rgb> foreground, background;
            if (reader.bitmap_bits("image", image, w, h, bits) != TCL_OK ||
                reader.bitmap_image_colours(image, foreground, background) != TCL_OK) {
                return TCL_ERROR;
            }
            if (!bits.empty()) {
                place_bits(doc, item, w, h, bits, foreground, background);
                return TCL_OK;
            }
        }
        doc.placeholder("image " + std::string(text_of(item.id)),
                        "image " + std::string(text_of(image)) + " of type " + image_type + ": not drawn");
        return TCL_OK;
    }
    Tcl_Size size = 0;
    const unsigned char* bytes = Tcl_GetByteArrayFromObj(png.get(), &size);
    if (bytes == nullptr) {
        return bridge::set_error(reader.interp(), "cannot export image " + bridge::quoted(image) +
                                                      ": its PNG data is not bytes",
                                 {"SVG", "IMAGE"});
    }
    doc.png_image(std::floor(corner.x), std::floor(corner.y), width, height,
                  {bytes, static_cast<std::size_t>(size)});
    return TCL_OK;
}

int export_bitmap(CanvasReader& reader, svg::Document& doc, const Item& item) {
    if (item.xy.size() < 2) return TCL_OK;
    Tcl_Obj* bitmap = pick(item, "bitmap");
    if (bitmap == nullptr || Tcl_GetCharLength(bitmap) == 0) return TCL_OK;
    std::optional<svg::Rgb> foreground, background;
    if (reader.colour(pick(item, "foreground"), foreground) != TCL_OK ||
        reader.colour(pick(item, "background"), background) != TCL_OK) {
        return TCL_ERROR;
    }
    int width = 0, height = 0;
    std::vector<bool> bits;
    if (reader.bitmap_bits("bitmap", bitmap, width, height, bits) != TCL_OK) return TCL_ERROR;
    if (bits.empty()) {
        doc.placeholder("bitmap " + std::string(text_of(item.id)),
                        "bitmap " + std::string(text_of(bitmap)) + ": its bits could not be read, not drawn");
        return TCL_OK;
    }
    place_bits(doc, item, width, height, bits, foreground, background);
    return TCL_OK;
}

// Draws one item; unknown types become a commented placeholder.
int export_item(CanvasReader& reader, svg::Document& doc, const Item& item, const std::string& type) {
    if (type == "line") return export_line(reader, doc, item);
    if (type == "polygon") return export_polygon(reader, doc, item);
    if (type == "rectangle" || type == "oval" || type == "arc") return export_boxed(reader, doc, item, type);
    if (type == "text") return export_text(reader, doc, item);
    if (type == "image") return export_image(reader, doc, item);
    if (type == "bitmap") return export_bitmap(reader, doc, item);
    const std::string id(text_of(item.id));
    if (type == "window") {
        doc.placeholder("window " + id, "window item " + id + " (" +
                                            std::string(item.options.text("-window")) +
                                            "): a widget, not drawn");
        return TCL_OK;
    }
    doc.placeholder(type + " " + id, "item type " + type + " is not exported");
    return TCL_OK;
}

// ---- The command --------------------------------------------------------------

struct Options {
    Tcl_Obj* file = nullptr;
    Tcl_Obj* items = nullptr;
    std::array<Tcl_Obj*, 4> region{};  // -x -y -width -height; null: the default
};

int read_options(Tcl_Interp* interp, int objc, Tcl_Obj* const objv[], Options& options) {
    static const char* const names[] = {"-file", "-height", "-items", "-width", "-x", "-y", nullptr};
    enum { FILE_, HEIGHT, ITEMS, WIDTH, X, Y };
    for (int i = 2; i < objc; i += 2) {
        int index = 0;
        if (Tcl_GetIndexFromObj(interp, objv[i], names, "option", 0, &index) != TCL_OK) return TCL_ERROR;
        if (i + 1 >= objc) {
            return bridge::set_error(interp, std::string("value for \"") + names[index] + "\" missing",
                                     {"SVG", "VALUE"});
        }
        Tcl_Obj* value = objv[i + 1];
        switch (index) {
            case FILE_: options.file = value; break;
            case ITEMS: options.items = value; break;
            case X: options.region[0] = value; break;
            case Y: options.region[1] = value; break;
            case WIDTH: options.region[2] = value; break;
            case HEIGHT: options.region[3] = value; break;
        }
    }
    return TCL_OK;
}

// The exported region, as postscript takes it: -x/-y default to the visible
// area's top-left (canvasx 0, canvasy 0), -width/-height to the window's size;
// values are screen distances, rounded to whole pixels as Tk rounds them.
int read_region(CanvasReader& reader, const Options& options, std::array<double, 4>& region) {
    Tcl_Interp* interp = reader.interp();
    static const char* const defaults[][3] = {
        {"canvasx", "0", nullptr}, {"canvasy", "0", nullptr}, {"winfo", "width", ""}, {"winfo", "height", ""}};
    static const char* const option_names[] = {"-x", "-y", "-width", "-height"};
    for (std::size_t i = 0; i < 4; ++i) {
        if (Tcl_Obj* value = options.region[i]; value != nullptr) {
            ObjRef winfo = word("winfo"), pixels = word("pixels");
            if (reader.run({winfo.get(), pixels.get(), reader.path(), value}) != TCL_OK) {
                return bridge::set_error(interp, std::string("bad ") + option_names[i] + " value " +
                                                     bridge::quoted(value) + ": expected a screen distance",
                                         {"SVG", "VALUE"});
            }
        } else if (i < 2) {
            ObjRef sub = word(defaults[i][0]), zero = word(defaults[i][1]);
            if (reader.widget({sub.get(), zero.get()}) != TCL_OK) return TCL_ERROR;
        } else {
            ObjRef winfo = word("winfo"), what = word(defaults[i][1]);
            if (reader.run({winfo.get(), what.get(), reader.path()}) != TCL_OK) return TCL_ERROR;
        }
        if (Tcl_GetDoubleFromObj(interp, reader.result(), &region[i]) != TCL_OK) return TCL_ERROR;
    }
    if (region[2] <= 0 || region[3] <= 0) {
        return bridge::set_error(interp, "the region to export is empty: width " +
                                             std::to_string(static_cast<long>(region[2])) + ", height " +
                                             std::to_string(static_cast<long>(region[3])),
                                 {"SVG", "REGION"});
    }
    return TCL_OK;
}

int build_document(CanvasReader& reader, const Options& options, std::string& out) {
    Tcl_Interp* interp = reader.interp();
    std::array<double, 4> region{};
    if (read_region(reader, options, region) != TCL_OK) return TCL_ERROR;
    svg::Document doc(region[0], region[1], region[2], region[3]);
    reader.origin_x = region[0];
    reader.origin_y = region[1];

    ObjRef background, canvas_state;
    if (reader.canvas_option("-background", background) != TCL_OK) return TCL_ERROR;
    if (reader.canvas_option("-state", canvas_state) != TCL_OK) return TCL_ERROR;
    std::optional<svg::Rgb> back;
    if (reader.colour(background.get(), back) != TCL_OK) return TCL_ERROR;
    if (back) doc.background(*back);
    const bool canvas_disabled = text_of(canvas_state.get()) == "disabled";

    std::string current;
    if (reader.current_item(current) != TCL_OK) return TCL_ERROR;

    ObjRef all = word("all");
    std::vector<ObjRef> ids;
    if (reader.find(options.items ? options.items : all.get(), ids) != TCL_OK) return TCL_ERROR;
    OptionValues item_options;
    std::vector<double> xy;
    std::string type;
    for (const ObjRef& id : ids) {
        if (reader.options(id.get(), item_options) != TCL_OK) return TCL_ERROR;
        const std::string_view state = item_options.text("-state");
        if (state == "hidden" || (state.empty() && text_of(canvas_state.get()) == "hidden")) continue;
        if (reader.type(id.get(), type) != TCL_OK) return TCL_ERROR;
        if (reader.coords(id.get(), xy) != TCL_OK) return TCL_ERROR;
        Look look = Look::normal;
        if (!current.empty() && text_of(id.get()) == current) {
            look = Look::active;
        } else if (state == "disabled" || (state.empty() && canvas_disabled)) {
            look = Look::disabled;
        }
        const Item item{id.get(), item_options, look, xy};
        if (export_item(reader, doc, item, type) != TCL_OK) return TCL_ERROR;
    }
    out = doc.finish();
    Tcl_ResetResult(interp);
    return TCL_OK;
}

// Writes `document` to `file` through a temporary file beside it, renamed
// over it once complete; on any failure the temporary file is removed and
// `file` is untouched.
int write_file(Tcl_Interp* interp, Tcl_Obj* file, const std::string& document) {
    const std::string target(text_of(file));
    // `file rename` would move the document into a directory of that name.
    ObjRef file_word = word("file"), isdirectory = word("isdirectory");
    std::array<Tcl_Obj*, 3> check{file_word.get(), isdirectory.get(), file};
    int directory = 0;
    if (Tcl_EvalObjv(interp, static_cast<Tcl_Size>(check.size()), check.data(), TCL_EVAL_GLOBAL) != TCL_OK ||
        Tcl_GetBooleanFromObj(interp, Tcl_GetObjResult(interp), &directory) != TCL_OK) {
        return TCL_ERROR;
    }
    if (directory) {
        return bridge::set_error(interp, "cannot write " + bridge::quoted(file) + ": it is a directory",
                                 {"SVG", "FILE"});
    }
    static std::atomic<unsigned long> serial{0};  // distinct names for exports in one process
    std::string temporary;
    Tcl_Channel channel = nullptr;
    ObjRef temporary_obj;
    for (int attempt = 0; attempt < 100 && channel == nullptr; ++attempt) {
        temporary = target + ".tkext-svg-" + std::to_string(++serial) + ".tmp";
        temporary_obj = word(temporary);
        channel = Tcl_FSOpenFileChannel(interp, temporary_obj.get(), "WRONLY CREAT EXCL", 0666);
        if (channel == nullptr && Tcl_GetErrno() != EEXIST) break;
    }
    if (channel == nullptr) {
        return bridge::set_error(interp, "cannot write " + bridge::quoted(file) + ": " +
                                             Tcl_PosixError(interp),
                                 {"SVG", "FILE"});
    }
    auto fail = [&](const std::string& why) {
        Tcl_FSDeleteFile(temporary_obj.get());
        return bridge::set_error(interp, "cannot write " + bridge::quoted(file) + ": " + why, {"SVG", "FILE"});
    };
    Tcl_SetChannelOption(nullptr, channel, "-encoding", "utf-8");
    Tcl_SetChannelOption(nullptr, channel, "-translation", "lf");
    const Tcl_Size written = Tcl_WriteChars(channel, document.data(), static_cast<Tcl_Size>(document.size()));
    const bool write_failed = written < 0;
    const std::string write_error = write_failed ? Tcl_ErrnoMsg(Tcl_GetErrno()) : "";
    if (Tcl_Close(interp, channel) != TCL_OK || write_failed) {
        return fail(write_failed ? write_error : std::string(text_of(Tcl_GetObjResult(interp))));
    }
    // `file rename -force`: replaces the target where the platform's rename
    // alone would refuse to.
    ObjRef rename = word("rename"), force = word("-force");
    std::array<Tcl_Obj*, 5> words{file_word.get(), rename.get(), force.get(), temporary_obj.get(), file};
    if (Tcl_EvalObjv(interp, static_cast<Tcl_Size>(words.size()), words.data(), TCL_EVAL_GLOBAL) != TCL_OK) {
        return fail(std::string(text_of(Tcl_GetObjResult(interp))));
    }
    Tcl_ResetResult(interp);
    return TCL_OK;
}

bool is_canvas(Tcl_Interp* interp, Tcl_Obj* path) {
    Tk_Window main = Tk_MainWindow(interp);
    Tk_Window window = main ? Tk_NameToWindow(interp, Tcl_GetString(path), main) : nullptr;
    Tcl_ResetResult(interp);
    return window != nullptr && std::strcmp(Tk_Class(window), "Canvas") == 0;
}

}  // namespace

int svg_command(ClientData data, Tcl_Interp* interp, int objc, Tcl_Obj* const objv[]) {
    auto& state = *static_cast<bridge::InterpState*>(data);
    if (objc < 2) {
        Tcl_WrongNumArgs(interp, 1, objv, "pathName ?-option value ...?");
        return TCL_ERROR;
    }
    if (state.require_tk("tkext::svg") != TCL_OK) return TCL_ERROR;
    return bridge::run_guarded(interp, [&] {
        Options options;
        if (read_options(interp, objc, objv, options) != TCL_OK) return TCL_ERROR;
        if (options.file != nullptr && Tcl_IsSafe(interp)) {
            return bridge::set_error(interp, "-file is not allowed in a safe interpreter", {"SVG", "SAFE"});
        }
        if (!is_canvas(interp, objv[1])) {
            return bridge::set_error(interp, bridge::quoted(objv[1]) + " is not a canvas",
                                     {"SVG", "NOTCANVAS"});
        }
        const CanvasTarget target = CanvasTarget::for_path(state, objv[1]);
        std::string document;
        {
            CanvasReader reader(target, objv[1]);
            if (build_document(reader, options, document) != TCL_OK) return TCL_ERROR;
        }
        if (options.file != nullptr) return write_file(interp, options.file, document);
        Tcl_SetObjResult(interp, Tcl_NewStringObj(document.data(), static_cast<Tcl_Size>(document.size())));
        return TCL_OK;
    });
}

}  // namespace tkext::commands

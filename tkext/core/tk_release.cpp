// tk_release.cpp — per-release behaviour from a Tk version (see tk_release.hpp).
#include "tk_release.hpp"

#include <array>
#include <charconv>

namespace tkext::core {

TkRelease tk_release(int major, int minor, int patch) {
    TkRelease release;
    release.major = major;
    release.minor = minor;
    release.patch = patch;
    release.distance_dialect = dialect_for_tk(major, minor, patch);
    release.has_rotate = major >= 9;
    release.ints_must_fit_int32 = major == 8 && minor == 6 && patch <= 17;
    return release;
}

TkRelease tk_release(std::string_view version) {
    std::array<int, 3> parts{0, 0, 0};
    const char* at = version.data();
    const char* const end = version.data() + version.size();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto [next, error] = std::from_chars(at, end, parts[i]);
        if (error != std::errc()) {
            if (i == 0) return tk_release(8, 6, 0);
            break;
        }
        at = next;
        if (at == end || *at != '.') break;
        ++at;
    }
    return tk_release(parts[0], parts[1], parts[2]);
}

}  // namespace tkext::core

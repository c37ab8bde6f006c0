// finite_values.cpp — finiteness of runs of doubles (see finite_values.hpp).
#include "finite_values.hpp"

#include <cstddef>
#include <cstring>

namespace tkext::core {

bool all_finite(std::span<const double> values) {
    // x - x is 0 for every finite x and NaN for NaN and the infinities, and a
    // NaN survives any sum: so the values are all finite exactly when these
    // sums are all 0.  Kept in sixteen lanes (eight two-wide vectors, GCC's
    // and clang's vector extension), since compilers will not vectorise a
    // floating-point reduction themselves, and with fewer sums each addition
    // waits for the one before in its lane.
    using Pair = double __attribute__((vector_size(16)));
    constexpr std::size_t pairs = 8;
    Pair sums[pairs] = {};
    const std::size_t n = values.size();
    const double* v = values.data();
    std::size_t i = 0;
    for (; i + 2 * pairs <= n; i += 2 * pairs) {
        for (std::size_t k = 0; k < pairs; ++k) {
            Pair pair;
            std::memcpy(&pair, v + i + 2 * k, sizeof pair);
            sums[k] += pair - pair;
        }
    }
    double tail = 0.0;
    for (; i < n; ++i) tail += v[i] - v[i];
    Pair total = sums[0];
    for (std::size_t k = 1; k < pairs; ++k) total += sums[k];
    return total[0] == 0.0 && total[1] == 0.0 && tail == 0.0;
}

}  // namespace tkext::core

// finite_values.cpp — finiteness of runs of doubles (see finite_values.hpp).
#include "finite_values.hpp"

#include <cstddef>
#include <cstring>

namespace tkext::core {

bool all_finite(std::span<const double> values) {
    // x - x is 0 for every finite x and NaN for NaN and the infinities, and a
    // NaN survives any sum: so the values are all finite exactly when these
    // sums are all 0.  Kept in eight lanes (four two-wide vectors, GCC's and
    // clang's vector extension), since compilers will not vectorise a
    // floating-point reduction themselves, and on large inputs a scalar pass
    // is a visible part of a call.
    using Pair = double __attribute__((vector_size(16)));
    Pair sums[4] = {};
    const std::size_t n = values.size();
    const double* v = values.data();
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        for (int k = 0; k < 4; ++k) {
            Pair pair;
            std::memcpy(&pair, v + i + 2 * k, sizeof pair);
            sums[k] += pair - pair;
        }
    }
    double tail = 0.0;
    for (; i < n; ++i) tail += v[i] - v[i];
    const Pair total = (sums[0] + sums[1]) + (sums[2] + sums[3]);
    return total[0] == 0.0 && total[1] == 0.0 && tail == 0.0;
}

}  // namespace tkext::core

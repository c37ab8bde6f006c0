// coordinate_count.cpp — checking a count against its rule (see coordinate_count.hpp).
#include "coordinate_count.hpp"


namespace tkext::core {

std::optional<std::string> count_problem(CountRule rule, std::size_t count) {
    const std::string got = ", got " + std::to_string(count);
    switch (rule) {
        case CountRule::exactly_2:
            if (count != 2) return "wrong # coordinates: expected 2" + got;
            return std::nullopt;
        case CountRule::exactly_4:
            if (count != 4) return "wrong # coordinates: expected 4" + got;
            return std::nullopt;
        case CountRule::even_at_least_4:
            if (count % 2 != 0) return "wrong # coordinates: expected an even number" + got;
            if (count < 4) return "wrong # coordinates: expected at least 4" + got;
            return std::nullopt;
        case CountRule::any_even:
        case CountRule::even:
            if (count % 2 != 0) return "wrong # coordinates: expected an even number" + got;
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace tkext::core

// item_kinds.cpp — looking item types up in the table (see item_kinds.hpp).
#include "item_kinds.hpp"

#include "prefix_match.hpp"

namespace tkext::core {

const ItemKind& item_kind_named(std::string_view type) {
    for (const ItemKind& kind : item_kinds) {
        if (kind.name == type) return kind;
    }
    return unknown_item_kind;
}

const ItemKind& resolve_item_kind(std::string_view word) {
    static constexpr auto names = [] {
        std::array<const char*, item_kinds.size()> all{};
        for (std::size_t i = 0; i < item_kinds.size(); ++i) all[i] = item_kinds[i].name.data();
        return all;
    }();
    const char* name = resolve_prefix(word, names);
    return name == nullptr ? unknown_item_kind : item_kind_named(name);
}

}  // namespace tkext::core

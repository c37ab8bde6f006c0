// The item table: each Tk item type's rules, and names resolved as Tk does.
#include <gtest/gtest.h>

#include "tkext/core/item_kinds.hpp"

using tkext::core::CountRule;
using tkext::core::item_kind_named;
using tkext::core::resolve_item_kind;
using tkext::core::RotationRule;

TEST(ItemKinds, CountRulesAreTk86s) {
    EXPECT_EQ(item_kind_named("line").count, CountRule::even_at_least_4);
    EXPECT_EQ(item_kind_named("polygon").count, CountRule::any_even);
    for (const char* type : {"rectangle", "oval", "arc"}) {
        EXPECT_EQ(item_kind_named(type).count, CountRule::exactly_4) << type;
    }
    for (const char* type : {"text", "image", "bitmap", "window"}) {
        EXPECT_EQ(item_kind_named(type).count, CountRule::exactly_2) << type;
    }
}

TEST(ItemKinds, BoxesTurnTheirCentreOthersEveryPoint) {
    for (const char* type : {"rectangle", "oval", "arc"}) {
        EXPECT_EQ(item_kind_named(type).rotation, RotationRule::box_centre) << type;
    }
    for (const char* type : {"line", "polygon", "text", "image", "bitmap", "window", "custom"}) {
        EXPECT_EQ(item_kind_named(type).rotation, RotationRule::every_point) << type;
    }
}

TEST(ItemKinds, OnlyLinesAndPolygonsInsertPoints) {
    for (const auto& kind : tkext::core::item_kinds) {
        EXPECT_EQ(kind.insert_takes_points, kind.name == "line" || kind.name == "polygon") << kind.name;
    }
    EXPECT_FALSE(item_kind_named("sprite").insert_takes_points);
}

TEST(ItemKinds, UnknownTypesOnlyNeedPairs) {
    EXPECT_EQ(&item_kind_named("sprite"), &tkext::core::unknown_item_kind);
    EXPECT_EQ(&item_kind_named(""), &tkext::core::unknown_item_kind);
    EXPECT_EQ(item_kind_named("sprite").count, CountRule::even);
    // The answer of "type" is a full name: a prefix is not a kind.
    EXPECT_EQ(&item_kind_named("rect"), &tkext::core::unknown_item_kind);
}

TEST(ItemKinds, NamesResolveByUniquePrefixAsTkCreateDoes) {
    EXPECT_EQ(resolve_item_kind("rect").name, "rectangle");
    EXPECT_EQ(resolve_item_kind("poly").name, "polygon");
    EXPECT_EQ(resolve_item_kind("li").name, "line");
    EXPECT_EQ(resolve_item_kind("line").name, "line");
    EXPECT_EQ(resolve_item_kind("w").name, "window");
    EXPECT_EQ(resolve_item_kind("b").name, "bitmap");
    EXPECT_EQ(resolve_item_kind("rect").count, CountRule::exactly_4);
    // Empty, unknown and longer-than-a-name words are no kind ("o" is oval
    // alone; nothing else here begins with it).
    EXPECT_EQ(resolve_item_kind("o").name, "oval");
    for (const char* word : {"", "x", "lines"}) {
        EXPECT_EQ(&resolve_item_kind(word), &tkext::core::unknown_item_kind) << word;
    }
}

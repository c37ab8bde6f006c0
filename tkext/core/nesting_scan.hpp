// nesting_scan.hpp — how deeply braces nest in a string, measured without parsing it.
//
// Parsing a string as a Tcl list copies each element, so walking a million-deep
// "{{{...}}}" level by level would copy the string once per level.  A single
// linear scan bounds the nesting first, so hostile input is refused in O(n).
#pragma once

#include <cstddef>
#include <string_view>

namespace tkext::core {

// The deepest unescaped brace nesting in `text`: "a {b {c}}" is 2.
// A backslash escapes the next character, as in Tcl list syntax.
// Unbalanced closing braces never drive the depth below zero.
std::size_t max_brace_depth(std::string_view text);

// True when `text` parses as a Tcl list of exactly one element equal to itself,
// judged from its characters alone: non-empty and free of white space, braces,
// double quotes and backslashes.  Such a string is a leaf without any parsing.
bool is_plain_word(std::string_view text);

}  // namespace tkext::core

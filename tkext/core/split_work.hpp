// split_work.hpp — running one large pass over memory on two cores.
//
// Reading 10^5 points out of Tcl objects is bound by how fast one core pulls
// scattered memory in, not by arithmetic: a second core taking part of the
// pass nearly halves it (2*10^5 doubles: 168 us on one core, 88 us on two).
// One helper thread per process, started on first use and then kept, joins
// the calling thread on a range cut into chunks; each thread claims the next
// unclaimed chunk until none is left.
//
// The caller starts at once and never waits for a helper that is slow to
// wake: it waits at most for the one chunk the helper is busy with.  A busy
// machine, a helper that could not be started, another thread already using
// it, or a child forked after the helper started (which never starts one of
// its own) all end the same way: every chunk on the calling thread, exactly
// as without it.
//
// TKEXT_THREADS=1 in the environment (read when the helper would start)
// keeps every pass on the calling thread.
//
// The work must be safe on another thread while the caller waits: reads of
// memory nobody changes meanwhile, writes to memory only that chunk owns, no
// calls into Tcl (beyond read-only accessors), and no exceptions.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>

namespace tkext::core {

// Smaller ranges are done on the calling thread alone: waking the helper
// costs more than it could save there.
inline constexpr std::size_t min_split_size = std::size_t{1} << 15;

// How many chunks a split range is cut into.
inline constexpr int split_chunks = 16;

// One chunk of a split pass: chunk k of split_chunks covers [begin, end);
// together they cover [0, count) in order.  Every chunk is run exactly once,
// on one thread or the other.  The chunks depend only on count, never on
// whether the helper was free (a range under min_split_size is one call with
// chunk 0), so results combined chunk by chunk are the same every time.
using ChunkWork = void (*)(void* context, int chunk, std::size_t begin, std::size_t end);

// Runs every chunk of [0, count) and returns once all are done.
void split_work(std::size_t count, ChunkWork work, void* context);

// The same for any callable work(chunk, begin, end).
template <class Work>
void split_work(std::size_t count, Work& work) {
    split_work(
        count,
        [](void* context, int chunk, std::size_t begin, std::size_t end) {
            (*static_cast<Work*>(context))(chunk, begin, end);
        },
        &work);
}

// Runs passes(begin, end) -> bool on every chunk, as split_work does, and
// says whether every chunk passed (each chunk runs even when another fails).
template <class Check>
bool split_work_all(std::size_t count, Check& passes) {
    std::array<bool, split_chunks> passed;
    passed.fill(true);
    auto run = [&](int chunk, std::size_t begin, std::size_t end) {
        passed[static_cast<std::size_t>(chunk)] = passes(begin, end);
    };
    split_work(count, run);
    return std::all_of(passed.begin(), passed.end(), [](bool ok) { return ok; });
}

}  // namespace tkext::core

// split_work.cpp — the per-process helper thread (see split_work.hpp).
#include "split_work.hpp"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <string_view>
#include <thread>

namespace tkext::core {
namespace {

// Where chunk `chunk` of a split range of `count` begins (chunk split_chunks:
// where the last one ends).
std::size_t chunk_edge(std::size_t count, int chunk) {
    return chunk == split_chunks ? count : count / split_chunks * static_cast<std::size_t>(chunk);
}

// A range being worked on.  The caller claims chunks from the front and the
// helper from the back, so each reads one long run of memory in order (the
// hardware prefetches runs) until the two meet.
struct Split {
    ChunkWork work = nullptr;
    void* context = nullptr;
    std::size_t count = 0;
    // The unclaimed chunks [front, back), packed as front << 32 | back.
    std::atomic<std::uint64_t> unclaimed{split_chunks};
    bool helper_joined = false;                // guarded by Helper::wake_mutex
    std::atomic<bool> helper_finished{false};  // the helper will not touch this again

    std::size_t edge(int chunk) const { return chunk_edge(count, chunk); }
    // The next chunk from the front (or the back), or -1 when none is left.
    int claim(bool from_front) {
        std::uint64_t range = unclaimed.load(std::memory_order_relaxed);
        for (;;) {
            const auto front = static_cast<int>(range >> 32);
            const auto back = static_cast<int>(range & 0xffffffffu);
            if (front >= back) return -1;
            const std::uint64_t rest = from_front ? (std::uint64_t(front + 1) << 32 | unsigned(back))
                                                  : (std::uint64_t(front) << 32 | unsigned(back - 1));
            if (unclaimed.compare_exchange_weak(range, rest, std::memory_order_relaxed)) {
                return from_front ? front : back - 1;
            }
        }
    }
    // Claims and runs chunks until none is left.
    void help(bool from_front) {
        for (int chunk; (chunk = claim(from_front)) >= 0;) {
            work(context, chunk, edge(chunk), edge(chunk + 1));
        }
    }
};

// Never destroyed: the helper thread waits on it until the process ends, and
// a process exits without joining it.
struct Helper {
    std::mutex use;  // one split at a time; a caller that finds it taken works alone
    std::mutex wake_mutex;
    std::condition_variable wake;
    // Changed only under wake_mutex; read without it only to decide whether
    // to take that lock.
    std::atomic<Split*> posted{nullptr};

    // Takes the posted split, if there is one (wake_mutex held).
    Split* take() {
        Split* split = posted.exchange(nullptr, std::memory_order_relaxed);
        if (split != nullptr) split->helper_joined = true;
        return split;
    }

    // A pass often comes in several splits (read the values, then compute),
    // and calls often come in runs: after each split the helper keeps looking
    // for the next one for a short while before it sleeps, as OpenMP's
    // workers do, so that it need not be woken (tens of microseconds).
    Split* next_split() {
        const auto give_up = std::chrono::steady_clock::now() + std::chrono::microseconds(50);
        do {
            for (int i = 0; i < 64; ++i) {
                if (posted.load(std::memory_order_relaxed) != nullptr) {
                    std::lock_guard lock(wake_mutex);
                    if (Split* split = take()) return split;
                }
            }
        } while (std::chrono::steady_clock::now() < give_up);
        std::unique_lock lock(wake_mutex);
        wake.wait(lock, [this] { return posted.load(std::memory_order_relaxed) != nullptr; });
        return take();
    }

    void serve() {
        for (;;) {
            Split* split = next_split();
            split->help(false);
            // The caller waits for this before `split` goes away.
            split->helper_finished.store(true, std::memory_order_release);
        }
    }
};

std::mutex helper_mutex;
Helper* helper = nullptr;
pid_t helper_pid = 0;       // the process that started it: a forked child has no such thread
bool alone = false;  // no helper, ever: TKEXT_THREADS=1, or a thread could not be created

// TKEXT_THREADS=1 in the environment keeps tkext to the calling thread.
bool helper_wanted() {
    const char* setting = std::getenv("TKEXT_THREADS");
    return setting == nullptr || std::string_view(setting) != "1";
}

Helper* the_helper() {
    std::lock_guard lock(helper_mutex);
    if (alone) return nullptr;
    if (helper == nullptr && !helper_wanted()) {
        alone = true;
        return nullptr;
    }
    if (helper != nullptr) {
        // A child forked from a process with a helper works alone: its copy
        // of the helper has no thread, and a forked copy of a threaded
        // process should not start threads of its own.
        return helper_pid == getpid() ? helper : nullptr;
    }
    auto* fresh = new Helper;
    try {
        std::thread([fresh] { fresh->serve(); }).detach();
    } catch (...) {
        delete fresh;
        alone = true;
        return nullptr;
    }
    helper = fresh;
    helper_pid = getpid();
    return helper;
}

}  // namespace

void split_work(std::size_t count, ChunkWork work, void* context) {
    Helper* const h = count >= min_split_size ? the_helper() : nullptr;
    std::unique_lock<std::mutex> use;
    if (h != nullptr) use = std::unique_lock(h->use, std::try_to_lock);
    if (!use.owns_lock()) {
        // Alone, but in the same chunks: a result summed chunk by chunk must
        // not depend on whether the helper was free.
        if (count < min_split_size) {
            work(context, 0, 0, count);
        } else {
            for (int chunk = 0; chunk < split_chunks; ++chunk) {
                work(context, chunk, chunk_edge(count, chunk), chunk_edge(count, chunk + 1));
            }
        }
        return;
    }
    Split split;
    split.work = work;
    split.context = context;
    split.count = count;
    {
        std::lock_guard lock(h->wake_mutex);
        h->posted.store(&split, std::memory_order_relaxed);
    }
    h->wake.notify_one();
    // However this scope is left, the helper lets go of `split` first.
    struct LetGo {
        Helper* h;
        Split& split;
        ~LetGo() {
            bool joined = false;
            {
                // A helper that has not woken yet must not find this split later.
                std::lock_guard lock(h->wake_mutex);
                h->posted.store(nullptr, std::memory_order_relaxed);
                joined = split.helper_joined;
            }
            // Every chunk is claimed; one the helper joined for may still be running.
            for (int spins = 0; joined && !split.helper_finished.load(std::memory_order_acquire); ++spins) {
                if (spins > 2000) std::this_thread::yield();
            }
        }
    } let_go{h, split};
    split.help(true);
}

}  // namespace tkext::core

// split_work: every chunk runs once, in place, whichever thread runs it; the
// caller is never left waiting on a helper that cannot help (busy, another
// caller, a forked child).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <numeric>
#include <thread>
#include <vector>

#include "tkext/core/split_work.hpp"

using namespace tkext::core;

namespace {

struct Ran {
    int chunk;
    std::size_t begin;
    std::size_t end;
};

// Runs a split over `count` and returns its chunks sorted by chunk number,
// after checking every index was visited exactly once.
std::vector<Ran> run_split(std::size_t count) {
    std::vector<std::atomic<int>> visits(count);
    std::vector<Ran> ran(split_chunks, Ran{-1, 0, 0});
    std::atomic<int> calls{0};
    auto work = [&](int chunk, std::size_t begin, std::size_t end) {
        ran[static_cast<std::size_t>(chunk)] = Ran{chunk, begin, end};
        ++calls;
        for (std::size_t i = begin; i < end; ++i) ++visits[i];
    };
    split_work(count, work);
    for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(visits[i].load(), 1) << "index " << i;
    ran.erase(std::remove_if(ran.begin(), ran.end(), [](const Ran& r) { return r.chunk < 0; }),
              ran.end());
    EXPECT_EQ(calls.load(), static_cast<int>(ran.size()));
    return ran;
}

}  // namespace

TEST(SplitWork, SmallRangeIsOneCallOnTheCaller) {
    for (const std::size_t count : {std::size_t{0}, std::size_t{1}, min_split_size - 1}) {
        const auto ran = run_split(count);
        ASSERT_EQ(ran.size(), 1u);
        EXPECT_EQ(ran[0].chunk, 0);
        EXPECT_EQ(ran[0].begin, 0u);
        EXPECT_EQ(ran[0].end, count);
    }
}

TEST(SplitWork, LargeRangeIsEveryChunkOnceInOrder) {
    for (const std::size_t count : {min_split_size, min_split_size + 7, std::size_t{1000003}}) {
        const auto ran = run_split(count);
        ASSERT_EQ(ran.size(), static_cast<std::size_t>(split_chunks));
        std::size_t expected_begin = 0;
        for (int k = 0; k < split_chunks; ++k) {
            EXPECT_EQ(ran[static_cast<std::size_t>(k)].chunk, k);
            EXPECT_EQ(ran[static_cast<std::size_t>(k)].begin, expected_begin);
            EXPECT_GT(ran[static_cast<std::size_t>(k)].end, ran[static_cast<std::size_t>(k)].begin);
            expected_begin = ran[static_cast<std::size_t>(k)].end;
        }
        EXPECT_EQ(expected_begin, count);
    }
}

TEST(SplitWork, TheHelperTakesChunksWhenTheCallerIsSlow) {
    // Chunks that take a millisecond each leave the helper ample time to wake
    // and claim some: otherwise the whole scheme would be silently serial.
    const auto caller = std::this_thread::get_id();
    std::atomic<int> elsewhere{0};
    auto slow = [&](int, std::size_t, std::size_t) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (std::this_thread::get_id() != caller) ++elsewhere;
    };
    for (int attempt = 0; attempt < 5 && elsewhere == 0; ++attempt) split_work(min_split_size, slow);
    EXPECT_GT(elsewhere.load(), 0);
}

TEST(SplitWork, AllPassIsFalseWhenAnyChunkFailsAndEveryChunkStillRuns) {
    for (const std::size_t count : {std::size_t{100}, std::size_t{1} << 18}) {
        for (const std::size_t bad : {std::size_t{0}, count / 2, count - 1}) {
            std::vector<std::atomic<int>> visits(count);
            auto check = [&](std::size_t begin, std::size_t end) {
                for (std::size_t i = begin; i < end; ++i) ++visits[i];
                return !(begin <= bad && bad < end);
            };
            EXPECT_FALSE(split_work_all(count, check)) << count << " " << bad;
            for (std::size_t i = 0; i < count; ++i) ASSERT_EQ(visits[i].load(), 1);
        }
        auto pass = [](std::size_t, std::size_t) { return true; };
        EXPECT_TRUE(split_work_all(count, pass));
    }
}

TEST(SplitWork, ChunksSeeTheCallersWritesAndTheCallerSeesTheirs) {
    // Values written before the split are read by chunks on either thread, and
    // every chunk's writes are visible once split_work returns.
    constexpr std::size_t count = std::size_t{1} << 20;
    for (int round = 0; round < 20; ++round) {
        std::vector<double> in(count), out(count, -1.0);
        std::iota(in.begin(), in.end(), static_cast<double>(round));
        auto twice = [&](int, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) out[i] = 2.0 * in[i];
        };
        split_work(count, twice);
        for (std::size_t i = 0; i < count; i += 4099) ASSERT_EQ(out[i], 2.0 * in[i]);
        ASSERT_EQ(out[count - 1], 2.0 * in[count - 1]);
    }
}

TEST(SplitWork, ConcurrentCallersAllFinishCorrectly) {
    // One helper serves one caller at a time; the others work alone.
    constexpr int callers = 4;
    constexpr std::size_t count = std::size_t{1} << 17;
    std::vector<int> failures(callers, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < callers; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round) {
                std::vector<unsigned> marks(count, 0);
                std::atomic<int> chunks{0};
                auto mark = [&](int, std::size_t begin, std::size_t end) {
                    ++chunks;
                    for (std::size_t i = begin; i < end; ++i) marks[i] += static_cast<unsigned>(i % 7 + 1);
                };
                split_work(count, mark);
                // Helped or alone, the same chunks.
                if (chunks != split_chunks) ++failures[static_cast<std::size_t>(t)];
                for (std::size_t i = 0; i < count; ++i) {
                    if (marks[i] != i % 7 + 1) {
                        ++failures[static_cast<std::size_t>(t)];
                        break;
                    }
                }
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failures, std::vector<int>(callers, 0));
}

TEST(SplitWork, WorksInAForkedChild) {
    // The helper thread does not survive fork(); the child must still get
    // every chunk done (alone), never hang.
    auto sum_split = [] {
        constexpr std::size_t count = std::size_t{1} << 18;
        std::vector<long> chunk_sum(split_chunks, 0);
        auto add = [&](int chunk, std::size_t begin, std::size_t end) {
            long s = 0;
            for (std::size_t i = begin; i < end; ++i) s += static_cast<long>(i);
            chunk_sum[static_cast<std::size_t>(chunk)] = s;
        };
        split_work(count, add);
        return std::accumulate(chunk_sum.begin(), chunk_sum.end(), 0L) ==
               static_cast<long>(count * (count - 1) / 2);
    };
    ASSERT_TRUE(sum_split());  // the parent's helper now exists
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) _exit(sum_split() && sum_split() ? 0 : 1);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

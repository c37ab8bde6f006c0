// Interpreters in several threads at once, each with its own values: the
// per-thread scratch vectors and the per-interpreter reusable objects must
// never be shared.  tkext starts no threads itself; this is what an embedding
// program with one interpreter per thread does.  Meant for ThreadSanitizer
// (scripts/reliability.sh), which reports any access two threads share.
#include <gtest/gtest.h>

#include <array>
#include <thread>
#include <vector>

#include "tkext/core/scratch_vector.hpp"
#include "tkext/bridge/flatten.hpp"
#include "tkext/bridge/number_values.hpp"
#include "tkext/bridge/obj_ref.hpp"
#include "tkext/bridge/obj_types.hpp"
#include "tkext/bridge/reusable_objects.hpp"

using tkext::bridge::ObjRef;

namespace {

constexpr int thread_count = 4;
constexpr int rounds = 8;
// Over max_kept_values, so the kept list is a large one with its timer.
constexpr int values_per_round = 270000;

// One thread's work: its own interpreter reads a list of pairs whose values
// depend on the thread and the round, hands them to the reusable list, reads
// a result byte array, and checks every value it gets back.  Returns the
// number of mismatches.
int run_interpreter(int thread) {
    int mismatches = 0;
    Tcl_Interp* interp = Tcl_CreateInterp();
    const tkext::bridge::ObjTypes types = tkext::bridge::ObjTypes::look_up();
    for (int round = 0; round < rounds; ++round) {
        const double base = thread * 1000.0 + round;
        std::vector<Tcl_Obj*> points;
        points.reserve(values_per_round / 2);
        for (int i = 0; i < values_per_round / 2; ++i) {
            std::array<Tcl_Obj*, 2> xy_pair{Tcl_NewDoubleObj(i + base), Tcl_NewDoubleObj(-i - base)};
            points.push_back(Tcl_NewListObj(2, xy_pair.data()));
        }
        const ObjRef pairs(Tcl_NewListObj(static_cast<Tcl_Size>(points.size()), points.data()));

        tkext::core::Scratch<double> xy;
        if (tkext::bridge::read_coordinate_list(interp, types, pairs.get(), 1, *xy) != TCL_OK) return -1;
        if (xy->size() != std::size_t{values_per_round}) return -1;
        for (std::size_t i = 0; i < xy->size(); i += 2) {
            const double n = static_cast<double>(i / 2) + base;
            if ((*xy)[i] != n || (*xy)[i + 1] != -n) ++mismatches;
        }

        ObjRef list = tkext::bridge::fill_double_list(interp, *xy);
        Tcl_Size count = 0;
        Tcl_Obj** elements = nullptr;
        if (Tcl_ListObjGetElements(nullptr, list.get(), &count, &elements) != TCL_OK) return -1;
        for (Tcl_Size i = 0; i < count; ++i) {
            double value = 0;
            if (Tcl_GetDoubleFromObj(nullptr, elements[i], &value) != TCL_OK ||
                value != (*xy)[static_cast<std::size_t>(i)]) {
                ++mismatches;
            }
        }
        tkext::bridge::release_double_list(interp, std::move(list));

        const ObjRef bytes = tkext::bridge::result_byte_array(interp, xy->size() * sizeof(double));
        Tcl_Size length = 0;
        Tcl_GetByteArrayFromObj(bytes.get(), &length);
        if (static_cast<std::size_t>(length) != xy->size() * sizeof(double)) ++mismatches;
    }
    // Both kept values: the list and the byte array.
    if (tkext::bridge::release_kept_values(interp) != 2 * std::size_t{values_per_round}) ++mismatches;
    Tcl_DeleteInterp(interp);
    Tcl_FinalizeThread();
    return mismatches;
}

}  // namespace

TEST(ThreadsTest, InterpretersInSeveralThreadsKeepTheirOwnValues) {
    std::array<int, thread_count> mismatches{};
    std::vector<std::thread> threads;
    for (int t = 0; t < thread_count; ++t) {
        threads.emplace_back([&mismatches, t] { mismatches[static_cast<std::size_t>(t)] = run_interpreter(t); });
    }
    for (std::thread& thread : threads) thread.join();
    for (int t = 0; t < thread_count; ++t) {
        EXPECT_EQ(mismatches[static_cast<std::size_t>(t)], 0) << "thread " << t;
    }
}

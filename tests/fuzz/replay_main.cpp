// replay_main.cpp — the main() a fuzz target gets when it is built without
// libFuzzer (TKEXT_FUZZ off): runs LLVMFuzzerTestOneInput once on each file
// named on the command line, as libFuzzer does when given files, so the
// stored seed and crash inputs (corpus/<target>/) are an ordinary test in any
// build.  Each input is copied into a buffer of exactly its size, as
// libFuzzer does, so reading past it is as wrong here as there.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
// Defined by the targets that set up once (fuzz_oracle), absent elsewhere.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

int main(int argc, char** argv) {
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s input ?input ...?\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; ++i) {
        std::ifstream file(argv[i], std::ios::binary);
        if (!file) {
            std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[i]);
            return 2;
        }
        const std::vector<char> bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
        const std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[bytes.size()]);
        std::copy(bytes.begin(), bytes.end(), exact.get());
        std::printf("Running: %s (%zu bytes)\n", argv[i], bytes.size());
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(exact.get(), bytes.size());
    }
    std::printf("replayed %d inputs, no failure\n", argc - 1);
    return 0;
}

// Replays a fuzz corpus as an ordinary test, without libFuzzer: every file given, or under
// the folders given, goes to the harness's LLVMFuzzerTestOneInput once, in name order. A crash,
// a sanitizer report or a broken expectation (which aborts) fails the test; so does a
// corpus with no files, since replaying nothing would prove nothing.
#include "fuzzcheck.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char *argv[])
{
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        // A single file too, as libFuzzer takes one: the way to rerun one crash.
        if (!fs::is_directory(argv[i])) {
            files.emplace_back(argv[i]);
            continue;
        }
        for (const auto &entry : fs::recursive_directory_iterator(argv[i])) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "no corpus files found\n");
        return 1;
    }
    for (const fs::path &file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: cannot be read\n", file.c_str());
            return 1;
        }
        const std::vector<char> bytes {std::istreambuf_iterator<char>(in),
                                       std::istreambuf_iterator<char>()};
        // The harness gets a buffer of exactly the file's size, never a null pointer (as from
        // libFuzzer), so that the sanitizers see a read past the end as they would there.
        const std::unique_ptr<std::uint8_t[]> input(new std::uint8_t[bytes.size()]);
        std::copy(bytes.begin(), bytes.end(), input.get());
        LLVMFuzzerTestOneInput(input.get(), bytes.size());
    }
    std::printf("%zu corpus files replayed without a crash\n", files.size());
    return 0;
}

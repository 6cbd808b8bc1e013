#pragma once

#include "domain/messagetext.h"
#include "domain/result.h"

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The entry point every harness defines: libFuzzer calls it in the fuzz build, and
// replaymain.cpp calls it with each corpus file in the ordinary suite.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// A promise of a reader, checked on every input. A broken one aborts, so that libFuzzer
// keeps the input as a crash and the corpus replay fails on it, just as for a memory error.
#define FUZZ_EXPECT(condition)                                                                     \
    ((condition) ? void() : tenet::fuzz::expectationFailed(#condition, __FILE__, __LINE__))

namespace tenet::fuzz {

[[noreturn]] inline void expectationFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: expectation failed: %s\n", file, line, condition);
    std::abort();
}

// What a reader promises of a refusal: at least one error, the first of them the one the
// result holds, each naming the file it read and already on one line: the readers escape
// what they quote, so that the desktop's message boxes show one line as the CLI does.
template<typename T>
void expectRefusal(const domain::Result<T> &result, const QList<domain::Error> &allErrors,
                   const QString &fileLabel)
{
    FUZZ_EXPECT(!allErrors.isEmpty());
    FUZZ_EXPECT(allErrors.constFirst() == result.error());
    for (const domain::Error &error : allErrors) {
        FUZZ_EXPECT(!error.message.isEmpty());
        FUZZ_EXPECT(error.where.startsWith(fileLabel));
        const QString line = error.toString();
        FUZZ_EXPECT(domain::escapeForMessage(line) == line);
    }
}

} // namespace tenet::fuzz

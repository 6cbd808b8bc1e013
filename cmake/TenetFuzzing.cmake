# The fuzz build (TENET_BUILD_FUZZERS, scripts/fuzz): libFuzzer needs clang, and every
# library the harnesses reach is built with its coverage and with AddressSanitizer and UBSan,
# so that a finding is an exact place in Tenet's code rather than a guess.
if(TENET_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TENET_BUILD_FUZZERS needs clang and libFuzzer "
                            "(-DCMAKE_CXX_COMPILER=clang++); scripts/fuzz configures it")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

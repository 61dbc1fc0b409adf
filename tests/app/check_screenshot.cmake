# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `pipescope --screenshot=OUTPUT --lang=LANG [EXTRA...]` and checks that it exits 0 and leaves a PNG of the
# 1280x800 window.
# Usage: cmake -DPIPESCOPE=... -DLANG=en -DOUTPUT=out.png [-DEXTRA=--step=6,--scenario=devnull] -P check_screenshot.cmake
foreach(var PIPESCOPE LANG OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_screenshot: ${var} not given")
    endif()
endforeach()

# EXTRA comes comma-separated: a ';' would not survive add_test.
string(REPLACE "," ";" EXTRA "${EXTRA}")
file(REMOVE "${OUTPUT}")
execute_process(
    COMMAND "${PIPESCOPE}" "--lang=${LANG}" "--screenshot=${OUTPUT}" ${EXTRA}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err
    TIMEOUT 50)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "pipescope --screenshot exited with '${status}':\n${out}${err}")
endif()
if(NOT EXISTS "${OUTPUT}")
    message(FATAL_ERROR "pipescope --screenshot exited 0 but wrote no ${OUTPUT}")
endif()
file(SIZE "${OUTPUT}" size)
file(READ "${OUTPUT}" signature LIMIT 8 HEX)
if(size LESS 1000 OR NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${OUTPUT} is not a PNG of a window (${size} bytes, starts with ${signature})")
endif()
# The PNG header holds the size: width and height, 4 bytes each, from byte 16.
file(READ "${OUTPUT}" dimensions OFFSET 16 LIMIT 8 HEX)
if(NOT dimensions STREQUAL "0000050000000320")
    message(FATAL_ERROR "${OUTPUT} is not 1280x800 (IHDR ${dimensions}): something forces the window wider or taller")
endif()
message(STATUS "${OUTPUT}: ${size} bytes")

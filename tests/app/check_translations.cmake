# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the application's sources into temporary copies of the .ts files, so the committed files stay
# untouched, and fails when the Chinese translation misses a string (unfinished or empty) or keeps one whose source
# is gone (vanished/obsolete). The English file only has to be free of vanished entries: an untranslated English
# string shows its source text, which is English already.
# Usage: cmake -DLUPDATE=... -DINPUTS=inputs.cmake -DWORK_DIR=dir -P check_translations.cmake
# (INPUTS sets TR_SOURCES and TS_FILES.)
foreach(var LUPDATE INPUTS WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations: ${var} not given")
    endif()
endforeach()
include("${INPUTS}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts ${TS_FILES})
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" -silent ${TR_SOURCES} -ts ${copies}
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${out}${err}")
endif()

set(problems "")
foreach(copy ${copies})
    get_filename_component(name "${copy}" NAME)
    file(READ "${copy}" content)
    # One list item per message; the file's own semicolons must not split it.
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "<message" ";<message" messages "${content}")
    list(REMOVE_AT messages 0)
    string(FIND "${name}" "zh_CN" is_chinese)
    foreach(message ${messages})
        string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
        string(REPLACE "<semicolon>" ";" source "${CMAKE_MATCH_1}")
        set(reason "")
        if(message MATCHES "type=\"(vanished|obsolete)\"")
            set(reason "${CMAKE_MATCH_1}, its source text is gone")
        elseif(is_chinese GREATER -1)
            if(message MATCHES "type=\"unfinished\"")
                set(reason "not translated")
            elseif(message MATCHES "<translation>[ \t\r\n]*</translation>|<translation/>|<numerusform>[ \t\r\n]*</numerusform>")
                set(reason "empty translation")
            endif()
        endif()
        if(reason)
            string(APPEND problems "  ${name}: ${reason}: \"${source}\"\n")
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "translations are out of date with the sources:\n${problems}"
        "Update them with `cmake --build build/dev --target update_translations` (it drops vanished entries), "
        "then translate the new ones in Linguist: /usr/lib/qt6/bin/linguist translations/pipescope_zh_CN.ts")
endif()
message(STATUS "translations: complete")

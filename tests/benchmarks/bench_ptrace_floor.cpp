// SPDX-License-Identifier: GPL-3.0-or-later
// The least a recorder of pipescope-trace watch's design can cost: the program runs under ptrace with the very
// seccomp filter a recording installs (recordFilter) and the same ptrace options, and the tracer does nothing at a
// stop but read the registers and let it go on. It stops again at a call's return only where no recorder can do
// without: the fds of pipe/pipe2/socketpair exist only then, and with --bytes so does the count a read or write
// moved (of every read and write: telling a pipe's from a file's would be work at the stop). Signals the program
// gets are delivered, except SIGSTOP and SIGTRAP. bench_record.py runs it beside watch: what watch costs above this is
// its own work; this much is the kernel's, for the stops alone.
//
//     bench_ptrace_floor [--bytes] [--leave-out=CALL,...] -- PROGRAM [ARGS...]
//
// --leave-out (open, openat, close) takes calls out of the filter: what the floor would be without stopping there.
//
// Exit status: the program's (128 + signal when a signal ended it); 125 when it could not be started.

#include "record/recordfilter.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <linux/seccomp.h>
#include <signal.h>
#include <string_view>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

bool needsReturn(long nr, bool bytes)
{
    switch (nr) {
    case SYS_pipe:
    case SYS_pipe2:
    case SYS_socketpair:
        return true;
    case SYS_read:
    case SYS_write:
    case SYS_readv:
    case SYS_writev:
    case SYS_splice:
        return bytes;
    default:
        return false;
    }
}

} // namespace

int main(int argc, char** argv)
{
    bool bytes = false;
    std::vector<long> leaveOut;
    int first = 1;
    for (; first < argc; ++first) {
        const std::string_view a = argv[first];
        constexpr std::string_view leaveOutOption = "--leave-out=";
        if (a == "--bytes") {
            bytes = true;
        } else if (a.starts_with(leaveOutOption)) {
            std::string_view list = a.substr(leaveOutOption.size());
            while (!list.empty()) {
                const std::string_view name = list.substr(0, list.find(','));
                list.remove_prefix(std::min(list.size(), name.size() + 1));
                if (name == "open")
                    leaveOut.push_back(SYS_open);
                else if (name == "openat")
                    leaveOut.push_back(SYS_openat);
                else if (name == "close")
                    leaveOut.push_back(SYS_close);
                else {
                    std::fprintf(stderr, "bench_ptrace_floor: --leave-out takes open, openat, close\n");
                    return 125;
                }
            }
        } else if (a == "--") {
            ++first;
            break;
        } else {
            std::fprintf(stderr, "usage: bench_ptrace_floor [--bytes] [--leave-out=CALL,...] -- PROGRAM [ARGS...]\n");
            return 125;
        }
    }
    if (first >= argc) {
        std::fprintf(stderr, "bench_ptrace_floor: no program\n");
        return 125;
    }

    std::vector<sock_filter> filter = pipescope::recordFilter(bytes, leaveOut);
    const sock_fprog prog { static_cast<unsigned short>(filter.size()), filter.data() };
    const pid_t root = ::fork();
    if (root < 0) {
        std::perror("bench_ptrace_floor: fork");
        return 125;
    }
    if (root == 0) {
        if (::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) != 0)
            ::_exit(125);
        ::raise(SIGSTOP);
        if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
            || ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0)
            ::_exit(125);
        ::execvp(argv[first], argv + first);
        std::perror("bench_ptrace_floor: exec");
        ::_exit(125);
    }

    int status = 0;
    if (::waitpid(root, &status, __WALL) != root || !WIFSTOPPED(status)) {
        std::fprintf(stderr, "bench_ptrace_floor: ptrace refused\n");
        return 125; // the child has exited, and is reaped
    }
    const long options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE
        | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT | PTRACE_O_TRACESECCOMP | PTRACE_O_EXITKILL;
    if (::ptrace(PTRACE_SETOPTIONS, root, nullptr, reinterpret_cast<void*>(options)) != 0) {
        std::perror("bench_ptrace_floor: PTRACE_SETOPTIONS");
        ::kill(root, SIGKILL);
        ::waitpid(root, &status, __WALL);
        return 125;
    }
    ::ptrace(PTRACE_CONT, root, nullptr, nullptr);

    int exitCode = 125;
    for (;;) {
        const pid_t tid = ::waitpid(-1, &status, __WALL);
        if (tid < 0) {
            if (errno == EINTR)
                continue;
            break; // ECHILD: every traced process has ended
        }
        if (!WIFSTOPPED(status)) {
            if (tid == root)
                exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            continue;
        }
        const int sig = WSTOPSIG(status);
        const int event = status >> 16;
        __ptrace_request request = PTRACE_CONT;
        long deliver = 0;
        if (sig == SIGTRAP && event == PTRACE_EVENT_SECCOMP) {
            user_regs_struct regs {};
            if (::ptrace(PTRACE_GETREGS, tid, nullptr, &regs) == 0 && needsReturn(long(regs.orig_rax), bytes))
                request = PTRACE_SYSCALL;
        } else if (sig == (SIGTRAP | 0x80)) {
            user_regs_struct regs {};
            ::ptrace(PTRACE_GETREGS, tid, nullptr, &regs); // the result
        } else if (event == 0 && sig != SIGSTOP && sig != SIGTRAP) {
            deliver = sig; // a signal for the program: it gets it
        }
        ::ptrace(request, tid, nullptr, reinterpret_cast<void*>(deliver));
    }
    return exitCode;
}

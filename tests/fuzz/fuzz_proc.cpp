// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parsers of /proc text (fdtable.h, procstate.h) on arbitrary bytes: a link target, an fdinfo file, a
// stat line, a syscall line or a wchan name. None may crash, and what they accept keeps their documented promises.
// The parsed values then go through the pure judges (classifyBlocked, judge) as the pump would use them.

#include "inspect/fdtable.h"
#include "live/procstate.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <optional>
#include <string_view>

using namespace pipescope;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const FdTarget target = classifyTarget(text);
    if (target.kind == FdKind::Pipe && !(text.starts_with("pipe:[") && text.ends_with("]")))
        fail("a pipe that does not read pipe:[N]");
    if ((target.kind == FdKind::DevNull) != (text == "/dev/null"))
        fail("/dev/null misclassified");
    if (target.inode != 0 && target.kind != FdKind::Pipe && target.kind != FdKind::Socket)
        fail("an inode for something that is neither a pipe nor a socket");

    FdEntry entry;
    if (parseFdinfo(text, entry)) {
        if (entry.cloexec != ((entry.flags & O_CLOEXEC) != 0) || entry.nonblock != ((entry.flags & O_NONBLOCK) != 0))
            fail("fdinfo flags and their booleans disagree");
    }

    if (const auto state = parseProcState(text); state && (*state < 'A' || *state > 'z'))
        fail("a state letter out of range");

    const auto line = parseSyscallLine(text);
    if (line && line->state == SyscallLine::State::Running && text != "running" && text != "running\n")
        fail("running from something else");
    if (line && line->state == SyscallLine::State::InSyscall && line->nr < 0)
        fail("a negative system call number");

    const WaitChannel wchan = parseWchan(text);
    if (waitChannelName(wchan).empty())
        fail("a wait channel without a name");

    // What the pump does with them: the fd's stream and the pipe's fill come from elsewhere; take them from the input.
    const std::optional<Stream> stream
        = size > 0 && data[0] % 4 != 3 ? std::optional<Stream>(static_cast<Stream>(data[0] % 4)) : std::nullopt;
    const std::optional<PipeFill> fill = size > 1
        ? std::optional<PipeFill>(PipeFill { .bytes = data[1] * 257, .capacity = (data[size - 1] % 3) * 32768 })
        : std::nullopt;
    const SyscallLine observed = line.value_or(SyscallLine {});
    const BlockedOn child = classifyBlocked(Actor::Child, observed, wchan, stream, fill);
    const BlockedOn parent = classifyBlocked(Actor::Parent, observed, wchan, std::nullopt, fill);
    if (child.blocked()
        != (observed.state == SyscallLine::State::InSyscall && classifySyscall(observed.nr) != BlockedCall::None))
        fail("blocked() disagrees with the syscall line");
    if (judge(parent, child) == Verdict::Deadlock)
        fail("a deadlock judged from one side alone");
    (void)blockedCallName(child.call);
    (void)blockReasonName(child.reason);
    return 0;
}

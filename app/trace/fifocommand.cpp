// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifocommand.h"

#include "fifo/fifo.h"
#include "fifo/fiforun.h"
#include "report.h"

#include <array>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iomanip>
#include <ostream>
#include <sstream>
#include <unistd.h>

namespace pipescope::cli {

namespace {

constexpr std::string_view prefix = "pipescope-trace: ";

std::string octal(std::uint32_t bits)
{
    std::ostringstream s;
    s << '0' << std::oct << bits;
    return s.str();
}

std::string ms(std::int64_t ns)
{
    std::ostringstream s;
    s << std::fixed << std::setprecision(3) << static_cast<double>(ns) / 1e6 << " ms";
    return s.str();
}

std::string accessLetters(Access a)
{
    return std::string(accessName(a));
}

void printParty(std::ostream& out, const FifoParty& p)
{
    const std::string who = p.role == FifoPartyRole::Reader ? "reader" : "writer " + std::to_string(p.writerId);
    if (p.fifoFds.empty()) {
        out << "  " << std::left << std::setw(10) << who << "pid " << std::setw(8) << p.pid
            << "holds no fd on the FIFO\n";
        return;
    }
    for (const FdEntry& e : p.fifoFds)
        out << "  " << std::left << std::setw(10) << who << "pid " << std::setw(8) << p.pid << "fd " << std::setw(3)
            << e.fd << std::setw(3) << accessLetters(e.access) << e.target << "  inode " << e.inode
            << (e.nonblock ? "  O_NONBLOCK" : "") << '\n';
}

std::string describeExit(const ExitStatus& e)
{
    if (e.signaled)
        return "killed by signal " + std::to_string(e.code) + " (" + strsignal(e.code) + ")";
    return "exit " + std::to_string(e.code);
}

// The first thing that went wrong, as the one-line reason; empty when nothing did.
std::string failureReason(const FifoRunSnapshot& s)
{
    if (s.error)
        return describeError(*s.error);
    for (const FifoWriterStatus& w : s.writers) {
        if (!w.exit)
            return "writer " + std::to_string(w.id) + " was never started";
        if (w.exit->signaled || w.exit->code != 0)
            return "writer " + std::to_string(w.id) + " (pid " + std::to_string(w.pid) + ") "
                + (w.exit->signaled ? "was " : "failed: ") + describeExit(*w.exit)
                + (w.openedFifo ? "" : " before it had the FIFO open");
    }
    const FifoStreamStats& st = s.stats;
    if (st.bytesLost() != 0)
        return std::to_string(st.bytesLost()) + " bytes lost";
    if (st.corruptBytes != 0)
        return std::to_string(st.corruptBytes) + " bytes arrived that belong to no record";
    if (st.duplicateRecords != 0 || st.brokenRecords != 0 || st.trailingBytes != 0)
        return "the stream did not reassemble cleanly";
    return {};
}

} // namespace

std::string findChildProgram()
{
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("PIPESCOPE_CHILD"); env && *env)
        return env;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
        return {};
    for (const fs::path& candidate :
        { self.parent_path() / "pipescope-child", self.parent_path().parent_path() / "child" / "pipescope-child" })
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate.lexically_normal().string();
    return {};
}

int runFifoCommand(const FifoOptions& o, std::ostream& out)
{
    const auto fail = [&out](const std::string& reason) {
        out << prefix << reason << '\n';
        return 1;
    };
    const std::string child = findChildProgram();
    if (child.empty())
        return fail("pipescope-child was not found next to pipescope-trace (set PIPESCOPE_CHILD to its path)");

    auto session = FifoSession::create(FifoSessionOptions { .mode = o.mode });
    if (!session)
        return fail(describeError(session.error()));
    const auto st = (*session)->stat();
    if (!st)
        return fail(describeError(st.error()));
    out << "fifo: " << (*session)->path() << "  " << symbolicMode(st->mode) << ' '
        << (st->owner.empty() ? std::to_string(st->uid) : st->owner) << ' '
        << (st->group.empty() ? std::to_string(st->gid) : st->group) << "  inode " << st->inode << "  (mkfifo, mode "
        << octal(st->permissions()) << ", in a private directory: removed at the end)\n";
    if (FifoSession::runningAsRoot())
        out << "note: running as root, so mode bits do not stop this process; another user gets EACCES where they "
               "deny access\n";

    auto run = FifoRun::start(**session,
        FifoRunOptions { .childProgram = child,
            .writers = o.writers,
            .records = o.records,
            .recordSize = o.recordSize,
            .readSize = o.readSize });
    if (!run)
        return fail(describeError(run.error()));
    (*run)->waitPhase(FifoRunPhase::ReaderWaiting, std::chrono::seconds(10));
    out << "reader: open(\"" << (*session)->path() << "\", O_RDONLY) waits until a writer opens the FIFO; then "
        << "read() of up to " << o.readSize << " bytes at a time\n";
    out << "writers: " << o.writers << " x " << child << " fifo-writer: " << o.records << " records of " << o.recordSize
        << " bytes each, one write() per record, "
        << (o.recordSize <= kFifoBlockSize
                   ? "<= PIPE_BUF (4096): atomic, never interleaved"
                   : "> PIPE_BUF (4096): not atomic: a writer that must sleep on a full FIFO mid-record lets "
                     "others in")
        << '\n';

    while (!(*run)->waitPhase(FifoRunPhase::Running, std::chrono::seconds(1))) { }
    FifoRunSnapshot snap = (*run)->sample();
    if (snap.readerFd >= 0) {
        out << "reader: open returned fd " << snap.readerFd << " after " << ms(snap.readerOpenWaitNs)
            << ", when the first writer opened the FIFO; each writer stopped itself after its open\n";
        out << "parties (every fd on the FIFO, same inode; writers inspected while stopped, then released "
               "together):\n";
        for (const FifoParty& p : (*run)->parties())
            printParty(out, p);
    }
    while (!(*run)->waitFinished(std::chrono::seconds(1))) { }
    snap = (*run)->sample();
    const FifoStreamStats& s = snap.stats;
    const double seconds = static_cast<double>(snap.runNs) / 1e9;
    out << "reader: " << s.bytesReceived << " bytes in " << ms(snap.runNs);
    if (seconds > 0)
        out << " (" << std::fixed << std::setprecision(0) << static_cast<double>(s.bytesReceived) / seconds / 1e6
            << " MB/s)";
    out << ": " << s.recordsComplete << " records reassembled from " << s.fragments << " fragments; " << s.corruptBytes
        << " corrupt bytes, " << s.duplicateRecords << " duplicates, " << s.missingRecords << " missing, "
        << s.incompleteRecords << " incomplete\n";
    for (const FifoWriterStatus& w : snap.writers)
        out << "  writer " << w.id << " pid " << w.pid << ": " << (w.exit ? describeExit(*w.exit) : "not started")
            << ", " << w.recordsReceived << " of " << o.records << " records arrived\n";
    out << s.recordsInterleaved << " interleavings in " << s.recordsComplete << " records, " << s.bytesLost()
        << " bytes lost\n";

    const std::string reason = failureReason(snap);
    run->reset(); // writers reaped, reader closed: then the FIFO and its directory go
    session->reset();
    if (!reason.empty())
        return fail(reason);
    return 0;
}

} // namespace pipescope::cli

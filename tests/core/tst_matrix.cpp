// SPDX-License-Identifier: GPL-3.0-or-later
// Every combination of stdin (5 kinds) x stdout (5) x stderr (6): the child's real fds 0/1/2 are what Popen
// promises, nothing else is open in it, the events follow the plan, and CPython's Popen does the same.

#include "testsupport.h"

#include "inspect/fdtable.h"
#include "popen/plan.h"
#include "popen/process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <map>
#include <unistd.h>

using namespace pipescope;
using namespace pipescope::test;

namespace {

const std::vector<std::string> stdinKinds { "none", "pipe", "devnull", "fd", "file" };
const std::vector<std::string> stderrKinds { "none", "pipe", "devnull", "fd", "file", "stdout" };

using Combo = std::tuple<std::string, std::string, std::string>;

std::string comboText(const Combo& c)
{
    return std::get<0>(c) + "," + std::get<1>(c) + "," + std::get<2>(c);
}

std::string fdPath(const TempDir& dir, Stream s)
{
    return dir.file("fd-" + std::string(streamName(s)) + ".txt");
}
std::string filePath(const TempDir& dir, Stream s)
{
    return dir.file("file-" + std::string(streamName(s)) + ".txt");
}

std::string linkOf(pid_t pid, int fd)
{
    char buf[4096];
    const std::string path = "/proc/" + std::to_string(pid) + "/fd/" + std::to_string(fd);
    const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
    return n < 0 ? std::string() : std::string(buf, static_cast<size_t>(n));
}

// The same description popen_matrix.py computes: what fds 0-2 are, independent of fd numbers.
std::vector<std::string> describe(const FdTable& child, const std::array<std::string, 3>& parentTargets,
    const std::map<std::string, std::string>& parentEnds)
{
    std::vector<std::string> out;
    for (int fd = 0; fd < 3; ++fd) {
        const FdEntry* e = findFd(child, fd);
        if (!e) {
            out.push_back(std::to_string(fd) + ":closed");
            continue;
        }
        std::string inherited;
        for (int j = 0; j < 3; ++j)
            if (parentTargets[static_cast<size_t>(j)] == e->target)
                inherited += (inherited.empty() ? "" : "+") + std::to_string(j);
        std::string what;
        if (!inherited.empty()) {
            what = "inherited:" + inherited;
        } else if (e->kind == FdKind::Pipe) {
            std::string ends;
            for (const auto& [name, target] : parentEnds)
                if (target == e->target)
                    ends += (ends.empty() ? "" : "+") + name;
            what = "pipe:" + (ends.empty() ? std::string("none") : ends);
        } else if (e->target == "/dev/null") {
            what = "devnull";
        } else {
            what = "file:" + std::filesystem::path(e->target).filename().string();
        }
        out.push_back(std::to_string(fd) + ":" + what + ":" + std::string(accessName(e->access)));
    }
    std::string extra;
    for (const FdEntry& e : child)
        if (e.fd > 2)
            extra += (extra.empty() ? "" : ",") + std::to_string(e.fd);
    out.push_back("extra:" + extra);
    return out;
}

// `pipescope-child fds` output: {"pid":N,"fds":[{"fd":0,"target":"pipe:[1]","flags":"0100002"},...]}
std::optional<FdTable> tableFromReport(const std::string& text)
{
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object() || !j.contains("fds"))
        return std::nullopt;
    FdTable table;
    for (const auto& row : j.at("fds")) {
        FdEntry e;
        e.fd = row.at("fd").get<int>();
        e.target = row.at("target").get<std::string>();
        const FdTarget t = classifyTarget(e.target);
        e.kind = t.kind;
        e.inode = t.inode;
        if (!parseFdinfo("flags:\t" + row.at("flags").get<std::string>() + "\n", e))
            return std::nullopt;
        table.push_back(e);
    }
    return table;
}

class RedirectMatrix : public testing::TestWithParam<Combo>
{
public:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<TempDir>();
        for (Stream s : allStreams) {
            writeFile(fdPath(*s_dir, s), "fd input\n");
            writeFile(filePath(*s_dir, s), "file input\n");
        }
        s_fdsBefore = openFdCount();
    }

    static void TearDownTestSuite()
    {
        EXPECT_EQ(openFdCount(), s_fdsBefore) << "the matrix leaked fds in the parent";
        EXPECT_TRUE(zombieChildren().empty());
        s_dir.reset();
    }

protected:
    // python3 describes the same combination through the real subprocess.Popen.
    static nlohmann::json runPython(const std::string& combo)
    {
        const std::string python = python3();
        if (python.empty())
            return nullptr;
        SpawnSpec spec;
        const std::string out = s_dir->file("python.json");
        spec.argv = { python, std::string(PIPESCOPE_TESTS_DIR) + "/popen_matrix.py", childPath(),
            s_dir->path().string(), out };
        spec.argv.push_back(combo);
        auto spawned = spawn(spec);
        EXPECT_TRUE(spawned) << "cannot run " << python;
        if (!spawned)
            return nullptr;
        const ExitStatus status = spawned->child.wait();
        EXPECT_EQ(status, ExitStatus {}) << "popen_matrix.py failed";
        return nlohmann::json::parse(readFile(out), nullptr, false);
    }

    static inline std::unique_ptr<TempDir> s_dir;
    static inline int s_fdsBefore = 0;
};

TEST_P(RedirectMatrix, ChildFdsAreWhatPopenPromises)
{
    const Combo combo = GetParam();
    const std::array<std::string, 3> kinds { std::get<0>(combo), std::get<1>(combo), std::get<2>(combo) };

    SpawnSpec spec;
    std::array<UniqueFd, 3> callerFds;
    for (Stream s : allStreams) {
        const std::string& kind = kinds[static_cast<size_t>(s)];
        Redirect& r = spec.redirect(s);
        if (kind == "fd") {
            callerFds[static_cast<size_t>(s)].reset(::open(fdPath(*s_dir, s).c_str(), O_RDWR | O_CLOEXEC));
            ASSERT_TRUE(callerFds[static_cast<size_t>(s)].valid());
            r = Redirect::fromFd(callerFds[static_cast<size_t>(s)].get());
        } else if (kind == "file") {
            r = Redirect::file(filePath(*s_dir, s));
        } else {
            auto parsed = parseRedirect(s, kind);
            ASSERT_TRUE(parsed);
            r = *parsed;
        }
    }

    std::array<std::string, 3> parentTargets;
    for (int fd = 0; fd < 3; ++fd)
        parentTargets[static_cast<size_t>(fd)] = linkOf(::getpid(), fd);

    // The child reports its own table from inside the running program: read from outside right after
    // exec, the dynamic loader may still hold a library open.
    const std::string report = s_dir->file("fds.json");
    spec.argv = { childPath(), "fds", "--out=" + report };
    std::vector<Event> events;
    auto spawned = spawn(spec, &events);
    ASSERT_TRUE(spawned) << "errno " << spawned.error().sysErrno;

    std::map<std::string, std::string> parentEnds;
    const std::array<const UniqueFd*, 3> ends { &spawned->stdinPipe, &spawned->stdoutPipe, &spawned->stderrPipe };
    for (Stream s : allStreams) {
        const UniqueFd& end = *ends[static_cast<size_t>(s)];
        EXPECT_EQ(end.valid(), kinds[static_cast<size_t>(s)] == "pipe") << streamName(s);
        if (end)
            parentEnds[std::string(streamName(s))] = linkOf(::getpid(), end.get());
    }
    auto finished = communicate(*spawned, {});
    ASSERT_TRUE(finished);
    ASSERT_EQ(finished->exit, ExitStatus {});
    const std::optional<FdTable> table = tableFromReport(readFile(report));
    ASSERT_TRUE(table) << "unreadable report from pipescope-child fds";

    // Nothing but 0, 1 and 2 in the child (close_fds=True), none of them close-on-exec.
    for (const FdEntry& e : *table) {
        EXPECT_LE(e.fd, 2) << "leaked into the child: fd " << e.fd << " -> " << e.target;
        EXPECT_FALSE(e.cloexec) << "fd " << e.fd;
    }

    for (Stream s : allStreams) {
        const int fd = streamFd(s);
        const std::string& kind = kinds[static_cast<size_t>(s)];
        const FdEntry* e = findFd(*table, fd);
        ASSERT_NE(e, nullptr) << streamName(s) << " is closed in the child";
        const Access written = s == Stream::Stdin ? Access::Read : Access::Write;
        SCOPED_TRACE(std::string(streamName(s)) + "=" + kind + " -> " + e->target);
        if (kind == "none") {
            EXPECT_EQ(e->target, parentTargets[static_cast<size_t>(fd)]);
        } else if (kind == "pipe") {
            EXPECT_EQ(e->kind, FdKind::Pipe);
            EXPECT_EQ(e->target, parentEnds[std::string(streamName(s))]) << "not the pipe the parent holds";
            EXPECT_EQ(e->access, written);
        } else if (kind == "devnull") {
            EXPECT_EQ(e->target, "/dev/null");
            EXPECT_EQ(e->access, Access::ReadWrite);
        } else if (kind == "fd") {
            EXPECT_EQ(e->target, fdPath(*s_dir, s));
            EXPECT_EQ(e->access, Access::ReadWrite);
        } else if (kind == "file") {
            EXPECT_EQ(e->target, filePath(*s_dir, s));
            EXPECT_EQ(e->access, written);
        } else if (kind == "stdout") {
            const bool stdoutRedirected = kinds[1] != "none";
            EXPECT_EQ(e->target, stdoutRedirected ? findFd(*table, 1)->target : parentTargets[1]);
        }
    }

    // The events carry out the POSIX plan, step by step, in its order.
    const HandlePlan plan = planHandles(spec, Lens::Posix);
    std::vector<std::string> planned;
    for (const Step& step : plan.steps)
        planned.push_back(step.id);
    std::vector<std::string> done;
    for (const Event& e : events)
        if (!e.stepId.empty())
            done.push_back(e.stepId);
    EXPECT_EQ(done, planned);

    const std::vector<std::string> ours = describe(*table, parentTargets, parentEnds);
    const nlohmann::json python = runPython(comboText(combo));
    if (python.is_null())
        GTEST_SKIP() << "no python3 on PATH to compare with (scripts/setup installs it)";
    ASSERT_TRUE(python.is_object() && python.contains(comboText(combo)));
    EXPECT_EQ(ours, python.at(comboText(combo)).get<std::vector<std::string>>()) << "differs from CPython's Popen";
}

INSTANTIATE_TEST_SUITE_P(AllCombinations, RedirectMatrix,
    testing::Combine(testing::ValuesIn(stdinKinds), testing::ValuesIn(stdinKinds), testing::ValuesIn(stderrKinds)),
    [](const testing::TestParamInfo<Combo>& info) {
        return "stdin_" + std::get<0>(info.param) + "_stdout_" + std::get<1>(info.param) + "_stderr_"
            + std::get<2>(info.param);
    });

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/livetext.h"

#include "popen/plan.h"

#include <QStringList>

#include <string_view>

using namespace pipescope;

namespace {

QString coreText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Popen's name for the parent's end of each pipe.
QString parentEnd(Stream s)
{
    return QString::fromLatin1(handleName(parentHandle(s)));
}

QString reasonText(BlockReason reason)
{
    switch (reason) {
    case BlockReason::PipeFull:
        return LiveText::tr("pipe full");
    case BlockReason::PipeEmpty:
        return LiveText::tr("pipe empty");
    case BlockReason::ChildExit:
        return LiveText::tr("waiting for a child process to exit");
    case BlockReason::None:
        break;
    }
    return {};
}

// "the child is blocked in write(1) — pipe full", or empty when it is not blocked.
QString blockedClause(const BlockedOn& b)
{
    if (!b.blocked())
        return {};
    const QString call = LiveText::callText(b);
    const QString reason = reasonText(b.reason);
    if (b.process == Actor::Parent)
        return reason.isEmpty() ? LiveText::tr("the parent is blocked in %1").arg(call)
                                : LiveText::tr("the parent is blocked in %1 — %2").arg(call, reason);
    return reason.isEmpty() ? LiveText::tr("the child is blocked in %1").arg(call)
                            : LiveText::tr("the child is blocked in %1 — %2").arg(call, reason);
}

} // namespace

QString LiveText::callText(const BlockedOn& b)
{
    const QString call = coreText(blockedCallName(b.call));
    if (b.call != BlockedCall::Read && b.call != BlockedCall::Write)
        return call;
    const QString fd = b.process == Actor::Parent && b.stream ? parentEnd(*b.stream) : QString::number(b.fd);
    return call + QLatin1Char('(') + fd + QLatin1Char(')');
}

QString LiveText::blockedText(const BlockedOn& b)
{
    if (!b.blocked())
        return {};
    const QString reason = reasonText(b.reason);
    return reason.isEmpty() ? tr("%1 blocked").arg(callText(b)) : tr("%1 blocked: %2").arg(callText(b), reason);
}

QString LiveText::verdictText(const LiveSample& sample, Input input)
{
    QString clauses;
    for (const BlockedOn* b : { &sample.parent, &sample.child }) {
        const QString clause = blockedClause(*b);
        if (clause.isEmpty())
            continue;
        clauses = clauses.isEmpty() ? clause : tr("%1; %2", "two clauses of one sentence").arg(clauses, clause);
    }
    switch (sample.verdict) {
    case Verdict::Deadlock:
        return tr("Deadlock: %1. Neither can go on.").arg(clauses);
    case Verdict::WaitingForInput:
        switch (input) {
        case Input::Typed:
            return tr("Waiting for input: %1. Type a line, or close stdin to send EOF.").arg(clauses);
        case Input::Written:
            return tr("Waiting for input: %1. The parent writes the next bytes.").arg(clauses);
        case Input::WrittenSlowly:
            return tr("Waiting for input: %1. The parent writes the next bytes at the slow motion's pace.")
                .arg(clauses);
        }
        break;
    case Verdict::Finished:
        return tr("Finished.");
    case Verdict::HeldOpen:
        return heldOpenText(sample);
    case Verdict::Running:
        break;
    }
    return clauses.isEmpty() ? tr("Running: bytes can move.") : tr("Running: %1.").arg(clauses);
}

QString LiveText::commandText(const ProcessInfo& process)
{
    if (process.argv.empty())
        return QLatin1Char('[') + QString::fromStdString(process.comm) + QLatin1Char(']');
    QStringList words;
    for (const std::string& arg : process.argv)
        words << QString::fromStdString(arg);
    return words.join(QLatin1Char(' '));
}

QString LiveText::heldOpenText(const LiveSample& sample)
{
    QStringList holders;
    for (Stream s : allStreams)
        for (const PipeHolder& h : sample.stream(s).holders)
            holders << tr("pid %1 (%2) holds %3 as its fd %4", "who keeps a pipe open")
                           .arg(h.process.pid)
                           .arg(commandText(h.process), QString::fromLatin1(streamName(s)))
                           .arg(h.fd);
    const ExitStatus exit = sample.exit.value_or(ExitStatus {});
    const QString how
        = exit.signaled ? tr("was killed by signal %1").arg(exit.code) : tr("exited with status %1").arg(exit.code);
    return tr("The child %1, but %2: no end of file until that process closes it or ends. Stop ends it too.")
        .arg(how, holders.join(tr("; ", "between two holders")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/duplexrun.h"

#include <memory>
#include <string_view>

using namespace pipescope;

namespace {

constexpr std::string_view kDuplexMessage = "ping through both directions";

} // namespace

DuplexRun::DuplexRun(QObject* parent)
    : QObject(parent)
{
}

DuplexRun::~DuplexRun()
{
    // Joining rather than detaching: the demo's peer only echoes one message and is reaped before runDuplexDemo()
    // returns, so this waits milliseconds and no child outlives the object. The queued result dies with it.
    if (m_thread.joinable())
        m_thread.join();
}

bool DuplexRun::start(DuplexKind kind)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join();
    m_running = true;
    m_thread = std::thread([this, kind] {
        auto report = std::make_shared<Result<DuplexReport>>(runDuplexDemo(kind, kDuplexMessage));
        // Queued to this object: dropped by Qt if the object is destroyed first (its destructor joins this thread).
        QMetaObject::invokeMethod(
            this, [this, kind, report] { deliver(kind, *report); }, Qt::QueuedConnection);
    });
    Q_EMIT started(kind);
    return true;
}

void DuplexRun::deliver(DuplexKind kind, const Result<DuplexReport>& report)
{
    // The worker's last act was to queue this call: the join returns at once.
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    Q_EMIT finished(kind, report);
}

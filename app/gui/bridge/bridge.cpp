// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge/bridge.h"

#include "bridge/duplexrun.h"
#include "bridge/fifoflow.h"
#include "bridge/liveflow.h"
#include "bridge/programrunner.h"
#include "bridge/sessioncontroller.h"
#include "bridge/watchrun.h"

#include <algorithm>

Bridge::Bridge(QObject* parent)
    : QObject(parent)
    , m_session(new SessionController(this))
    , m_rehearsal(new SessionController(this))
    , m_live(new LiveFlow(this))
    , m_rehearsalLive(new LiveFlow(this))
    , m_fifo(new FifoFlow(this))
    , m_rehearsalFifo(new FifoFlow(this))
    , m_duplex(new DuplexRun(this))
    , m_watch(new WatchRun(this))
{
    setObjectName(QStringLiteral("bridge"));
}

// Quietly: no report leaves for a window on its way out. Then the parts go, in the order they were made; each kills
// and reaps what it runs (SIGKILL: milliseconds) and joins its threads.
Bridge::~Bridge()
{
    for (QObject* part : children())
        part->disconnect();
    disconnect();
}

ProgramRunner* Bridge::newProgramRunner(QObject* user)
{
    auto* runner = new ProgramRunner(this);
    if (user)
        connect(user, &QObject::destroyed, runner, [this, runner] { release(runner); });
    return runner;
}

void Bridge::release(ProgramRunner* runner)
{
    if (!runner || runner->parent() != this || m_released.contains(runner))
        return;
    m_released.insert(runner);
    connect(runner, &QObject::destroyed, this, [this, runner] { m_released.remove(runner); });
    runner->disconnect(); // nobody listens any more; the connection to its user goes too
    if (!runner->isRunning()) {
        runner->deleteLater();
        return;
    }
    connect(runner, &ProgramRunner::finished, runner, &QObject::deleteLater);
    connect(runner, &ProgramRunner::failed, runner, &QObject::deleteLater);
    runner->cancel();
}

QList<ProgramRunner*> Bridge::programRunners() const
{
    return findChildren<ProgramRunner*>(QString(), Qt::FindDirectChildrenOnly);
}

bool Bridge::isBusy() const
{
    const QList<ProgramRunner*> runners = programRunners();
    return m_session->isBusy() || m_session->stepPosition() > 0 || m_rehearsal->isBusy()
        || m_rehearsal->stepPosition() > 0 || m_live->isRunning() || m_rehearsalLive->isRunning() || m_fifo->isRunning()
        || m_rehearsalFifo->isRunning() || m_rehearsalFifo->hasFifo() || m_fifo->blockingOpen() != nullptr
        || m_fifo->openAsBusy() || m_duplex->isRunning() || m_watch->isRunning()
        || std::any_of(runners.cbegin(), runners.cend(), [](const ProgramRunner* r) { return r->isRunning(); });
}

void Bridge::stopAll()
{
    m_session->cancel();
    m_session->resetSteps();
    m_rehearsal->cancel();
    m_rehearsal->resetSteps();
    m_live->cancel();
    m_rehearsalLive->cancel();
    if (m_fifo->isRunning())
        m_fifo->stop();
    m_rehearsalFifo->stop();
    m_fifo->closeHeldFds();
    m_watch->stop();
    for (ProgramRunner* runner : programRunners())
        runner->cancel();
}

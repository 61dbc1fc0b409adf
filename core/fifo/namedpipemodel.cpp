// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifo/namedpipemodel.h"

#include "base/names.h"

#include <algorithm>
#include <deque>

namespace pipescope {

namespace {

constexpr std::pair<NamedPipeParty, std::string_view> partyNames[] {
    { NamedPipeParty::Server, "server" },
    { NamedPipeParty::Client, "client" },
    { NamedPipeParty::Redirector, "redirector" },
};

constexpr std::pair<NamedPipeCall, std::string_view> callNames[] {
    { NamedPipeCall::CreateNamedPipe, "CreateNamedPipe" },
    { NamedPipeCall::ConnectNamedPipe, "ConnectNamedPipe" },
    { NamedPipeCall::SmbTreeConnect, "SmbTreeConnect" },
    { NamedPipeCall::CreateFile, "CreateFile" },
    { NamedPipeCall::PipeBusy, "PipeBusy" },
    { NamedPipeCall::WaitNamedPipe, "WaitNamedPipe" },
    { NamedPipeCall::WriteFile, "WriteFile" },
    { NamedPipeCall::ReadFile, "ReadFile" },
    { NamedPipeCall::FlushFileBuffers, "FlushFileBuffers" },
    { NamedPipeCall::DisconnectNamedPipe, "DisconnectNamedPipe" },
    { NamedPipeCall::CloseHandle, "CloseHandle" },
};

constexpr std::pair<PosixCounterpart, std::string_view> counterpartNames[] {
    { PosixCounterpart::Mkfifo, "mkfifo" },
    { PosixCounterpart::OpenRead, "open-read" },
    { PosixCounterpart::OpenWrite, "open-write" },
    { PosixCounterpart::ModeBits, "mode-bits" },
    { PosixCounterpart::Read, "read" },
    { PosixCounterpart::Write, "write" },
    { PosixCounterpart::Close, "close" },
    { PosixCounterpart::SecondFifo, "second-fifo" },
    { PosixCounterpart::NoInstances, "no-instances" },
    { PosixCounterpart::LocalOnly, "local-only" },
    { PosixCounterpart::NoMessages, "no-messages" },
};

constexpr std::pair<NamedPipeDirection, std::string_view> directionNames[] {
    { NamedPipeDirection::None, "none" },
    { NamedPipeDirection::ClientToServer, "client-to-server" },
    { NamedPipeDirection::ServerToClient, "server-to-client" },
};

constexpr int kMaxClients = 16;

class ModelBuilder
{
public:
    explicit ModelBuilder(const NamedPipeModelOptions& options)
        : m_o(options)
    {
        m_o.clients = std::clamp(m_o.clients, 1, kMaxClients);
        m_model.options = m_o;
        m_model.pipeName = R"(\\.\pipe\pipescope)";
        m_model.clientPath = m_o.remoteClients ? R"(\\SERVER\pipe\pipescope)" : R"(\\.\pipe\pipescope)";
        // Deny first (canonical order). Authenticated users get FILE_GENERIC_READ | FILE_WRITE_DATA (0x12008b), not
        // GENERIC_WRITE: on a pipe FILE_APPEND_DATA is FILE_CREATE_PIPE_INSTANCE, which would let them create
        // server instances of this pipe.
        m_model.securityDescriptor = "D:P(D;;GA;;;AN)(A;;GA;;;SY)(A;;GA;;;BA)(A;;GA;;;CO)(A;;0x12008b;;;AU)";
    }

    NamedPipeModel build()
    {
        const int instances = m_o.clients;
        // One instance per client the server wants to serve at once; each has its own channel both ways.
        for (int i = 0; i < instances; ++i)
            add({ .id = "win.npipe.server.create." + std::to_string(i),
                .call = NamedPipeCall::CreateNamedPipe,
                .instance = i,
                .openMode = win32::PIPE_ACCESS_DUPLEX,
                .pipeMode = win32::PIPE_TYPE_MESSAGE | win32::PIPE_READMODE_MESSAGE | win32::PIPE_WAIT,
                .posix = i == 0 ? PosixCounterpart::Mkfifo : PosixCounterpart::NoInstances });
        for (int i = 0; i < instances; ++i)
            add({ .id = "win.npipe.server.connect." + std::to_string(i),
                .call = NamedPipeCall::ConnectNamedPipe,
                .instance = i,
                .posix = PosixCounterpart::OpenRead });

        std::deque<int> freeInstances;
        for (int i = 0; i < instances; ++i)
            freeInstances.push_back(i);
        std::vector<std::pair<int, int>> connected; // (client, instance)
        std::vector<int> waiting; // clients that met ERROR_PIPE_BUSY
        const int clients = m_o.clients + (m_o.extraClient ? 1 : 0);
        for (int c = 0; c < clients; ++c) {
            if (m_o.remoteClients)
                add({ .id = "win.npipe.smb." + std::to_string(c),
                    .party = NamedPipeParty::Redirector,
                    .call = NamedPipeCall::SmbTreeConnect,
                    .client = c,
                    .remote = true,
                    .posix = PosixCounterpart::LocalOnly });
            const bool denied = m_o.clientDenied && c == m_o.clients - 1;
            const std::string open = "win.npipe.client.open." + std::to_string(c);
            if (denied) {
                // The access check comes before an instance is taken: the instance stays free.
                add(clientOpen(open, c, -1, win32::ERROR_ACCESS_DENIED, PosixCounterpart::ModeBits));
            } else if (!freeInstances.empty()) {
                const int instance = freeInstances.front();
                freeInstances.pop_front();
                add(clientOpen(open, c, instance, 0, PosixCounterpart::OpenWrite));
                connected.emplace_back(c, instance);
            } else {
                add(clientOpen(open, c, -1, win32::ERROR_PIPE_BUSY, PosixCounterpart::NoInstances));
                add({ .id = "win.npipe.client.wait." + std::to_string(c),
                    .party = NamedPipeParty::Client,
                    .call = NamedPipeCall::WaitNamedPipe,
                    .client = c,
                    .remote = m_o.remoteClients,
                    .posix = PosixCounterpart::NoInstances });
                waiting.push_back(c);
            }
        }

        for (const auto& [c, instance] : connected)
            converse(c, instance);
        for (const auto& [c, instance] : connected) {
            hangUp(c, instance);
            if (waiting.empty())
                continue;
            // The freed instance serves a waiting client: the same handle, connected again.
            const int next = waiting.front();
            waiting.erase(waiting.begin());
            add({ .id = "win.npipe.server.reconnect." + std::to_string(instance),
                .call = NamedPipeCall::ConnectNamedPipe,
                .instance = instance,
                .posix = PosixCounterpart::OpenRead });
            add(clientOpen(
                "win.npipe.client.reopen." + std::to_string(next), next, instance, 0, PosixCounterpart::OpenWrite));
            converse(next, instance);
            hangUp(next, instance);
        }
        for (int i = 0; i < instances; ++i)
            add({ .id = "win.npipe.server.close." + std::to_string(i),
                .call = NamedPipeCall::CloseHandle,
                .instance = i,
                .posix = PosixCounterpart::Close });
        return std::move(m_model);
    }

private:
    void add(NamedPipeModelStep s) { m_model.steps.push_back(std::move(s)); }

    NamedPipeModelStep clientOpen(
        std::string id, int c, int instance, std::uint32_t winError, PosixCounterpart posix) const
    {
        return { .id = std::move(id),
            .party = NamedPipeParty::Client,
            .call = winError == win32::ERROR_PIPE_BUSY ? NamedPipeCall::PipeBusy : NamedPipeCall::CreateFile,
            .client = c,
            .instance = instance,
            .remote = m_o.remoteClients,
            .desiredAccess = win32::GENERIC_READ | win32::GENERIC_WRITE,
            .winError = winError,
            .posix = posix };
    }

    // A request and its reply on the same handle: what takes two FIFOs on POSIX.
    void converse(int c, int instance)
    {
        const std::string n = std::to_string(c);
        const bool remote = m_o.remoteClients;
        add({ .id = "win.npipe.client.write." + n,
            .party = NamedPipeParty::Client,
            .call = NamedPipeCall::WriteFile,
            .client = c,
            .instance = instance,
            .direction = NamedPipeDirection::ClientToServer,
            .remote = remote,
            .posix = PosixCounterpart::Write });
        add({ .id = "win.npipe.server.read." + n,
            .call = NamedPipeCall::ReadFile,
            .client = c,
            .instance = instance,
            .direction = NamedPipeDirection::ClientToServer,
            .remote = remote,
            .posix = PosixCounterpart::NoMessages });
        add({ .id = "win.npipe.server.write." + n,
            .call = NamedPipeCall::WriteFile,
            .client = c,
            .instance = instance,
            .direction = NamedPipeDirection::ServerToClient,
            .remote = remote,
            .posix = PosixCounterpart::SecondFifo });
        add({ .id = "win.npipe.client.read." + n,
            .party = NamedPipeParty::Client,
            .call = NamedPipeCall::ReadFile,
            .client = c,
            .instance = instance,
            .direction = NamedPipeDirection::ServerToClient,
            .remote = remote,
            .posix = PosixCounterpart::Read });
    }

    void hangUp(int c, int instance)
    {
        const std::string n = std::to_string(c);
        add({ .id = "win.npipe.server.flush." + n,
            .call = NamedPipeCall::FlushFileBuffers,
            .client = c,
            .instance = instance });
        add({ .id = "win.npipe.server.disconnect." + n,
            .call = NamedPipeCall::DisconnectNamedPipe,
            .client = c,
            .instance = instance,
            .posix = PosixCounterpart::Close });
        add({ .id = "win.npipe.client.close." + n,
            .party = NamedPipeParty::Client,
            .call = NamedPipeCall::CloseHandle,
            .client = c,
            .instance = instance,
            .remote = m_o.remoteClients,
            .posix = PosixCounterpart::Close });
    }

    NamedPipeModelOptions m_o;
    NamedPipeModel m_model;
};

} // namespace

std::string_view namedPipePartyName(NamedPipeParty p)
{
    return detail::nameOf<NamedPipeParty>(partyNames, p);
}
std::string_view namedPipeCallName(NamedPipeCall c)
{
    return detail::nameOf<NamedPipeCall>(callNames, c);
}
std::string_view posixCounterpartName(PosixCounterpart c)
{
    return detail::nameOf<PosixCounterpart>(counterpartNames, c);
}
std::string_view namedPipeDirectionName(NamedPipeDirection d)
{
    return detail::nameOf<NamedPipeDirection>(directionNames, d);
}

const NamedPipeModelStep* NamedPipeModel::step(std::string_view id) const
{
    const auto it = std::ranges::find(steps, id, &NamedPipeModelStep::id);
    return it == steps.end() ? nullptr : &*it;
}

NamedPipeModel windowsNamedPipeModel(const NamedPipeModelOptions& options)
{
    return ModelBuilder(options).build();
}

} // namespace pipescope

// SPDX-License-Identifier: GPL-3.0-or-later
// Every plan step finds its statements in subprocess.py by searching the text: in this machine's real file and in
// PipeScope's annotated excerpt alike, for every redirect combination, in both lenses.
#include "stepping/pythonprogram.h"
#include "stepping/sourcelocator.h"

#include "popen/plan.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace pipescope;

namespace {

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The real subprocess.py of python3, when there is one (asked once, with a timeout).
QString realSource()
{
    QProcess p;
    p.start(QStringLiteral("python3"),
        { QStringLiteral("-c"), QStringLiteral("import subprocess; print(subprocess.__file__)") });
    if (!p.waitForFinished(15'000) || p.exitCode() != 0)
        return {};
    return readAll(QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed());
}

std::vector<SpawnSpec> redirectMatrix()
{
    const std::vector<Redirect> common { Redirect::inherit(), Redirect::pipe(), Redirect::devNull(),
        Redirect::fromFd(1), Redirect::file("/tmp/x") };
    std::vector<SpawnSpec> specs;
    for (const Redirect& in : common)
        for (const Redirect& out : common) {
            std::vector<Redirect> errs = common;
            errs.push_back(Redirect::stdoutRedirect());
            for (const Redirect& err : errs) {
                SpawnSpec spec;
                spec.argv = { "prog" };
                spec.redirects = { in, out, err };
                spec.pipeSize = 65536;
                specs.push_back(spec);
            }
        }
    return specs;
}

// What the lines of a step must say, at least.
QString expectedText(const QString& id)
{
    const QString stream = id.section(QLatin1Char('.'), -1);
    if (id.startsWith(QLatin1String("posix.pipe.")))
        return QStringLiteral("os.pipe()");
    if (id.startsWith(QLatin1String("posix.pipesize.")))
        return QStringLiteral("F_SETPIPE_SZ");
    if (id.startsWith(QLatin1String("posix.devnull.")))
        return QStringLiteral("_get_devnull()");
    if (id.startsWith(QLatin1String("posix.alias.")))
        return QStringLiteral("errwrite = c2pwrite");
    if (id == QLatin1String("posix.errpipe"))
        return QStringLiteral("errpipe_read, errpipe_write = os.pipe()");
    if (id == QLatin1String("posix.fork") || id == QLatin1String("posix.exec"))
        return QStringLiteral("fork_exec(");
    if (id == QLatin1String("posix.child.close_parent_ends"))
        return QStringLiteral("errpipe_read");
    if (id == QLatin1String("posix.child.close_fds"))
        return QStringLiteral("close_fds");
    if (id.startsWith(QLatin1String("posix.child.")))
        return stream == QLatin1String("stdin") ? QStringLiteral("p2cread")
            : stream == QLatin1String("stdout") ? QStringLiteral("c2pwrite")
                                                : QStringLiteral("errwrite");
    if (id == QLatin1String("posix.parent.close_errpipe_write"))
        return QStringLiteral("os.close(errpipe_write)");
    if (id == QLatin1String("posix.parent.close_devnull"))
        return QStringLiteral("devnull_fd");
    if (id.startsWith(QLatin1String("posix.parent.close.")))
        return QStringLiteral("os.close, ");
    if (id == QLatin1String("posix.parent.read_errpipe"))
        return QStringLiteral("os.read(errpipe_read");
    if (id.startsWith(QLatin1String("win.getstdhandle.")))
        return QStringLiteral("GetStdHandle(");
    if (id.startsWith(QLatin1String("win.createpipe.")) || id.startsWith(QLatin1String("win.dummypipe.")))
        return QStringLiteral("_winapi.CreatePipe(None, 0)");
    if (id.startsWith(QLatin1String("win.closedummy.")))
        return QStringLiteral("CloseHandle(_)");
    if (id.startsWith(QLatin1String("win.devnull.")) || id.startsWith(QLatin1String("win.osfhandle.")))
        return QStringLiteral("msvcrt.get_osfhandle(");
    if (id.startsWith(QLatin1String("win.inheritable.")))
        return QStringLiteral("_make_inheritable(");
    if (id == QLatin1String("win.startupinfo"))
        return QStringLiteral("startupinfo.hStdInput = p2cread");
    if (id == QLatin1String("win.handlelist"))
        return QStringLiteral("_filter_handle_list(");
    if (id == QLatin1String("win.createprocess"))
        return QStringLiteral("_winapi.CreateProcess(");
    if (id.startsWith(QLatin1String("win.closehandle.")))
        return QStringLiteral(".Close");
    if (id == QLatin1String("win.closedevnull"))
        return QStringLiteral("devnull_fd");
    return stream; // the child's steps: the handle or option they are given
}

} // namespace

class TestDescribeSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStepIsFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("annotated excerpt") << readAll(QStringLiteral(":/python/subprocess_annotated.py"));
        const QString real = realSource();
        if (!real.isEmpty())
            QTest::addRow("python3's subprocess.py") << real;
    }

    void everyStepIsFound()
    {
        QFETCH(QString, text);
        QVERIFY(text.size() > 1000);
        const SourceLocator locator(text);
        QVERIFY(locator.windowsGetHandles() >= 0);
        QVERIFY(locator.posixGetHandles() > locator.windowsGetHandles());
        const QStringList lines = text.split(QLatin1Char('\n'));
        QSet<QString> seen;
        for (const SpawnSpec& spec : redirectMatrix())
            for (Lens lens : { Lens::Posix, Lens::Windows })
                for (bool console : { true, false })
                    for (const Step& step : planHandles(spec, lens, console).steps) {
                        const QString id = QString::fromStdString(step.id);
                        const bool file
                            = spec.redirect(step.stream.value_or(Stream::Stdin)).kind == Redirect::Kind::File;
                        if (seen.contains(id + QString::number(file)))
                            continue;
                        seen.insert(id + QString::number(file));
                        const QList<int> found = locator.linesFor(id, file);
                        if (id.startsWith(QLatin1String("posix.parent.close_file."))
                            || id.startsWith(QLatin1String("posix.child.dup_away."))) {
                            QVERIFY2(!SourceLocator::noteFor(id).isEmpty() || !found.isEmpty(), qPrintable(id));
                            continue;
                        }
                        QVERIFY2(!found.isEmpty(), qPrintable(id));
                        QString lit;
                        for (int l : found) {
                            QVERIFY(l >= 0 && l < lines.size());
                            QVERIFY2(!lines[l].trimmed().startsWith(QLatin1Char('#')),
                                qPrintable(id + QStringLiteral(": a comment")));
                            lit += lines[l] + QLatin1Char('\n');
                        }
                        QVERIFY2(lit.contains(expectedText(id)), qPrintable(id + QStringLiteral(":\n") + lit));
                        // The POSIX steps are in the POSIX half, the Windows steps in the Windows half.
                        if (id.startsWith(QLatin1String("posix.pipe.")))
                            QVERIFY(found.first() > locator.posixGetHandles());
                        if (id.startsWith(QLatin1String("win.createpipe.")))
                            QVERIFY(found.first() < locator.posixGetHandles());
                    }
        QVERIFY(seen.size() > 40);
    }

    void streamsAreNotMixedUp()
    {
        const SourceLocator locator(readAll(QStringLiteral(":/python/subprocess_annotated.py")));
        const QStringList lines = readAll(QStringLiteral(":/python/subprocess_annotated.py")).split(QLatin1Char('\n'));
        const auto lit = [&](const QString& id) {
            QString s;
            for (int l : locator.linesFor(id))
                s += lines[l];
            return s;
        };
        QVERIFY(lit(QStringLiteral("posix.pipe.stdout")).contains(QStringLiteral("c2pread, c2pwrite = os.pipe()")));
        QVERIFY(lit(QStringLiteral("posix.pipe.stderr")).contains(QStringLiteral("errread, errwrite = os.pipe()")));
        QVERIFY(lit(QStringLiteral("win.osfhandle.stderr")).contains(QStringLiteral("get_osfhandle(stderr)")));
        QVERIFY(lit(QStringLiteral("posix.parent.close.stdout")).contains(QStringLiteral("os.close, c2pwrite")));
        QVERIFY(locator.linesFor(QStringLiteral("no.such.step")).isEmpty());
        QVERIFY(SourceLocator(QString()).linesFor(QStringLiteral("posix.pipe.stdin")).isEmpty());
    }
};

QTEST_MAIN(TestDescribeSource)
#include "tst_describe_source.moc"

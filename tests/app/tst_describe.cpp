// SPDX-License-Identifier: GPL-3.0-or-later
// The wording layer and the models on their own: bytes are never lost, every error and every step has words,
// every model passes QAbstractItemModelTester.
#include "stepping/fdtablemodel.h"
#include "stepping/planmodel.h"
#include "stepping/tracemodel.h"
#include "text/describe.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cerrno>

using namespace pipescope;

namespace {

std::vector<SpawnSpec> redirectMatrix()
{
    const std::vector<Redirect> common { Redirect::inherit(), Redirect::pipe(), Redirect::devNull(),
        Redirect::fromFd(1), Redirect::file("/tmp/pipescope-test.txt") };
    std::vector<SpawnSpec> specs;
    for (const Redirect& in : common)
        for (const Redirect& out : common) {
            std::vector<Redirect> errs = common;
            errs.push_back(Redirect::stdoutRedirect());
            for (const Redirect& err : errs) {
                SpawnSpec spec;
                spec.argv = { "prog" };
                spec.redirects = { in, out, err };
                spec.pipeSize = in.kind == Redirect::Kind::Pipe ? 65536 : 0;
                specs.push_back(spec);
            }
        }
    return specs;
}

} // namespace

class TestDescribe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesKeepEverything_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::addRow("ascii lines") << QByteArray("a b\nc\td\n") << QStringLiteral("a b\nc\td\n");
        QTest::addRow("crlf") << QByteArray("data:0\r\n") << QStringLiteral("data:0\\r\n");
        QTest::addRow("utf-8 chinese") << QByteArray("\xe7\xae\xa1\xe9\x81\x93") << QStringLiteral("管道");
        QTest::addRow("4-byte utf-8") << QByteArray("\xf0\x9f\x99\x82") << QString::fromUtf8("\xf0\x9f\x99\x82");
        QTest::addRow("invalid byte") << QByteArray("a\xff"
                                                    "b")
                                      << QStringLiteral("a\\xffb");
        QTest::addRow("nul and escape") << QByteArray("x\0y\x1b", 4) << QStringLiteral("x\\x00y\\x1b");
        QTest::addRow("backslash") << QByteArray("C:\\dir") << QStringLiteral("C:\\\\dir");
        QTest::addRow("truncated sequence") << QByteArray("ok\xe7\xae") << QStringLiteral("ok\\xe7\\xae");
        QTest::addRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
        QTest::addRow("latin-1 text") << QByteArray("caf\xe9!") << QStringLiteral("caf\\xe9!");
    }

    void bytesKeepEverything()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        QCOMPARE(Describe::bytes(bytes), shown);
    }

    void everyErrorIsOneLine_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const auto add = [](ErrorCode c, const char* name, const QString& mentions) {
            QTest::addRow("%s", name) << int(c) << mentions;
        };
        add(ErrorCode::EmptyRedirect, "EmptyRedirect", QStringLiteral("stdout"));
        add(ErrorCode::UnknownRedirect, "UnknownRedirect", QStringLiteral("SUBJECT"));
        add(ErrorCode::MissingFdNumber, "MissingFdNumber", QStringLiteral("fd:"));
        add(ErrorCode::BadFdNumber, "BadFdNumber", QStringLiteral("SUBJECT"));
        add(ErrorCode::NegativeFd, "NegativeFd", QStringLiteral("SUBJECT"));
        add(ErrorCode::EmptyPath, "EmptyPath", QStringLiteral("file:"));
        add(ErrorCode::StdoutOnlyForStderr, "StdoutOnlyForStderr", QStringLiteral("STDOUT"));
        add(ErrorCode::EmptyCommand, "EmptyCommand", QStringLiteral("run"));
        add(ErrorCode::FdNotOpen, "FdNotOpen", QStringLiteral("SUBJECT"));
        add(ErrorCode::SystemCall, "SystemCall", QStringLiteral("open"));
        add(ErrorCode::ChildSetup, "ChildSetup", QStringLiteral("dup2"));
        add(ErrorCode::ExecFailed, "ExecFailed", QStringLiteral("Cannot run 'SUBJECT': No such file or directory"));
        add(ErrorCode::NoMoreSteps, "NoMoreSteps", QStringLiteral("step"));
        add(ErrorCode::StepTimeout, "StepTimeout", QStringLiteral("SUBJECT"));
        add(ErrorCode::Malformed, "Malformed", QStringLiteral("SUBJECT"));
    }

    void everyErrorIsOneLine()
    {
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Error error { .code = static_cast<ErrorCode>(code),
            .sysErrno = ENOENT,
            .call = code == int(ErrorCode::ChildSetup) ? "dup2" : "open",
            .subject = "SUBJECT",
            .stream = Stream::Stdout };
        const QString line = describeError(error);
        QVERIFY2(line.contains(mentions), qPrintable(line));
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QVERIFY(!line.contains(QLatin1String("%1")));
    }

    void errnoHasItsName() { QCOMPARE(Describe::errnoText(EACCES), QStringLiteral("Permission denied (EACCES)")); }

    void everyStepHasAnExplanation()
    {
        for (const SpawnSpec& spec : redirectMatrix())
            for (Lens lens : { Lens::Posix, Lens::Windows })
                for (bool console : { true, false }) {
                    const HandlePlan plan = planHandles(spec, lens, console);
                    for (const Step& step : plan.steps) {
                        const QString text = Describe::stepExplanation(step, plan);
                        const QString where = QString::fromStdString(step.id);
                        QVERIFY2(text.size() > 40, qPrintable(where));
                        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(where + QLatin1String(": ") + text));
                        QVERIFY2(!Describe::stepCall(step, plan).contains(QLatin1Char('%')), qPrintable(where));
                    }
                }
    }

    void everyEventHasWords()
    {
        for (int k = int(EventKind::PipeCreated); k <= int(EventKind::ChildKilled); ++k) {
            const Event e { .kind = static_cast<EventKind>(k), .stream = Stream::Stdout, .fds = { 3, 4 }, .bytes = 5 };
            const QString text = Describe::event(e);
            QVERIFY2(!text.isEmpty() && !text.contains(QLatin1Char('%')), qPrintable(text));
            QVERIFY(text != QString::fromUtf8(eventKindName(e.kind).data()));
        }
    }

    void planModel()
    {
        PlanModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const SpawnSpec& spec : redirectMatrix()) {
            model.setData(planHandles(spec, Lens::Posix));
            QCOMPARE(model.rowCount(), int(planHandles(spec, Lens::Posix).steps.size()));
        }
        SpawnSpec seed;
        seed.argv = { "prog" };
        seed.redirects = { Redirect::pipe(), Redirect::pipe(), Redirect::inherit() };
        model.setData(planHandles(seed, Lens::Posix));
        model.setEvents({ Event { .kind = EventKind::PipeCreated, .stepId = "posix.pipe.stdin", .fds = { 3, 4 } },
            Event { .kind = EventKind::Forked, .value = 42 },
            Event { .kind = EventKind::PipeCreated, .stepId = "no.such.step", .fds = { 7, 8 } } });
        const int first = 0;
        QCOMPARE(model.index(first, PlanModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(model.index(first, 0).data(PlanModel::StepIdRole).toString(), QStringLiteral("posix.pipe.stdin"));
        QCOMPARE(model.index(first, PlanModel::FdsColumn).data().toString(), QStringLiteral("read end 3, write end 4"));
        QCOMPARE(model.index(first, PlanModel::CallColumn).data().toString(),
            QStringLiteral("os.pipe() → p2cread, p2cwrite"));
        const int fork = int(std::distance(
            model.plan().steps.begin(), std::ranges::find(model.plan().steps, std::string("posix.fork"), &Step::id)));
        QCOMPARE(model.index(fork, PlanModel::FdsColumn).data().toString(), QStringLiteral("child pid 42"));
        model.setData(HandlePlan {});
        QCOMPARE(model.rowCount(), 0);
    }

    void fdTableModel()
    {
        FdTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(FdTable {
            FdEntry { .fd = 0, .target = "pipe:[100]", .kind = FdKind::Pipe, .inode = 100, .access = Access::Read },
            FdEntry { .fd = 1, .target = "pipe:[101]", .kind = FdKind::Pipe, .inode = 101, .access = Access::Write },
            FdEntry { .fd = 2, .target = "/dev/null", .kind = FdKind::DevNull, .access = Access::ReadWrite },
            FdEntry { .fd = 5, .target = "/tmp/x", .kind = FdKind::File, .access = Access::Write, .cloexec = true },
        });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(FdTableModel::NUM_COLUMNS));
        QCOMPARE(model.index(0, FdTableModel::TargetColumn).data().toString(), QStringLiteral("pipe:[100]"));
        QCOMPARE(model.index(3, FdTableModel::CloexecColumn).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.index(2, FdTableModel::AccessColumn).data().toString(), QStringLiteral("read/write"));
        model.setData(FdTable {});
        QCOMPARE(model.rowCount(), 0);
    }

    void traceModel()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData({ Event { .timeNs = 1'000'000,
                            .pid = 10,
                            .kind = EventKind::PipeCreated,
                            .stream = Stream::Stdin,
                            .fds = { 3, 4 } },
            Event { .timeNs = 3'500'000, .pid = 10, .kind = EventKind::ChildExited, .value = 0 } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, TraceModel::TimeColumn).data().toString(), QStringLiteral("+2.500 ms"));
        QCOMPARE(model.index(0, TraceModel::EventColumn).data().toString(),
            QStringLiteral("pipe for stdin created: read end fd 3, write end fd 4"));
        QCOMPARE(model.index(1, 0).data(TraceModel::KindRole).toInt(), int(EventKind::ChildExited));
        model.setData({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDescribe)
#include "tst_describe.moc"

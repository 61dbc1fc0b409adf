// SPDX-License-Identifier: GPL-3.0-or-later
// Where the application looks for pipescope-child: $PIPESCOPE_CHILD, the installation's own folders, PATH — never
// the path the build put it at, which an installed program must not know.
#include "bridge/childprogram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestChildProgram : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_copy;

    // An executable pipescope-child in a folder of its own.
    static QString copyOfTheChild(const QTemporaryDir& dir, const QString& sub)
    {
        if (!QDir(dir.path()).mkpath(sub))
            return {};
        const QString target = dir.filePath(sub + QStringLiteral("/pipescope-child"));
        return QFile::copy(QStringLiteral(PIPESCOPE_CHILD), target) ? target : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_copy = copyOfTheChild(m_dir, QStringLiteral("env"));
        QVERIFY(!m_copy.isEmpty());
        QVERIFY(QFileInfo(m_copy).isExecutable());
        // The test binary's folder holds no pipescope-child, so only what each case sets up can be found.
        QVERIFY(!QFile::exists(QCoreApplication::applicationDirPath() + QStringLiteral("/pipescope-child")));
    }

    void init()
    {
        qunsetenv("PIPESCOPE_CHILD");
        qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("empty"))));
    }

    void nothingFoundIsEmptyNotABuildPath() { QCOMPARE(childProgramPath(), QString()); }

    void environmentVariableNamesIt()
    {
        qputenv("PIPESCOPE_CHILD", QFile::encodeName(m_copy));
        QCOMPARE(childProgramPath(), m_copy);
    }

    void environmentVariableMustNameAnExecutable()
    {
        const QString plain = m_dir.filePath(QStringLiteral("not-executable"));
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        qputenv("PIPESCOPE_CHILD", QFile::encodeName(plain));
        QCOMPARE(childProgramPath(), QString());
    }

    void foundOnPath()
    {
        const QString onPath = copyOfTheChild(m_dir, QStringLiteral("bin"));
        QVERIFY(!onPath.isEmpty());
        qputenv("PATH",
            QFile::encodeName(
                m_dir.filePath(QStringLiteral("empty")) + QLatin1Char(':') + m_dir.filePath(QStringLiteral("bin"))));
        QCOMPARE(childProgramPath(), onPath);
        // $PIPESCOPE_CHILD comes first.
        qputenv("PIPESCOPE_CHILD", QFile::encodeName(m_copy));
        QCOMPARE(childProgramPath(), m_copy);
    }
};

QTEST_GUILESS_MAIN(TestChildProgram)
#include "tst_childprogram.moc"

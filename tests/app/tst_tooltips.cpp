// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the main window says what it does when hovered: buttons, check boxes, radio buttons, combo
// boxes, sliders, spin boxes and line edits, on every page and tab. And to a screen reader: each of them, the views
// and the tab bars too, has an accessible name and description, in both layouts and both languages.
#include "shell/language.h"
#include "shell/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace {

bool isControl(const QWidget* w)
{
    // A scroll bar belongs to its view, a tab bar's scroll buttons to the tab bar, a combo box's or spin box's
    // line edit to the box, a table's corner button to the table, the menu bar's overflow button to the menu bar:
    // their owner carries the tip.
    if (qobject_cast<const QScrollBar*>(w) || qobject_cast<const QTabBar*>(w->parentWidget())
        || qobject_cast<const QMenuBar*>(w->parentWidget())
        || w->metaObject()->className() == QByteArrayView("QTableCornerButton")
        || qobject_cast<const QComboBox*>(w->parentWidget())
        || qobject_cast<const QAbstractSpinBox*>(w->parentWidget()))
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QLineEdit*>(w);
}

// What a screen reader reaches: the controls, and the views and tab bars that take the focus.
bool isAccessibleControl(const QWidget* w)
{
    if (isControl(w))
        return true;
    if (qobject_cast<const QComboBox*>(w->parentWidget())
        || w->metaObject()->className() == QByteArrayView("QComboBoxListView")
        || w->inherits("QComboBoxPrivateContainer"))
        return false;
    return (qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTabBar*>(w)
               || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w))
        && w->focusPolicy() != Qt::NoFocus;
}

QString describe(const QWidget* w)
{
    QString name = w->objectName();
    if (name.isEmpty()) {
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            name = QLatin1Char('"') + b->text() + QLatin1Char('"');
    }
    QString path;
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty()) {
            path = p->objectName();
            break;
        }
    return QStringLiteral("%1 %2 (in %3)").arg(QLatin1String(w->metaObject()->className()), name, path);
}

} // namespace

class TestTooltips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlHasATooltip()
    {
        MainWindow window;
        window.show();
        QStringList missing;
        int checked = 0;
        for (const QWidget* w : window.findChildren<QWidget*>()) {
            if (!isControl(w))
                continue;
            ++checked;
            if (w->toolTip().trimmed().isEmpty())
                missing << describe(w);
        }
        // The walk found the window's controls, not just a few.
        QVERIFY2(checked >= 25, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("controls without a tooltip:\n  ") + missing.join(QStringLiteral("\n  "))));
    }

    void everyControlHasAnAccessibleNameAndDescription_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("compact");
        for (const char* language : { "en", "zh_CN" })
            for (const bool compact : { false, true })
                QTest::addRow("%s %s", language, compact ? "compact" : "wide")
                    << QString::fromLatin1(language) << compact;
    }

    void everyControlHasAnAccessibleNameAndDescription()
    {
        QFETCH(QString, language);
        QFETCH(bool, compact);
        Language::instance()->install(language);
        MainWindow window;
        window.setCompactLayout(compact);
        window.show();
        QStringList missing;
        int checked = 0;
        for (QWidget* w : window.findChildren<QWidget*>()) {
            if (!isAccessibleControl(w))
                continue;
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(a, qPrintable(describe(w)));
            ++checked;
            QStringList lacks;
            // A tab bar is read tab by tab: each tab has its name and description (its tooltip).
            QList<QAccessibleInterface*> parts { a };
            if (qobject_cast<QTabBar*>(w)) {
                parts.clear();
                for (int i = 0; i < a->childCount(); ++i)
                    if (a->child(i)->role() == QAccessible::PageTab)
                        parts << a->child(i);
                QCOMPARE(parts.size(), static_cast<qsizetype>(static_cast<QTabBar*>(w)->count()));
            }
            // Reachable with Tab, as every control must be for a keyboard.
            if (!(w->focusPolicy() & Qt::TabFocus))
                lacks << QStringLiteral("Tab focus");
            for (QAccessibleInterface* part : std::as_const(parts)) {
                const QString which
                    = part == a ? QString() : QStringLiteral(" of tab '%1'").arg(part->text(QAccessible::Name));
                if (part->text(QAccessible::Name).trimmed().isEmpty())
                    lacks << QStringLiteral("name") + which;
                if (part->text(QAccessible::Description).trimmed().isEmpty())
                    lacks << QStringLiteral("description") + which;
            }
            if (!lacks.isEmpty())
                missing << describe(w) + QStringLiteral(": no ") + lacks.join(QStringLiteral(", no "));
        }
        // All of them: the walk found the window's controls (107 today), not a few.
        QVERIFY2(checked >= 100, qPrintable(QString::number(checked)));
        // The diagram, a picture, says what it shows.
        QWidget* diagram = window.findChild<QWidget*>(QStringLiteral("diagramView"));
        QVERIFY(diagram);
        QVERIFY(!QAccessible::queryAccessibleInterface(diagram)->text(QAccessible::Name).isEmpty());
        QVERIFY(!QAccessible::queryAccessibleInterface(diagram)->text(QAccessible::Description).isEmpty());
        Language::instance()->install(QStringLiteral("en"));
        for (const QString& m : std::as_const(missing))
            qWarning("%s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 of %2 controls without:\n  ").arg(missing.size()).arg(checked)
                + missing.join(QStringLiteral("\n  "))));
    }

    void menuEntriesHaveTips()
    {
        MainWindow window;
        for (const char* name : { "presenterAction", "aboutDiagramAction" }) {
            auto* action = window.findChild<QAction*>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->text(), name);
        }
    }
};

QTEST_MAIN(TestTooltips)
#include "tst_tooltips.moc"

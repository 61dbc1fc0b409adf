// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the main window says what it does when hovered: buttons, check boxes, radio buttons, combo
// boxes, sliders, spin boxes and line edits, on every page and tab.
#include "shell/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

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

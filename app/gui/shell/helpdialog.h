// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenu;
class QTextBrowser;

// "About the diagram": every symbol of the Parent/Child picture explained, in the user's language.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    ~HelpDialog() override;

    // The page as HTML, built from translatable paragraphs.
    static QString diagramHelpHtml();
    // The "&Help" menu for window: About the diagram, About PipeScope.
    static QMenu* createMenu(QWidget* window);
    static void showAbout(QWidget* parent);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

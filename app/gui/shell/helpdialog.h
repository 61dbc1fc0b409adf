// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenu;
class QPushButton;
class QTextBrowser;

// "About the diagram": every symbol of the Parent/Child picture explained, in the user's language.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // Diagram: what every symbol means. Note: the note PipeScope teaches from, checked: each line that needs a
    // correction, quoted as written, beside the correction and its source.
    enum class Page { Diagram, Note };

    explicit HelpDialog(QWidget* parent = nullptr, Page page = Page::Diagram);
    ~HelpDialog() override;

    // The pages as HTML, built from translatable paragraphs.
    static QString diagramHelpHtml();
    static QString noteHtml();
    // The "&Help" menu for window: About the diagram, The note checked, About PipeScope.
    static QMenu* createMenu(QWidget* window);
    static void showAbout(QWidget* parent);

    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Page m_page = Page::Diagram;
    QTextBrowser* m_browser = nullptr;
    QPushButton* m_close = nullptr;
};

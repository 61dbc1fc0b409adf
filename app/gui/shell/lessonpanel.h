// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/lessonrunner.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

// The lesson beside the pages: the part's narration, the question with its choices (or a number), Answer, Reveal
// and Next, then the verdict read off the real run. Two views: Teacher (the rehearsed answer and the notes shown in
// advance, Reveal offered) and Self-study (nothing in advance, a score).
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    enum class View { Teacher, SelfStudy };

    explicit LessonPanel(LessonRunner* runner, QWidget* parent = nullptr);

    LessonRunner* runner() const { return m_runner; }
    View view() const;
    void setView(View view);

    // Picks a choice by value, or types the number; false when the question has no such choice.
    bool choose(const QString& value);
    QString chosen() const;

    QLabel* promptLabel() const { return m_prompt; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* scoreLabel() const { return m_score; }
    QLabel* advanceLabel() const { return m_advance; }
    QPushButton* answerButton() const { return m_answer; }
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* nextButton() const { return m_next; }

    // A value of a probe in words: a choice's label when the question offers it.
    static QString valueText(const pipescope::LessonQuestion& question, const QString& value, const QString& language);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void applyFonts();
    void showState();
    void rebuildChoices();
    QString text(const pipescope::LessonText& t) const;

    LessonRunner* m_runner;
    QComboBox* m_viewBox = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_partTitle = nullptr;
    QLabel* m_narration = nullptr;
    QLabel* m_prompt = nullptr;
    QWidget* m_choicesBox = nullptr;
    QVBoxLayout* m_choicesLayout = nullptr;
    QButtonGroup* m_choices = nullptr;
    QSpinBox* m_number = nullptr;
    QLabel* m_advance = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_explain = nullptr;
    QLabel* m_score = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_next = nullptr;
    QList<QWidget*> m_choiceRows;
    int m_choicesFor = -1; // part * 1000 + question the choices were built for
};

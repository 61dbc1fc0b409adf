// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/webpage.h"

#include "files/lessonfile.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

class LessonRunner;
class MainWindow;

// Writes a lesson's page for the browser (WebPage::buildLesson) by playing the lesson through once on the window's
// pages, for real: a LessonRunner of its own reveals every question in turn (no rehearsal, Live runs at full speed),
// so each step, Run, python3, Live and FIFO run the questions are about happens as it would in class. At each
// scenario part's end its whole plan is stepped and recorded with both fd tables, and each step question's answer is
// read off that recording: the page judges on the very session it replays.
class LessonExport : public QObject
{
    Q_OBJECT
public:
    explicit LessonExport(MainWindow* window, QObject* parent = nullptr);
    ~LessonExport() override;

    // Starts playing the lesson for the page at path, in language; false (said in the status line, finished not
    // emitted) while a run or another export is in progress.
    bool start(const pipescope::Lesson& lesson, const QString& path, const QString& language);
    bool isActive() const { return m_active; }
    // Nothing stands in the way but, perhaps, the window's own lesson (which start() wants stopped first): no play
    // of its own, no Run, no web export in progress.
    bool canStart() const;
    // Stops playing; finished(false) follows.
    void cancel();

Q_SIGNALS:
    // A part began (0-based), of parts.
    void progress(int part, int parts);
    // The page is written (ok), or why not in message; the runs the play started are over.
    void finished(bool ok, const QString& message);

private:
    void onPhase();
    void recordPart();
    void partRecorded(std::optional<pipescope::Trace> trace);
    void end(bool ok, const QString& message);

    MainWindow* m_window;
    LessonRunner* m_runner;
    pipescope::Lesson m_lesson;
    QString m_path;
    QString m_language;
    std::vector<WebPage::LessonPart> m_parts;
    bool m_active = false;
    bool m_recording = false; // the part's plan is being stepped through
    int m_generation = 0;
    QTimer m_watchdog; // no progress for this long: the play is stuck
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/lessonpanel.h"

#include "shell/language.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QVariant>

using namespace pipescope;

namespace {

QLabel* wrapped(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LessonPanel::LessonPanel(LessonRunner* runner, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("lessonPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_viewBox = new QComboBox;
    m_viewBox->setObjectName(QStringLiteral("lessonView"));
    m_viewBox->addItem(QString());
    m_viewBox->addItem(QString());
    outer->addWidget(m_viewBox);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = wrapped(QStringLiteral("lessonTitle"));
    m_partTitle = wrapped(QStringLiteral("lessonPartTitle"));
    m_narration = wrapped(QStringLiteral("lessonNarration"));
    m_prompt = wrapped(QStringLiteral("lessonPrompt"));
    m_choicesBox = new QWidget;
    m_choicesLayout = new QVBoxLayout(m_choicesBox);
    m_choicesLayout->setContentsMargins(8, 0, 0, 0);
    m_choices = new QButtonGroup(this);
    m_number = new QSpinBox;
    m_number->setObjectName(QStringLiteral("lessonNumber"));
    m_number->setRange(-1, maxProbeFd);
    m_number->setSpecialValueText(QStringLiteral("-1"));
    m_advance = wrapped(QStringLiteral("lessonAdvance"));
    m_notes = wrapped(QStringLiteral("lessonNotes"));
    m_verdict = wrapped(QStringLiteral("lessonVerdict"));
    m_explain = wrapped(QStringLiteral("lessonExplain"));
    m_status = wrapped(QStringLiteral("lessonStatus"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_partTitle, m_narration, m_prompt, m_choicesBox,
             m_number, m_advance, m_notes, m_status, m_verdict, m_explain })
        layout->addWidget(w);
    layout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_answer = new QPushButton;
    m_answer->setObjectName(QStringLiteral("lessonAnswer"));
    m_reveal = new QPushButton;
    m_reveal->setObjectName(QStringLiteral("lessonReveal"));
    m_next = new QPushButton;
    m_next->setObjectName(QStringLiteral("lessonNext"));
    buttons->addWidget(m_answer);
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_next);
    outer->addLayout(buttons);
    m_score = wrapped(QStringLiteral("lessonScore"));
    outer->addWidget(m_score);

    connect(m_answer, &QPushButton::clicked, this, [this] { m_runner->answer(chosen()); });
    connect(m_reveal, &QPushButton::clicked, this, [this] { m_runner->reveal(); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_runner->next(); });
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, [this] {
        m_runner->setRehearsing(view() == View::Teacher);
        showState();
    });
    connect(m_choices, &QButtonGroup::idClicked, this, &LessonPanel::showState);
    connect(m_runner, &LessonRunner::phaseChanged, this, &LessonPanel::showState);
    connect(m_runner, &LessonRunner::rehearsalChanged, this, &LessonPanel::showState);
    applyFonts();
    retranslateUi();
}

void LessonPanel::applyFonts()
{
    // Sizes relative to the panel's own font, which follows the window's (presenter mode's large type too).
    const auto scaled = [this](QLabel* label, double factor) {
        QFont f = font();
        f.setBold(true);
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * factor);
        else
            f.setPixelSize(static_cast<int>(f.pixelSize() * factor));
        label->setFont(f);
    };
    scaled(m_title, 1.2);
    scaled(m_partTitle, 1.0);
    scaled(m_prompt, 1.15);
    scaled(m_verdict, 1.0);
}

LessonPanel::View LessonPanel::view() const
{
    return m_viewBox->currentIndex() == 1 ? View::SelfStudy : View::Teacher;
}

void LessonPanel::setView(View view)
{
    m_viewBox->setCurrentIndex(view == View::SelfStudy ? 1 : 0);
}

QString LessonPanel::text(const LessonText& t) const
{
    return QString::fromStdString(textIn(t, Language::instance()->current().toStdString()));
}

bool LessonPanel::choose(const QString& value)
{
    const LessonQuestion* q = m_runner->question();
    if (!q)
        return false;
    if (isNumberProbe(q->ask.kind)) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < m_number->minimum() || n > m_number->maximum())
            return false;
        m_number->setValue(n);
        return true;
    }
    for (QAbstractButton* b : m_choices->buttons()) {
        if (b->property("value").toString() == value) {
            b->setChecked(true);
            showState();
            return true;
        }
    }
    return false;
}

QString LessonPanel::chosen() const
{
    const LessonQuestion* q = m_runner->question();
    if (q && isNumberProbe(q->ask.kind))
        return QString::number(m_number->value());
    QAbstractButton* b = m_choices->checkedButton();
    return b ? b->property("value").toString() : QString();
}

QString LessonPanel::valueText(const LessonQuestion& question, const QString& value, const QString& language)
{
    for (const LessonChoice& c : question.choices)
        if (QString::fromStdString(c.value) == value)
            return QString::fromStdString(textIn(c.label, language.toStdString()));
    if (isNumberProbe(question.ask.kind))
        return value == QLatin1String("-1") ? tr("none (-1)") : tr("fd %1").arg(value);
    static const QHash<QString, const char*> names {
        { QStringLiteral("stdin-pipe-read"), QT_TR_NOOP("the read end of the stdin pipe") },
        { QStringLiteral("stdin-pipe-write"), QT_TR_NOOP("the write end of the stdin pipe") },
        { QStringLiteral("stdout-pipe-read"), QT_TR_NOOP("the read end of the stdout pipe") },
        { QStringLiteral("stdout-pipe-write"), QT_TR_NOOP("the write end of the stdout pipe") },
        { QStringLiteral("stderr-pipe-read"), QT_TR_NOOP("the read end of the stderr pipe") },
        { QStringLiteral("stderr-pipe-write"), QT_TR_NOOP("the write end of the stderr pipe") },
        { QStringLiteral("errpipe-read"), QT_TR_NOOP("the read end of the error pipe") },
        { QStringLiteral("errpipe-write"), QT_TR_NOOP("the write end of the error pipe") },
        { QStringLiteral("devnull"), QT_TR_NOOP("/dev/null") },
        { QStringLiteral("file"), QT_TR_NOOP("a file") },
        { QStringLiteral("parents-own"), QT_TR_NOOP("the parent's own file of that number, inherited") },
        { QStringLiteral("closed"), QT_TR_NOOP("closed") },
        { QStringLiteral("other"), QT_TR_NOOP("something else") },
        { QStringLiteral("parent"), QT_TR_NOOP("the parent") },
        { QStringLiteral("child"), QT_TR_NOOP("the child") },
        { QStringLiteral("both"), QT_TR_NOOP("both") },
        { QStringLiteral("nobody"), QT_TR_NOOP("nobody") },
        { QStringLiteral("all-written"), QT_TR_NOOP("all of it written") },
        { QStringLiteral("broken-pipe"), QT_TR_NOOP("a broken pipe (EPIPE)") },
        { QStringLiteral("nothing"), QT_TR_NOOP("nothing") },
        { QStringLiteral("hangs"), QT_TR_NOOP("it hangs") },
        { QStringLiteral("deadlock"), QT_TR_NOOP("a deadlock") },
        { QStringLiteral("finishes"), QT_TR_NOOP("it finishes") },
        { QStringLiteral("all-whole"), QT_TR_NOOP("every record whole") },
        { QStringLiteral("some-split"), QT_TR_NOOP("some records split") },
    };
    if (const auto it = names.constFind(value); it != names.constEnd())
        return tr(*it);
    return value; // an exception's class name is said as Python says it
}

void LessonPanel::rebuildChoices()
{
    const LessonQuestion* q = m_runner->question();
    const int key = q ? m_runner->partIndex() * 1000 + m_runner->questionIndex() : -1;
    if (key == m_choicesFor && q)
        return;
    m_choicesFor = key;
    for (QAbstractButton* b : m_choices->buttons())
        m_choices->removeButton(b);
    qDeleteAll(m_choiceRows);
    m_choiceRows.clear();
    m_number->setValue(-1);
    if (!q)
        return;
    int id = 0;
    for (const LessonChoice& c : q->choices) {
        // A radio button does not wrap its text: the text is a label beside it, which a click on selects it too.
        auto* row = new QWidget;
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* b = new QRadioButton;
        b->setObjectName(QStringLiteral("lessonChoice-") + QString::fromStdString(c.value));
        b->setProperty("value", QString::fromStdString(c.value));
        auto* label = wrapped(QStringLiteral("lessonChoiceText-") + QString::fromStdString(c.value));
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        label->installEventFilter(this);
        label->setProperty("choice", QVariant::fromValue(static_cast<QObject*>(b)));
        rowLayout->addWidget(b, 0, Qt::AlignTop);
        rowLayout->addWidget(label, 1);
        m_choices->addButton(b, id++);
        m_choicesLayout->addWidget(row);
        m_choiceRows << row;
    }
}

void LessonPanel::showState()
{
    rebuildChoices();
    const QString language = Language::instance()->current();
    const LessonRunner::Phase phase = m_runner->phase();
    const bool teacher = view() == View::Teacher;
    const LessonPart* part = m_runner->part();
    const LessonQuestion* q = m_runner->question();
    const int parts = static_cast<int>(m_runner->lesson().parts.size());
    m_title->setText(text(m_runner->lesson().title));
    m_partTitle->setText(
        part ? tr("Part %1 of %2: %3").arg(m_runner->partIndex() + 1).arg(parts).arg(text(part->title)) : QString());
    m_narration->setText(part ? text(part->narration) : QString());
    m_narration->setVisible(part && !part->narration.empty());

    const bool asking = phase == LessonRunner::Phase::Asking;
    const bool judged = phase == LessonRunner::Phase::Judged;
    const bool shown = q && (asking || phase == LessonRunner::Phase::Running || judged);
    m_prompt->setVisible(shown);
    m_prompt->setText(shown ? text(q->prompt) : QString());
    for (QAbstractButton* b : m_choices->buttons()) {
        const QString value = b->property("value").toString();
        if (auto* label = b->parentWidget()->findChild<QLabel*>()) {
            label->setText(valueText(*q, value, language));
            label->setEnabled(asking);
        }
        b->setAccessibleName(valueText(*q, value, language));
        b->setToolTip(tr("One possible answer: choose it, then Answer"));
        b->setAccessibleDescription(b->toolTip());
        b->setEnabled(asking);
    }
    m_choicesBox->setVisible(shown && !q->choices.empty());
    m_number->setVisible(shown && isNumberProbe(q->ask.kind));
    m_number->setEnabled(asking);

    // The teacher sees the answer as rehearsed on this machine, and the notes, before the class answers.
    const auto rehearsed = m_runner->rehearsedAnswer();
    m_advance->setVisible(teacher && shown && !judged);
    m_advance->setText(!q ? QString()
            : rehearsed   ? tr("Answer, rehearsed on this machine: %1").arg(valueText(*q, *rehearsed, language))
            : m_runner->rehearsalGaveUp()
            ? tr("It could not be rehearsed: PipeScope knows this answer once it has run.")
            : isNumberProbe(q->ask.kind)
            ? tr("PipeScope knows this answer once the step has run: an fd number depends on what is free at that "
                 "moment.")
            : tr("Rehearsing on this machine…"));
    m_notes->setVisible(teacher && shown && !q->notes.empty());
    m_notes->setText(q ? tr("Notes: %1").arg(text(q->notes)) : QString());

    switch (phase) {
    case LessonRunner::Phase::Preparing:
        m_status->setText(tr("Getting the real session to the question…"));
        break;
    case LessonRunner::Phase::Running:
        m_status->setText(q && q->moment == QuestionMoment::Step ? tr("The step runs for real…")
                                                                 : tr("It runs for real: watch the page…"));
        break;
    case LessonRunner::Phase::PartDone:
        m_status->setText(tr("End of this part. Next goes on to part %1.").arg(m_runner->partIndex() + 2));
        break;
    case LessonRunner::Phase::Finished:
        m_status->setText(tr("End of the lesson."));
        break;
    default:
        m_status->setText(QString());
        break;
    }
    m_status->setVisible(!m_status->text().isEmpty());

    const LessonRunner::Outcome* last
        = judged && !m_runner->outcomes().empty() ? &m_runner->outcomes().back() : nullptr;
    m_verdict->setVisible(last != nullptr);
    m_explain->setVisible(last && q && !q->explain.empty());
    if (last && q) {
        const QString real = valueText(*q, last->real, language);
        if (!last->failure.isEmpty())
            m_verdict->setText(tr("Not judged: %1").arg(last->failure));
        else if (last->revealed)
            m_verdict->setText(tr("What really happened: %1").arg(real));
        else if (last->right)
            m_verdict->setText(tr("Right: %1. That is what really happened.").arg(real));
        else
            m_verdict->setText(tr("Not this time: you said %1; what really happened is %2.")
                                   .arg(valueText(*q, last->given, language), real));
        m_explain->setText(text(q->explain));
    }
    m_answer->setEnabled(asking && !chosen().isEmpty());
    m_reveal->setEnabled(asking);
    m_reveal->setVisible(teacher);
    m_next->setEnabled(judged || phase == LessonRunner::Phase::PartDone);
    const int scored = m_runner->scoredCount();
    m_score->setVisible(!teacher || phase == LessonRunner::Phase::Finished);
    m_score->setText(tr("Score: %1 of %2 answered right").arg(m_runner->rightCount()).arg(scored));
}

bool LessonPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease)
        if (auto* b = qobject_cast<QAbstractButton*>(watched->property("choice").value<QObject*>());
            b && b->isEnabled())
            b->click();
    return QWidget::eventFilter(watched, event);
}

void LessonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void LessonPanel::retranslateUi()
{
    m_viewBox->setItemText(0, tr("Teacher view"));
    m_viewBox->setItemText(1, tr("Self-study view"));
    m_viewBox->setToolTip(tr("Teacher: the answer rehearsed on this machine and the notes are shown in advance. "
                             "Self-study: nothing in advance, and a score."));
    m_viewBox->setAccessibleName(tr("Lesson view"));
    m_viewBox->setAccessibleDescription(m_viewBox->toolTip());
    m_number->setToolTip(tr("The fd number you expect (-1: none)"));
    m_number->setAccessibleName(tr("Answer as a number"));
    m_number->setAccessibleDescription(m_number->toolTip());
    // No mnemonics: the pages beside the panel use Alt+A, Alt+R and Alt+N already; Tab reaches the buttons.
    m_answer->setText(tr("Answer"));
    m_answer->setToolTip(tr("Run the step for real, then judge the answer against what really happened"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setAccessibleDescription(m_answer->toolTip());
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Run it for real and show what happens, without scoring"));
    m_reveal->setAccessibleName(tr("Reveal"));
    m_reveal->setAccessibleDescription(m_reveal->toolTip());
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("On to the next question, or the next part of the lesson"));
    m_next->setAccessibleName(tr("Next question"));
    m_next->setAccessibleDescription(m_next->toolTip());
    showState();
}

#include "jobdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {

const QString ErrorStyle = QStringLiteral("color: #b00020;");

} // namespace

JobDialog::JobDialog(const QString &sourceLabel, const QString &startText, QWidget *parent)
    : QDialog(parent),
      m_path(new QLineEdit),
      m_sourceRow(new QHBoxLayout),
      m_details(new QVBoxLayout),
      m_check(new QLabel),
      m_stage(new QLabel),
      m_progress(new QProgressBar),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)),
      m_start(m_buttons->addButton(startText, QDialogButtonBox::AcceptRole))
{
    m_check->setWordWrap(true);
    m_stage->setWordWrap(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_start->setObjectName(QStringLiteral("startButton"));
    connect(m_start, &QPushButton::clicked, this, &JobDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobDialog::reject);

    m_sourceRow->addWidget(m_path, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(sourceLabel));
    layout->addLayout(m_sourceRow);
    layout->addWidget(m_check);
    layout->addLayout(m_details);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(560, 260);
}

QString JobDialog::checkText() const
{
    return m_check->text();
}

QString JobDialog::stageText() const
{
    return m_stage->text();
}

void JobDialog::addSourceButton(QPushButton *button)
{
    m_sourceRow->addWidget(button);
}

void JobDialog::addDetail(QWidget *widget)
{
    m_details->addWidget(widget);
}

void JobDialog::showCheck(const QString &text, bool ok)
{
    m_check->setStyleSheet(ok ? QString() : ErrorStyle);
    m_check->setText(text);
}

void JobDialog::showStage(const QString &text, bool error)
{
    m_stage->setStyleSheet(error ? ErrorStyle : QString());
    m_stage->setText(text);
}

void JobDialog::showFraction(double fraction)
{
    if (fraction < 0)
        return m_progress->setRange(0, 0);
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(fraction * 1000));
}

void JobDialog::showProgress(const QString &step, double fraction)
{
    showStage(tr("%1…").arg(step));
    showFraction(fraction);
}

void JobDialog::updateButtons()
{
    m_start->setEnabled(canStart());
    m_path->setEnabled(!m_job);
}

void JobDialog::start()
{
    if (!canStart())
        return;
    m_job = createJob();
    m_job->setParent(this);
    connect(m_job, &Job::progressed, this, &JobDialog::showProgress);
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] {
        job->deleteLater();
        m_job = nullptr;
        const Result<void> &result = job->result();
        m_progress->setRange(0, 1);
        m_progress->setValue(result ? 1 : 0);
        showStage(result ? doneText(*job) : result.error(), !result);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        updateButtons();
        emit jobFinished(result ? QString() : result.error());
    });
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_job->start();
    updateButtons();
}

void JobDialog::cancel()
{
    if (m_job)
        m_job->cancel();
}

void JobDialog::reject()
{
    if (m_job)
        return cancel();
    QDialog::reject();
}

} // namespace s2e::ui

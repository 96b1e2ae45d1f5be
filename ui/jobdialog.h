#pragma once

#include "job/job.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace s2e::ui {

// One long job on one module as a dialog, shared by the firmware and web page uploads: a
// source (a path, checked as soon as it is chosen), the job's step and progress, and
// Start / Cancel / Close. While the job runs, closing the dialog cancels it instead.
class JobDialog : public QDialog
{
    Q_OBJECT

public:
    QString checkText() const;
    QString stageText() const;
    bool canStart() const { return !m_job && sourceReady(); }

public slots:
    void reject() override;
    void start();
    void cancel();

signals:
    // The job ended: `error` is empty when it succeeded.
    void jobFinished(const QString &error);

protected:
    JobDialog(const QString &sourceLabel, const QString &startText, QWidget *parent);

    QLineEdit *path() const { return m_path; }
    void addSourceButton(QPushButton *button);
    // Between the check and the step.
    void addDetail(QWidget *widget);
    void showCheck(const QString &text, bool ok);
    void showStage(const QString &text, bool error = false);
    void showFraction(double fraction);
    void updateButtons();

    virtual bool sourceReady() const = 0;
    // The job to run now; the dialog owns, starts and follows it.
    virtual Job *createJob() = 0;
    // Called for every progress report; by default the step and the fraction.
    virtual void showProgress(const QString &step, double fraction);
    virtual QString doneText(const Job &job) const = 0;

private:
    QLineEdit *m_path;
    QHBoxLayout *m_sourceRow;
    QVBoxLayout *m_details;
    QLabel *m_check;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPointer<Job> m_job;
};

} // namespace s2e::ui

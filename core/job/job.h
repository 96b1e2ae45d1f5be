#pragma once

#include "protocol/result.h"

#include <QObject>
#include <QString>

namespace s2e {

// One long operation on a module (read, save, restart, upload…), in the shape of KDE's KJob:
// started once, cancellable, reporting its step and how far it is, and ending in exactly one
// result, an error code and a message that names the module and the step. Subclasses run
// their steps and call succeed() or fail(); everything they start after finishing or being
// cancelled is ignored, so no callback of theirs reaches anyone twice.
class Job : public QObject
{
    Q_OBJECT

public:
    // What a job is for its module: ones of one kind on one module cannot run at once.
    explicit Job(QString subject, QObject *parent = nullptr);

    void start();
    // Stops at once: the job finishes with ErrorCode::Cancelled and a message that says what
    // the module was left with (cancelledMessage()).
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    // The module (or endpoint) the job works on: "02:55:53:52:00:01".
    const QString &subject() const { return m_subject; }
    // The step now, for people: "write", "wait for the module after restart".
    const QString &step() const { return m_step; }
    // 0 to 1, or -1 while the step cannot say.
    double fraction() const { return m_fraction; }
    // Once finished: ok, or the failure.
    const Result<void> &result() const { return m_result; }

signals:
    void progressed(const QString &step, double fraction);
    void finished();

protected:
    virtual void run() = 0;
    // Abandons what runs; the job has already finished as cancelled.
    virtual void abandon() { }
    // What cancelling in the current step leaves the module with.
    virtual QString cancelledMessage() const;

    void setStep(const QString &step, double fraction = -1);
    void setFraction(double fraction);
    void succeed();
    void fail(const Failure &failure);

private:
    enum class State { Ready, Running, Finished };
    void finish(Result<void> result);

    QString m_subject;
    QString m_step;
    double m_fraction = -1;
    State m_state = State::Ready;
    Result<void> m_result;
};

} // namespace s2e

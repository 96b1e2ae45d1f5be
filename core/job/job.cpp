#include "job.h"

namespace s2e {

Job::Job(QString subject, QObject *parent) : QObject(parent), m_subject(std::move(subject)) { }

void Job::start()
{
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    run();
}

void Job::cancel()
{
    if (m_state == State::Finished)
        return;
    const QString message = tr("%1: %2").arg(m_subject, cancelledMessage());
    m_state = State::Finished;
    abandon();
    m_result = Failure { message, ErrorCode::Cancelled };
    emit finished();
}

QString Job::cancelledMessage() const
{
    return m_step.isEmpty() ? tr("cancelled") : tr("cancelled during %1").arg(m_step);
}

void Job::setStep(const QString &step, double fraction)
{
    if (m_state != State::Running)
        return;
    m_step = step;
    m_fraction = fraction;
    emit progressed(m_step, m_fraction);
}

void Job::setFraction(double fraction)
{
    setStep(m_step, fraction);
}

void Job::succeed()
{
    finish({});
}

void Job::fail(const Failure &failure)
{
    finish(failure);
}

void Job::finish(Result<void> result)
{
    if (m_state != State::Running)
        return;
    m_state = State::Finished;
    m_result = std::move(result);
    emit finished();
}

} // namespace s2e

#pragma once

#include "device/devicemanager.h"
#include "job/batchjob.h"
#include "net/batchapply.h"
#include "net/founddevice.h"

#include <QDialog>
#include <QPushButton>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QTableWidget;

namespace s2e::ui {

// Applies the same fields (a profile's, or edits made in the form) to several modules and
// shows every module's outcome in a table: the step it is at, then "saved and verified" or
// the error of the step that failed. A failure is never skipped silently.
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { MacColumn, NameColumn, AddressColumn, ResultColumn, ColumnCount };

    struct Setup
    {
        QList<FoundDevice> modules;
        FieldChanges changes;
        QString source; // "profile k7-line.json", "edits of USR-K7-001"
        // Runs the batch, with each module's credentials, and keeps other jobs off its modules.
        DeviceManager *manager;
    };

    explicit BatchDialog(const Setup &setup, QWidget *parent = nullptr);

    QTableWidget *results() const { return m_table; }
    QCheckBox *identityCheck() const { return m_identity; }
    // The changes that Start applies: identity fields only when asked for.
    FieldChanges effectiveChanges() const;
    int failureCount() const;
    bool isRunning() const { return m_batch && !m_finished; }

public slots:
    // Ignored while the batch runs, so that no outcome goes unseen.
    void reject() override;
    void start();
    // Stops the modules still running or waiting; each row says what it was left with.
    void cancel();

signals:
    void finished();
    // One module's outcome, as it appears in the table.
    void moduleFinished(const s2e::BatchApply::ModuleResult &result);

private:
    int rowOf(const MacAddress &mac) const;
    void setResult(int row, const QString &text, const QColor &color);
    void showChanges();

    Setup m_setup;
    QLabel *m_summary;
    QListWidget *m_changes;
    QCheckBox *m_identity;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPointer<BatchJob> m_job;
    QPointer<BatchApply> m_batch;
    QPushButton *m_cancel = nullptr;
    bool m_finished = false;
    // Counted here: the batch is gone once its job has finished.
    int m_failures = 0;
};

} // namespace s2e::ui

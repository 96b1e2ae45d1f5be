#include "batchdialog.h"

#include "protocol/fieldtable.h"

#include "profile/profile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace s2e::ui {

BatchDialog::BatchDialog(const Setup &setup, QWidget *parent)
    : QDialog(parent),
      m_setup(setup),
      m_summary(new QLabel),
      m_changes(new QListWidget),
      m_identity(new QCheckBox(tr("Also copy the fields that identify a module (address, user MAC, name)"))),
      m_table(new QTableWidget(int(setup.modules.size()), ColumnCount)),
      m_progress(new QProgressBar),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setWindowTitle(tr("Apply to %n module(s)", nullptr, int(setup.modules.size())));
    m_summary->setWordWrap(true);
    m_changes->setMaximumHeight(120);
    const bool hasIdentity = std::any_of(setup.changes.begin(), setup.changes.end(), [](const auto &change) {
        return Profile::identityKeys().contains(change.first);
    });
    m_identity->setVisible(hasIdentity);
    connect(m_identity, &QCheckBox::toggled, this, &BatchDialog::showChanges);

    m_table->setHorizontalHeaderLabels({ tr("MAC"), tr("Name"), tr("Address"), tr("Result") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < setup.modules.size(); ++row) {
        const SearchReply &reply = setup.modules.at(row).reply;
        m_table->setItem(row, MacColumn, new QTableWidgetItem(reply.mac().toString()));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(reply.name()));
        m_table->setItem(row, AddressColumn, new QTableWidgetItem(reply.ipString()));
        m_table->setItem(row, ResultColumn, new QTableWidgetItem(tr("waiting")));
    }
    m_table->resizeColumnsToContents();
    m_progress->setRange(0, int(setup.modules.size()));
    m_progress->setValue(0);

    auto *startButton = m_buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    startButton->setObjectName(QStringLiteral("startButton"));
    connect(startButton, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BatchDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes);
    layout->addWidget(m_identity);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(760, 480);
    showChanges();
}

FieldChanges BatchDialog::effectiveChanges() const
{
    FieldChanges result;
    for (const auto &change : m_setup.changes)
        if (m_identity->isChecked() || !Profile::identityKeys().contains(change.first))
            result.append(change);
    return result;
}

void BatchDialog::showChanges()
{
    const FieldChanges changes = effectiveChanges();
    // The form's words; the key, as s2ectl and profiles write it, in the tooltip.
    m_changes->clear();
    for (const auto &[key, value] : changes) {
        const auto field = FieldTable::find(key);
        auto *item = new QListWidgetItem(field ? tr("%1: %2").arg(field->displayName(), field->def->valueText(value))
                                               : QStringLiteral("%1 = %2").arg(key, FieldDef::toText(value)));
        item->setToolTip(QStringLiteral("%1 = %2").arg(key, FieldDef::toText(value)));
        m_changes->addItem(item);
    }
    m_summary->setText(tr("%1: %n field(s) to write, store and verify on each module below.", nullptr,
                          int(changes.size()))
                               .arg(m_setup.source));
    if (auto *start = m_buttons->findChild<QPushButton *>(QStringLiteral("startButton")))
        start->setEnabled(!changes.isEmpty() && !m_batch);
}

int BatchDialog::rowOf(const MacAddress &mac) const
{
    for (int row = 0; row < m_setup.modules.size(); ++row)
        if (m_setup.modules.at(row).reply.mac() == mac)
            return row;
    return -1;
}

void BatchDialog::setResult(int row, const QString &text, const QColor &color)
{
    QTableWidgetItem *item = m_table->item(row, ResultColumn);
    item->setText(text);
    item->setToolTip(text);
    if (color.isValid())
        item->setForeground(color);
}

int BatchDialog::failureCount() const
{
    return m_failures;
}

void BatchDialog::start()
{
    if (m_batch)
        return;
    QList<MacAddress> macs;
    for (const FoundDevice &device : m_setup.modules)
        macs << device.reply.mac();
    // Modules of several families: each takes the keys it has, and says which it left out.
    const auto job = m_setup.manager->batch(macs, effectiveChanges());
    if (!job) {
        m_summary->setText(job.error());
        return;
    }
    m_job = *job;
    m_batch = m_job->batch();
    m_identity->setEnabled(false);
    showChanges();
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancel->setToolTip(tr("Stop the modules still running or waiting; each row says what it was left with"));
    connect(m_cancel, &QPushButton::clicked, this, &BatchDialog::cancel);

    connect(m_batch, &BatchApply::moduleStepStarted, this, [this](const MacAddress &mac, ConfigClient::Step step) {
        setResult(rowOf(mac), tr("%1…").arg(ConfigClient::stepName(step)), {});
    });
    connect(m_batch, &BatchApply::moduleFinished, this, [this](const BatchApply::ModuleResult &result) {
        m_progress->setValue(m_progress->value() + 1);
        const int row = rowOf(result.mac);
        if (result.error.isEmpty() && !result.leftOut.isEmpty()) {
            setResult(row, tr("%n field(s) saved and verified", nullptr, int(result.changedKeys.size()))
                              + tr("; %n left out (not on this model)", nullptr, int(result.leftOut.size())),
                      QColor(0x1b, 0x7f, 0x2a));
            m_table->item(row, ResultColumn)->setToolTip(result.leftOut.join(QLatin1Char('\n')));
        } else if (result.error.isEmpty())
            setResult(row, tr("%n field(s) saved and verified", nullptr, int(result.changedKeys.size())),
                      QColor(0x1b, 0x7f, 0x2a));
        else {
            ++m_failures;
            setResult(row, result.error, QColor(0xb0, 0x00, 0x20));
        }
        emit moduleFinished(result);
    });
    connect(m_batch, &BatchApply::finished, this, [this] {
        m_finished = true;
        const int failures = m_failures;
        const int total = int(m_setup.modules.size());
        m_summary->setText(failures == 0
                                   ? tr("All %n module(s) saved and verified.", nullptr, total)
                                   : tr("%1 of %2 module(s) failed; each row says why.").arg(failures).arg(total));
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
        m_cancel->setEnabled(false);
        emit finished();
    });
    m_job->start();
}

void BatchDialog::cancel()
{
    if (m_job)
        m_job->cancel();
}

void BatchDialog::reject()
{
    // Closing mid-run would hide outcomes the user has not seen; the modules finish anyway.
    if (isRunning())
        return;
    QDialog::reject();
}

} // namespace s2e::ui

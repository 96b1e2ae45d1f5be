#include "trafficview.h"

#include "flowlayout.h"
#include "protocol/sendtext.h"
#include "trafficmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace s2e::ui {

TrafficView::TrafficView(QWidget *parent)
    : QWidget(parent),
      m_model(std::make_unique<TrafficModel>(m_log)),
      m_dropped(new QLabel),
      m_view(new QTableView)
{
    // A table with fixed row heights (a QListView lays every row out again). Its header
    // still spends time on every row it holds when the count changes, which is why the
    // model holds a million rows at most, moves rows rather than removing them and changes
    // its count by steps.
    m_view->setModel(m_model.get());
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 2);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_dropped->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    // Opaque, as it moves on every refresh: the window need not repaint what is behind.
    m_view->verticalScrollBar()->setAutoFillBackground(true);
    m_dropped->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildBar());
    layout->addWidget(m_dropped);
    layout->addWidget(m_view, 1);
}

TrafficView::~TrafficView()
{
    // The view lets go of the model before the model goes.
    m_view->setModel(nullptr);
}

QWidget *TrafficView::buildBar()
{
    m_viewMode = new QComboBox;
    m_viewMode->addItem(tr("Hex + ASCII"), int(TrafficLog::View::Both));
    m_viewMode->addItem(tr("Hex"), int(TrafficLog::View::Hex));
    m_viewMode->addItem(tr("ASCII"), int(TrafficLog::View::Ascii));
    connect(m_viewMode, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setView(TrafficLog::View(m_viewMode->currentData().toInt()));
        fitRows();
    });
    m_timestamps = new QCheckBox(tr("Time"));
    m_timestamps->setChecked(true);
    connect(m_timestamps, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setTimestamps(on);
        fitRows();
    });
    m_pause = new QCheckBox(tr("Pause"));
    m_pause->setToolTip(tr("Stop updating the view; everything is still received and logged"));
    connect(m_pause, &QCheckBox::toggled, this, &TrafficView::setPaused);
    m_follow = new QCheckBox(tr("Follow"));
    m_follow->setChecked(true);
    auto *clearButton = new QPushButton(tr("Clear"));
    clearButton->setToolTip(tr("Empty the view; the counters stay (Reset counts sets them to zero)"));
    connect(clearButton, &QPushButton::clicked, this, &TrafficView::clear);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!findNext(m_search->text()))
            emit messageShown(tr("\"%1\" not found").arg(m_search->text()), false);
    });
    auto *save = new QToolButton;
    save->setText(tr("Save…"));
    save->setPopupMode(QToolButton::InstantPopup);
    save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *saveMenu = new QMenu(save);
    saveMenu->addAction(tr("As text, CSV or raw bytes…"), this, &TrafficView::saveLog);
    save->setMenu(saveMenu);
    m_fileLog = new QCheckBox(tr("Log to file"));
    m_fileLog->setToolTip(tr("Write every chunk to a file as it arrives, for captures longer than memory"));
    connect(m_fileLog, &QCheckBox::toggled, this, &TrafficView::toggleFileLog);

    auto *bar = new QWidget;
    auto *layout = new FlowLayout(bar);
    for (QWidget *widget : std::initializer_list<QWidget *> { m_viewMode, m_timestamps, m_pause, m_follow, clearButton,
                                                             m_search, save, m_fileLog })
        layout->addWidget(widget);
    return bar;
}

void TrafficView::setLog(TrafficLog *log)
{
    m_log = log ? log : &m_idleLog;
    rebuildModel();
    if (m_fileLog->isChecked())
        toggleFileLog(true);
}

void TrafficView::rebuildModel()
{
    m_view->setModel(nullptr);
    m_model = std::make_unique<TrafficModel>(m_log);
    m_model->setView(TrafficLog::View(m_viewMode->currentData().toInt()));
    m_model->setTimestamps(m_timestamps->isChecked());
    m_view->setModel(m_model.get());
    fitRows();
}

void TrafficView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

void TrafficView::fitRows()
{
    // Characters across the table, less the prefix (time, direction, a peer's address).
    const int charWidth = qMax(1, QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QLatin1Char('0')));
    const int columns = (m_view->viewport()->width() - m_view->verticalScrollBar()->sizeHint().width()) / charWidth;
    const int prefix = (m_timestamps->isChecked() ? 13 : 0) + 3 + 23;
    const int free = columns - prefix;
    // "hh " per byte, and one character per byte after " | " in Hex + ASCII.
    const bool both = m_model->view() == TrafficLog::View::Both;
    const int bytes = both ? (free - 2) / 4 : (free + 1) / 3;
    // Whole groups of four bytes, at least eight.
    m_model->setFittedBytesPerRow(qMax(8, bytes / 4 * 4));
}

void TrafficView::refresh()
{
    if (m_pause->isChecked())
        return;
    m_model->refresh();
    const QString dropped = m_model->droppedText();
    m_dropped->setVisible(!dropped.isEmpty());
    m_dropped->setText(dropped);
    if (m_follow->isChecked())
        m_view->scrollToBottom();
    if (!m_log->fileLogError().isEmpty() && m_fileLog->isChecked()) {
        emit messageShown(m_log->fileLogError(), true);
        const QSignalBlocker quiet(m_fileLog);
        m_fileLog->setChecked(false);
    }
}

void TrafficView::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    if (!paused)
        refresh();
}

bool TrafficView::isPaused() const
{
    return m_pause->isChecked();
}

void TrafficView::clear()
{
    m_log->clear();
    m_model->reset();
}

bool TrafficView::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    const bool hex = m_viewMode->currentData().toInt() == int(TrafficLog::View::Hex);
    const auto needle = hex ? SendText::parseHex(text) : SendText::parseAscii(text);
    if (!needle || needle->isEmpty())
        return false;
    const QModelIndex current = m_view->currentIndex();
    // In what the view shows: older chunks are only in the log (and in a saved copy).
    const qint64 from = current.isValid() ? current.data(TrafficModel::SequenceRole).toLongLong() + 1
                                          : m_model->firstShownSequence();
    const auto found = m_log->find(*needle, from);
    if (!found)
        return false;
    const int row = m_model->rowOfSequence(*found);
    if (row < 0)
        return false;
    m_follow->setChecked(false);
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row));
    return true;
}

void TrafficView::saveLog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save traffic"), QString(),
                                                      tr("Text (*.txt);;CSV (*.csv);;Received bytes, raw (*.bin)"), &filter);
    if (path.isEmpty())
        return;
    const auto format = filter.contains(QStringLiteral("*.csv")) ? TrafficLog::FileFormat::Csv
            : filter.contains(QStringLiteral("*.bin"))           ? TrafficLog::FileFormat::Raw
                                                                 : TrafficLog::FileFormat::Text;
    const auto saved = m_log->save(path, format, TrafficLog::View(m_viewMode->currentData().toInt()));
    emit messageShown(saved ? tr("saved to %1").arg(path) : saved.error(), !saved);
}

void TrafficView::toggleFileLog(bool on)
{
    if (!on)
        return m_log->stopFileLog();
    if (m_log == &m_idleLog || m_log->isFileLogging())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Log traffic to"), QString(), tr("Text (*.txt)"));
    const auto started = path.isEmpty() ? Result<void>(Failure { tr("no file chosen") })
                                        : m_log->startFileLog(path, TrafficLog::FileFormat::Text);
    if (!started) {
        emit messageShown(started.error(), true);
        const QSignalBlocker quiet(m_fileLog);
        m_fileLog->setChecked(false);
    }
}

} // namespace s2e::ui

#include "sendbox.h"

#include "console/consolesession.h"
#include "console/macrostore.h"
#include "flowlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace s2e::ui {

SendBox::SendBox(MacroStore *macros, QWidget *parent)
    : QWidget(parent),
      m_store(macros),
      m_text(new QPlainTextEdit),
      m_format(new QComboBox),
      m_lineEnding(new QComboBox),
      m_checksum(new QComboBox),
      m_send(new QPushButton(tr("Send"))),
      m_periodic(new QCheckBox(tr("Every"))),
      m_period(new QSpinBox),
      m_fileProgress(new QProgressBar),
      m_macros(new QComboBox)
{
    m_text->setMaximumHeight(60);
    // Tab moves on, as everywhere else in the window; a tab character is typed as \t.
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("ASCII with \\r \\n \\t \\xNN, or hex bytes; Ctrl+Return sends"));
    m_format->addItem(tr("ASCII"), int(SendText::Format::Ascii));
    m_format->addItem(tr("Hex"), int(SendText::Format::Hex));
    m_lineEnding->addItem(tr("No line end"), int(SendText::LineEnding::None));
    m_lineEnding->addItem(QStringLiteral("CR"), int(SendText::LineEnding::Cr));
    m_lineEnding->addItem(QStringLiteral("LF"), int(SendText::LineEnding::Lf));
    m_lineEnding->addItem(QStringLiteral("CR LF"), int(SendText::LineEnding::CrLf));
    for (const Checksum::Kind kind : Checksum::all())
        m_checksum->addItem(Checksum::displayName(kind), int(kind));
    m_checksum->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_send->setToolTip(tr("Send (Ctrl+Return)"));
    connect(m_send, &QPushButton::clicked, this, &SendBox::sendRequested);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, nullptr, nullptr,
                                   Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SendBox::sendRequested);
    m_period->setRange(ConsoleSession::MinPeriodMs, 3600000);
    m_period->setValue(1000);
    m_period->setSuffix(tr(" ms"));
    connect(m_periodic, &QCheckBox::toggled, this, &SendBox::periodicToggled);
    auto *file = new QPushButton(tr("Send file…"));
    connect(file, &QPushButton::clicked, this, [this] {
        if (m_fileProgress->isVisible())
            return emit fileRequested(QString());
        const QString path = QFileDialog::getOpenFileName(this, tr("Send file"));
        if (!path.isEmpty())
            emit fileRequested(path);
    });
    m_fileProgress->setMaximumWidth(120);
    m_fileProgress->hide();
    m_macros->setPlaceholderText(tr("Macros"));
    connect(m_macros, &QComboBox::activated, this, [this] { loadMacro(m_macros->currentText()); });
    auto *saveMacroButton = new QPushButton(tr("Save as macro"));
    connect(saveMacroButton, &QPushButton::clicked, this, [this] { saveMacro(text().left(24).simplified()); });
    refreshMacros();

    auto *options = new FlowLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_format, m_lineEnding, m_checksum, m_send, m_periodic,
                                                             m_period, file, m_fileProgress })
        options->addWidget(widget);
    auto *macrosRow = new QHBoxLayout;
    macrosRow->addWidget(m_macros, 1);
    macrosRow->addWidget(saveMacroButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(options);
    layout->addLayout(macrosRow);
}

QString SendBox::text() const
{
    return m_text->toPlainText();
}

void SendBox::setText(const QString &text)
{
    m_text->setPlainText(text);
}

SendText SendBox::options() const
{
    SendText options;
    options.format = SendText::Format(m_format->currentData().toInt());
    options.lineEnding = SendText::LineEnding(m_lineEnding->currentData().toInt());
    options.checksum = Checksum::Kind(m_checksum->currentData().toInt());
    return options;
}

void SendBox::setOptions(const SendText &options)
{
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    m_lineEnding->setCurrentIndex(m_lineEnding->findData(int(options.lineEnding)));
    m_checksum->setCurrentIndex(m_checksum->findData(int(options.checksum)));
}

int SendBox::period() const
{
    return m_period->value();
}

void SendBox::stopPeriodic()
{
    const QSignalBlocker quiet(m_periodic);
    m_periodic->setChecked(false);
}

void SendBox::showFileProgress(qint64 sent, qint64 total)
{
    m_fileProgress->setRange(0, 1000);
    m_fileProgress->setValue(total > 0 ? int(sent * 1000 / total) : 1000);
    m_fileProgress->show();
}

void SendBox::hideFileProgress()
{
    m_fileProgress->hide();
}

void SendBox::saveMacro(const QString &name)
{
    m_store->save({ name, text(), options() });
    refreshMacros();
}

QStringList SendBox::macroNames() const
{
    return m_store->names();
}

void SendBox::loadMacro(const QString &name)
{
    if (const auto macro = m_store->find(name)) {
        setText(macro->text);
        setOptions(macro->options);
    }
}

void SendBox::deleteMacro(const QString &name)
{
    m_store->remove(name);
    refreshMacros();
}

void SendBox::refreshMacros()
{
    m_macros->clear();
    m_macros->addItems(m_store->names());
}

} // namespace s2e::ui

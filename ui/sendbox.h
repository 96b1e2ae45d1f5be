#pragma once

#include "protocol/sendtext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace s2e {
class MacroStore;
}

namespace s2e::ui {

// What the test console sends: the text and how it is encoded (ASCII with escapes or hex,
// line end, checksum), Send (Ctrl+Return), sending every N ms, a file, and named macros.
// It asks; the pane does the sending and says how it went.
class SendBox : public QWidget
{
    Q_OBJECT

public:
    explicit SendBox(MacroStore *macros, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    SendText options() const;
    void setOptions(const SendText &options);
    int period() const;
    // Unticks "Every" without asking to stop (the endpoint closed, or it could not start).
    void stopPeriodic();
    void showFileProgress(qint64 sent, qint64 total);
    void hideFileProgress();

    void saveMacro(const QString &name);
    QStringList macroNames() const;
    void loadMacro(const QString &name);
    void deleteMacro(const QString &name);

signals:
    void sendRequested();
    void periodicToggled(bool on);
    // A file chosen to send, or an empty path to stop the one being sent.
    void fileRequested(const QString &path);

private:
    void refreshMacros();

    MacroStore *m_store;
    QPlainTextEdit *m_text;
    QComboBox *m_format;
    QComboBox *m_lineEnding;
    QComboBox *m_checksum;
    QPushButton *m_send;
    QCheckBox *m_periodic;
    QSpinBox *m_period;
    QProgressBar *m_fileProgress;
    QComboBox *m_macros;
};

} // namespace s2e::ui

#pragma once

#include "console/trafficlog.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace s2e::ui {

class TrafficModel;

// The traffic of one endpoint: its view bar (hex/ASCII, time, pause, follow, clear, find,
// save, log to file), a line when old chunks fell out of memory, and the rows. The rows
// follow the log on refresh() (a timer, never per byte) and only those on screen are drawn;
// in Hex + ASCII each row holds as many bytes as fit the width, so both columns stay in sight.
class TrafficView : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficView(QWidget *parent = nullptr);
    ~TrafficView() override;

    // The log to show (a session's); nullptr shows an empty one.
    void setLog(TrafficLog *log);
    TrafficModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_view; }

    void refresh();
    void setPaused(bool paused);
    bool isPaused() const;
    void clear();
    // Selects the next row holding `text` (hex with the hex view, else the bytes); false if none.
    bool findNext(const QString &text);

signals:
    void messageShown(const QString &text, bool error);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildBar();
    void rebuildModel();
    void fitRows();
    void saveLog();
    void toggleFileLog(bool on);

    // Declared before the model built on it.
    TrafficLog m_idleLog;
    TrafficLog *m_log = &m_idleLog;
    std::unique_ptr<TrafficModel> m_model;
    QComboBox *m_viewMode;
    QCheckBox *m_timestamps;
    QCheckBox *m_pause;
    QCheckBox *m_follow;
    QLineEdit *m_search;
    QCheckBox *m_fileLog;
    QLabel *m_dropped;
    QTableView *m_view;
};

} // namespace s2e::ui

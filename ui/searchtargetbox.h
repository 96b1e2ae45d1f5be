#pragma once

#include "net/settingtarget.h"
#include "protocol/result.h"

#include <QComboBox>

namespace s2e::ui {

// Where search and setting commands go: every network adapter, one adapter, or addresses
// the user typed (a foreign subnet's broadcast, a module's unicast address). Typed
// addresses are offered again later, most recent first.
class SearchTargetBox : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int MaxRecent = 8;

    explicit SearchTargetBox(QWidget *parent = nullptr);

    QList<SettingTarget> targets() const;
    // Adds these addresses as the first recent choice and selects it.
    void addCustom(const QList<QHostAddress> &addresses);
    // "a,b" per choice, most recent first: what QSettings keeps.
    QStringList recentCustom() const;
    void setRecentCustom(const QStringList &recent);

    // "192.168.50.255, 10.9.8.7" → addresses; the error names the first bad entry.
    static Result<QList<QHostAddress>> parseAddresses(const QString &text);

signals:
    // The user chose other targets (not emitted while the list is rebuilt).
    void targetsChanged();

private:
    void rebuild(const QStringList &recent, int select);
    void onActivated(int index);
    void askCustom();

    int m_previous = 0;
    bool m_rebuilding = false;
};

} // namespace s2e::ui

#pragma once

#include "protocol/sendtext.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace s2e {

// A send text kept under a name, with how it is sent (format, line end, checksum).
struct Macro
{
    QString name;
    QString text;
    SendText options;
};

// The test console's macros, kept in the settings the caller chooses (the window's file,
// so that a settings file given on the command line holds them too). Every pane reading
// the same settings sees the same macros.
class MacroStore
{
public:
    explicit MacroStore(QSettings *settings) : m_settings(settings) { }

    QList<Macro> all() const;
    QStringList names() const;
    std::optional<Macro> find(const QString &name) const;
    // Replaces a macro of the same name.
    void save(const Macro &macro);
    void remove(const QString &name);

private:
    void store(const QList<Macro> &macros);

    QSettings *m_settings;
};

} // namespace s2e

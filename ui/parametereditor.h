#pragma once

#include "protocol/deviceconfig.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTabWidget;

namespace s2e::ui {

// The module's parameters as forms generated from the field table, in the vendor's tabs:
// Basic, Port N, Cloud. Each field is checked as it is typed, with the table's message
// under it; changed fields are highlighted; fields the work mode does not use are disabled.
class ParameterEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ParameterEditor(QWidget *parent = nullptr);

    void setConfig(const DeviceConfig &config);
    // The module's serial port where this program knows it (a virtual module's terminal),
    // shown under the model; empty: not shown.
    void setSerialPort(const QString &text);
    // No module: no forms, nothing to save.
    void clear();
    std::optional<DeviceConfig> config() const { return m_config; }

    // Fields whose value differs from the module's, all valid or not.
    FieldChanges changes() const;
    // "key: why" for every field whose text is not acceptable.
    QStringList errors() const;
    // Why Save cannot be used, naming each invalid field with its tab, or empty.
    QString blockingReason() const;
    bool hasChanges() const { return !changes().isEmpty(); }
    void revert();

    // The editor widget of a key (QLineEdit, QComboBox or QCheckBox).
    QWidget *editorFor(const QString &key) const { return m_fields.value(key).editor; }
    // Where a number or text is typed: the line edit, or an editable combo box's.
    QLineEdit *lineEditFor(const QString &key) const;
    bool isRelevant(const QString &key) const;

signals:
    void edited();

private:
    struct Field
    {
        FieldRef ref;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        QLabel *limit = nullptr; // shown when typing reached a text's length limit
        int tab = 0;
    };

    void removeForms();
    QWidget *buildTab(BlockKind kind, int portIndex);
    QJsonValue currentValue(const Field &field) const;
    void refresh();

    QTabWidget *m_tabs;
    QString m_serialPort;
    std::optional<DeviceConfig> m_config;
    QHash<QString, Field> m_fields;
    QStringList m_order;
    bool m_loading = false;
};

} // namespace s2e::ui

#include "parametereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {

const char *ModifiedStyle = "background-color: #fff3c4;";
// After the name of a tab that holds an invalid value.
const QString ErrorMark = QStringLiteral(" ⚠");

} // namespace

ParameterEditor::ParameterEditor(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ParameterEditor::removeForms()
{
    m_fields.clear();
    m_order.clear();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
}

void ParameterEditor::clear()
{
    m_config.reset();
    removeForms();
    emit edited();
}

void ParameterEditor::setSerialPort(const QString &text)
{
    m_serialPort = text;
}

void ParameterEditor::setConfig(const DeviceConfig &config)
{
    m_loading = true;
    m_config = config;
    removeForms();
    m_tabs->addTab(buildTab(BlockKind::Basic, 0), tr("Basic"));
    for (int i = 0; i < config.portCount(); ++i)
        m_tabs->addTab(buildTab(BlockKind::Port, i), tr("Port %1").arg(i + 1));
    if (config.hasCloud())
        m_tabs->addTab(buildTab(BlockKind::Cloud, 0), tr("Cloud"));
    m_loading = false;
    refresh();
}

QWidget *ParameterEditor::buildTab(BlockKind kind, int portIndex)
{
    auto *scroll = new QScrollArea;
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const ModelDef &model = m_config->model();
    if (kind == BlockKind::Basic) {
        auto *modelLabel = new QLabel(model.displayName());
        modelLabel->setObjectName(QStringLiteral("model"));
        modelLabel->setToolTip(model.description());
        form->addRow(tr("Model"), modelLabel);
        if (!m_serialPort.isEmpty()) {
            auto *port = new QLabel(m_serialPort);
            port->setObjectName(QStringLiteral("serialPort"));
            port->setTextInteractionFlags(Qt::TextSelectableByMouse);
            port->setToolTip(tr("Open it in the test console or the AT console to reach the module's serial side"));
            form->addRow(tr("Serial port"), port);
        }
    }
    for (const FieldDef *field : m_config->shownFields(kind, portIndex)) {
        const FieldDef &def = *field;
        const FieldRef ref { &def, portIndex };
        const QString key = ref.key();
        const QJsonValue value = *m_config->value(key);
        QWidget *editor = nullptr;
        switch (def.type) {
        case FieldType::Enum: {
            auto *combo = new QComboBox;
            // Labels for people, names as data: what profiles and the CLI call the value.
            for (const EnumValue &e : def.enumValues)
                combo->addItem(e.labelText(), QLatin1String(e.name));
            // A value without a name stays selectable, so nothing is changed by looking.
            if (value.isDouble())
                combo->addItem(QString::number(value.toInteger()), value.toInteger());
            combo->setCurrentIndex(combo->findData(value.toVariant()));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
            editor = combo;
            break;
        }
        case FieldType::Flag: {
            auto *check = new QCheckBox;
            check->setChecked(value.toBool());
            connect(check, &QCheckBox::toggled, this, [this] { refresh(); });
            editor = check;
            break;
        }
        default: {
            QLineEdit *line = nullptr;
            if (!def.suggestions.empty()) {
                // The common values to pick, any other to type.
                auto *combo = new QComboBox;
                combo->setEditable(true);
                combo->setInsertPolicy(QComboBox::NoInsert);
                for (const quint32 suggestion : def.suggestions)
                    combo->addItem(QString::number(suggestion));
                line = combo->lineEdit();
                editor = combo;
            } else {
                line = new QLineEdit;
                editor = line;
            }
            line->setText(FieldDef::toText(value));
            if (def.type == FieldType::Text) {
                line->setMaxLength(int(def.max));
                // Typing stops at the limit: say where it is, not only in the tooltip.
                line->setPlaceholderText(tr("up to %n character(s)", nullptr, int(def.max)));
                connect(line, &QLineEdit::textEdited, this, [this, line, key, max = int(def.max)] {
                    m_fields[key].limit->setVisible(line->text().size() >= max);
                });
            }
            if (def.secret)
                line->setEchoMode(QLineEdit::PasswordEchoOnEdit);
            connect(line, &QLineEdit::textChanged, this, [this] { refresh(); });
            break;
        }
        }
        editor->setObjectName(key);
        // The key in the tooltip too: it is what s2ectl and profiles call the field.
        editor->setToolTip(QStringLiteral("%1\n%2\n%3").arg(def.helpText(), def.allowedText(), key));
        auto *message = new QLabel;
        message->setStyleSheet(QStringLiteral("color: #b00020;"));
        message->setWordWrap(true);
        message->hide();
        auto *limit = new QLabel(def.type == FieldType::Text
                                         ? tr("The module keeps at most %n character(s) here.", nullptr, int(def.max))
                                         : QString());
        limit->setObjectName(key + QStringLiteral(".limit"));
        limit->setWordWrap(true);
        limit->hide();
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(message);
        cellLayout->addWidget(limit);
        auto *label = new QLabel(def.formLabel());
        label->setToolTip(editor->toolTip());
        label->setBuddy(editor);
        form->addRow(label, cell);
        m_fields.insert(key, { ref, editor, message, limit, m_tabs->count() });
        m_order << key;
    }
    // What this module keeps where its unknown family alone knows: named, never written.
    for (const QString &key : m_config->unplacedKeys()) {
        const auto field = FieldTable::find(key);
        if (field->def->block != kind || field->portIndex != portIndex)
            continue;
        auto *unknown = new QLabel(tr("unknown for this model: left as it is"));
        unknown->setObjectName(key);
        unknown->setEnabled(false);
        unknown->setToolTip(key);
        form->addRow(field->def->formLabel(), unknown);
    }
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

QLineEdit *ParameterEditor::lineEditFor(const QString &key) const
{
    QWidget *editor = editorFor(key);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->lineEdit();
    return qobject_cast<QLineEdit *>(editor);
}

QJsonValue ParameterEditor::currentValue(const Field &field) const
{
    if (auto *combo = qobject_cast<QComboBox *>(field.editor); combo && !combo->isEditable())
        return QJsonValue::fromVariant(combo->currentData());
    if (auto *check = qobject_cast<QCheckBox *>(field.editor))
        return check->isChecked();
    return lineEditFor(field.ref.key())->text();
}

FieldChanges ParameterEditor::changes() const
{
    FieldChanges result;
    if (!m_config)
        return result;
    for (const QString &key : m_order) {
        const Field &field = m_fields[key];
        const QJsonValue value = currentValue(field);
        const auto normalized = field.ref.def->normalize(value, key);
        const QJsonValue comparable = normalized ? *normalized : value;
        if (comparable != *m_config->value(key))
            result.append({ key, value });
    }
    return result;
}

QStringList ParameterEditor::errors() const
{
    QStringList result;
    for (const QString &key : m_order) {
        const Field &field = m_fields[key];
        if (const auto normalized = field.ref.def->normalize(currentValue(field), key); !normalized)
            result << normalized.error();
    }
    return result;
}

QString ParameterEditor::blockingReason() const
{
    QStringList fields;
    for (const QString &key : m_order) {
        const Field &field = m_fields[key];
        if (!field.ref.def->normalize(currentValue(field), key))
            fields << tr("%1 › %2: %3")
                              .arg(m_tabs->tabText(field.tab).remove(ErrorMark), field.ref.def->formLabel(),
                                   field.ref.def->allowedText());
    }
    if (fields.isEmpty())
        return QString();
    return tr("Save is off until these are valid: %1").arg(fields.join(QStringLiteral("; ")));
}

void ParameterEditor::revert()
{
    if (m_config)
        setConfig(*m_config);
}

bool ParameterEditor::isRelevant(const QString &key) const
{
    const auto it = m_fields.find(key);
    if (it == m_fields.end())
        return true;
    return it->ref.def->appliesGiven([this](const QString &other) {
        const auto found = m_fields.find(other);
        return found == m_fields.end() ? QString() : FieldDef::toText(currentValue(*found));
    }, it->ref.portIndex);
}

void ParameterEditor::refresh()
{
    if (m_loading || !m_config)
        return;
    QSet<int> invalidTabs;
    for (const QString &key : m_order) {
        Field &field = m_fields[key];
        const QJsonValue value = currentValue(field);
        const auto normalized = field.ref.def->normalize(value, key);
        field.message->setVisible(!normalized.ok());
        if (!normalized) {
            field.message->setText(field.ref.def->allowedText());
            invalidTabs.insert(field.tab);
        }
        const bool modified = (normalized ? *normalized : value) != *m_config->value(key);
        field.editor->setStyleSheet(modified ? QLatin1String(ModifiedStyle) : QString());
        field.editor->setProperty("modified", modified);
        field.editor->setEnabled(isRelevant(key));
    }
    // A tab with a value that keeps Save off says so, wherever the user is.
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString text = m_tabs->tabText(i).remove(ErrorMark);
        m_tabs->setTabText(i, invalidTabs.contains(i) ? text + ErrorMark : text);
        m_tabs->setTabToolTip(i, invalidTabs.contains(i) ? tr("A value on this tab is not valid") : QString());
    }
    emit edited();
}

} // namespace s2e::ui

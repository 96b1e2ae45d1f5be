#include "searchtargetbox.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>

namespace s2e::ui {

namespace {
enum class Kind { AllAdapters, Adapter, Custom, Ask };
constexpr int KindRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;
} // namespace

SearchTargetBox::SearchTargetBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("Where search and setting commands are sent"));
    rebuild({}, 0);
    connect(this, &QComboBox::activated, this, &SearchTargetBox::onActivated);
}

void SearchTargetBox::rebuild(const QStringList &recent, int select)
{
    m_rebuilding = true;
    clear();
    addItem(tr("All network adapters"), int(Kind::AllAdapters));
    QStringList adapters;
    for (const SettingTarget &target : defaultSettingTargets())
        if (!target.interfaceName.isEmpty() && !adapters.contains(target.interfaceName))
            adapters << target.interfaceName;
    for (const QString &name : adapters) {
        addItem(tr("Adapter %1").arg(name), int(Kind::Adapter));
        setItemData(count() - 1, name, ValueRole);
    }
    for (const QString &entry : recent) {
        addItem(entry, int(Kind::Custom));
        setItemData(count() - 1, entry, ValueRole);
    }
    addItem(tr("Custom addresses…"), int(Kind::Ask));
    setCurrentIndex(qBound(0, select, count() - 2));
    m_previous = currentIndex();
    m_rebuilding = false;
}

QList<SettingTarget> SearchTargetBox::targets() const
{
    const auto kind = Kind(currentData(KindRole).toInt());
    const QString value = currentData(ValueRole).toString();
    if (kind == Kind::Adapter) {
        QList<SettingTarget> result;
        for (const SettingTarget &target : defaultSettingTargets())
            if (target.interfaceName == value)
                result << target;
        return result;
    }
    if (kind == Kind::Custom) {
        const auto addresses = parseAddresses(value);
        return addresses ? customSettingTargets(*addresses) : QList<SettingTarget>();
    }
    return defaultSettingTargets();
}

QStringList SearchTargetBox::recentCustom() const
{
    QStringList result;
    for (int i = 0; i < count(); ++i)
        if (Kind(itemData(i, KindRole).toInt()) == Kind::Custom)
            result << itemData(i, ValueRole).toString();
    return result;
}

void SearchTargetBox::setRecentCustom(const QStringList &recent)
{
    QStringList valid;
    for (const QString &entry : recent)
        if (parseAddresses(entry) && !valid.contains(entry))
            valid << entry;
    rebuild(valid.mid(0, MaxRecent), 0);
}

void SearchTargetBox::addCustom(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts << address.toString();
    const QString entry = texts.join(QStringLiteral(", "));
    QStringList recent = recentCustom();
    recent.removeAll(entry);
    recent.prepend(entry);
    rebuild(recent.mid(0, MaxRecent), 0);
    setCurrentIndex(findData(entry, ValueRole));
    m_previous = currentIndex();
    emit targetsChanged();
}

Result<QList<QHostAddress>> SearchTargetBox::parseAddresses(const QString &text)
{
    QList<QHostAddress> result;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        const QHostAddress address(part);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol)
            return Failure { tr("\"%1\" is not an IPv4 address").arg(part) };
        result << address;
    }
    if (result.isEmpty())
        return Failure { tr("no address given") };
    return result;
}

void SearchTargetBox::onActivated(int index)
{
    if (m_rebuilding)
        return;
    if (Kind(itemData(index, KindRole).toInt()) == Kind::Ask)
        return askCustom();
    if (index != m_previous) {
        m_previous = index;
        emit targetsChanged();
    }
}

void SearchTargetBox::askCustom()
{
    setCurrentIndex(m_previous);
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Custom search addresses"));
    dialog->setLabelText(tr("Broadcast or module addresses, separated by commas:"));
    dialog->setTextValue(QStringLiteral("192.168.0.255"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const auto addresses = parseAddresses(text);
        if (!addresses)
            return void(QMessageBox::warning(this, tr("Custom search addresses"), addresses.error()));
        addCustom(*addresses);
    });
    dialog->open();
}

} // namespace s2e::ui

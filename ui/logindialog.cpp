#include "logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace s2e::ui {

LoginDialog::LoginDialog(const MacAddress &mac, const Credentials &tried, QWidget *parent)
    : QDialog(parent), m_mac(mac), m_user(new QLineEdit(tried.user)), m_password(new QLineEdit)
{
    setWindowTitle(tr("Log in to %1").arg(mac.toString()));
    m_user->setMaxLength(RequestFrame::MaxCredentialLength);
    m_password->setMaxLength(RequestFrame::MaxCredentialLength);
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(this);
    auto *why = new QLabel(tr("The module rejected the user name or password."));
    why->setWordWrap(true);
    form->addRow(why);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Credentials LoginDialog::credentials() const
{
    return { m_user->text(), m_password->text() };
}

} // namespace s2e::ui

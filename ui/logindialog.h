#pragma once

#include "net/configclient.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace s2e::ui {

// Asks for a module's user name and password after the module refused the ones tried.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const MacAddress &mac, const Credentials &tried, QWidget *parent = nullptr);

    Credentials credentials() const;
    MacAddress mac() const { return m_mac; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    MacAddress m_mac;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace s2e::ui

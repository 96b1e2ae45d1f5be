#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace s2e {

// Recognises any datagram of the setting protocol (or a similar-RFC2217 packet) and
// describes it as JSON: {"kind": "search-reply" | "short-reply" | "config" | "request" |
// "rfc2217", …}. A read reply is recognised by its length, as the module sends no header.
Result<QJsonObject> describeDatagram(QByteArrayView datagram);

} // namespace s2e

#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace s2e {

struct ModelDef;

// Recognises any datagram of the setting protocol (or a similar-RFC2217 packet) and
// describes it as JSON: {"kind": "search-reply" | "short-reply" | "config" | "request" |
// "rfc2217" | "read-reply-piece", …}. A read reply is recognised by its length, as the
// module sends no header; a write's block is shown in the model's layout, or with the fields
// every layout places alike when no model is given.
Result<QJsonObject> describeDatagram(QByteArrayView datagram, const ModelDef *model = nullptr);

} // namespace s2e

#include "readreplyassembler.h"

#include "deviceconfig.h"
#include "modeltable.h"

#include <QStringList>

#include <algorithm>

namespace s2e {

namespace {

QString sizesText(const QList<int> &sizes)
{
    QStringList parts;
    for (int size : sizes)
        parts << QString::number(size);
    return parts.join(QStringLiteral(" + "));
}

} // namespace

const ModelDef *ReadReplyAssembler::splitModel() const
{
    for (const ModelDef &model : ModelTable::all()) {
        if (model.readDatagrams.size() < 2)
            continue;
        QList<int> wanted(model.readDatagrams.begin(), model.readDatagrams.end());
        const bool allPieces = std::all_of(m_pieces.begin(), m_pieces.end(), [&wanted](const QByteArray &piece) {
            return wanted.removeOne(int(piece.size()));
        });
        if (allPieces)
            return &model;
    }
    return nullptr;
}

ReadReplyAssembler::State ReadReplyAssembler::add(QByteArrayView datagram)
{
    if (m_state == State::Complete || m_state == State::Overflow || datagram.isEmpty())
        return m_state;
    if (std::any_of(m_pieces.begin(), m_pieces.end(), [datagram](const QByteArray &piece) { return piece == datagram; }))
        return m_state;
    m_pieces << datagram.toByteArray();
    const qsizetype total = bytes().size();
    const ModelDef *split = splitModel();
    const ModelDef *whole = ModelTable::byReadLength(total);
    if (split && total == split->readLength())
        m_state = State::Complete;
    else if (total > ModelTable::longestRead())
        m_state = State::Overflow;
    else if (whole && m_pieces.size() == 1)
        m_state = State::Complete;
    // The first piece of a split reply alone is also a whole reply of one port, unless that
    // family is the one expected.
    else if (split && (split == m_expected || !(m_pieces.size() == 1 && m_pieces.first().size() == split->readDatagrams.front())))
        m_state = State::Incomplete;
    else if (total >= DeviceConfig::MinLength)
        m_state = State::MaybeComplete;
    else
        m_state = State::Incomplete;
    return m_state;
}

QByteArray ReadReplyAssembler::bytes() const
{
    QList<QByteArray> pieces = m_pieces;
    if (const ModelDef *split = m_state == State::Complete ? splitModel() : nullptr) {
        const std::span<const int> order = split->readDatagrams;
        std::stable_sort(pieces.begin(), pieces.end(), [order](const QByteArray &a, const QByteArray &b) {
            return std::find(order.begin(), order.end(), a.size()) < std::find(order.begin(), order.end(), b.size());
        });
    }
    QByteArray result;
    for (const QByteArray &piece : pieces)
        result += piece;
    return result;
}

void ReadReplyAssembler::clear()
{
    m_pieces.clear();
    m_state = State::Empty;
}

QString ReadReplyAssembler::describe() const
{
    QList<int> sizes;
    for (const QByteArray &piece : m_pieces)
        sizes << int(piece.size());
    QString text = tr("%n byte(s) in %1", nullptr, int(bytes().size()))
                           .arg(tr("%n datagram(s)", nullptr, int(m_pieces.size())));
    if (m_pieces.size() > 1)
        text += QStringLiteral(" (%1)").arg(sizesText(sizes));
    if (const ModelDef *split = splitModel(); split && m_state != State::Complete) {
        text += tr("; the %1 answers %2")
                        .arg(split->displayName(),
                             sizesText(QList<int>(split->readDatagrams.begin(), split->readDatagrams.end())));
    }
    return text;
}

} // namespace s2e

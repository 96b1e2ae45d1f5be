// Writes the Wireshark dissector: its template with the field and model tables filled in, so that
// Wireshark names every parameter exactly as s2ectl, profiles and the GUI do.
#include "protocol/fieldtable.h"
#include "protocol/modeltable.h"
#include "protocol/paramblock.h"

#include <QFile>
#include <QTextStream>

using namespace s2e;

namespace {

QString blockName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Basic: return QStringLiteral("basic");
    case BlockKind::Port: return QStringLiteral("port");
    case BlockKind::Cloud: return QStringLiteral("cloud");
    }
    return {};
}

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::UInt: return QStringLiteral("uint");
    case FieldType::Ipv4: return QStringLiteral("ipv4");
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::Mac: return QStringLiteral("mac");
    case FieldType::Enum: return QStringLiteral("enum");
    case FieldType::Flag: return QStringLiteral("flag");
    }
    return {};
}

QString luaString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        QTextStream(stderr) << "usage: luafields TEMPLATE OUTPUT\n";
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << in.fileName() << ": " << in.errorString() << '\n';
        return 1;
    }
    QString table;
    QTextStream lua(&table);
    lua << "{\n";
    for (const FieldDef &def : FieldTable::all()) {
        lua << "  { name = " << luaString(QLatin1String(def.name)) << ", block = " << luaString(blockName(def.block))
            << ", offset = " << def.offset << ", size = " << def.size << ", type = " << luaString(typeName(def.type))
            << ", mask = " << def.mask << ", layouts = " << def.layouts
            << ", label = " << luaString(QLatin1String(def.label));
        if (!def.enumValues.empty()) {
            lua << ", names = {";
            for (const EnumValue &value : def.enumValues)
                lua << " [" << value.value << "] = " << luaString(QLatin1String(value.name)) << ',';
            lua << " }";
        }
        lua << " },\n";
    }
    lua << "}";
    QString models;
    QTextStream modelLua(&models);
    modelLua << "{\n";
    for (const ModelDef &model : ModelTable::all()) {
        modelLua << "  { key = " << luaString(QLatin1String(model.key)) << ", name = " << luaString(QLatin1String(model.name))
                 << ", port = " << model.settingPort << ", upload = " << model.uploadPort << ", ports = " << model.ports
                 << ", cloud = " << (model.cloud ? "true" : "false") << ", extra = " << model.extraBytes
                 << ", layout = " << model.layout << ", datagrams = {";
        for (int size : model.readDatagrams)
            modelLua << ' ' << size << ',';
        modelLua << " } },\n";
    }
    modelLua << "}";
    QString text = QString::fromUtf8(in.readAll());
    text.replace(QStringLiteral("@S2E_FIELDS@"), table);
    text.replace(QStringLiteral("@S2E_MODELS@"), models);
    text.replace(QStringLiteral("@S2E_ANY_LAYOUT@"), QString::number(AnyLayout));
    text.replace(QStringLiteral("@S2E_BASIC_SIZE@"), QString::number(ParamBlock::size(BlockKind::Basic)));
    text.replace(QStringLiteral("@S2E_PORT_SIZE@"), QString::number(ParamBlock::size(BlockKind::Port)));
    text.replace(QStringLiteral("@S2E_CLOUD_SIZE@"), QString::number(ParamBlock::size(BlockKind::Cloud)));
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0) {
        QTextStream(stderr) << out.fileName() << ": " << out.errorString() << '\n';
        return 1;
    }
    return 0;
}

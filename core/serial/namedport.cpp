#include "namedport.h"

#include <QDir>
#include <QFileInfo>

namespace s2e {

QList<NamedPort> linkedPorts(const QString &folder)
{
    QList<NamedPort> ports;
    if (folder.isEmpty())
        return ports;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot,
                                                             QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!entry.isSymLink())
            continue;
        // A device: not a regular file or a folder, and not a link left by a process that ended.
        const QFileInfo target(entry.symLinkTarget());
        if (!target.exists() || target.isFile() || target.isDir())
            continue;
        ports << NamedPort { entry.fileName(), entry.absoluteFilePath(), std::nullopt };
    }
    return ports;
}

} // namespace s2e

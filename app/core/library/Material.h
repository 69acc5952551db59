#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ll {

enum class MaterialKind { Image, Video, Link, MiniProgram, Document, Poster };

// Codes: image, video, link, mini_program, document, poster.
QString toCode(MaterialKind kind);
std::optional<MaterialKind> materialKindFromCode(const QString& code);
QStringList materialKindCodes();

enum class MaterialAction { Copy, Save, Open, Send };
QString toCode(MaterialAction action); // copy, save, open, send
std::optional<MaterialAction> materialActionFromCode(const QString& code);

struct Material
{
    qint64 rowId = 0;
    QString id;
    QString ownerId; // "" = team material
    MaterialKind kind = MaterialKind::Image;
    QString title;
    QString description;
    QString category;
    QStringList tags;
    QString url;       // link: the address; mini program: optional fallback web page
    QString appId;     // mini program: app id (wx + 16 hex)
    QString pagePath;  // mini program: page path, e.g. pages/product/index?id=42
    QString fileName;  // original file name (no directory)
    QString mimeType;
    QString sha256;    // content address of the file; empty for links and mini programs without a file
    QString coverSha256; // mini program card cover / video poster, if any
    qint64 size = 0;
    int usageCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasFile() const { return !sha256.isEmpty(); }
    bool isTeamMaterial() const { return ownerId.isEmpty(); }
};

struct MaterialInput
{
    std::optional<QString> kind; // code; required when adding
    std::optional<QString> title; // defaults to the file name when adding a file
    std::optional<QString> description;
    std::optional<QString> category;
    std::optional<QStringList> tags;
    std::optional<QString> url;
    std::optional<QString> appId;
    std::optional<QString> pagePath;
    QString filePath;  // adding only: the file to store (required for image, video, document, poster)
    QString coverPath; // adding only: optional cover image
};

struct MaterialQuery
{
    QString search; // title, description, tags, category, file name; pinyin too
    QString kind;   // code, empty = any
    QString category;
};

} // namespace ll

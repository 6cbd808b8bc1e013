#pragma once

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Tests may write u"text"_s for a QString.
using namespace Qt::StringLiterals;

namespace tenet::test {

// A fresh folder for one test, removed when the test ends.
class TempDir
{
public:
    TempDir() { REQUIRE(m_dir.isValid()); }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace tenet::test

// Lets Catch2 print QStrings in failed assertions.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

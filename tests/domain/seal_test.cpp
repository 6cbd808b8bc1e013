#include "domain/seal.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QTimeZone>

using namespace tenet::domain;
using namespace Qt::StringLiterals;

namespace {

QByteArray sha(const char *text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

Seal sampleSeal()
{
    Seal seal;
    seal.madeAt = QDateTime(QDate(2026, 12, 2), QTime(8, 0, 0), QTimeZone::utc());
    seal.chains
        = {{u"audit_log"_s, 52, sha("audit 52")}, {u"acknowledgement"_s, 0, QByteArray(32, '\0')}};
    seal.versions
        = {{1, 1, sha("content 1"), sha("handbook 1")}, {1, 2, sha("content 2"), QByteArray()}};
    seal.counts = {{u"signatures"_s, 31}, {u"audit_entries"_s, 52}, {u"staff"_s, 40}};
    return seal;
}

// The seal's text with its body edited and its SHA-256 line written anew, as someone who
// can rewrite the file would.
QByteArray rehashed(const QByteArray &body)
{
    return body + "sha256 " + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()
        + '\n';
}

} // namespace

TEST_CASE("a seal reads back as it was written", "[domain][seal]")
{
    const Seal seal = sampleSeal();
    const auto read = readSeal(sealText(seal), u"seal.txt"_s);
    INFO((read.ok() ? std::string() : read.error().toString().toStdString()));
    REQUIRE(read.ok());
    CHECK(read->seal == seal);
    CHECK(read->body == sealBody(seal));
    CHECK(read->signature.isEmpty());
}

TEST_CASE("a seal's text is plain lines a person can read", "[domain][seal]")
{
    const QString text = QString::fromUtf8(sealText(sampleSeal()));
    CHECK(text.startsWith(u"tenet-seal 1\n"_s));
    CHECK(text.contains(u"\nmade 2026-12-02T08:00:00Z\n"_s));
    CHECK(text.contains(u"\nchain audit_log 52 "_s + QString::fromLatin1(sha("audit 52").toHex())
                        + u'\n'));
    CHECK(text.contains(u"\nversion 1 2 content "_s + QString::fromLatin1(sha("content 2").toHex())
                        + u" handbook none\n"_s));
    CHECK(text.contains(u"\ncount signatures 31\n"_s));
    CHECK(text.endsWith(
        u"sha256 "_s
        + QString::fromLatin1(
            QCryptographicHash::hash(sealBody(sampleSeal()), QCryptographicHash::Sha256).toHex())
        + u'\n'));
}

TEST_CASE("a seal that went through Windows line endings still reads", "[domain][seal]")
{
    QByteArray text = sealText(sampleSeal());
    text.replace("\n", "\r\n");
    const auto read = readSeal(text, u"seal.txt"_s);
    REQUIRE(read.ok());
    CHECK(read->seal == sampleSeal());
}

TEST_CASE("a seal with one byte changed is refused as damaged", "[domain][seal]")
{
    QByteArray text = sealText(sampleSeal());
    const qsizetype at
        = text.indexOf("count signatures 31") + qsizetype(strlen("count signatures 3"));
    text[at] = '2'; // 31 becomes 32
    const auto read = readSeal(text, u"seal.txt"_s);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Integrity);
    CHECK(read.error().message.contains(u"damaged"_s));
    CHECK(read.error().message.contains(u"SHA-256"_s));
}

TEST_CASE("a seal cut short before its hash is refused as damaged", "[domain][seal]")
{
    const QByteArray text = sealBody(sampleSeal());
    const auto read = readSeal(text, u"seal.txt"_s);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Integrity);
    CHECK(read.error().message.contains(u"cut short"_s));
}

TEST_CASE("a seal naming its signer without a signature is refused as damaged", "[domain][seal]")
{
    Seal seal = sampleSeal();
    seal.signedBy = sha("a public key");
    const auto read = readSeal(sealText(seal), u"seal.txt"_s);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Integrity);
    CHECK(read.error().message.contains(u"signature is missing"_s));

    const auto signedOne = readSeal(sealText(seal, QByteArray(64, 'x')), u"seal.txt"_s);
    REQUIRE(signedOne.ok());
    CHECK(signedOne->seal.signedBy == seal.signedBy);
    CHECK(signedOne->signature == QByteArray(64, 'x'));
}

TEST_CASE("a file that is not a seal is refused as invalid input", "[domain][seal]")
{
    auto read = readSeal("hello\n", u"notes.txt"_s);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Invalid);
    CHECK(read.error().message.contains(u"not a Tenet seal"_s));

    read = readSeal(rehashed("tenet-seal 2\nmade 2026-12-02T08:00:00Z\n"), u"new.txt"_s);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Invalid);
    CHECK(read.error().message.contains(u"newer Tenet"_s));

    read = readSeal(QByteArray("tenet-seal 1\n\xff\xfe\n"), u"bytes.txt"_s);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(u"UTF-8"_s));
}

TEST_CASE("a badly formed line of a seal is named by its line number", "[domain][seal]")
{
    const auto read = readSeal(
        rehashed("tenet-seal 1\nmade 2026-12-02T08:00:00Z\nchain audit_log twelve abc\n"),
        u"seal.txt"_s);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Invalid);
    CHECK(read.error().where == u"seal.txt:3"_s);
    CHECK(read.error().message.contains(u"chain TABLE SEQ SHA256"_s));

    const auto unknown
        = readSeal(rehashed("tenet-seal 1\nmade 2026-12-02T08:00:00Z\nchains\tx\n"), u"seal.txt"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().where == u"seal.txt:3"_s);
    CHECK_FALSE(unknown.error().toString().contains(u'\t'));
}

TEST_CASE("a database that only grew since its seal continues it", "[domain][seal]")
{
    const Seal sealed = sampleSeal();
    Seal now = sealed;
    now.versions.append({1, 3, sha("content 3"), sha("handbook 3")});
    now.counts = {{u"signatures"_s, 40},
                  {u"audit_entries"_s, 70},
                  {u"staff"_s, 40},
                  {u"section_reviews"_s, 2}};
    CHECK(sealedContentProblems(sealed, now).isEmpty());
}

TEST_CASE("each change to what a seal holds is named", "[domain][seal]")
{
    const Seal sealed = sampleSeal();

    Seal content = sealed;
    content.versions[0].contentHash = sha("repointed");
    QStringList problems = sealedContentProblems(sealed, content);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(u"version 1 of code 1 no longer holds the content sealed on "
                               "2026-12-02T08:00:00Z"_s));

    Seal handbook = sealed;
    handbook.versions[0].handbookHash = sha("another pdf");
    problems = sealedContentProblems(sealed, handbook);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(u"it was replaced"_s));

    handbook.versions[0].handbookHash.clear();
    problems = sealedContentProblems(sealed, handbook);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(u"is gone"_s));

    Seal unpublished = sealed;
    unpublished.versions.removeFirst();
    problems = sealedContentProblems(sealed, unpublished);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(u"is not now"_s));

    Seal fewer = sealed;
    fewer.counts[0].value = 30;
    problems = sealedContentProblems(sealed, fewer);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0]
          == u"the number of signatures went down from 31, at the seal of "
             "2026-12-02T08:00:00Z, to 30: records were removed"_s);
}

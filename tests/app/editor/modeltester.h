#pragma once

#include <QAbstractItemModelTester>
#include <QStringList>

#include <catch2/catch.hpp>

#include <memory>

namespace tenet::test {

// A QAbstractItemModelTester whose complaints become a Catch2 failure rather than an abort:
// it reports through qWarning, which this collects for as long as it lives.
class ModelTester
{
public:
    explicit ModelTester(QAbstractItemModel *model)
    {
        s_failures.clear();
        m_previous = qInstallMessageHandler(&ModelTester::collect);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelTester()
    {
        m_tester.reset();
        qInstallMessageHandler(m_previous);
    }

    QStringList failures() const { return s_failures; }

private:
    static void collect(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (type == QtWarningMsg && QByteArray(context.category) == "qt.modeltest")
            s_failures.append(text);
    }

    static inline QStringList s_failures;
    QtMessageHandler m_previous = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace tenet::test

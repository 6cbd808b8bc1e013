#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace tenet::storage {

// One transaction for one use case: rolled back when it goes out of scope without
// commit(), so that an early error return can never leave half a change behind.
class ScopedTransaction
{
public:
    enum class Mode
    {
        Read, // a consistent snapshot for several reads; joins one already open
        Write, // takes the write lock at once, so that two writers never deadlock
    };

    explicit ScopedTransaction(const QSqlDatabase &db, Mode mode = Mode::Write);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    // Whether the transaction could begin; check before doing any work in it.
    const domain::Status &status() const { return m_status; }
    domain::Status commit();

private:
    QSqlDatabase m_db;
    domain::Status m_status;
    bool m_open = false;
};

} // namespace tenet::storage

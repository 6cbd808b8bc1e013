#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>

struct evp_md_ctx_st;

namespace tenet::platform {

// SHA-256 by OpenSSL's libcrypto, about twice as fast as Qt's here. One object keeps its
// digest context across many hashes, which is what checking a long hash chain needs.
class Sha256
{
public:
    using Digest = std::array<char, 32>;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    Digest digest(QByteArrayView data);

    static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st *m_context;
};

} // namespace tenet::platform

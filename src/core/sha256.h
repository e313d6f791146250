// SHA-256 through OpenSSL's libcrypto (a well-kept implementation; no hand-written hash).
#pragma once

#include <string>
#include <string_view>

namespace revq {

// Lowercase hex digest of `data`.
std::string sha256Hex(std::string_view data);

// Incremental hashing for content assembled piece by piece.
class Sha256 {
  public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view data);
    std::string finishHex();

  private:
    void* ctx_;
};

}  // namespace revq

#include "core/clock.h"

#include <chrono>
#include <ctime>
#include <mutex>

namespace revq {

namespace {
std::mutex clockMutex;
std::string fixedNow;
}  // namespace

void setFixedClockForTests(const std::string& fixed) {
    std::lock_guard lock(clockMutex);
    fixedNow = fixed;
}

std::string nowUtcIso() {
    {
        std::lock_guard lock(clockMutex);
        if (!fixedNow.empty())
            return fixedNow;
    }
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string todayUtcIso() {
    return nowUtcIso().substr(0, 10);
}

}  // namespace revq

// Time stamps as revq writes them: ISO 8601 UTC ("2026-11-24T09:12:03Z"). Tests can fix the clock.
#pragma once

#include <string>

namespace revq {

std::string nowUtcIso();
std::string todayUtcIso();  // "2026-11-24"
// Tests: every later call returns `fixed` (empty string restores the real clock).
void setFixedClockForTests(const std::string& fixed);

}  // namespace revq

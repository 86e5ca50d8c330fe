#include "magasin/domain/time.hpp"

#include "magasin/domain/domain_error.hpp"

#include <cstdio>

namespace magasin::domain {

Clock systemClock() {
    return [] { return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()); };
}

std::string toIso8601(Timestamp t) {
    using namespace std::chrono;
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{t - day};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), static_cast<long long>(hms.hours().count()),
                  static_cast<long long>(hms.minutes().count()), static_cast<long long>(hms.seconds().count()),
                  static_cast<long long>(hms.subseconds().count()));
    return buffer;
}

Timestamp parseIso8601(std::string_view text, std::string_view field) {
    using namespace std::chrono;
    auto fail = [&] {
        throw DomainError(ErrorCode::kInvalidValue, "time.format", std::string(field),
                          "\"" + std::string(text.substr(0, 40)) + "\" is not a UTC time such as 2026-11-25T14:20:13Z");
    };
    auto number = [&](std::size_t pos, std::size_t len) {
        int value = 0;
        for (std::size_t i = pos; i < pos + len; ++i) {
            if (i >= text.size() || text[i] < '0' || text[i] > '9') {
                fail();
            }
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    auto expect = [&](std::size_t pos, char c) {
        if (pos >= text.size() || text[pos] != c) {
            fail();
        }
    };
    if (text.size() < 20) {
        fail();
    }
    const int y = number(0, 4);
    expect(4, '-');
    const int mo = number(5, 2);
    expect(7, '-');
    const int d = number(8, 2);
    expect(10, 'T');
    const int h = number(11, 2);
    expect(13, ':');
    const int mi = number(14, 2);
    expect(16, ':');
    const int s = number(17, 2);
    std::size_t pos = 19;
    int ms = 0;
    if (text[pos] == '.') {
        std::size_t digits = 0;
        ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3) {
                ms = ms * 10 + (text[pos] - '0');
            }
            ++digits;
            ++pos;
        }
        if (digits == 0) {
            fail();
        }
        for (std::size_t k = digits; k < 3; ++k) {
            ms *= 10;
        }
    }
    if (pos + 1 != text.size() || text[pos] != 'Z') {
        fail();
    }
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || h > 23 || mi > 59 || s > 59) {
        fail();
    }
    return sys_days{ymd} + hours{h} + minutes{mi} + seconds{s} + milliseconds{ms};
}

}  // namespace magasin::domain

#include "magasin/domain/uuid.hpp"

#include "magasin/domain/domain_error.hpp"

#include <random>
#include <utility>

namespace magasin::domain {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

constexpr bool isDashPosition(std::size_t i) {
    return i == 8 || i == 13 || i == 18 || i == 23;
}

}  // namespace

Uuid Uuid::parse(std::string_view text, std::string_view field) {
    auto fail = [&] {
        throw DomainError(
            ErrorCode::kInvalidValue, "uuid.format", std::string(field),
            "\"" + std::string(text.substr(0, 64)) + "\" is not a UUID such as 550e8400-e29b-41d4-a716-446655440001");
    };
    if (text.size() != 36) {
        fail();
    }
    Bytes bytes{};
    std::size_t byte = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (isDashPosition(i)) {
            if (text[i] != '-') {
                fail();
            }
            ++i;
            continue;
        }
        const int high = hexValue(text[i]);
        const int low = hexValue(text[i + 1]);
        if (high < 0 || low < 0) {
            fail();
        }
        bytes[byte++] = static_cast<std::uint8_t>(high * 16 + low);
        i += 2;
    }
    return Uuid(bytes);
}

bool Uuid::isNil() const {
    for (auto b : m_bytes) {
        if (b != 0) {
            return false;
        }
    }
    return true;
}

std::string Uuid::toString() const {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out.push_back('-');
        }
        out.push_back(kHex[m_bytes[i] >> 4]);
        out.push_back(kHex[m_bytes[i] & 0x0f]);
    }
    return out;
}

std::int64_t Uuid::v7Milliseconds() const {
    std::int64_t ms = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        ms = (ms << 8) | m_bytes[i];
    }
    return ms;
}

RandomSource systemRandom() {
    return [](std::span<std::uint8_t> out) {
        static thread_local std::random_device device;
        for (std::size_t i = 0; i < out.size(); i += 4) {
            const auto word = device();
            for (std::size_t j = 0; j < 4 && i + j < out.size(); ++j) {
                out[i + j] = static_cast<std::uint8_t>(word >> (8 * j));
            }
        }
    };
}

UuidV7Generator::UuidV7Generator(Clock clock, RandomSource random)
    : m_clock(std::move(clock)), m_random(std::move(random)) {}

Uuid UuidV7Generator::next() {
    std::int64_t ms = m_clock().time_since_epoch().count();
    Uuid::Bytes bytes{};
    m_random(bytes);
    if (ms <= m_lastMs) {
        // Same or earlier millisecond: keep the last timestamp and count up, so that order is kept.
        ms = m_lastMs;
        if (++m_counter > 0x0fff) {
            ++ms;  // counter exhausted: borrow the next millisecond
            m_counter = static_cast<std::uint16_t>(bytes[7] & 0x03);
        }
    } else {
        // New millisecond: seed the counter low enough to leave room for many ids in this millisecond.
        m_counter = static_cast<std::uint16_t>(((bytes[6] & 0x01) << 8) | bytes[7]);
    }
    m_lastMs = ms;
    for (int i = 5; i >= 0; --i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms & 0xff);
        ms >>= 8;
    }
    bytes[6] = static_cast<std::uint8_t>(0x70 | ((m_counter >> 8) & 0x0f));
    bytes[7] = static_cast<std::uint8_t>(m_counter & 0xff);
    bytes[8] = static_cast<std::uint8_t>(0x80 | (bytes[8] & 0x3f));
    return Uuid(bytes);
}

}  // namespace magasin::domain

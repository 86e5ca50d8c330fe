// How a server process uses memory: large blocks straight from and back to the system, and its resident size.
// Usage: server::returnLargeBlocksToTheSystem() once at start (runServer does it); server::residentBytes() to measure.
#pragma once

#include <cstddef>

namespace magasin::server {

// Blocks of at least kLargeBlockBytes are mapped on their own and unmapped when freed, and threads share kArenas
// malloc arenas. glibc's default raises its
// mmap threshold to the size of the largest block freed so far, so after the first Argon2id verification (19 MiB) every
// later one is carved from a thread's arena and stays resident: each login thread kept ~20-40 MiB (ecommerce reached
// 73 MiB after 80 customer logins under tests/load/p1-load). Call before the server starts its threads.
inline constexpr std::size_t kLargeBlockBytes = 1024 * 1024;
inline constexpr int kArenas = 2;  // malloc arenas (glibc's default: 8 per core), see process_memory.cpp
void returnLargeBlocksToTheSystem();

// The process's resident set (VmRSS), in bytes; 0 when /proc is not readable.
std::size_t residentBytes();

}  // namespace magasin::server

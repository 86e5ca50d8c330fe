#include "magasin/server/process_memory.hpp"

#include <malloc.h>
#include <unistd.h>

#include <fstream>

namespace magasin::server {

void returnLargeBlocksToTheSystem() {
    // Setting the thresholds explicitly also turns off glibc's dynamic adjustment of both.
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kLargeBlockBytes));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * kLargeBlockBytes));
}

std::size_t residentBytes() {
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0;
    std::size_t resident = 0;
    if (!(statm >> pages >> resident)) {
        return 0;
    }
    return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace magasin::server

#pragma once

#include <chrono>

#include <time.h>

namespace llbench {

// Milliseconds on the monotonic clock, with sub-microsecond resolution (QElapsedTimer rounds to ms or ns
// ints).
class Timer
{
public:
    Timer()
        : m_start(std::chrono::steady_clock::now())
    {}
    void restart() { m_start = std::chrono::steady_clock::now(); }
    double ms() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// CPU time of this process in milliseconds: on a machine shared with other jobs it tells a measurement's
// own cost apart from the time spent waiting for a core.
inline double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the calling thread: with work spread over threads, how much of it is on this thread's path.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace llbench

#pragma once

#include <chrono>

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

} // namespace llbench

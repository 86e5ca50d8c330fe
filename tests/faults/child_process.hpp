// Runs a program to its end from any thread (no event loop needed): its standard output captured, its standard error
// appended to a log file, SIGKILLed after a timeout. Usage: auto r = runChild({"/bin/true"}, {"A=1"}, 5000, "x.log");
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

extern char** environ;

struct ChildResult {
    bool timedOut = false;
    int exitCode = -1;  // -1: killed by a signal, or could not start
    std::string out;
};

// `extraEnv` entries ("NAME=value") are added to this process's environment, replacing a variable of the same name.
inline ChildResult runChild(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnv,
                            int timeoutMs, const std::string& stderrLog, bool captureOut = true) {
    ChildResult result;
    std::vector<std::string> envStrings;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry(*e);
        const auto name = entry.substr(0, entry.find('=') + 1);
        bool replaced = false;
        for (const auto& extra : extraEnv) {
            replaced = replaced || extra.rfind(name, 0) == 0;
        }
        if (!replaced) {
            envStrings.push_back(entry);
        }
    }
    envStrings.insert(envStrings.end(), extraEnv.begin(), extraEnv.end());
    std::vector<char*> envp;
    for (auto& s : envStrings) {
        envp.push_back(s.data());
    }
    envp.push_back(nullptr);
    std::vector<std::string> args = argv;
    std::vector<char*> argp;
    for (auto& s : args) {
        argp.push_back(s.data());
    }
    argp.push_back(nullptr);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrLog.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    // Not captured (a script that leaves daemons behind, which would hold the pipe open): both go to the log.
    if (captureOut) {
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    } else {
        posix_spawn_file_actions_adddup2(&actions, STDERR_FILENO, STDOUT_FILENO);
    }
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawned != 0) {
        ::close(pipeFds[0]);
        return result;
    }
    ::fcntl(pipeFds[0], F_SETFL, O_NONBLOCK);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    char buffer[4096];
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) {
            result.timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        pollfd p{pipeFds[0], POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(std::min<long long>(left, 200))) > 0) {
            const auto n = ::read(pipeFds[0], buffer, sizeof buffer);
            if (n > 0) {
                result.out.append(buffer, static_cast<std::size_t>(n));
                continue;
            }
            ::usleep(10000);  // end of output: the child is ending; do not spin on the closed pipe
        }
        int status = 0;
        if (const pid_t done = ::waitpid(pid, &status, WNOHANG); done == pid) {
            // Ended: keep what is left in the pipe.
            for (;;) {
                const auto n = ::read(pipeFds[0], buffer, sizeof buffer);
                if (n <= 0) {
                    break;
                }
                result.out.append(buffer, static_cast<std::size_t>(n));
            }
            ::close(pipeFds[0]);
            result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            return result;
        }
    }
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exitCode = !result.timedOut && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

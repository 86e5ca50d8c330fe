// A small W3C WebDriver client over httplib, driving Debian's chromium through chromedriver for the browser tests:
// no npm or other download at test time, the same language and Qt Test as every other test.
// Usage: ChromeDriver d; QVERIFY2(d.start(), d.error().c_str()); d.go(url); d.find("#q").type("souris").submit();
#pragma once

#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

class WebDriverError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ChromeDriver;

class Element {
public:
    Element(ChromeDriver& driver, std::string id) : m_driver(driver), m_id(std::move(id)) {}
    Element& click();
    Element& clear();
    Element& type(const std::string& text);
    [[nodiscard]] std::string text();
    [[nodiscard]] std::string attribute(const std::string& name);
    [[nodiscard]] const std::string& id() const { return m_id; }

private:
    ChromeDriver& m_driver;
    std::string m_id;
};

class ChromeDriver {
public:
    static constexpr const char* kElementKey = "element-6066-11e4-a23c-4e5f66c5b2f0";

    ChromeDriver() = default;
    ~ChromeDriver() { stop(); }
    ChromeDriver(const ChromeDriver&) = delete;
    ChromeDriver& operator=(const ChromeDriver&) = delete;

    // Starts chromedriver on a free port and opens a headless chromium session (TOOLCHAIN.md trap 14 flags).
    bool start(int width = 1280, int height = 1000) {
        m_port = freePort();
        m_process.setProgram(QStringLiteral("/usr/bin/chromedriver"));
        m_process.setArguments({QStringLiteral("--port=%1").arg(m_port)});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10'000)) {
            m_error = "chromedriver does not start (is chromium-driver installed?)";
            return false;
        }
        for (int i = 0; i < 200; ++i) {
            httplib::Client c("127.0.0.1", m_port);
            if (const auto r = c.Get("/status"); r && r->status == 200) {
                break;
            }
            QThread::msleep(50);
        }
        const nlohmann::json args = {"--headless=new",
                                     "--no-sandbox",
                                     "--disable-gpu",
                                     "--disable-quic",
                                     "--no-first-run",
                                     "--disable-background-networking",
                                     "--disable-component-update",
                                     "--disable-sync",
                                     "--disable-dev-shm-usage",
                                     "--hide-scrollbars",
                                     "--lang=fr-CA",
                                     "--user-data-dir=" + m_profile.path().toStdString(),
                                     "--window-size=" + std::to_string(width) + "," + std::to_string(height)};
        const nlohmann::json caps = {{"capabilities",
                                      {{"alwaysMatch",
                                        {{"browserName", "chrome"},
                                         {"goog:chromeOptions", {{"binary", "/usr/bin/chromium"}, {"args", args}}}}}}}};
        try {
            const auto answer = call("POST", "/session", caps);
            m_session = answer.at("sessionId").get<std::string>();
        } catch (const std::exception& e) {
            m_error = std::string("no browser session: ") + e.what() + "\n" + m_process.readAll().toStdString();
            return false;
        }
        return true;
    }

    void stop() {
        if (!m_session.empty()) {
            try {
                call("DELETE", "/session/" + m_session, nullptr);
            } catch (const std::exception&) {
                // The browser may already be gone; the process is stopped below either way.
            }
            m_session.clear();
        }
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5'000)) {
                m_process.kill();
                m_process.waitForFinished(2'000);
            }
        }
    }

    [[nodiscard]] const std::string& error() const { return m_error; }

    void go(const std::string& url) { session("POST", "/url", {{"url", url}}); }
    std::string url() { return session("GET", "/url", nullptr).get<std::string>(); }
    std::string source() { return session("GET", "/source", nullptr).get<std::string>(); }
    std::string title() { return session("GET", "/title", nullptr).get<std::string>(); }

    // The first element matching the CSS selector; WebDriverError when there is none after `waitMs`.
    Element find(const std::string& css, int waitMs = 5'000) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
        while (true) {
            try {
                const auto answer = session("POST", "/element", {{"using", "css selector"}, {"value", css}});
                if (!answer.is_object() || answer.empty()) {
                    throw WebDriverError("answer " + answer.dump());
                }
                return Element(*this, answer.begin().value().get<std::string>());
            } catch (const std::exception& e) {  // "no such element" (404), or an answer without the element
                if (std::chrono::steady_clock::now() > deadline) {
                    throw WebDriverError("no element " + css + " on " + url() + ": " + e.what());
                }
                QThread::msleep(50);
            }
        }
    }
    bool exists(const std::string& css) {
        return !session("POST", "/elements", {{"using", "css selector"}, {"value", css}}).empty();
    }
    // Waits until the page's URL contains `part` (after a form posted and its redirect).
    bool waitForUrl(const std::string& part, int waitMs = 10'000) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
        while (std::chrono::steady_clock::now() < deadline) {
            if (url().find(part) != std::string::npos) {
                return true;
            }
            QThread::msleep(50);
        }
        return false;
    }
    bool waitForText(const std::string& text, int waitMs = 10'000) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
        while (std::chrono::steady_clock::now() < deadline) {
            if (source().find(text) != std::string::npos) {
                return true;
            }
            QThread::msleep(50);
        }
        return false;
    }

    // The whole page as PNG at `path` (the window is resized to the page's height first).
    void screenshot(const std::string& path) {
        const auto height =
            session("POST", "/execute/sync",
                    {{"script", "return document.documentElement.scrollHeight;"}, {"args", nlohmann::json::array()}})
                .get<int>();
        const auto rect = session("GET", "/window/rect", nullptr);
        session("POST", "/window/rect", {{"width", rect.at("width")}, {"height", std::max(height + 200, 600)}});
        const std::string png = base64Decode(session("GET", "/screenshot", nullptr).get<std::string>());
        session("POST", "/window/rect", {{"width", rect.at("width")}, {"height", rect.at("height")}});
        QDir().mkpath(QString::fromStdString(path.substr(0, path.rfind('/'))));
        std::ofstream(path, std::ios::binary).write(png.data(), static_cast<std::streamsize>(png.size()));
    }

    nlohmann::json session(const std::string& method, const std::string& path, const nlohmann::json& body) {
        return call(method, "/session/" + m_session + path, body);
    }

private:
    static int freePort() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
        socklen_t length = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
        const int port = ntohs(address.sin_port);
        ::close(fd);
        return port;
    }

    static std::string base64Decode(const std::string& text) {
        return QByteArray::fromBase64(QByteArray::fromStdString(text)).toStdString();
    }

    nlohmann::json call(const std::string& method, const std::string& path, const nlohmann::json& body) {
        httplib::Client c("127.0.0.1", m_port);
        c.set_read_timeout(std::chrono::seconds(60));
        const std::string payload = body.is_null() ? "{}" : body.dump();
        const auto r = method == "POST"     ? c.Post(path.c_str(), payload, "application/json")
                       : method == "DELETE" ? c.Delete(path.c_str())
                                            : c.Get(path.c_str());
        if (!r) {
            throw WebDriverError("chromedriver does not answer " + method + " " + path);
        }
        const auto answer = nlohmann::json::parse(r->body, nullptr, false);
        if (r->status != 200 || answer.is_discarded()) {
            throw WebDriverError(method + " " + path + ": " + std::to_string(r->status) + " " + r->body.substr(0, 500));
        }
        return answer.value("value", nlohmann::json());
    }

    QProcess m_process;
    QTemporaryDir m_profile;
    int m_port = 0;
    std::string m_session;
    std::string m_error;
};

inline Element& Element::click() {
    m_driver.session("POST", "/element/" + m_id + "/click", nlohmann::json::object());
    return *this;
}
inline Element& Element::clear() {
    m_driver.session("POST", "/element/" + m_id + "/clear", nlohmann::json::object());
    return *this;
}
inline Element& Element::type(const std::string& text) {
    m_driver.session("POST", "/element/" + m_id + "/value", {{"text", text}});
    return *this;
}
inline std::string Element::text() {
    return m_driver.session("GET", "/element/" + m_id + "/text", nullptr).get<std::string>();
}
inline std::string Element::attribute(const std::string& name) {
    const auto value = m_driver.session("GET", "/element/" + m_id + "/property/" + name, nullptr);
    return value.is_string() ? value.get<std::string>() : value.dump();
}

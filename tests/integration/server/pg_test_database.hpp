// A throwaway database for one pg test: created with a random name in the MAGASIN_TEST_PG cluster, dropped at the end.
// Usage: PgTestDatabase db; QVERIFY2(db.ok(), db.error().c_str()); DbPool pool({db.conninfo(), 4});
#pragma once

#include <cstdlib>
#include <random>
#include <string>

#include <pqxx/pqxx>

class PgTestDatabase {
public:
    PgTestDatabase() {
        const char* admin = std::getenv("MAGASIN_TEST_PG");
        if (admin == nullptr || *admin == '\0') {
            m_error =
                "MAGASIN_TEST_PG is not set: run ./magasin test, or scripts/pg-cluster start DIR PORT and export "
                "MAGASIN_TEST_PG to the conninfo it prints";
            return;
        }
        m_admin = admin;
        std::random_device random;
        m_name = "magasin_test_" + std::to_string(random()) + std::to_string(random());
        try {
            pqxx::connection c(m_admin);
            pqxx::nontransaction(c).exec("CREATE DATABASE " + m_name);
            m_conninfo = m_admin + " dbname=" + m_name;  // libpq: the last dbname wins
        } catch (const std::exception& e) {
            m_error = std::string("cannot create a test database through MAGASIN_TEST_PG: ") + e.what();
        }
    }
    ~PgTestDatabase() {
        if (m_conninfo.empty()) {
            return;
        }
        try {
            pqxx::connection c(m_admin);
            pqxx::nontransaction(c).exec("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
        } catch (...) {
        }
    }
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    [[nodiscard]] bool ok() const { return m_error.empty(); }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::string& conninfo() const { return m_conninfo; }

private:
    std::string m_admin;
    std::string m_name;
    std::string m_conninfo;
    std::string m_error;
};

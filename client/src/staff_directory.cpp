#include "magasin/client/staff_directory.hpp"

#include "magasin/client/journal.hpp"

namespace magasin::client {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

StaffRecord recordAt(QSqlQuery& row) {
    StaffRecord s;
    s.id = row.value(0).toString().toStdString();
    s.employeeCode = row.value(1).toString().toStdString();
    s.name = row.value(2).toString().toStdString();
    s.role = domain::parseRole(row.value(3).toString().toStdString());
    s.storeId = row.value(4).toString().toStdString();
    s.pinVerifier = row.value(5).toString().toStdString();
    s.active = row.value(6).toBool();
    return s;
}

constexpr auto kSelect = "SELECT id, employee_code, name, role, store_id, pin_verifier, active FROM staff";

}  // namespace

StaffRecord StaffRecord::fromJson(const nlohmann::json& j) {
    StaffRecord s;
    s.id = j.at("id").get<std::string>();
    s.employeeCode = j.at("employee_code").get<std::string>();
    s.name = j.at("name").get<std::string>();
    s.role = domain::parseRole(j.at("role").get<std::string>());
    s.storeId = j.at("store_id").get<std::string>();
    s.pinVerifier = j.at("pin_verifier").get<std::string>();
    s.active = j.value("active", true);
    return s;
}

void StaffDirectory::upsert(const StaffRecord& s) {
    m_journal.transaction([&] {
        // An employee code reassigned to another member: the newer record wins.
        m_journal.run(QStringLiteral("DELETE FROM staff WHERE employee_code = ? AND id <> ?"),
                      {q(s.employeeCode), q(s.id)});
        m_journal.exec(
            QStringLiteral("INSERT INTO staff (id, employee_code, name, role, store_id, pin_verifier, active)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                           " employee_code = excluded.employee_code, name = excluded.name,"
                           " role = excluded.role, store_id = excluded.store_id,"
                           " pin_verifier = excluded.pin_verifier, active = excluded.active"),
            {q(s.id), q(s.employeeCode), q(s.name), q(std::string(domain::roleName(s.role))), q(s.storeId),
             q(s.pinVerifier), s.active});
    });
}

void StaffDirectory::remove(const std::string& staffId) {
    m_journal.exec(QStringLiteral("DELETE FROM staff WHERE id = ?"), {q(staffId)});
}

void StaffDirectory::clear() {
    m_journal.exec(QStringLiteral("DELETE FROM staff"));
}

std::optional<StaffRecord> StaffDirectory::byCode(const std::string& employeeCode) {
    QSqlQuery row =
        m_journal.exec(QLatin1String(kSelect) + QStringLiteral(" WHERE employee_code = ?"), {q(employeeCode)});
    if (!row.next()) {
        return std::nullopt;
    }
    return recordAt(row);
}

std::optional<StaffRecord> StaffDirectory::byId(const std::string& staffId) {
    QSqlQuery row = m_journal.exec(QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"), {q(staffId)});
    if (!row.next()) {
        return std::nullopt;
    }
    return recordAt(row);
}

}  // namespace magasin::client
